"""docs/sync-protocol.md, the wire models and the server's OpenAPI document agree.

- every endpoint in the document's tables exists in OpenAPI with that method, and
  every /api/v1 operation of OpenAPI is in the document;
- the request and response models named in the endpoint table are the ones the
  server declares (and named query parameters exist);
- each field table of the document lists exactly the fields of the wire model, and
  the OpenAPI schema of that model has the same properties;
- every model of crm_shared/protocol/wire.py is documented.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import BaseModel

from central_server.app import create_app
from central_server.config import ServerConfig
from crm_shared.protocol import wire

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "sync-protocol.md"
METHODS = ("get", "post", "put", "head", "delete", "patch")
ENDPOINT_ROW = re.compile(
    r"^\|\s*(GET|POST|PUT|HEAD|DELETE|PATCH)\s*\|\s*`([^`]+)`\s*\|"
    r"([^|]*)\|([^|]*)\|([^|]*)\|",
    re.MULTILINE,
)
MODEL_HEADING = re.compile(r"^#### `(\w+)`\s*$", re.MULTILINE)
FIELD_ROW = re.compile(r"^\|\s*`(\w+)`\s*\|", re.MULTILINE)


@dataclass(frozen=True)
class Endpoint:
    method: str  # lower case, as in OpenAPI
    path: str
    auth: str
    request: str
    response: str


def documented_endpoints(text: str) -> list[Endpoint]:
    return [
        Endpoint(m.lower(), path, auth.strip(), req.strip(), resp.strip())
        for m, path, auth, req, resp in ENDPOINT_ROW.findall(text)
    ]


def documented_models(text: str) -> dict[str, list[str]]:
    """Model name -> field names, from the `#### `Model`` sections and their tables."""
    headings = list(MODEL_HEADING.finditer(text))
    models: dict[str, list[str]] = {}
    for i, heading in enumerate(headings):
        end = headings[i + 1].start() if i + 1 < len(headings) else len(text)
        body = text[heading.end() : end]
        # Stop at the next heading of any level.
        body = re.split(r"^#", body, maxsplit=1, flags=re.MULTILINE)[0]
        models[heading.group(1)] = FIELD_ROW.findall(body)
    return models


def wire_models() -> dict[str, type[BaseModel]]:
    return {
        name: obj
        for name, obj in vars(wire).items()
        if isinstance(obj, type)
        and issubclass(obj, BaseModel)
        and obj.__module__ == wire.__name__
        and not name.startswith("_")
    }


def model_name_in(cell: str) -> str | None:
    """`TokenRequest` -> TokenRequest when the cell names exactly one wire model."""
    match = re.fullmatch(r"`(\w+)`", cell)
    if match and match.group(1) in wire_models():
        return match.group(1)
    return None


def ref_name(schema: dict[str, Any] | None) -> str | None:
    if not schema or "$ref" not in schema:
        return None
    name = str(schema["$ref"]).rsplit("/", 1)[-1]
    # pydantic names a model's two modes Model-Input / Model-Output when they differ.
    return re.sub(r"-(Input|Output)$", "", name)


@pytest.fixture(scope="module")
def doc_text() -> str:
    return DOC.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    tmp = tmp_path_factory.mktemp("contract")
    server = create_app(
        ServerConfig(database_url=f"sqlite:///{tmp / 'central.sqlite3'}", media_dir=tmp / "media")
    )
    yield server
    server.state.engine.dispose()


@pytest.fixture(scope="module")
def openapi(app: Any) -> dict[str, Any]:
    document: dict[str, Any] = app.openapi()
    return document


def operations(openapi: dict[str, Any]) -> set[tuple[str, str]]:
    return {
        (method, path)
        for path, item in openapi["paths"].items()
        for method in item
        if method in METHODS
    }


def test_the_document_has_its_tables(doc_text: str) -> None:
    endpoints = documented_endpoints(doc_text)
    assert len(endpoints) >= 11
    assert ("post", "/api/v1/sync/actions") in {(e.method, e.path) for e in endpoints}
    assert "ReportOut" in documented_models(doc_text)


def test_every_documented_endpoint_exists(doc_text: str, openapi: dict[str, Any]) -> None:
    served = operations(openapi)
    missing = [
        f"{e.method.upper()} {e.path}"
        for e in documented_endpoints(doc_text)
        if (e.method, e.path) not in served
    ]
    assert missing == []


def test_every_api_v1_endpoint_is_documented(doc_text: str, openapi: dict[str, Any]) -> None:
    documented = {(e.method, e.path) for e in documented_endpoints(doc_text)}
    undocumented = sorted(
        f"{method.upper()} {path}"
        for method, path in operations(openapi)
        if path.startswith(wire.API_PREFIX + "/") and (method, path) not in documented
    )
    assert undocumented == []


def test_request_and_response_models_match(doc_text: str, openapi: dict[str, Any]) -> None:
    problems: list[str] = []
    for e in documented_endpoints(doc_text):
        operation = openapi["paths"].get(e.path, {}).get(e.method)
        if operation is None:
            continue  # reported by test_every_documented_endpoint_exists
        where = f"{e.method.upper()} {e.path}"
        body = operation.get("requestBody", {}).get("content", {})
        json_body = body.get("application/json", {}).get("schema")
        wanted_request = model_name_in(e.request)
        if wanted_request is not None and ref_name(json_body) != wanted_request:
            problems.append(f"{where}: request is {ref_name(json_body)}, doc says {wanted_request}")
        if e.request == "—" and json_body is not None:
            problems.append(f"{where}: takes a JSON body the document does not mention")
        if e.request.startswith("query"):
            declared = {p["name"] for p in operation.get("parameters", []) if p["in"] == "query"}
            for name in re.findall(r"`(\w+)`", e.request):
                if name not in declared:
                    problems.append(f"{where}: no query parameter {name}")
        responses = operation.get("responses", {})
        wanted_response = model_name_in(e.response)
        if wanted_response is not None:
            success = [
                ref_name(r.get("content", {}).get("application/json", {}).get("schema"))
                for code, r in responses.items()
                if code.startswith("2")
            ]
            if wanted_response not in success:
                problems.append(f"{where}: response is {success}, doc says {wanted_response}")
        elif re.fullmatch(r"2\d\d", e.response) and e.response not in responses:
            problems.append(f"{where}: answers {sorted(responses)}, doc says {e.response}")
    assert problems == []


def test_every_wire_model_is_documented_with_its_fields(doc_text: str) -> None:
    documented = documented_models(doc_text)
    models = wire_models()
    assert sorted(set(models) - set(documented)) == []
    assert sorted(set(documented) - set(models)) == []  # nothing stale in the document
    for name, fields in documented.items():
        assert fields == list(models[name].model_fields), f"fields of {name}"


def test_openapi_schemas_have_the_documented_fields(doc_text: str, openapi: dict[str, Any]) -> None:
    schemas: dict[str, Any] = openapi["components"]["schemas"]
    checked = 0
    for name, fields in documented_models(doc_text).items():
        variants = [s for key, s in schemas.items() if re.sub(r"-(Input|Output)$", "", key) == name]
        for schema in variants:
            assert set(schema.get("properties", {})) == set(fields), f"OpenAPI schema of {name}"
            checked += 1
    # The models the endpoints use directly, and those nested in them, are all there.
    assert checked >= len(
        {
            "TokenRequest",
            "TokenResponse",
            "ReferenceData",
            "ChangesResponse",
            "ReportOut",
            "ActionsRequest",
            "ActionIn",
            "ActionsResponse",
            "ActionResult",
            "MediaOut",
            "LeaseRequest",
            "LeaseResponse",
            "LeaseReturn",
        }
    )


def test_health_answers_what_the_document_says(doc_text: str, app: Any) -> None:
    row = next(e for e in documented_endpoints(doc_text) if e.path == "/api/v1/health")
    expected = json.loads(row.response.strip("`"))
    with TestClient(app) as client:
        answer = client.get("/api/v1/health")
    assert answer.status_code == 200
    assert answer.json() == expected
    assert expected["protocol"] == wire.PROTOCOL_VERSION


def test_errors_have_the_documented_shape(app: Any) -> None:
    with TestClient(app) as client:
        answer = client.get("/api/v1/sync/changes")  # no token
    assert answer.status_code == 401
    body = wire.ErrorResponse.model_validate(answer.json())
    assert set(answer.json()) == {"error"}
    assert set(answer.json()["error"]) == set(wire.ErrorBody.model_fields)
    assert body.error.code in DOC.read_text(encoding="utf-8")

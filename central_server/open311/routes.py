"""The routes of the Open311 GeoReport v2 face, under /open311/v2/.

Every answer, errors included, is in the format the resource's suffix names
(.xml or .json); errors are the spec's array of {code, description}, never the
native API's error object, and never a 500 for bad input.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from fastapi import APIRouter, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse
from fastapi.routing import APIRoute
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..clock import utcnow
from ..config import ServerConfig
from ..errors import allowed_methods
from ..media_store import MEDIA_HEADERS
from ..models import Category, Report
from .changeset import known_changeset, record_changeset
from .formats import (
    CONTENT_TYPES,
    Fmt,
    Open311Error,
    error_response,
    format_of_path,
    parse_format,
    respond,
    w3c_datetime,
)
from .intake import check_api_key, create_request
from .media import public_photo
from .present import (
    JURISDICTION_ID,
    SPECIFICATION,
    build_context,
    present_request,
    service_definition,
    service_list,
    service_notice,
    sla_policy,
)
from .query import find_requests
from .updates import get_updates, post_update

PREFIX = "/open311/v2"
_HTTP_DESCRIPTIONS = {
    400: "Bad request.",
    403: "Forbidden.",
    404: "Not found.",
    405: "Method not allowed for this resource.",
    408: "Request body too slow.",
    413: "Request body too large.",
}


class Open311Route(APIRoute):
    """Turns every refusal raised while serving a route into the spec's error array."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def guarded(request: Request) -> Response:
            fmt = format_of_path(request.url.path)
            try:
                return await handler(request)
            except Open311Error as exc:
                return error_response(fmt, exc.status, exc.description, exc.headers)
            except RequestValidationError:
                return error_response(fmt, 400, "Invalid parameters.")
            except StarletteHTTPException as exc:
                status = exc.status_code if 400 <= exc.status_code < 500 else 400
                description = _HTTP_DESCRIPTIONS.get(status, "Bad request.")
                return error_response(fmt, status, description, exc.headers)

        return guarded


router = APIRouter(prefix=PREFIX, route_class=Open311Route, tags=["open311"])


def _sessions(request: Request, write: bool = False) -> sessionmaker[Session]:
    name = "write_sessionmaker" if write else "sessionmaker"
    factory: sessionmaker[Session] = getattr(request.app.state, name)
    return factory


def _base_url(request: Request) -> str:
    return str(request.base_url).rstrip("/")


def _params(request: Request) -> dict[str, str]:
    return {key: value for key, value in request.query_params.items()}


def _check_jurisdiction(params: dict[str, str]) -> None:
    jurisdiction = params.get("jurisdiction_id", "").strip()
    if jurisdiction and jurisdiction != JURISDICTION_ID:
        raise Open311Error(404, f"jurisdiction_id not found: this server serves {JURISDICTION_ID}.")


# --- discovery ----------------------------------------------------------------------


@router.get("/discovery.{fmt}", summary="Open311 service discovery")
def discovery(fmt: str, request: Request) -> Response:
    out = parse_format(fmt)
    with _sessions(request)() as session:
        services = service_list(session)
        changed = known_changeset(session, services)
    if changed is None:  # a new list (or the first request): one short write
        with _sessions(request, write=True)() as session, session.begin():
            changed = record_changeset(session, services)
    changeset = w3c_datetime(changed)
    body = {
        "changeset": changeset,
        "contact": "Pemerintah Provinsi DKI Jakarta — Cepat Respon Masyarakat (CRM).",
        "key_service": "API keys are issued by the server's administrator "
        "(crm-central apikey add).",
        "endpoints": [
            {
                "specification": SPECIFICATION,
                "url": f"{_base_url(request)}{PREFIX}",
                "changeset": changeset,
                "type": "production",
                "formats": [
                    CONTENT_TYPES[Fmt.XML].split(";")[0],
                    CONTENT_TYPES[Fmt.JSON].split(";")[0],
                ],
            }
        ],
    }
    return respond(out, "discovery", body)


# --- services -----------------------------------------------------------------------


@router.get("/services.{fmt}", summary="Open311 GET service list")
def services(fmt: str, request: Request) -> Response:
    out = parse_format(fmt)
    _check_jurisdiction(_params(request))
    with _sessions(request)() as session:
        body = service_list(session)
    return respond(out, "services", body, "service")


@router.get("/services/{service_code}.{fmt}", summary="Open311 GET service definition")
def service_definition_route(service_code: str, fmt: str, request: Request) -> Response:
    out = parse_format(fmt)
    _check_jurisdiction(_params(request))
    with _sessions(request)() as session:
        category = session.get(Category, service_code[:100])
        if category is None:
            raise Open311Error(404, f"service_code '{service_code[:100]}' not found.")
        body = service_definition(category)
    return respond(out, "service_definition", body)


# --- service requests ---------------------------------------------------------------


def _present(session: Session, request: Request, reports: list[Report]) -> list[dict[str, Any]]:
    ctx = build_context(session, reports, f"{_base_url(request)}{PREFIX}/media/")
    return [present_request(report, ctx) for report in reports]


@router.get("/requests.{fmt}", summary="Open311 GET service requests")
def get_requests(fmt: str, request: Request) -> Response:
    out = parse_format(fmt)
    params = _params(request)
    _check_jurisdiction(params)
    with _sessions(request)() as session:
        page = find_requests(session, params, utcnow())
        body = _present(session, request, page.reports)
    headers = {}
    if page.has_more:
        following = request.url.include_query_params(page=page.page + 1, page_size=page.page_size)
        headers["Link"] = f'<{following}>; rel="next"'
    return respond(out, "service_requests", body, "request", headers=headers)


@router.get("/requests/{service_request_id}.{fmt}", summary="Open311 GET service request")
def get_request(service_request_id: str, fmt: str, request: Request) -> Response:
    out = parse_format(fmt)
    _check_jurisdiction(_params(request))
    number = service_request_id.strip().upper()[:40]
    with _sessions(request)() as session:
        report = session.execute(select(Report).where(Report.number == number)).scalar_one_or_none()
        if report is None:
            raise Open311Error(404, f"service_request_id '{number}' not found.")
        body = _present(session, request, [report])
    return respond(out, "service_requests", body, "request")


_FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


async def _form(request: Request) -> dict[str, str]:
    """The POST arguments: the form body (urlencoded or multipart), else the query string."""
    values = _params(request)
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type in _FORM_TYPES:
        # One field may be as large as the whole body may be (central_server.body_limit
        # counts the bytes): an oversized form is a 413, whatever its shape.
        limit: int = request.app.state.config.json_max_bytes
        form = await request.form(max_part_size=limit, max_files=10)
        try:
            for key, value in form.multi_items():
                if isinstance(value, UploadFile):
                    continue  # no uploads on this face: media_url is the spec's way
                values[key] = value
        finally:
            await form.close()
    elif await request.body():
        raise Open311Error(
            400, "Send the service request form-encoded (application/x-www-form-urlencoded)."
        )
    return values


def _create(request: Request, form: dict[str, str]) -> dict[str, Any]:
    config: ServerConfig = request.app.state.config
    with _sessions(request, write=True)() as session, session.begin():
        key = check_api_key(session, form)
        created = create_request(session, form, key, config.data_dir)
        rule = sla_policy(session).rule_for(created.category_id, None)
    return {
        "service_request_id": created.service_request_id,
        "service_notice": service_notice(rule),
        "account_id": None,
    }


@router.post("/requests.{fmt}", summary="Open311 POST service request")
async def post_request(fmt: str, request: Request) -> Response:
    out = parse_format(fmt)
    form = await _form(request)
    body = await run_in_threadpool(_create, request, form)
    return respond(out, "service_requests", [body], "request")


# --- photos of public reports (an extension: the target of media_url) -----------------


@router.get("/media/{sha256}", summary="A photo of a public service request")
@router.head("/media/{sha256}", summary="A photo of a public service request (headers only)")
def media(sha256: str, request: Request) -> Response:
    """GET and HEAD share this function, so they agree (FileResponse answers HEAD bodiless)."""
    config: ServerConfig = request.app.state.config
    with _sessions(request)() as session:
        found = public_photo(session, config, sha256)
    if found is None:
        raise Open311Error(404, "No such photo of a public service request.")
    path, content_type = found
    return FileResponse(
        path,
        media_type=content_type,
        headers={**MEDIA_HEADERS, "Cache-Control": "public, max-age=86400"},
    )


# --- the servicerequestupdates extension (FixMyStreet): central_server/open311/updates.py ---

router.add_api_route(
    "/servicerequestupdates.{fmt}",
    get_updates,
    methods=["GET"],
    summary="Open311 GET service request updates (FixMyStreet extension)",
)
router.add_api_route(
    "/servicerequestupdates.{fmt}",
    post_update,
    methods=["POST"],
    summary="Open311 POST a service request update (FixMyStreet extension)",
)


# --- anything else under the prefix: the spec's 404 (or 405) ---------------------------


@router.api_route(
    "/{rest:path}",
    methods=["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"],
    include_in_schema=False,
)
def unknown(rest: str, request: Request) -> Response:
    allow = allowed_methods(
        [route for route in router.routes if route is not _catch_all()], request.scope
    )
    if allow:
        raise Open311Error(
            405, f"Method {request.method} is not allowed for this resource.", {"Allow": allow}
        )
    raise Open311Error(404, "No such Open311 resource.")


def _catch_all() -> Any:
    return router.routes[-1]

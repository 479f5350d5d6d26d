"""Photo uploads: content-addressed, checked, idempotent."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable
from pathlib import Path

from PIL import Image

from central_server.testing import LiveServer

from . import plan
from .conftest import Client, plan_server_kwargs
from .helpers import action


def photo(seed: str, fmt: str = "JPEG", size: tuple[int, int] = (16, 12)) -> bytes:
    """A real, bare photo (the server decodes what it stores) whose bytes depend on ``seed``."""
    colour = tuple(hashlib.sha256(seed.encode()).digest()[:3])
    buf = io.BytesIO()
    Image.new("RGB", size, colour).save(buf, fmt)
    return buf.getvalue()


PNG = photo("png", "PNG")
JPEG = photo("jpeg")


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _files(server: LiveServer) -> list[Path]:
    return [p for p in server.media_dir.rglob("*") if p.is_file() and p.parent.name != "tmp"]


def test_same_bytes_twice_make_one_file(shared_server: LiveServer) -> None:
    client = Client(shared_server, "field.a")
    data = photo("unique-1")
    digest = sha(data)
    assert client.head(f"/media/{digest}").status_code == 404
    first = client.put(f"/media/{digest}", data=data)
    assert first.status_code == 201, first.text
    assert first.json() == {
        "sha256": digest,
        "size": len(data),
        "content_type": "image/jpeg",
        "created": True,
    }
    second = client.put(f"/media/{digest}", data=data)
    assert second.status_code == 200
    assert second.json()["created"] is False
    assert client.head(f"/media/{digest}").status_code == 200
    assert [p.name for p in _files(shared_server)].count(digest) == 1
    got = client.get(f"/media/{digest}")
    assert got.status_code == 200
    assert got.content == data
    assert got.headers["X-Content-Type-Options"] == "nosniff"
    # Another officer who cannot see any report with this photo does not get it, and
    # HEAD agrees with GET: existence is not leaked.
    other = Client(shared_server, "field.b")
    assert other.get(f"/media/{digest}").status_code == 404
    assert other.head(f"/media/{digest}").status_code == 404
    head = client.head(f"/media/{digest}")
    assert head.headers["Content-Length"] == str(len(data))


def test_wrong_hash_is_422_and_stores_nothing(shared_server: LiveServer) -> None:
    client = Client(shared_server, "field.a")
    claimed = sha(b"something else")
    resp = client.put(f"/media/{claimed}", data=PNG)
    assert resp.status_code == 422
    assert resp.json()["error"]["code"] == "hash_mismatch"
    assert client.head(f"/media/{claimed}").status_code == 404
    assert client.head(f"/media/{sha(PNG)}").status_code == 404
    assert not any(p.name in (claimed, sha(PNG)) for p in _files(shared_server))


def test_non_image_is_415(shared_server: LiveServer) -> None:
    client = Client(shared_server, "field.a")
    data = b"%PDF-1.4 not a photo"
    resp = client.put(f"/media/{sha(data)}", data=data)
    assert resp.status_code == 415
    assert resp.json()["error"]["code"] == "unsupported_media"
    assert client.head(f"/media/{sha(data)}").status_code == 404


def test_bad_hash_in_path_and_no_auth(shared_server: LiveServer) -> None:
    client = Client(shared_server, "field.a")
    resp = client.put("/media/not-a-hash", data=PNG)
    assert resp.status_code == 422
    assert "error" in resp.json()
    anonymous = client.http.__class__().put(f"{shared_server.api}/media/{sha(PNG)}", data=PNG)
    assert anonymous.status_code == 401


def test_too_large_is_413(server_factory: Callable[..., LiveServer]) -> None:
    server = server_factory(**plan_server_kwargs(plan.build(1), media_max_bytes=1000))
    client = Client(server, "field.a")
    big = JPEG + b"x" * 2000
    resp = client.put(f"/media/{sha(big)}", data=big)
    assert resp.status_code == 413
    assert resp.json()["error"]["code"] == "too_large"
    assert resp.json()["error"]["message"] == "Foto terlalu besar (batas 1000 byte)."

    # Streamed without Content-Length: refused while reading.
    def chunks():  # type: ignore[no-untyped-def]
        for i in range(0, len(big), 256):
            yield big[i : i + 256]

    streamed = client.put(f"/media/{sha(big)}", data=chunks())
    assert streamed.status_code == 413
    assert client.head(f"/media/{sha(big)}").status_code == 404
    assert _files(server) == []
    small = photo("small", "PNG", (4, 4))
    assert len(small) < 1000
    assert client.put(f"/media/{sha(small)}", data=small).status_code == 201


def test_followup_with_uploaded_photos(server_factory: Callable[..., LiveServer]) -> None:
    server = server_factory(**plan_server_kwargs(plan.build(3)))
    officer = Client(server, "field.a")
    reports, _, _ = officer.pull_all()
    report = next(r for r in reports.values() if r["status"] == "proses")
    before, after = photo("before"), photo("after", "PNG")
    for data in (before, after):
        assert officer.put(f"/media/{sha(data)}", data=data).status_code == 201
    (result,) = officer.act(
        action(
            report["id"],
            "followup",
            report["version"],
            note="Sampah sudah diangkut",
            photos=[
                {"sha256": sha(before), "kind": "before"},
                {"sha256": sha(after), "kind": "after"},
            ],
            estimated_completion="2030-01-31",
        )
    )
    assert result["status"] == "applied", result
    out = result["report"]
    assert out["status"] == "menunggu_validasi"
    assert out["followup_at"] is not None
    assert out["estimated_completion"] == "2030-01-31"
    assert {(a["sha256"], a["kind"]) for a in out["attachments"]} == {
        (sha(before), "before"),
        (sha(after), "after"),
    }
    # The validator now sees it and may fetch its photos.
    validator = Client(server, "validator")
    assert validator.get(f"/media/{sha(after)}").content == after

"""Hostile photo uploads: the server refuses, with a clear error, anything but a bare photo.

The corpus (hostile_images.py) carries a fake reporter's name, NIK and phone in
every kind of metadata, and holds truncated files, decompression bombs, polyglots
and animations. Each is checked twice: by ``central_server.image_check`` directly,
and through ``PUT /api/v1/media/{sha256}`` of a real server, where it must get its
own status and code, leave no file (not even a temporary one) and no row, and
never be served. Bare photos of every supported shape are accepted byte for byte,
and so is what the workstation makes of a photo full of metadata.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
import requests
from PIL import Image

from central_server.image_check import ImageRejected, check_image
from central_server.testing import LiveServer, auth_header, login, server_rows
from officer_app.store.photos import process_photo

from .hostile_images import HARMLESS, HOSTILE, IDENTITY, NAME, _exif


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_each_hostile_image_is_refused_for_its_reason(case: str, tmp_path: Path) -> None:
    data, status, code = HOSTILE[case]()
    path = tmp_path / "upload"
    path.write_bytes(data)
    with pytest.raises(ImageRejected) as refused:
        check_image(path)
    assert (refused.value.status, refused.value.code) == (status, code)
    assert refused.value.message  # a sentence for a person (Indonesian)


@pytest.mark.parametrize("case", sorted(HARMLESS))
def test_each_bare_photo_is_accepted(case: str, tmp_path: Path) -> None:
    data, content_type = HARMLESS[case]()
    path = tmp_path / "upload"
    path.write_bytes(data)
    assert check_image(path).content_type == content_type


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    live = LiveServer(tmp_path_factory.mktemp("uploads"), n_reports=10).start()
    yield live
    live.stop()


@pytest.fixture(scope="module")
def http(server: LiveServer) -> requests.Session:
    session = requests.Session()
    session.headers.update(auth_header(login(server.url, "officer.demo")))
    return session


def _stored_files(server: LiveServer) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in server.media_dir.rglob("*") if p.is_file()}


def test_hostile_uploads_get_their_error_and_store_nothing(
    server: LiveServer, http: requests.Session
) -> None:
    files_before = _stored_files(server)
    [(rows_before,)] = server_rows(server, "SELECT count(*) FROM media")
    for case, make in sorted(HOSTILE.items()):
        data, status, code = make()
        url = f"{server.api}/media/{_sha(data)}"
        resp = http.put(url, data=data, headers={"Content-Type": "image/jpeg"}, timeout=60)
        assert resp.status_code == status, (case, resp.text)
        error = resp.json()["error"]
        assert error["code"] == code, case
        assert error["message"], case
        assert http.head(url, timeout=30).status_code == 404, case
        assert http.get(url, timeout=30).status_code == 404, case
    # Nothing half-way: no file (temporary ones included), no row.
    assert _stored_files(server) == files_before
    [(rows_after,)] = server_rows(server, "SELECT count(*) FROM media")
    assert rows_after == rows_before
    for content in _stored_files(server).values():
        for secret in IDENTITY:
            assert secret.encode() not in content


def test_bare_photos_are_stored_byte_for_byte(server: LiveServer, http: requests.Session) -> None:
    for case, make in sorted(HARMLESS.items()):
        data, content_type = make()
        url = f"{server.api}/media/{_sha(data)}"
        put = http.put(url, data=data, timeout=60)
        assert put.status_code in (200, 201), (case, put.text)
        assert put.json()["content_type"] == content_type
        got = http.get(url, timeout=30)
        assert got.content == data, case
        assert got.headers["Content-Type"] == content_type


def test_the_workstation_photo_of_a_metadata_laden_original_is_accepted(
    server: LiveServer, http: requests.Session
) -> None:
    # A citizen's forwarded photo: identity, GPS and time in EXIF, a comment too.
    exif = _exif(gps=True)
    exif[0x0132] = "2024:05:06 08:15:00"  # DateTime
    original = io.BytesIO()
    Image.new("RGB", (640, 480), (90, 120, 60)).save(
        original, "JPEG", exif=exif, comment=NAME.encode()
    )
    processed = process_photo(original.getvalue())
    # The workstation keeps the facts it needs in its own record...
    assert processed.meta.captured_at is not None
    assert processed.meta.captured_at.replace(tzinfo=None) == datetime(2024, 5, 6, 8, 15)
    assert processed.meta.lat is not None
    # ...and what it uploads is a bare photo: accepted as is, its address unchanged.
    url = f"{server.api}/media/{processed.sha256}"
    put = http.put(url, data=processed.data, headers={"Content-Type": "image/jpeg"}, timeout=60)
    assert put.status_code in (200, 201), put.text
    assert put.json()["sha256"] == processed.sha256
    served = http.get(url, timeout=30).content
    assert served == processed.data
    for secret in IDENTITY:
        assert secret.encode() not in served


def test_photos_an_older_version_stored_can_be_found_and_quarantined(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from sqlalchemy import create_engine
    from sqlalchemy.orm import Session

    from central_server.__main__ import main
    from central_server.clock import utcnow
    from central_server.db import create_all
    from central_server.media_store import media_path
    from central_server.models import Media

    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    media_dir = tmp_path / "media"
    laden, _, _ = HOSTILE["jpeg_exif_gps"]()
    bare, _ = HARMLESS["jpeg"]()
    engine = create_engine(url)
    create_all(engine)
    with Session(engine) as session, session.begin():
        for data in (laden, bare):  # written as an older server would have: unchecked
            path = media_path(media_dir, _sha(data))
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            session.add(
                Media(
                    sha256=_sha(data),
                    size=len(data),
                    content_type="image/jpeg",
                    uploaded_by=None,
                    created_at=utcnow(),
                )  # fmt: skip
            )
    engine.dispose()
    args = ["media", "check", "--database", url, "--media-dir", str(media_dir)]
    assert main(args) == 1  # found one, moved nothing
    assert capsys.readouterr().out.split() == [_sha(laden), "photo_metadata"]
    assert media_path(media_dir, _sha(laden)).exists()
    assert main([*args, "--quarantine"]) == 0
    assert not media_path(media_dir, _sha(laden)).exists()  # no longer served
    assert (media_dir / "quarantine" / _sha(laden)).read_bytes() == laden
    assert media_path(media_dir, _sha(bare)).read_bytes() == bare

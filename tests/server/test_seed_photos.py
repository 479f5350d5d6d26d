"""The demo seed's follow-ups waiting for validation carry before/after photos.

Drawn for each report (never shared: the validator flags a photo hash seen on
another report), stored content-addressed in the server's media directory, with
the capture time and place a workstation would have sent; capped so that big
seeds stay fast.
"""

from __future__ import annotations

import hashlib
import io
import math
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
import requests
from PIL import Image

from central_server.media_store import media_path
from central_server.seed_plan import MAX_PHOTO_REPORTS, ReportSeed, build_plan
from central_server.testing import LiveServer, auth_header, login
from crm_shared.domain import ActionType, Status
from officer_app.sync.http_backend import HttpBackend

NOW = datetime(2026, 3, 2, 5, 0, tzinfo=UTC)


def _distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Metres between two nearby points (equirectangular: fine at tens of metres)."""
    north = math.radians(lat2 - lat1)
    east = math.radians(lon2 - lon1) * math.cos(math.radians(lat1))
    return 6_371_000.0 * math.hypot(north, east)


def _with_photos(reports: list[ReportSeed]) -> list[ReportSeed]:
    return [r for r in reports if any(e.photos for e in r.events)]


def test_plan_gives_the_waiting_follow_ups_a_before_and_an_after_photo() -> None:
    plan = build_plan(None, 400, seed=5, now=NOW)
    waiting = [r for r in plan.reports if r.status is Status.MENUNGGU_VALIDASI]
    assert 0 < len(waiting) < MAX_PHOTO_REPORTS
    assert {r.id for r in _with_photos(plan.reports)} == {r.id for r in waiting}
    for report in waiting:
        followups = [e for e in report.events if e.type is ActionType.FOLLOWUP]
        assert [e for e in report.events if e.photos] == [followups[-1]]
        event = followups[-1]
        before, after = event.photos
        assert (before.kind, after.kind) == ("before", "after")
        assert report.created_at < before.captured_at < after.captured_at <= event.at
        for photo in (before, after):
            assert photo.scene == report.id  # the same place, drawn for this report only
            assert report.lat is not None
            assert report.lon is not None
            assert photo.lat is not None
            assert photo.lon is not None
            assert _distance_m(report.lat, report.lon, photo.lat, photo.lon) < 40
    # Other seeds of the same size keep their reports: photos use their own randomness.
    again = build_plan(None, 400, seed=5, now=NOW, photo_reports=0)
    assert [r.id for r in again.reports] == [r.id for r in plan.reports]
    assert _with_photos(again.reports) == []


def test_plan_caps_the_photos_in_the_validators_queue_order() -> None:
    plan = build_plan(None, 400, seed=5, now=NOW, photo_reports=3)
    waiting = sorted(
        (r for r in plan.reports if r.status is Status.MENUNGGU_VALIDASI),
        key=lambda r: (r.followup_at, r.created_at, r.id),
    )
    assert len(waiting) > 3
    assert {r.id for r in _with_photos(plan.reports)} == {r.id for r in waiting[:3]}


@pytest.mark.slow
def test_seeded_server_serves_distinct_photos_to_the_validator(
    server_factory: Callable[..., LiveServer], database_url: str | None
) -> None:
    server = server_factory(n_reports=300, seed=5, database_url=database_url)
    backend = HttpBackend(server.url)
    try:
        backend.login("validator.demo", "demo-password")
        reports = []
        cursor = 0
        while True:
            page = backend.changes(cursor, 500)
            reports += page.reports
            cursor = page.cursor
            if not page.has_more:
                break
        assert reports
        hashes: list[str] = []
        for report in reports:
            assert report.status is Status.MENUNGGU_VALIDASI
            kinds = sorted(a.kind for a in report.attachments)
            assert kinds == ["after", "before"], report.number
            for att in report.attachments:
                assert not att.reused, report.number
                assert att.captured_at is not None
                assert att.content_type == "image/jpeg"
                assert att.lat is not None
                assert att.lon is not None
                assert report.lat is not None
                assert report.lon is not None
                assert _distance_m(report.lat, report.lon, att.lat, att.lon) < 40
                hashes.append(att.sha256)
        assert len(hashes) == len(set(hashes)) == 2 * len(reports)

        # The bytes: a JPEG of the street, no EXIF (as a workstation uploads),
        # before and after not the same picture.
        first = reports[0]
        pictures = {a.kind: backend.media_get(a.sha256) for a in first.attachments}
        for data in pictures.values():
            with Image.open(io.BytesIO(data)) as image:
                assert image.format == "JPEG"
                assert image.size == (480, 360)
                assert not image.getexif()
        assert pictures["before"] != pictures["after"]
        for att in first.attachments:
            stored = media_path(server.media_dir, att.sha256)
            assert hashlib.sha256(stored.read_bytes()).hexdigest() == att.sha256
    finally:
        backend.close()

    # Only reports waiting for validation have photos: a finished one has none.
    token = login(server.url, "officer.demo")
    resp = requests.get(
        f"{server.api}/sync/changes",
        params={"cursor": 0, "limit": 2000},
        headers=auth_header(token),
        timeout=60,
    )
    resp.raise_for_status()
    for report in resp.json()["reports"]:
        if report["status"] != Status.MENUNGGU_VALIDASI.value:
            assert report["attachments"] == [], report["number"]
    files = [p for p in Path(server.media_dir).rglob("*") if p.is_file() and p.parent.name != "tmp"]
    assert len(files) == len(hashes)

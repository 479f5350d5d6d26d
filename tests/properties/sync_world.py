"""The shared harness of the sync robustness tests (faults, crash, properties).

Everything here talks to REAL parts: the reference server as a process on
127.0.0.1 (``central_server.testing.LiveServer``), the client's store, engine
and HTTP backend. Reports to work on are made fresh per test by the walk-in
desk through the real API, so tests can share one server without stepping on
each other's reports.

The checks say what issue 3 promises after recovery:

- ``server_counts``: how often each action id was applied on the server
  (``applied_actions`` rows and timeline ``events``), read from its database;
- ``assert_converged``: every action applied exactly once, the outbox empty,
  and the local copy equal to the server's (status and version of every
  report, and the count).
"""

from __future__ import annotations

import io
import random
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import requests
from PIL import Image
from sqlalchemy import create_engine, func, select
from sqlalchemy.engine import Engine

from central_server import models as server_models
from central_server.testing import DEMO_PASSWORD, LiveServer, auth_header, find_data_dir, login
from officer_app.profile import Profile
from officer_app.store.actions import Actor, LocalActions
from officer_app.store.db import Store
from officer_app.store.schema import Event, OutboxItem, Report
from officer_app.sync.engine import SyncConfig, SyncEngine, SyncResult, record_login
from officer_app.sync.http_backend import HttpBackend

OFFICER = "officer.demo"  # field officer of kel-31.71.01.1001 (Gambir)
SUPERVISOR = "supervisor.demo"  # supervisor of kec-31.71.01: sees Gambir and its kelurahan
DESK = "desk.demo"
HOME_KELURAHAN_CODE = "31.71.01.1001"
HOME_UNIT = "kel-31.71.01.1001"
NEAR_UNIT = "kel-31.71.01.1002"  # another kelurahan of the same kecamatan
FAR_UNIT = "kel-31.72.04.1001"  # another city: out of everybody's scope here
CATEGORY = "cat-fasilitas-sosial-fasilitas-umum"  # handled by the kelurahan
ACTIONS_PATH = "/api/v1/sync/actions"
CHANGES_PATH = "/api/v1/sync/changes"
MEDIA_PATH = "/api/v1/media/"
REFERENCE_PATH = "/api/v1/reference"
HTTP_TIMEOUT_S = 30


def start_server(workdir: Path, *, n_reports: int = 120, seed: int = 11) -> LiveServer:
    """A demo-seeded reference server on 127.0.0.1 (stop it when done)."""
    return LiveServer(workdir, data_dir=find_data_dir(), n_reports=n_reports, seed=seed).start()


def walk_ins(server_url: str, count: int, *, desk_token: str | None = None) -> list[str]:
    """``count`` new reports filed at the desk, landing in Gambir as ``menunggu``."""
    token = desk_token or login(server_url, DESK)
    now = datetime.now(UTC).isoformat()
    actions = [
        {
            "action_id": str(uuid.uuid4()),
            "report_id": str(uuid.uuid4()),
            "type": "create",
            "base_version": None,
            "payload": {
                "channel": "pendopo",
                "category_id": CATEGORY,
                "description": f"Lampu taman mati di gang {uuid.uuid4().hex[:6]}, mohon dicek",
                "address": "Jl. Uji Coba 1",
                "kelurahan_code": HOME_KELURAHAN_CODE,
                "reporter": {"anonymous": True},
            },
            "happened_at": now,
        }
        for _ in range(count)
    ]
    resp = requests.post(
        f"{server_url}/api/v1/sync/actions",
        json={"actions": actions},
        headers=auth_header(token),
        timeout=HTTP_TIMEOUT_S,
    )
    assert resp.status_code == 200, resp.text
    results = resp.json()["results"]
    assert [r["status"] for r in results] == ["applied"] * count, results
    assert {r["report"]["unit_id"] for r in results} == {HOME_UNIT}
    return [str(a["report_id"]) for a in actions]


def server_act(
    server_url: str, token: str, report_id: str, type_: str, **payload: Any
) -> dict[str, Any]:
    """Another client acts on a report directly on the server; its answer."""
    resp = requests.post(
        f"{server_url}/api/v1/sync/actions",
        json={
            "actions": [
                {
                    "action_id": str(uuid.uuid4()),
                    "report_id": report_id,
                    "type": type_,
                    "base_version": None,
                    "payload": payload,
                    "happened_at": datetime.now(UTC).isoformat(),
                }
            ]
        },
        headers=auth_header(token),
        timeout=HTTP_TIMEOUT_S,
    )
    assert resp.status_code == 200, resp.text
    return dict(resp.json()["results"][0])


def photo_bytes(seed: int | str) -> bytes:
    """A small JPEG whose pixels (and so hash) depend on ``seed``."""
    rng = random.Random(str(seed))
    image = Image.new("RGB", (48, 32))
    image.putdata([(rng.randrange(256), rng.randrange(256), rng.randrange(256))] * (48 * 32))
    for _ in range(40):
        image.putpixel((rng.randrange(48), rng.randrange(32)), (rng.randrange(256), 0, 0))
    buf = io.BytesIO()
    image.save(buf, "JPEG", quality=90)
    return buf.getvalue()


@dataclass
class Client:
    """One workstation profile of one officer, syncing with ``url`` (often a proxy)."""

    root: Path
    url: str
    officer: str = OFFICER
    read_timeout: float = 30.0
    max_retries: int = 5
    backoff_base: float = 0.01
    sleeps: list[float] = field(default_factory=list)
    recorded: list[str] = field(default_factory=list)  # action ids, in the order recorded
    token: str = field(init=False, default="")

    def __post_init__(self) -> None:
        self.profile = Profile(self.root)
        self.store = self.profile.open_store(DEMO_PASSWORD)  # encrypted profile
        self.photos = self.profile.photo_store()
        backend = self.backend()
        try:
            token = backend.login(self.officer, DEMO_PASSWORD)
        finally:
            backend.close()
        self.token = token.token
        record_login(self.store, self.url, token)
        officer = token.officer
        self.actor = Actor(officer.id, officer.role, officer.unit_id, officer.name)
        self.actions = LocalActions(self.store, self.photos, self.actor)

    def backend(self, url: str | None = None, read_timeout: float | None = None) -> HttpBackend:
        backend = HttpBackend(
            url or self.url,
            connect_timeout=5.0,
            read_timeout=read_timeout if read_timeout is not None else self.read_timeout,
        )
        backend.token = self.token or None
        return backend

    def config(self, **overrides: Any) -> SyncConfig:
        values: dict[str, Any] = {
            "max_retries": self.max_retries,
            "backoff_base": self.backoff_base,
            "sleep": self.sleeps.append,  # record requested delays, never wait
            "random": random.Random(7).random,
        }
        values.update(overrides)
        return SyncConfig(**values)

    def sync(
        self, url: str | None = None, *, read_timeout: float | None = None, **config: Any
    ) -> SyncResult:
        backend = self.backend(url, read_timeout)
        try:
            engine = SyncEngine(self.store, backend, self.photos, config=self.config(**config))
            return engine.run()
        finally:
            backend.close()

    # --- recording, as the UI would -------------------------------------------------

    def accept(self, report: str, note: str | None = None) -> str:
        return self._keep(self.actions.accept(report, note=note).action_id)

    def note(self, report: str, text: str = "Sudah dicek di lapangan, warga diberi tahu") -> str:
        return self._keep(self.actions.note(report, text).action_id)

    def followup(self, report: str) -> str:
        seed = uuid.uuid4().hex
        outcome = self.actions.followup(
            report,
            before=[photo_bytes(f"before-{seed}")],
            after=[photo_bytes(f"after-{seed}")],
            note="Lampu sudah diganti oleh petugas PJLP",
        )
        return self._keep(outcome.action_id)

    def forward(self, report: str, unit: str = NEAR_UNIT) -> str:
        reason = "Lokasi berada di wilayah unit lain, mohon ditangani di sana"
        return self._keep(self.actions.forward(report, unit, reason).action_id)

    def reject(self, report: str, reason: str) -> str:
        return self._keep(self.actions.reject(report, reason).action_id)

    def set_priority(self, report: str, priority: str) -> str:
        return self._keep(self.actions.set_priority(report, priority).action_id)

    def _keep(self, action_id: str) -> str:
        self.recorded.append(action_id)
        return action_id

    def record_mix(self, reports: Sequence[str]) -> list[str]:
        """A realistic mix on three fresh ``menunggu`` reports (photos included)."""
        a, b, c = reports[:3]
        ids = [self.accept(a, "Segera ke lokasi"), self.note(a), self.followup(a)]
        ids += [self.note(b), self.forward(b)]
        ids += [self.accept(c), self.note(c, "Menunggu material dari suku dinas")]
        return ids

    def close(self) -> None:
        self.store.close()


# --- what the server holds ----------------------------------------------------------


class ServerDb:
    """Read-only look into the server's database (beside the running server)."""

    def __init__(self, server: LiveServer) -> None:
        self.engine: Engine = create_engine(server.database_url)

    def counts(self, action_ids: Iterable[str]) -> dict[str, tuple[int, int]]:
        """For each action id: (rows in applied_actions, timeline events it made)."""
        ids = [a.lower() for a in action_ids]
        applied_model = server_models.AppliedAction
        event_model = server_models.Event
        with self.engine.connect() as conn:
            applied = dict(
                conn.execute(
                    select(applied_model.action_id, func.count())
                    .where(applied_model.action_id.in_(ids))
                    .group_by(applied_model.action_id)
                ).all()
            )
            events = dict(
                conn.execute(
                    select(event_model.action_id, func.count())
                    .where(event_model.action_id.in_(ids))
                    .group_by(event_model.action_id)
                ).all()
            )
        return {a: (int(applied.get(a, 0)), int(events.get(a, 0))) for a in ids}

    def applied_status(self, action_ids: Iterable[str]) -> dict[str, str]:
        """The first answer's status ('applied'...) the server stored for each id."""
        model = server_models.AppliedAction
        ids = [a.lower() for a in action_ids]
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(model.action_id, model.result).where(model.action_id.in_(ids))
            ).tuples()
            return {a: str(r["status"]) for a, r in rows}

    def close(self) -> None:
        self.engine.dispose()


def server_view(server_url: str, token: str) -> tuple[dict[str, tuple[str, int]], int]:
    """What the server shows this user now: {id: (status, version)} and total_visible."""
    http = requests.Session()
    http.headers.update(auth_header(token))
    reports: dict[str, tuple[str, int]] = {}
    cursor, total = 0, -1
    try:
        while True:
            resp = http.get(
                f"{server_url}{CHANGES_PATH}",
                params={"cursor": cursor, "limit": 2000},
                timeout=HTTP_TIMEOUT_S,
            )
            assert resp.status_code == 200, resp.text
            page = resp.json()
            for rep in page["reports"]:
                reports[rep["id"]] = (rep["status"], rep["version"])
            for rid in page["removed"]:
                reports.pop(rid, None)
            total = int(page["total_visible"])
            if not page["has_more"]:
                return reports, total
            cursor = page["cursor"]
    finally:
        http.close()


def local_view(store: Store) -> dict[str, tuple[str, int]]:
    """The in-scope reports of a profile: {id: (status as shown, version)}."""
    with store.read() as session:
        rows = session.execute(
            select(Report.id, Report.status, Report.version).where(Report.in_scope.is_(True))
        ).tuples()
        return {rid: (status, version) for rid, status, version in rows}


def outbox_of(store: Store) -> dict[str, tuple[str, str | None]]:
    """{action_id: (state, last_error_code)} of every outbox row."""
    with store.read() as session:
        return {
            item.action_id: (item.state, item.last_error_code)
            for item in session.scalars(select(OutboxItem))
        }


def reports_with_work(store: Store) -> set[str]:
    with store.read() as session:
        return set(session.scalars(select(OutboxItem.report_id)))


def pending_events(store: Store) -> set[str]:
    with store.read() as session:
        return set(session.scalars(select(Event.id).where(Event.pending.is_(True))))


def assert_converged(
    server_url: str, db: ServerDb, client: Client, action_ids: Sequence[str] | None = None
) -> None:
    """After recovery: each action once on the server, outbox empty, copies equal."""
    ids = list(client.recorded if action_ids is None else action_ids)
    assert len(set(ids)) == len(ids)
    counts = db.counts(ids)
    wrong = {a: c for a, c in counts.items() if c != (1, 1)}
    assert not wrong, f"actions not held exactly once (applied rows, events): {wrong}"
    assert set(db.applied_status(ids).values()) <= {"applied"}
    assert outbox_of(client.store) == {}, "outbox not empty after recovery"
    assert pending_events(client.store) == set()
    server, total = server_view(server_url, client.token)
    local = local_view(client.store)
    assert len(local) == total == len(server)
    assert local == server


__all__ = [
    "ACTIONS_PATH",
    "CHANGES_PATH",
    "DESK",
    "FAR_UNIT",
    "HOME_UNIT",
    "MEDIA_PATH",
    "NEAR_UNIT",
    "OFFICER",
    "REFERENCE_PATH",
    "SUPERVISOR",
    "Client",
    "ServerDb",
    "assert_converged",
    "local_view",
    "outbox_of",
    "pending_events",
    "photo_bytes",
    "reports_with_work",
    "server_act",
    "server_view",
    "start_server",
    "walk_ins",
]

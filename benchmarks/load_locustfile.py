"""Locust scenarios of the central server under a morning rush (issue 16).

Run by ``benchmarks/load_bench.py`` (``python -m benchmarks --only load``), which
starts the server, creates one account per simulated user and passes the context
in the JSON file named by LOAD_CONTEXT:

    {"scenario": "morning" | "initial", "password": "...", "accounts": [[id, role], ...],
     "kelurahan_codes": [...], "category_id": "...", "yesterday_cursor": N,
     "acked_file": "/tmp/.../acked", "received_file": "/tmp/.../received"}

- ``morning`` (realistic): workstations that synced yesterday start, sign in and pull
  what changed since; then, compressed in time, field officers pull again and write
  notes, supervisors open the dashboard and pull, desks take walk-in complaints with
  a photo (upload, then the create action).
- ``initial`` (worst case): every user signs in, pulls its whole scope page by page
  (2,000 per page, as the client does) and signs out, again and again.

Each user is its own account. A ``503`` with ``Retry-After`` is what the server
answers when saturated: it is recorded as the failure "503 Retry-After" (so it can
be told apart from real errors), and the user waits as long as asked and tries
again, as the sync engine does. Every action the server acknowledged (``applied``
or ``duplicate``) is written to ``acked_file`` so the bench can look for it in the
database afterwards.
"""

from __future__ import annotations

import hashlib
import io
import itertools
import json
import os
import random
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import gevent
from locust import FastHttpUser, between, constant, events, task

API = "/api/v1"
CONTEXT: dict[str, Any] = json.loads(Path(os.environ["LOAD_CONTEXT"]).read_text(encoding="utf-8"))
_accounts = itertools.cycle(CONTEXT["accounts"])
ACKED: list[str] = []
# Reports received in change-feed pages: the work an initial sync delivers (its
# requests differ in size, so req/s alone mixes sign-ins with 4 MB pages).
RECEIVED = [0]
RETRIES = 3  # 503 answers honoured in a row before a call gives up (login: LOGIN_RETRIES)
LOGIN_RETRIES = 30


@events.test_stop.add_listener
def _write_acked(**_kwargs: Any) -> None:
    with open(f"{CONTEXT['acked_file']}.{os.getpid()}", "w", encoding="utf-8") as out:
        out.write("\n".join(ACKED))
    with open(f"{CONTEXT['received_file']}.{os.getpid()}", "w", encoding="utf-8") as out:
        out.write(str(RECEIVED[0]))


def _photo_bytes() -> bytes:
    """A small, unique JPEG (a desk's photo of a letter or a damaged road, shrunk)."""
    from PIL import Image

    noise = os.urandom(96 * 72 * 3)
    image = Image.frombytes("RGB", (96, 72), noise).resize((640, 480))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80)
    return out.getvalue()


class _Officer(FastHttpUser):
    abstract = True

    def on_start(self) -> None:
        self.officer_id, self.role = next(_accounts)
        self.token = ""
        self.cursor = 0
        self.reports: dict[str, int] = {}
        self.login()

    # --- one call, with the server's Retry-After honoured ---------------------------

    def call(
        self,
        method: str,
        path: str,
        name: str,
        ok: tuple[int, ...] = (200,),
        retries: int = RETRIES,
        **kw: Any,
    ):
        headers = kw.pop("headers", {})
        if path != "/auth/token":
            if not self.token:
                self.login()
            if not self.token:
                return None
            headers["Authorization"] = f"Bearer {self.token}"
        for _attempt in range(retries):
            with self.client.request(
                method, f"{API}{path}", name=name, headers=headers, catch_response=True, **kw
            ) as resp:
                if resp.status_code in ok:
                    resp.success()
                    return resp
                wait = resp.headers.get("Retry-After") if resp.headers else None
                if resp.status_code == 503 and wait:
                    resp.failure("503 Retry-After")
                    gevent.sleep(float(wait) * random.uniform(1.0, 1.5))
                    continue
                resp.failure(f"{resp.status_code} {(resp.text or '')[:120]}")
                if resp.status_code == 401:
                    self.token = ""  # signed out by the server: sign in again next time
                return None
        return None

    def login(self) -> None:
        self.token = ""
        resp = self.call(
            "POST",
            "/auth/token",
            "POST /auth/token",
            retries=LOGIN_RETRIES,  # a workstation keeps trying to sign in, as asked
            json={"officer_id": self.officer_id, "password": CONTEXT["password"]},
        )
        if resp is not None:
            self.token = resp.json()["token"]

    def logout(self) -> None:
        if self.token:
            self.call("POST", "/auth/logout", "POST /auth/logout", ok=(204,))
        self.token = ""  # the next iteration signs in again

    def pull(self, name: str, limit: int = 2000) -> bool:
        """The change feed from ``self.cursor`` to its end; False when a call gave up."""
        while True:
            resp = self.call("GET", f"/sync/changes?cursor={self.cursor}&limit={limit}", name=name)
            if resp is None:
                return False
            page = resp.json()
            RECEIVED[0] += len(page["reports"])
            for report in page["reports"]:
                self.reports[report["id"]] = report["version"]
            for rid in page["removed"]:
                self.reports.pop(rid, None)
            self.cursor = page["cursor"]
            if not page["has_more"]:
                return True

    def act(self, actions: list[dict[str, Any]]) -> None:
        resp = self.call("POST", "/sync/actions", "POST /sync/actions", json={"actions": actions})
        if resp is None:
            return
        for result in resp.json()["results"]:
            if result["status"] in ("applied", "duplicate"):
                ACKED.append(result["action_id"])
                report = result.get("report")
                if report:
                    self.reports[report["id"]] = report["version"]


def _action(report_id: str, type_: str, payload: dict[str, Any]) -> dict[str, Any]:
    return {
        "action_id": str(uuid.uuid4()),
        "report_id": report_id,
        "type": type_,
        "base_version": None,
        "payload": payload,
        "happened_at": datetime.now(UTC).isoformat(),
    }


class MorningOfficer(_Officer):
    """A workstation that synced yesterday: sign in, pull the night's changes, work."""

    # Compressed: a few minutes between a person's syncs become a second or two.
    wait_time = between(0.5, 2.0)

    def on_start(self) -> None:
        super().on_start()
        self.cursor = int(CONTEXT["yesterday_cursor"])
        self.pull("GET /sync/changes (morning pull)")

    @task(5)
    def incremental_pull(self) -> None:
        self.pull("GET /sync/changes (incremental)")

    @task(3)
    def work(self) -> None:
        if self.role == "supervisor":
            self.call("GET", "/stats/summary", "GET /stats/summary")
        elif self.role == "desk":
            self.walk_in()
        elif self.reports:
            rid = random.choice(list(self.reports))
            self.act([_action(rid, "note", {"note": "Sudah dicek ke lokasi bersama RT."})])

    def walk_in(self) -> None:
        photo = _photo_bytes()
        sha = hashlib.sha256(photo).hexdigest()
        stored = self.call(
            "PUT",
            f"/media/{sha}",
            "PUT /media/{sha256}",
            ok=(200, 201),
            data=photo,
            headers={"Content-Type": "image/jpeg"},
        )
        if stored is None:
            return
        payload = {
            "channel": "pendopo",
            "category_id": CONTEXT["category_id"],
            "description": "Jalan berlubang di depan sekolah, membahayakan pengendara motor.",
            "address": "Jalan Contoh 1",
            "kelurahan_code": random.choice(CONTEXT["kelurahan_codes"]),
            "reporter": {"anonymous": True},
            "photos": [{"sha256": sha, "kind": "evidence"}],
        }
        self.act([_action(str(uuid.uuid4()), "create", payload)])


class InitialSync(_Officer):
    """The worst case: every PC syncs its whole scope from nothing, again and again."""

    wait_time = constant(0.1)

    finished = True

    @task
    def initial_sync(self) -> None:
        # Like the sync engine, a sync that gave up (the server said "come back later"
        # too often) resumes from the last page it got; only a finished one starts over.
        if self.finished:
            self.cursor = 0
            self.reports.clear()
        self.finished = self.pull("GET /sync/changes (initial)")
        self.logout()

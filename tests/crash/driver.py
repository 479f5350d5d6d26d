"""A workstation in a box, to be killed with SIGKILL by tests/crash.

    python tests/crash/driver.py PROFILE_DIR SERVER_URL SEED REPORT_IDS [--no-sync]

It opens an already logged-in profile and works like the app does: one thread
records actions on the given reports (comma-separated ids) as fast as a person never could
(notes, accepting, follow-ups with photos), another runs sync cycles in small
batches and pages. It prints, flushed, one line per fact the test may rely on:

    ready                   the store is open, work starts now
    action <action_id>      this action's transaction has COMMITTED
    push <pushed>           a batch of the outbox was answered by the server
    sync <outcome> <pushed> a sync cycle ended

and runs until killed (or, as a safety net, for at most ``MAX_SECONDS``).
"""

from __future__ import annotations

import io
import random
import sys
import threading
import time
from pathlib import Path

from PIL import Image
from sqlalchemy import select

from central_server.testing import DEMO_PASSWORD
from crm_shared.domain import DomainError, Role, Status
from officer_app.profile import Profile
from officer_app.store.actions import Actor, LocalActions
from officer_app.store.schema import Report, SyncState
from officer_app.sync.engine import SyncConfig, SyncEngine, SyncProgress
from officer_app.sync.http_backend import HttpBackend

MAX_SECONDS = 20.0
PASSWORD = "demo-password"
_print_lock = threading.Lock()


def say(line: str) -> None:
    with _print_lock:
        sys.stdout.write(line + "\n")
        sys.stdout.flush()


def photo(rng: random.Random) -> bytes:
    image = Image.new("RGB", (64, 48), (rng.randrange(256), rng.randrange(256), rng.randrange(256)))
    for _ in range(60):
        image.putpixel((rng.randrange(64), rng.randrange(48)), (rng.randrange(256), 0, 0))
    buf = io.BytesIO()
    image.save(buf, "JPEG", quality=85)
    return buf.getvalue()


def record_forever(
    actions: LocalActions, reports: list[str], rng: random.Random, end: float
) -> None:
    n = 0
    while time.monotonic() < end:
        n += 1
        report = rng.choice(reports)
        with actions.store.read() as session:
            status = Status(session.scalars(select(Report.status).where(Report.id == report)).one())
        try:
            if status is Status.MENUNGGU and rng.random() < 0.7:
                outcome = actions.accept(report, note=f"diterima {n}")
            elif status is Status.PROSES and rng.random() < 0.3:
                outcome = actions.followup(
                    report, before=[photo(rng)], after=[photo(rng)], note=f"tindak lanjut {n}"
                )
            else:
                outcome = actions.note(report, f"catatan lapangan nomor {n}")
        except DomainError:
            continue
        say(f"action {outcome.action_id}")
        time.sleep(rng.uniform(0.0, 0.04))  # the sync thread gets its turns too


def progress(step: SyncProgress) -> None:
    if step.phase == "push":
        say(f"push {step.pushed}")


def sync_forever(engine: SyncEngine, end: float) -> None:
    while time.monotonic() < end:
        result = engine.run()
        say(f"sync {result.outcome.value} {result.pushed}")
        time.sleep(0.02)


def main() -> int:
    root, server_url, seed = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    reports = sys.argv[4].split(",")
    with_sync = "--no-sync" not in sys.argv[5:]
    rng = random.Random(seed)
    profile = Profile(root)
    store = profile.open_store(DEMO_PASSWORD)  # the profile is encrypted under this password
    with store.read() as session:
        state = session.get(SyncState, 1)
        if state is None or not state.officer_id or not state.role or not state.unit_id:
            raise SystemExit("profile never logged in")
        actor = Actor(state.officer_id, Role(state.role), state.unit_id, state.officer_name or "")
    actions = LocalActions(store, profile.photo_store(), actor)
    end = time.monotonic() + MAX_SECONDS
    threads = [
        threading.Thread(target=record_forever, args=(actions, reports, rng, end), daemon=True)
    ]
    if with_sync:
        backend = HttpBackend(server_url, read_timeout=10.0)
        backend.login(actor.officer_id, PASSWORD)
        config = SyncConfig(batch_size=2, page_size=5, max_retries=2, backoff_base=0.05)
        engine = SyncEngine(
            store, backend, profile.photo_store(), config=config, on_progress=progress
        )
        threads.append(threading.Thread(target=sync_forever, args=(engine, end), daemon=True))
    say("ready")
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

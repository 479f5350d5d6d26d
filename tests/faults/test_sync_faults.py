"""The sync engine through a misbehaving network (issue 3, "Faults").

Real parts only: the reference server as a process on 127.0.0.1, the real
``FaultProxy`` between it and the client's ``HttpBackend`` + ``SyncEngine``, and
a real profile database. The engine's sleep is injected: it records the delays
it asks for instead of waiting (so Retry-After can be checked, and nothing
here waits for a backoff).

After every recovery the same promise is checked (``assert_converged``): the
server holds each recorded action exactly once (its database: one
``applied_actions`` row and one timeline event per action id), the outbox is
empty, and the local copy equals the server's (status and version of every
report, and the count).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest
from properties.sync_world import (
    ACTIONS_PATH,
    CHANGES_PATH,
    DESK,
    MEDIA_PATH,
    REFERENCE_PATH,
    Client,
    ServerDb,
    assert_converged,
    local_view,
    outbox_of,
    pending_events,
    start_server,
    walk_ins,
)

from central_server.testing import LiveServer, login
from officer_app.store import outbox as ob
from officer_app.sync.engine import Outcome

from .proxy import FaultProxy

pytestmark = pytest.mark.timeout(120)

# Client read timeout where a 30 s stall must time out: generous for every request
# that is not stalled, even on a loaded machine (was 1 s: a slow answer then cost an
# extra retry and the counted sleeps differed).
STALL_READ_TIMEOUT_S = 6.0


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    live = start_server(tmp_path_factory.mktemp("fault_server"), seed=21)
    yield live
    live.stop()


@pytest.fixture(scope="module")
def db(server: LiveServer) -> Iterator[ServerDb]:
    look = ServerDb(server)
    yield look
    look.close()


@pytest.fixture(scope="module")
def desk_token(server: LiveServer) -> str:
    return login(server.url, DESK)


@pytest.fixture
def proxy(server: LiveServer) -> Iterator[FaultProxy]:
    with FaultProxy(server.url, io_timeout=10.0) as fault_proxy:
        yield fault_proxy


@pytest.fixture
def reports(server: LiveServer, desk_token: str) -> list[str]:
    return walk_ins(server.url, 3, desk_token=desk_token)


@pytest.fixture
def client(tmp_path: Path, proxy: FaultProxy, reports: list[str]) -> Iterator[Client]:
    """A profile that has synced once (cleanly) and then recorded a mix offline."""
    officer = Client(tmp_path / "profile", proxy.url)
    first = officer.sync()
    assert first.ok, first.message
    assert set(reports) <= set(local_view(officer.store))
    officer.record_mix(reports)
    assert len(outbox_of(officer.store)) == len(officer.recorded) == 7
    yield officer
    officer.close()


def _kept_everything(client: Client) -> None:
    """A cycle that stopped left every action waiting (none lost, none stuck 'sending')."""
    box = outbox_of(client.store)
    assert set(box) == set(client.recorded)
    assert {state for state, _ in box.values()} == {ob.PENDING}
    assert pending_events(client.store) == set(client.recorded)


# --- the connection cut mid-response ----------------------------------------------------


@pytest.mark.parametrize("after_bytes", [0, 60, 700])
def test_cut_mid_response_on_actions_retry_is_duplicate(
    server: LiveServer, db: ServerDb, proxy: FaultProxy, client: Client, after_bytes: int
) -> None:
    """The server applied the batch, the answer broke off: the resend says 'duplicate'."""
    proxy.cut_response(after_bytes, path_prefix=ACTIONS_PATH, method="POST")

    result = client.sync()

    assert result.ok, result.message
    assert [e.fault for e in proxy.exchanges if e.path == ACTIONS_PATH] == ["cut", None]
    assert proxy.forwarded(ACTIONS_PATH) == 2
    assert (result.applied, result.duplicates) == (0, len(client.recorded))
    assert len(client.sleeps) == 1
    assert_converged(server.url, db, client)


@pytest.mark.parametrize("after_bytes", [30, 400, 3000])
def test_cut_mid_response_on_changes(
    server: LiveServer, db: ServerDb, proxy: FaultProxy, client: Client, after_bytes: int
) -> None:
    proxy.cut_response(after_bytes, path_prefix=CHANGES_PATH, times=2)

    result = client.sync()

    assert result.ok, result.message
    cuts = [e for e in proxy.exchanges if e.path.startswith(CHANGES_PATH) and e.fault == "cut"]
    assert len(cuts) == 2
    assert result.applied == len(client.recorded)
    assert_converged(server.url, db, client)


def test_cut_mid_response_on_first_full_pull(
    server: LiveServer, db: ServerDb, proxy: FaultProxy, tmp_path: Path, reports: list[str]
) -> None:
    """A first sync whose big page breaks off halfway stores nothing half-done."""
    proxy.cut_response(20_000, path_prefix=CHANGES_PATH)
    fresh = Client(tmp_path / "fresh", proxy.url)
    try:
        result = fresh.sync()
        assert result.ok, result.message
        assert proxy.received(CHANGES_PATH) >= 2
        assert set(reports) <= set(local_view(fresh.store))
        assert_converged(server.url, db, fresh, [])
    finally:
        fresh.close()


# --- a response lost after the server applied the batch ----------------------------------


def test_response_lost_after_server_applied_batch(
    server: LiveServer, db: ServerDb, proxy: FaultProxy, client: Client
) -> None:
    proxy.drop_response(path_prefix=ACTIONS_PATH, method="POST")
    proxy.drop_response(path_prefix=MEDIA_PATH, method="PUT")  # the photo lands, answer lost

    result = client.sync()

    assert result.ok, result.message
    assert proxy.forwarded(ACTIONS_PATH) == 2
    assert (result.applied, result.duplicates) == (0, len(client.recorded))
    assert result.conflicts == result.rejected == 0
    assert [e.status for e in proxy.exchanges if e.path == ACTIONS_PATH] == [200, 200]
    assert_converged(server.url, db, client)


def test_response_lost_twice_in_small_batches(
    server: LiveServer, db: ServerDb, proxy: FaultProxy, client: Client
) -> None:
    """Batches of 2: the first answer and a later one are lost; nothing doubles."""
    proxy.drop_response(path_prefix=ACTIONS_PATH, method="POST")
    proxy.drop_response(path_prefix=ACTIONS_PATH, method="POST")

    result = client.sync(batch_size=2)

    assert result.ok, result.message
    assert result.duplicates == 2  # the first batch, resent after its answer was lost
    assert result.applied + result.duplicates == len(client.recorded)
    assert_converged(server.url, db, client)


# --- 500 / 503 / 429 bursts ---------------------------------------------------------------


def test_5xx_bursts_on_every_phase(
    server: LiveServer, db: ServerDb, proxy: FaultProxy, client: Client
) -> None:
    proxy.status(500, path_prefix=REFERENCE_PATH, times=2)
    proxy.status(503, path_prefix=MEDIA_PATH, times=2)
    proxy.status(500, path_prefix=ACTIONS_PATH, times=3)
    proxy.status(503, headers={"Retry-After": "1"}, path_prefix=CHANGES_PATH, times=2)

    result = client.sync()

    assert result.ok, result.message
    assert proxy.pending_faults() == []
    assert len(client.sleeps) == 9  # one backoff per refused request
    assert client.sleeps[-2:] == [max(1.0, d) for d in client.sleeps[-2:]]
    # The made-up errors never reached the server: every action applied first time.
    assert (result.applied, result.duplicates) == (len(client.recorded), 0)
    assert_converged(server.url, db, client)


def test_503_longer_than_the_retries_keeps_everything(
    server: LiveServer, db: ServerDb, proxy: FaultProxy, client: Client
) -> None:
    client.max_retries = 3
    proxy.status(503, path_prefix=ACTIONS_PATH, times=None)

    stopped = client.sync()

    assert stopped.outcome is Outcome.UNREACHABLE
    assert proxy.received(ACTIONS_PATH) == 4  # the first try and 3 retries, no more
    assert proxy.forwarded(ACTIONS_PATH) == 0
    assert stopped.waiting == len(client.recorded)
    _kept_everything(client)
    assert set(db.counts(client.recorded).values()) == {(0, 0)}

    proxy.clear_faults()
    result = client.sync()
    assert result.ok, result.message
    assert result.applied == len(client.recorded)
    assert_converged(server.url, db, client)


def test_429_retry_after_is_honoured(
    server: LiveServer, db: ServerDb, proxy: FaultProxy, client: Client
) -> None:
    in_a_minute = format_datetime(datetime.now(UTC) + timedelta(seconds=60), usegmt=True)
    proxy.status(429, headers={"Retry-After": "7"}, path_prefix=ACTIONS_PATH, times=2)
    proxy.status(429, headers={"Retry-After": in_a_minute}, path_prefix=CHANGES_PATH)

    result = client.sync(backoff_base=0.01)

    assert result.ok, result.message
    assert client.sleeps[:2] == [7.0, 7.0]  # never sooner than the server asked
    assert len(client.sleeps) == 3
    assert 50.0 <= client.sleeps[2] <= 60.0  # an HTTP date: about a minute from now
    assert result.applied == len(client.recorded)
    assert_converged(server.url, db, client)


def test_429_asking_for_too_long_stops_the_cycle_and_keeps_the_outbox(
    server: LiveServer, db: ServerDb, proxy: FaultProxy, client: Client
) -> None:
    proxy.status(429, headers={"Retry-After": "3600"}, path_prefix=ACTIONS_PATH)

    stopped = client.sync()

    assert stopped.outcome is Outcome.UNREACHABLE
    assert client.sleeps == []  # an hour is not slept through inside a cycle
    _kept_everything(client)

    result = client.sync()
    assert result.ok, result.message
    assert_converged(server.url, db, client)


def test_401_stops_with_login_needed_and_keeps_everything(
    server: LiveServer, db: ServerDb, proxy: FaultProxy, client: Client
) -> None:
    body = '{"error": {"code": "token_invalid", "message": "Sesi berakhir."}}'
    proxy.status(401, body=body, path_prefix=ACTIONS_PATH)

    stopped = client.sync()

    assert stopped.outcome is Outcome.LOGIN_NEEDED
    assert client.sleeps == []
    _kept_everything(client)

    result = client.sync()
    assert result.ok, result.message
    assert_converged(server.url, db, client)


# --- long stalls: the client times out, then recovers --------------------------------------


def test_stall_after_the_server_applied_times_out_then_duplicate(
    server: LiveServer, db: ServerDb, proxy: FaultProxy, client: Client
) -> None:
    proxy.stall(30.0, path_prefix=ACTIONS_PATH, method="POST")  # forwarded, answer held
    proxy.stall(30.0, forward=False, path_prefix=CHANGES_PATH)  # never reaches the server

    # The read timeout is well above what any unstalled request takes on a loaded
    # machine (an extra timeout would add a retry) and far below the 30 s stall.
    result = client.sync(read_timeout=STALL_READ_TIMEOUT_S)

    assert result.ok, result.message
    assert len(client.sleeps) == 2
    assert (result.applied, result.duplicates) == (0, len(client.recorded))
    assert_converged(server.url, db, client)


def test_server_gone_for_a_whole_cycle_then_back(
    server: LiveServer, db: ServerDb, proxy: FaultProxy, client: Client
) -> None:
    """Stalls and refused connections until the retries run out; then a clean cycle."""
    client.max_retries = 2
    proxy.stall(30.0, forward=False, path_prefix=REFERENCE_PATH, times=2)
    proxy.refuse(times=None)
    before = proxy.forwarded()

    stopped = client.sync(read_timeout=0.5)

    assert stopped.outcome is Outcome.UNREACHABLE
    assert proxy.forwarded() == before  # nothing reached the server
    _kept_everything(client)

    proxy.clear_faults()
    result = client.sync()
    assert result.ok, result.message
    assert_converged(server.url, db, client)


def test_every_fault_in_one_cycle(
    server: LiveServer, db: ServerDb, proxy: FaultProxy, client: Client
) -> None:
    """Media, actions in batches of 3 and the feed, each hit by a different fault."""
    proxy.drop_response(path_prefix=MEDIA_PATH, method="PUT")
    proxy.cut_response(100, path_prefix=ACTIONS_PATH)
    proxy.status(503, path_prefix=ACTIONS_PATH)
    proxy.drop_response(path_prefix=ACTIONS_PATH)
    proxy.status(429, headers={"Retry-After": "2"}, path_prefix=ACTIONS_PATH)
    proxy.stall(30.0, path_prefix=ACTIONS_PATH)
    proxy.cut_response(500, path_prefix=CHANGES_PATH)
    proxy.refuse(path_prefix=CHANGES_PATH)

    result = client.sync(batch_size=3, read_timeout=STALL_READ_TIMEOUT_S)

    assert result.ok, result.message
    assert proxy.pending_faults() == []
    assert 2.0 in client.sleeps
    assert result.applied + result.duplicates == len(client.recorded)
    assert result.duplicates >= 3  # at least the cut batch came back as duplicates
    assert_converged(server.url, db, client)


def test_photo_the_server_never_got_is_uploaded_again(
    server: LiveServer, db: ServerDb, proxy: FaultProxy, client: Client
) -> None:
    """A middlebox (captive portal, broken cache) answers 200 for the photo requests
    without passing them on. The server then refuses the follow-up with
    ``photo_missing``, which the protocol says "is retried after the upload"; once
    the network is honest again, the photo must go up and the action must apply
    (here even helped by a person pressing "resend")."""
    portal = "<html><body>Silakan login ke WiFi</body></html>"
    proxy.status(200, body=portal, path_prefix=MEDIA_PATH, times=None)

    first = client.sync()

    assert first.ok, first.message
    assert proxy.forwarded(MEDIA_PATH) == 0  # the photos never reached the server
    box = outbox_of(client.store)
    missing = [a for a, (state, code) in box.items() if code == "photo_missing"]
    assert missing, box  # the follow-up was refused for its photos, nothing else
    assert all(box[a][0] == ob.NEEDS_ATTENTION for a in missing)

    proxy.clear_faults()
    for action_id in missing:  # a person sends it again once the network is fine
        client.actions.resend(action_id)
    result = client.sync()

    assert result.ok, result.message
    assert proxy.forwarded(MEDIA_PATH) >= 1, "the photos were never uploaded again"
    assert_converged(server.url, db, client)

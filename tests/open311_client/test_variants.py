"""The conformance harness: the Open311 client against GeoReport v2 servers that
behave differently from ours (tests/open311_client/variants.py, real HTTP on
127.0.0.1). Each test asserts that EVERY request (and update) arrives, or that the
sync says precisely what is missing."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from crm_shared.domain import ActionType, Role, Status
from crm_shared.protocol.wire import ActionIn
from officer_app.store.db import Store
from officer_app.store.photos import PhotoStore
from officer_app.store.schema import Event as LocalEvent
from officer_app.store.schema import Report as LocalReport
from officer_app.sync.backend import ProtocolError
from officer_app.sync.engine import Outcome, SyncConfig, SyncEngine, SyncResult, record_login
from officer_app.sync.open311_backend import Open311Backend

from .recorded import pull_cycle
from .variants import Variant, VariantServer

pytestmark = pytest.mark.slow


def backend(srv: VariantServer, tmp_path: Path, **kw: object) -> Open311Backend:
    tmp_path.mkdir(parents=True, exist_ok=True)
    return Open311Backend(
        srv.url,
        state_path=tmp_path / "open311-state.json",
        api_key="k",
        **kw,  # type: ignore[arg-type]
    )


def pulled_ids(be: Open311Backend, cursor: int = 0) -> set[str]:
    _, reports = pull_cycle(be, cursor)
    return {r.number for r in reports}


@pytest.fixture
def served(request: pytest.FixtureRequest) -> Iterator[VariantServer]:
    with VariantServer(request.param) as srv:
        yield srv


VARIANTS = {
    "cap-200-no-paging": Variant(cap=200),
    "page-size-capped-100": Variant(cap=100, paging="page"),
    "link-next-100": Variant(cap=100, paging="link"),
    "newest-first-500-own-header": Variant(cap=500, paging="header", newest_first=True),
    "newest-first-cap-500-no-paging": Variant(n=652, cap=500, newest_first=True),
    "xml-only-odd-root": Variant(
        cap=200, formats=("xml",), xml_root="requests", xml_item="service_request"
    ),
}


@pytest.mark.parametrize("served", list(VARIANTS.values()), ids=list(VARIANTS), indirect=True)
def test_every_request_arrives(served: VariantServer, tmp_path: Path) -> None:
    fmt = "xml" if served.variant.formats == ("xml",) else "json"
    be = backend(served, tmp_path, fmt=fmt)
    page, reports = pull_cycle(be, 0)
    numbers = [r.number for r in reports]
    assert len(numbers) == len(set(numbers))  # none twice
    assert set(numbers) == set(served.data.requests)  # e.g. 1,234 of 1,234
    assert not page.has_more
    report = be.last_pull
    assert report is not None
    assert report["missing"] == []
    assert report["held"] == len(served.data.requests)
    assert all(w["complete"] for w in report["windows"])
    # Later cycles pick up what is filed meanwhile (not only what sorts "first").
    served.calls.clear()
    newest = served.add_requests(3)
    again = pulled_ids(be, page.cursor)
    assert set(newest) <= again
    assert len(served.calls) < 60
    assert again <= set(served.data.requests)


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_fixmystreet_updates_by_date_window(fmt: str, tmp_path: Path) -> None:
    with VariantServer(Variant(n=400, cap=100, paging="link", updates=True)) as srv:
        be = backend(srv, tmp_path, fmt=fmt)
        assert be.capabilities().updates
        _, reports = pull_cycle(be, 0)
        by_number = {r.number: r for r in reports}
        assert set(by_number) == set(srv.data.requests)
        # Updates were asked for by date window only (FixMyStreet refuses the id).
        asked = [c for c in srv.calls if c[1].startswith("/open311/v2/servicerequestupdates")]
        assert asked
        assert all("service_request_id" not in c[2] for c in asked)
        # Every update arrived as a timeline event, and in_progress is Proses.
        for update in srv.data.updates:
            events = {e.id for e in by_number[update["service_request_id"]].events}
            assert update["update_id"] in events
        for number, item in srv.data.requests.items():
            last = srv.last_status(number)
            got = by_number[number].status
            if last == "in_progress":
                assert got is Status.PROSES, number
            elif item["status"] == "closed":
                assert got is Status.SELESAI, number
            else:
                assert got is Status.MENUNGGU, number


def test_updates_without_ids_and_absent_endpoint(tmp_path: Path) -> None:
    with VariantServer(Variant(n=300, cap=200, updates=True, update_ids=False)) as srv:
        be = backend(srv, tmp_path)
        _, reports = pull_cycle(be, 0)
        events = sum(len(r.events) - 1 for r in reports)  # minus "created"
        assert events == len(srv.data.updates)
    with VariantServer(Variant(n=300, cap=200, updates=False)) as srv:
        be = backend(srv, tmp_path / "b")
        assert not be.capabilities().updates
        first, reports = pull_cycle(be, 0)
        assert {r.number for r in reports} == set(srv.data.requests)
        # A later cycle re-checks what it holds by id (there is no other way to learn).
        srv.data.requests["100003"]["status"] = "closed"
        _, later = pull_cycle(be, first.cursor)
        assert {r.number: r.status for r in later}["100003"] is Status.SELESAI


def test_note_keeps_the_status_the_server_holds(tmp_path: Path) -> None:
    with VariantServer(Variant(n=60, updates=True)) as srv:
        be = backend(srv, tmp_path)
        first, _ = pull_cycle(be, 0)
        number = next(n for n in srv.data.requests if srv.last_status(n) == "in_progress")
        fresh = "100001"
        assert srv.last_status(fresh) is None
        # Meanwhile the council moves another one on: the client must read it first.
        srv.data.updates.append(
            {
                "service_request_id": fresh,
                "update_id": "council-1",
                "status": "action_scheduled",
                "updated_datetime": datetime.now(UTC).replace(microsecond=0).isoformat(),
                "description": "Dijadwalkan",
            }
        )
        notes = [
            ActionIn(
                action_id=str(uuid.uuid4()),
                report_id=n,
                type=ActionType.NOTE,
                payload={"note": "Sudah dicek di lapangan."},
                happened_at=datetime.now(UTC),
            )
            for n in (number, fresh)
        ]
        results = be.push(notes)
        assert [r.status for r in results] == ["applied", "applied"], results
        sent = {p["service_request_id"]: p["status"] for p in srv.posts}
        assert sent == {number: "IN_PROGRESS", fresh: "ACTION_SCHEDULED"}  # never OPEN
        assert all("target_unit_id" not in p for p in srv.posts)


def test_jurisdiction_required(tmp_path: Path) -> None:
    with VariantServer(Variant(n=250, cap=100, jurisdiction="kota.test")) as srv:
        without = backend(srv, tmp_path / "a")
        with pytest.raises(ProtocolError) as info:
            without.login("petugas", "")
        assert "jurisdiction_id is required" in info.value.message
        assert "use 'kota.test'" in info.value.message  # every error item, not the first
        with_it = backend(srv, tmp_path / "b", jurisdiction_id="kota.test")
        with_it.login("petugas", "")
        assert pulled_ids(with_it) == set(srv.data.requests)


class Station:
    def __init__(self, root: Path, srv: VariantServer, **kw: object) -> None:
        self.store = Store.open(root)
        self.photos = PhotoStore(root / "photos")
        self.backend = Open311Backend(
            srv.url, state_path=root / "open311-state.json", api_key="k", **kw
        )  # type: ignore[arg-type]
        record_login(self.store, srv.url, self.backend.login("petugas", ""))

    def sync(self) -> SyncResult:
        cfg = SyncConfig(max_retries=1, sleep=lambda s: None)
        return SyncEngine(self.store, self.backend, self.photos, config=cfg).run()

    def numbers(self) -> set[str]:
        with self.store.read() as s:
            return set(s.scalars(select(LocalReport.number)))

    def close(self) -> None:
        self.backend.close()
        self.store.close()


def test_engine_one_failing_request_is_set_aside(tmp_path: Path) -> None:
    variant = Variant(n=300, cap=200, updates=False, fail_ids=frozenset({"100010"}))
    with VariantServer(variant) as srv:
        st = Station(tmp_path / "ws", srv, role=Role.FIELD_OFFICER)
        try:
            result = st.sync()
            assert result.ok, result.summary()
            assert st.numbers() == set(srv.data.requests)
            assert result.pulled == len(srv.data.requests)
            # Now that request fails on the server: the next syncs go on without it.
            for _ in range(2):
                again = st.sync()
                assert again.ok, again.summary()
                assert again.set_aside == 1
                assert not again.recounted
            assert st.backend.last_pull is not None
            assert "100010" in st.backend.last_pull["set_aside"]
            assert "100010" in st.numbers()  # our copy is kept
        finally:
            st.close()


def test_engine_gap_is_never_ok(tmp_path: Path) -> None:
    # 250 requests filed in one second, answers capped at 200, no paging: that second
    # cannot be read whole. The sync applies what came and fails, naming the window.
    with VariantServer(Variant(n=300, cap=200, same_second=250)) as srv:
        st = Station(tmp_path / "ws", srv)
        try:
            result = st.sync()
            assert result.outcome is Outcome.FAILED, result.summary()
            assert st.backend.last_problem is not None
            assert "belum lengkap" in st.backend.last_problem
            assert "requests" in st.backend.last_problem
            assert st.backend.last_pull is not None
            missing = st.backend.last_pull["missing"]
            assert len(missing) == 1
            assert missing[0]["end"] - missing[0]["start"] <= 2  # the second, both bounds
            held = st.numbers()
            assert {n for n in srv.data.requests if not n.startswith("9")} <= held
            # The gap is read again first next time, and fails again while it lasts.
            again = st.sync()
            assert again.outcome is Outcome.FAILED
        finally:
            st.close()


def test_engine_statuses_and_timeline_in_the_store(tmp_path: Path) -> None:
    with VariantServer(Variant(n=500, cap=100, paging="header", updates=True)) as srv:
        st = Station(tmp_path / "ws", srv)
        try:
            result = st.sync()
            assert result.ok, result.summary()
            assert st.numbers() == set(srv.data.requests)
            with st.store.read() as s:
                events = s.scalar(
                    select(func.count()).select_from(LocalEvent).where(LocalEvent.type != "created")
                )
                proses = s.scalar(
                    select(func.count())
                    .select_from(LocalReport)
                    .where(LocalReport.status == Status.PROSES.value)
                )
            assert events == len(srv.data.updates)
            assert proses == sum(
                1 for n in srv.data.requests if srv.last_status(n) == "in_progress"
            )
        finally:
            st.close()


def test_actions_the_server_cannot_take_are_refused_before_queueing(tmp_path: Path) -> None:
    from crm_shared.domain import DomainError
    from officer_app.store import outbox as ob
    from officer_app.store.actions import Actor, LocalActions

    with VariantServer(Variant(n=20, updates=True)) as srv:
        st = Station(tmp_path / "ws", srv, role=Role.SUPERVISOR)
        try:
            assert st.sync().ok
            actions = LocalActions(
                st.store, st.photos, Actor("petugas", Role.SUPERVISOR, "open311")
            )
            number = "100001"
            for attempt, code in (
                (
                    lambda: actions.forward(number, "open311:penerangan", "Bukan wewenang kami"),
                    "open311_no_forward",
                ),
                (
                    lambda: actions.dispose(number, "open311:penerangan", "Ke dinas"),
                    "open311_no_forward",
                ),
                (lambda: actions.set_priority(number, "tinggi"), "open311_no_priority"),
            ):
                with pytest.raises(DomainError) as info:
                    attempt()
                assert info.value.code == code
                assert "Server Open311" in info.value.message  # a sentence, Indonesian
            with st.store.read() as s:
                assert ob.count_by_state(s) == {}  # nothing queued
            # What the server can take is still recorded (and then sent).
            actions.accept(number, note="Dicek")
            result = st.sync()
            assert result.applied == 1, result.summary()
            assert srv.posts[-1]["status"] == "IN_PROGRESS"
        finally:
            st.close()


def test_engine_a_passing_outage_skips_no_window(tmp_path: Path) -> None:
    # Some GETs of requests fail (503) in the middle of the windows: the engine
    # retries, and the window that failed is read again, not skipped.
    variant = Variant(n=800, cap=100, paging="link", fail_calls=frozenset({6, 9, 15, 22}))
    with VariantServer(variant) as srv:
        st = Station(tmp_path / "ws", srv)
        try:
            result = st.sync()
            assert result.ok, result.summary()
            assert st.numbers() == set(srv.data.requests)
            assert result.pulled == len(srv.data.requests)
        finally:
            st.close()


def test_engine_a_500_on_one_action_goes_to_attention(tmp_path: Path) -> None:
    from officer_app.store import outbox as ob
    from officer_app.store.actions import Actor, LocalActions

    with VariantServer(Variant(n=40, updates=True)) as srv:
        st = Station(tmp_path / "ws", srv)
        try:
            assert st.sync().ok
            srv.variant.fail_ids = frozenset({"100002"})
            actions = LocalActions(
                st.store, st.photos, Actor("petugas", Role.FIELD_OFFICER, "open311")
            )
            bad = actions.accept("100002", note="Dicek")
            good = actions.accept("100004", note="Dicek")
            result = st.sync()
            assert result.ok, result.summary()
            assert (result.applied, result.rejected, result.needs_attention) == (1, 1, 1)
            with st.store.read() as s:
                items = {i.action_id: i for i in ob.items(s)}
            assert set(items) == {bad.action_id}
            assert items[bad.action_id].last_error_code == "open311_server_error"
            assert any(p["update_id"] == good.action_id for p in srv.posts)
        finally:
            st.close()


def test_engine_update_read_twice_keeps_its_transition(tmp_path: Path) -> None:
    # Each cycle reads the last hour of the previous one again: an update seen twice
    # must keep its event (Menunggu -> Proses), not become a note.
    with VariantServer(Variant(n=30, updates=True)) as srv:
        st = Station(tmp_path / "ws", srv)
        try:
            assert st.sync().ok
            srv.data.updates.append(
                {
                    "service_request_id": "100001",
                    "update_id": "council-7",
                    "status": "in progress",  # FixMyStreet's spelling
                    "updated_datetime": datetime.now(UTC).replace(microsecond=0).isoformat(),
                    "description": "Tim berangkat",
                }
            )
            for _ in range(3):
                assert st.sync().ok
                with st.store.read() as s:
                    event = s.get(LocalEvent, "council-7")
                    report = s.scalars(
                        select(LocalReport).where(LocalReport.number == "100001")
                    ).one()
                    assert event is not None
                    assert (event.type, event.from_status, event.to_status) == (
                        "accept",
                        Status.MENUNGGU.value,
                        Status.PROSES.value,
                    )
                    assert report.status == Status.PROSES.value
        finally:
            st.close()


def test_updated_after_windows_find_changed_old_requests(tmp_path: Path) -> None:
    # No updates feed, but updated_after/updated_before (Chicago's extension): a
    # later cycle finds an old request that changed without re-reading every one.
    with VariantServer(Variant(n=600, cap=100, updated_after=True)) as srv:
        be = backend(srv, tmp_path)
        caps = be.capabilities()
        assert caps.updated_after
        assert not caps.updates
        first, reports = pull_cycle(be, 0)
        assert {r.number for r in reports} == set(srv.data.requests)
        old = srv.data.requests["100005"]
        old["status"] = "closed"
        old["updated_datetime"] = datetime.now(UTC).replace(microsecond=0).isoformat()
        srv.calls.clear()
        _, later = pull_cycle(be, first.cursor)
        assert {r.number: r.status for r in later} == {"100005": Status.SELESAI}
        assert len(srv.calls) <= 4  # one window of each kind, nothing by id
        assert not any("service_request_id" in c[2] for c in srv.calls)

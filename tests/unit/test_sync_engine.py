"""The sync engine against an in-memory fake server (unit level)."""

from __future__ import annotations

import io
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import event, func, select

from crm_shared.domain import Role
from crm_shared.protocol.wire import ActionIn, ActionResult, ChangesResponse
from officer_app.store import ReportFilter, Store, count_reports, get_report, list_reports
from officer_app.store import outbox as ob
from officer_app.store.actions import Actor, LocalActions
from officer_app.store.photos import PhotoStore
from officer_app.store.schema import AuditEntry, OutboxItem, Report, SyncState
from officer_app.store.state import categories
from officer_app.sync.backend import AuthError, TransientError
from officer_app.sync.engine import (
    Outcome,
    SyncConfig,
    SyncEngine,
    SyncProgress,
    SyncResult,
    backoff_delay,
)
from officer_app.sync.fake import OTHER_UNIT, FakeServer

OFFICER = Actor("officer.demo", Role.FIELD_OFFICER, "kel-gambir", "Petugas Demo")


def jpeg(colour: str) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (40, 30), colour).save(buf, "JPEG")
    return buf.getvalue()


class Env:
    def __init__(self, root: Path) -> None:
        self.store = Store.open(root / "profile")
        self.photos = PhotoStore(root / "profile" / "photos")
        self.server = FakeServer()
        self.sleeps: list[float] = []
        self.config = SyncConfig(page_size=10, sleep=self.sleeps.append, random=lambda: 0.5)
        self.actions = LocalActions(self.store, self.photos, OFFICER)

    def sync(self, backend: object | None = None, **kwargs: object) -> SyncResult:
        engine = SyncEngine(
            self.store,
            backend or self.server,  # type: ignore[arg-type]
            self.photos,
            config=self.config,
            **kwargs,  # type: ignore[arg-type]
        )
        return engine.run()

    def outbox(self) -> list[OutboxItem]:
        with self.store.read() as s:
            return ob.items(s)

    def report(self, rid: str) -> Report:
        with self.store.read() as s:
            return get_report(s, rid).report

    def cursor(self) -> int:
        with self.store.read() as s:
            state = s.get(SyncState, 1)
            return state.cursor if state else 0


@pytest.fixture
def env(tmp_path: Path) -> Iterator[Env]:
    e = Env(tmp_path)
    e.server.add(25)
    yield e
    e.store.close()


def test_first_sync_pulls_everything_page_by_page_then_delta_is_empty(env: Env) -> None:
    progress: list[SyncProgress] = []
    first = env.sync(on_progress=progress.append)
    assert first.ok
    assert (first.pulled, first.pages) == (25, 3)
    assert set(first.changes.changed) == env.server.visible_ids()
    pull_events = [p for p in progress if p.phase == "pull"]
    assert [p.reports for p in pull_events] == [10, 20, 25]
    # A first sync knows how far it is: "10 of ~25" (issue 20).
    assert [p.expected for p in pull_events] == [25, 25, 25]
    assert pull_events[-1].bytes > 0
    assert env.cursor() == env.server.seq
    progress.clear()
    second = env.sync(on_progress=progress.append)
    assert all(p.expected is None for p in progress)  # a delta has no known size
    assert (second.pulled, second.pushed, second.recounted) == (0, 0, False)
    env.server.change("r-000007", description="Jalan ambles setelah hujan deras")
    third = env.sync()
    assert third.pulled == 1
    assert third.changes.changed == {"r-000007": {"description", "timeline"}}


def test_actions_are_pushed_in_order_and_leave_the_outbox(env: Env) -> None:
    env.sync()
    env.actions.accept("r-000001")
    env.actions.followup("r-000001", before=[jpeg("red")], after=[jpeg("blue")], note="Beres")
    env.actions.note("r-000002", "Dicek besok pagi")
    result = env.sync()
    assert (result.pushed, result.applied, result.media_uploaded) == (3, 3, 2)
    assert env.outbox() == []
    server_report = env.server.reports["r-000001"]
    assert [e["type"] for e in server_report["events"]] == ["created", "accept", "followup"]
    assert server_report["status"] == "menunggu_validasi"
    local = env.report("r-000001")
    assert (local.status, local.server_status, local.pending_count) == (
        "menunggu_validasi",
        "menunggu_validasi",
        0,
    )
    with env.store.read() as s:
        events = get_report(s, "r-000001").events
    assert not any(e.pending for e in events)


def test_conflict_of_one_report_does_not_block_others(env: Env) -> None:
    env.sync()
    env.config.batch_size = 1  # each action in its own batch: later batches still go
    stale = env.actions.accept("r-000003")
    env.actions.accept("r-000004")
    env.actions.note("r-000005", "Catatan")
    env.server.change("r-000003", status="proses")  # another officer was first
    result = env.sync()
    assert (result.conflicts, result.applied, result.needs_attention) == (1, 2, 1)
    [left] = env.outbox()
    assert (left.action_id, left.state, left.last_error_code) == (
        stale.action_id,
        "needs_attention",
        "stale",
    )
    assert env.server.reports["r-000004"]["status"] == "proses"
    # The local report shows the server's truth; the person's work is still there.
    local = env.report("r-000003")
    assert (local.status, local.pending_count) == ("proses", 0)
    with env.store.read() as s:
        assert stale.action_id in {e.id for e in get_report(s, "r-000003").events}


def test_rejected_action_moves_to_needs_attention_with_the_server_message(env: Env) -> None:
    env.sync()
    env.actions.forward("r-000006", "unit-tidak-ada", "Bukan kewenangan kelurahan")

    class Refusing(FakeServer):
        pass

    def refuse(actions: Sequence[ActionIn]) -> list[ActionResult]:
        return [
            ActionResult(
                action_id=a.action_id,
                status="rejected",
                code="unit_unknown",
                message="Unit tujuan tidak dikenal.",
            )
            for a in actions
        ]

    env.server.push = refuse  # type: ignore[method-assign]
    result = env.sync()
    assert result.outcome is Outcome.OK
    assert result.rejected == 1
    [item] = env.outbox()
    assert (item.state, item.last_error_code, item.last_error_message) == (
        "needs_attention",
        "unit_unknown",
        "Unit tujuan tidak dikenal.",
    )


def test_401_stops_with_login_needed_and_keeps_the_outbox(env: Env) -> None:
    env.sync()
    done = env.actions.accept("r-000001")
    env.server.fail_next("push", AuthError("token_invalid", "Sesi berakhir."))
    result = env.sync()
    assert result.outcome is Outcome.LOGIN_NEEDED
    assert "login" in result.message
    [item] = env.outbox()
    assert (item.action_id, item.state) == (done.action_id, "pending")
    assert env.server.reports["r-000001"]["status"] == "menunggu"
    assert env.sync().applied == 1  # after a new login the work goes out
    assert env.outbox() == []


def test_backoff_honours_retry_after_and_then_succeeds(env: Env) -> None:
    env.server.fail_next("changes", TransientError("http_503", "sibuk", retry_after=7.0), 2)
    env.server.fail_next("reference", TransientError("timeout", "lambat"))
    result = env.sync()
    assert result.ok
    assert result.pulled == 25
    # reference: one jittered retry (base 0.5, random 0.5 -> 0.375); changes: Retry-After 7
    # wins over the smaller backoff both times.
    assert env.sleeps == [pytest.approx(0.375), 7.0, 7.0]


def test_retries_run_out_then_unreachable_keeps_everything(env: Env) -> None:
    env.sync()
    cursor = env.cursor()
    env.actions.accept("r-000001")
    env.config.max_retries = 3
    env.server.fail_next("push", TransientError("connection", "putus"), 10)
    result = env.sync()
    assert result.outcome is Outcome.UNREACHABLE
    assert len(env.sleeps) == 3
    assert env.sleeps == sorted(env.sleeps)  # growing waits
    [item] = env.outbox()
    assert item.state == "pending"  # not left "sending"
    assert env.cursor() == cursor
    assert result.waiting == 1


def test_backoff_delay_is_jittered_and_capped() -> None:
    config = SyncConfig(backoff_base=1.0, backoff_max=8.0, random=lambda: 1.0)
    assert [backoff_delay(n, None, config) for n in (1, 2, 3, 4, 5, 6)] == [1, 2, 4, 8, 8, 8]
    config.random = lambda: 0.0
    assert [backoff_delay(n, None, config) for n in (1, 2, 3, 4)] == [0.5, 1, 2, 4]
    assert backoff_delay(1, 30.0, config) == 30.0
    config.retry_after_max = 10.0


def test_too_long_retry_after_stops_instead_of_waiting(env: Env) -> None:
    env.config.retry_after_max = 60
    env.server.fail_next("reference", TransientError("http_429", "", retry_after=3600))
    result = env.sync()
    assert result.outcome is Outcome.UNREACHABLE
    assert env.sleeps == []


def test_response_lost_after_apply_comes_back_duplicate(env: Env) -> None:
    env.sync()
    env.actions.accept("r-000001")
    real_push = env.server.push
    lost = {"left": 1}

    def lossy_push(actions: Sequence[ActionIn]) -> list[ActionResult]:
        results = real_push(actions)
        if lost["left"]:
            lost["left"] -= 1
            raise TransientError("connection", "jawaban hilang")
        return results

    env.server.push = lossy_push  # type: ignore[method-assign]
    result = env.sync()
    assert (result.applied, result.duplicates) == (0, 1)
    assert env.outbox() == []
    events = env.server.reports["r-000001"]["events"]
    assert [e["type"] for e in events].count("accept") == 1


def test_pull_never_overwrites_a_field_with_pending_work(env: Env) -> None:
    env.sync()
    accepted = env.actions.accept("r-000009")
    # Sending fails, but the cycle must still not lose the local status in a pull.
    env.server.change("r-000009", description="Diperbarui oleh server", priority="tinggi")
    with env.store.write() as s:
        from crm_shared.protocol.wire import ReportOut
        from officer_app.sync import merge

        changes = merge.apply_reports(
            s,
            [ReportOut.model_validate(env.server.reports["r-000009"])],
            policy=__import__("crm_shared.domain", fromlist=["SlaPolicy"]).SlaPolicy(),
            now=__import__("datetime").datetime.now(__import__("datetime").UTC),
        )
    local = env.report("r-000009")
    assert (local.status, local.server_status) == ("proses", "menunggu")
    assert local.first_response_at is not None
    assert (local.description, local.priority) == ("Diperbarui oleh server", "tinggi")
    assert "status" not in changes.changed["r-000009"]
    assert local.pending_count == 1
    with env.store.read() as s:
        assert accepted.action_id in {e.id for e in get_report(s, "r-000009").events}


def test_pull_during_local_work_keeps_it_and_sends_it_next_time(env: Env) -> None:
    env.sync()
    env.server.change("r-000002", description="Sudah dilaporkan warga lain juga")
    recorded: list[str] = []

    def record_while_pulling(p: SyncProgress) -> None:
        # The person acts in the UI while the pull of the same report is under way.
        if p.phase == "reference" and not recorded:
            recorded.append(env.actions.accept("r-000002").action_id)

    env.server.push = lambda actions: []  # type: ignore[method-assign,assignment,return-value]
    result = env.sync(on_progress=record_while_pulling)
    assert result.pulled == 1
    local = env.report("r-000002")
    assert (local.status, local.description) == ("proses", "Sudah dilaporkan warga lain juga")
    assert [i.state for i in env.outbox()] == ["pending"]
    del env.server.push  # back to the real one
    assert env.sync().applied == 1


def test_report_moved_away_with_pending_work_needs_attention(env: Env) -> None:
    env.sync()
    env.actions.followup  # noqa: B018 (keep the API visible in the test)
    note = env.actions.note("r-000010", "Sudah koordinasi dengan RT", photos=[jpeg("red")])
    env.server.change("r-000010", unit_id=OTHER_UNIT)  # supervisor moved it away
    env.server.change("r-000011", unit_id=OTHER_UNIT)  # no local work on this one
    env.server.push = lambda actions: []  # type: ignore[method-assign,assignment,return-value]
    result = env.sync()
    assert result.removed == 2
    assert result.needs_attention == 1
    [item] = env.outbox()
    assert (item.action_id, item.state, item.last_error_code) == (
        note.action_id,
        "needs_attention",
        "dialihkan",
    )
    assert "dialihkan" in (item.last_error_message or "")
    kept = env.report("r-000010")
    assert kept.in_scope is False
    with env.store.read() as s:
        assert (
            s.scalar(select(func.count()).select_from(Report).where(Report.id == "r-000011")) == 0
        )
        assert count_reports(s) == 23
        assert count_reports(s, ReportFilter(include_out_of_scope=True)) == 24
        photo = get_report(s, "r-000010").attachments[0]
    assert env.photos.has(photo.sha256)
    assert env.photos.has(photo.meta["original_sha256"], original=True)
    with pytest.raises(Exception, match="dialihkan"):
        env.actions.accept("r-000010")  # no new work on a report that moved away
    # The person discards it: the report leaves this profile, the photo files stay.
    env.actions.discard(note.action_id)
    with env.store.read() as s:
        assert count_reports(s, ReportFilter(include_out_of_scope=True)) == 23
    assert env.photos.has(photo.meta["original_sha256"], original=True)


def test_count_mismatch_triggers_one_full_repull(env: Env) -> None:
    env.sync()
    # The server lost track of one exit (no `removed` entry): only the count tells.
    del env.server.reports["r-000020"]
    env.server.seq += 1
    result = env.sync()
    assert result.recounted is True
    assert "r-000020" in result.changes.removed
    with env.store.read() as s:
        assert count_reports(s) == 24
    assert env.sync().recounted is False


def test_cancel_between_pages_keeps_committed_pages(env: Env) -> None:
    env.config.commit_reports = 0  # every page in its own transaction
    pages: list[int] = []
    result = SyncEngine(
        env.store,
        env.server,
        env.photos,
        config=env.config,
        on_progress=lambda p: pages.append(p.pages) if p.phase == "pull" else None,
    ).run(cancel=lambda: len(pages) >= 1)
    assert result.outcome is Outcome.CANCELLED
    with env.store.read() as s:
        assert count_reports(s) == 10
    assert env.cursor() == 10
    rest = env.sync()
    assert (rest.ok, rest.pulled) == (True, 15)


COMMITS_OUTSIDE_THE_PULL = 3  # outbox requeue, reference data, finish


class Commits:
    """Counts the store's committed write transactions."""

    def __init__(self, store: Store) -> None:
        self.count = 0
        event.listen(store.engine, "commit", self._on_commit)

    def _on_commit(self, _conn: object) -> None:
        self.count += 1


@pytest.mark.parametrize("commit_reports", [10_000, 0])
def test_pages_already_downloaded_commit_together(env: Env, commit_reports: int) -> None:
    env.config.commit_reports = commit_reports  # 0: one page per transaction
    env.config.prefetch = False  # each next page is here before the join is decided
    commits = Commits(env.store)
    progress: list[int] = []
    result = SyncEngine(
        env.store,
        env.server,
        env.photos,
        config=env.config,
        on_progress=lambda p: progress.append(p.pages) if p.phase == "pull" else None,
    ).run()
    assert (result.ok, result.pulled, result.pages) == (True, 25, 3)
    assert progress == [1, 2, 3]  # reported page by page, once committed
    with env.store.read() as s:
        assert count_reports(s) == 25
    assert env.cursor() == env.server.seq
    # The fake answers at once, so every next page is here: one transaction for
    # the three pages, or three; the cycle's other transactions are the same.
    others = commits.count - (1 if commit_reports else 3)
    assert others == COMMITS_OUTSIDE_THE_PULL


def test_a_bad_page_after_good_ones_keeps_the_good_ones(env: Env) -> None:
    class BadThird(FakeServer):
        def changes(self, cursor: int, limit: int) -> ChangesResponse:
            page = super().changes(cursor, limit)
            if cursor >= 20:
                page.cursor = cursor - 5  # a cursor that goes back: refused whole
            return page

    server = BadThird()
    server.add(25)
    result = env.sync(server)
    assert result.outcome is Outcome.FAILED
    with env.store.read() as s:
        assert count_reports(s) == 20  # the first two pages, committed before the refusal
    assert env.cursor() == 20


def test_a_failed_download_after_good_pages_keeps_them(env: Env) -> None:
    class DropsThird(FakeServer):
        def changes(self, cursor: int, limit: int) -> ChangesResponse:
            if cursor >= 20:
                raise TransientError("network", "connection reset")
            return super().changes(cursor, limit)

    server = DropsThird()
    server.add(25)
    result = env.sync(server)
    assert result.outcome is Outcome.UNREACHABLE
    with env.store.read() as s:
        assert count_reports(s) == 20
    assert env.cursor() == 20


def test_missing_local_photo_needs_attention_but_others_go(env: Env) -> None:
    env.sync()
    env.actions.accept("r-000001")
    with_photo = env.actions.note("r-000002", "Foto lokasi", photos=[jpeg("red")])
    env.actions.note("r-000003", "Tanpa foto")
    with env.store.read() as s:
        sha = get_report(s, "r-000002").attachments[0].sha256
    env.photos.path(sha).unlink()
    result = env.sync()
    assert result.applied == 2
    [item] = env.outbox()
    assert (item.action_id, item.last_error_code) == (with_photo.action_id, "photo_missing")


def test_photo_already_on_server_is_not_uploaded_again(env: Env) -> None:
    env.sync()
    env.actions.note("r-000001", "Foto A", photos=[jpeg("red")])
    assert env.sync().media_uploaded == 1
    env.actions.note("r-000002", "Foto A lagi", photos=[jpeg("red")])
    result = env.sync()
    assert (result.applied, result.media_uploaded) == (1, 0)
    assert env.server.calls.count("media_put") == 1


def test_desk_create_gets_the_server_number(tmp_path: Path) -> None:
    env = Env(tmp_path)
    env.server.role = Role.DESK
    desk = LocalActions(env.store, env.photos, Actor("desk.demo", Role.DESK, "kel-gambir"))
    made = desk.create(
        {
            "channel": "kelurahan",
            "category_id": "cat-jalan",
            "description": "Trotoar rusak di depan kantor kelurahan",
            "address": "Jl. Tanah Abang",
            "kelurahan_code": "31.71.01.1001",
        }
    )
    assert env.report(made.report_id).number == ""
    result = env.sync()
    assert result.applied == 1
    local = env.report(made.report_id)
    assert local.number.startswith("JK")
    assert local.server_status == "menunggu"
    env.store.close()


def test_reference_data_is_fetched_again_only_when_its_etag_changes(env: Env) -> None:
    env.sync()
    env.sync()
    with env.store.read() as s:
        assert [c.name for c in categories(s)] == ["Jalan Rusak", "Sampah"]
    env.server.categories.append({"id": "cat-pohon", "name": "Pohon Tumbang"})
    env.server.reference_etag = '"ref-2"'
    env.server.change("r-000001", category_id="cat-pohon")
    env.sync()
    with env.store.read() as s:
        assert [r.id for r in list_reports(s, ReportFilter(text="pohon"))] == ["r-000001"]


def test_actions_recorded_while_a_sync_runs_in_another_thread_are_all_kept(
    tmp_path: Path,
) -> None:
    import threading

    env = Env(tmp_path)
    env.server.add(600)
    env.config.page_size = 20
    outcome: list[SyncResult] = []
    worker = threading.Thread(target=lambda: outcome.append(env.sync()))
    worker.start()
    recorded = []
    while worker.is_alive() or len(recorded) < 5:
        with env.store.read() as s:
            if count_reports(s) == 0:
                continue
        recorded.append(env.actions.note("r-000001", f"Catatan {len(recorded)}").action_id)
    worker.join()
    assert outcome[0].ok
    assert outcome[0].pulled >= 600
    sent = {e["id"] for e in env.server.reports["r-000001"]["events"]}
    waiting = {i.action_id for i in env.outbox()}
    assert set(recorded) <= sent | waiting  # every note either sent or still queued
    assert not (sent & waiting)
    env.sync()
    assert env.outbox() == []
    sent = [e["id"] for e in env.server.reports["r-000001"]["events"]]
    assert sorted(a for a in sent if a in recorded) == sorted(recorded)  # once each
    env.store.close()


def test_resend_after_the_report_came_back_uses_a_fresh_base_version(env: Env) -> None:
    env.sync()
    note = env.actions.note("r-000012", "Menunggu material dari kecamatan")
    env.server.change("r-000012", unit_id=OTHER_UNIT)
    env.server.push = lambda actions: []  # type: ignore[method-assign,assignment,return-value]
    env.sync()
    del env.server.push
    [item] = env.outbox()
    assert item.last_error_code == "dialihkan"
    env.server.change("r-000012", unit_id="kel-gambir")  # the supervisor moves it back
    assert env.sync().pulled == 1
    assert env.report("r-000012").in_scope is True
    env.actions.resend(note.action_id)
    [item] = env.outbox()
    assert (item.state, item.base_version) == ("pending", env.server.reports["r-000012"]["version"])
    assert env.sync().applied == 1
    assert note.action_id in {e["id"] for e in env.server.reports["r-000012"]["events"]}
    with env.store.read() as s:
        audit = s.scalars(select(AuditEntry)).all()
    assert [(a.kind, a.action_id) for a in audit] == [("resend", note.action_id)]


def test_photo_the_server_said_it_had_but_did_not_is_uploaded_after_resend(env: Env) -> None:
    env.sync()
    env.actions.accept("r-000014")
    followup = env.actions.followup(
        "r-000014", before=[jpeg("red")], after=[jpeg("blue")], note="Selesai dikerjakan"
    )
    real_head = env.server.media_head
    env.server.media_head = lambda sha: True  # type: ignore[method-assign]  # a lying middlebox
    first = env.sync()
    assert first.rejected == 1
    [item] = env.outbox()
    assert (item.action_id, item.last_error_code) == (followup.action_id, "photo_missing")
    env.server.media_head = real_head  # type: ignore[method-assign]
    env.actions.resend(followup.action_id)
    second = env.sync()
    assert (second.applied, second.media_uploaded) == (1, 2)
    assert env.outbox() == []


def test_a_pull_of_many_pages_writes_with_the_bulk_cache_then_gives_it_back(
    env: Env, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy import text

    from officer_app.store.db import CACHE_KIB

    env.config.commit_reports = 0  # one page per transaction: three pull writes
    flags: list[bool] = []
    write = env.store.write

    def spying_write(*, bulk: bool = False, **kwargs):  # type: ignore[no-untyped-def]
        flags.append(bulk)
        return write(bulk=bulk, **kwargs)

    monkeypatch.setattr(env.store, "write", spying_write)
    assert env.sync().ok
    # The pages with more to follow were bulk writes; the last one is not.
    assert flags.count(True) == 2
    with env.store.read() as s:
        assert s.execute(text("PRAGMA cache_size")).scalar_one() == -CACHE_KIB


def test_the_pull_collects_garbage_less_often_and_restores_the_thresholds(env: Env) -> None:
    import gc

    before = gc.get_threshold()
    during: list[tuple[int, int, int]] = []
    result = SyncEngine(
        env.store,
        env.server,
        env.photos,
        config=env.config,
        on_progress=lambda p: during.append(gc.get_threshold()) if p.phase == "pull" else None,
    ).run()
    assert result.ok
    assert during
    assert all(t[0] >= 20_000 for t in during)
    assert gc.get_threshold() == before
    env.server.fail_next("changes", TransientError("network", "cut"), times=50)
    env.server.add(5)
    assert not env.sync().ok
    assert gc.get_threshold() == before  # restored when the pull fails too


def test_a_pull_whose_wal_has_grown_checkpoints_in_its_commits(
    env: Env, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the helper thread is behind (the WAL over ``WAL_INLINE_BYTES``), a page's
    commit checkpoints again, as any commit does: the WAL stays bounded."""
    from officer_app.sync import engine as engine_module

    env.config.commit_reports = 0  # one page per transaction: three pull writes
    checkpoints: list[bool] = []
    write = env.store.write

    def spying_write(*, checkpoint: bool = True, **kwargs):  # type: ignore[no-untyped-def]
        checkpoints.append(checkpoint)
        return write(checkpoint=checkpoint, **kwargs)

    monkeypatch.setattr(env.store, "write", spying_write)
    monkeypatch.setattr(engine_module, "WAL_INLINE_BYTES", -1)
    assert env.sync().ok
    assert checkpoints[-4:] == [True, True, True, False]  # three pages, then the cycle's end


def test_the_cycles_last_commits_leave_the_wal_checkpoint_to_a_helper_thread(
    env: Env, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy import text

    from officer_app.store.db import WAL_AUTOCHECKPOINT_PAGES

    env.config.commit_reports = 0  # one page per transaction: three pull writes
    checkpoints: list[bool] = []
    write = env.store.write

    def spying_write(*, checkpoint: bool = True, **kwargs):  # type: ignore[no-untyped-def]
        checkpoints.append(checkpoint)
        return write(checkpoint=checkpoint, **kwargs)

    soon: list[int] = []
    checkpoint_soon = env.store.checkpoint_soon
    monkeypatch.setattr(env.store, "write", spying_write)
    monkeypatch.setattr(env.store, "checkpoint_soon", lambda: (soon.append(1), checkpoint_soon()))
    assert env.sync().ok
    # The pull's transactions (three pages) and the cycle's bookkeeping do not
    # checkpoint (issue 22): a helper thread does, after each page and after the cycle.
    assert checkpoints[-4:] == [False, False, False, False]
    assert checkpoints.count(False) == 4
    assert soon == [1, 1, 1, 1]
    env.store._checkpointer.join()  # type: ignore[union-attr]
    with env.store.read() as s:
        busy, frames, done = s.execute(text("PRAGMA wal_checkpoint(PASSIVE)")).one()
    assert busy == 0
    assert frames == done  # the WAL is all in the database file
    # Every connection in the pool checkpoints automatically again.
    held = [env.store.engine.raw_connection() for _ in range(6)]
    try:
        for conn in held:
            value = conn.cursor().execute("PRAGMA wal_autocheckpoint").fetchone()[0]
            assert value == WAL_AUTOCHECKPOINT_PAGES
    finally:
        for conn in held:
            conn.close()

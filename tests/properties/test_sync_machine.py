"""A hypothesis state machine: random actions, random faults, random syncs (issue 3).

Real parts: one reference server process on 127.0.0.1 shared by all examples,
with the real ``FaultProxy`` in front of it. Each example gets fresh reports
(filed at the walk-in desk through the API) and two fresh profiles (a field
officer and the kecamatan supervisor, who both see those reports), so examples
do not disturb each other while the server stays up.

Rules: the two people record actions offline (accept, note, follow-up with
photos, forward; the supervisor also rejects and sets priority), the network
misbehaves (cut and lost answers, 5xx/429 bursts, refused connections, stalls),
another client changes reports on the server behind their backs (making pending
work stale or moving it out of scope), and either profile syncs at any time.

Invariants: after every step nothing recorded is lost (each action is in its
outbox or on the server) and nothing is left half-sent. After a final clean sync
of both profiles: every recorded action is on the server exactly once, or (and
then not on the server at all) waits in "needs attention" with a reason; nothing
is applied twice; and each profile's reports without local work equal the
server's, with the same set of reports in scope.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from faults.proxy import FaultProxy
from hypothesis import HealthCheck, Phase, settings
from hypothesis import event as hypothesis_event
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from central_server.testing import LiveServer, login
from crm_shared.domain import DomainError
from officer_app.store import outbox as ob
from officer_app.store.errors import StoreError
from officer_app.sync.engine import Outcome
from properties.sync_world import (
    ACTIONS_PATH,
    CHANGES_PATH,
    DESK,
    FAR_UNIT,
    MEDIA_PATH,
    NEAR_UNIT,
    SUPERVISOR,
    Client,
    ServerDb,
    local_view,
    outbox_of,
    reports_with_work,
    server_act,
    server_view,
    start_server,
    walk_ins,
)

pytestmark = pytest.mark.timeout(300)
PHASES = (
    [Phase.explicit, Phase.generate]
    if os.environ.get("CRM_SYNC_MACHINE_NO_SHRINK")
    else [Phase.explicit, Phase.generate, Phase.shrink]
)

N_REPORTS = 3
PEOPLE = ("officer", "supervisor")
STALL_TIMEOUT_S = 0.5  # the client's read timeout while a stall is programmed
FAULTS = st.sampled_from(
    [
        "cut_actions",
        "drop_actions",
        "drop_media",
        "cut_changes",
        "burst_503",
        "burst_500_actions",
        "throttle_429",
        "server_down",
        "stall_actions",
        "stall_changes",
    ]
)
CUT_AT = st.sampled_from([0, 50, 400, 2000])
REASON = "Bukan kewenangan unit ini, mohon ditindaklanjuti unit terkait"


class World:
    """What every example shares: the server, the proxy, a look into the server's DB."""

    def __init__(self, server: LiveServer, proxy: FaultProxy, root: Path) -> None:
        self.server = server
        self.proxy = proxy
        self.root = root
        self.db = ServerDb(server)
        self.desk_token = login(server.url, DESK)
        self.other_token = login(server.url, SUPERVISOR)  # "another client" on the server
        self.examples = 0
        self.stats: Counter[str] = Counter()  # what the examples went through


class SyncMachine(RuleBasedStateMachine):
    world: World  # set by the test before the machine runs

    def __init__(self) -> None:
        super().__init__()
        world = self.world
        world.examples += 1
        world.proxy.clear_faults()
        self.reports = walk_ins(world.server.url, N_REPORTS, desk_token=world.desk_token)
        self.people: dict[str, Client] = {}
        self.stall_programmed = False
        self.faults_programmed = False
        self.discarded: set[str] = set()  # a person decided to drop these (needs attention)

    def note_event(self, what: str) -> None:
        hypothesis_event(what)
        self.world.stats[what] += 1

    @initialize()
    def open_profiles(self) -> None:
        base = self.world.root / f"example{self.world.examples}"
        for name, officer in (("officer", "officer.demo"), ("supervisor", SUPERVISOR)):
            client = Client(base / name, self.world.proxy.url, officer=officer, max_retries=2)
            self.people[name] = client
            first = client.sync()
            assert first.ok, first.message
            assert set(self.reports) <= set(local_view(client.store))
        # Some offline work from the start, so that early faults meet a full outbox.
        self.people["officer"].note(self.reports[0])
        self.people["supervisor"].note(self.reports[1])

    def teardown(self) -> None:
        try:
            if len(self.people) == len(PEOPLE):
                self.final_check()
        finally:
            for client in self.people.values():
                client.close()
            self.world.proxy.clear_faults()

    # --- people record actions offline -------------------------------------------------

    def _record(self, who: str, fn: Any, *args: Any) -> None:
        client = self.people[who]
        before = len(outbox_of(client.store))
        try:
            fn(*args)
        except (DomainError, StoreError):
            # Refused locally at once, as the UI would (a wrong status, or a report that
            # has left this profile): nothing may have been written.
            assert len(outbox_of(client.store)) == before
            return
        assert len(outbox_of(client.store)) == before + 1

    @rule(who=st.sampled_from(PEOPLE), report=st.integers(0, N_REPORTS - 1))
    def accept(self, who: str, report: int) -> None:
        client = self.people[who]
        self._record(who, client.accept, self.reports[report])

    @rule(who=st.sampled_from(PEOPLE), report=st.integers(0, N_REPORTS - 1))
    def note(self, who: str, report: int) -> None:
        client = self.people[who]
        self._record(who, client.note, self.reports[report])

    @rule(who=st.sampled_from(PEOPLE), report=st.integers(0, N_REPORTS - 1))
    def followup(self, who: str, report: int) -> None:
        client = self.people[who]
        self._record(who, client.followup, self.reports[report])

    @rule(
        who=st.sampled_from(PEOPLE),
        report=st.integers(0, N_REPORTS - 1),
        unit=st.sampled_from([NEAR_UNIT, FAR_UNIT]),
    )
    def forward(self, who: str, report: int, unit: str) -> None:
        client = self.people[who]
        self._record(who, client.forward, self.reports[report], unit)

    @rule(report=st.integers(0, N_REPORTS - 1))
    def supervisor_rejects(self, report: int) -> None:
        client = self.people["supervisor"]
        self._record("supervisor", client.reject, self.reports[report], REASON)

    @rule(report=st.integers(0, N_REPORTS - 1), priority=st.sampled_from(["tinggi", "mendesak"]))
    def supervisor_sets_priority(self, report: int, priority: str) -> None:
        client = self.people["supervisor"]
        self._record("supervisor", client.set_priority, self.reports[report], priority)

    def _attention(self, who: str) -> list[str]:
        box = outbox_of(self.people[who].store)
        return sorted(a for a, (state, _) in box.items() if state == ob.NEEDS_ATTENTION)

    @rule(who=st.sampled_from(PEOPLE), pick=st.integers(0, 5))
    def person_resends(self, who: str, pick: int) -> None:
        """A person looks at "Perlu perhatian" and sends an item again."""
        items = self._attention(who)
        if not items:
            return
        action_id = items[pick % len(items)]
        try:
            self.people[who].actions.resend(action_id)
        except (DomainError, StoreError):
            assert outbox_of(self.people[who].store)[action_id][0] == ob.NEEDS_ATTENTION
            return
        self.note_event("person: resend")
        assert outbox_of(self.people[who].store)[action_id][0] == ob.PENDING

    @rule(who=st.sampled_from(PEOPLE), pick=st.integers(0, 5))
    def person_discards(self, who: str, pick: int) -> None:
        items = self._attention(who)
        if not items:
            return
        action_id = items[pick % len(items)]
        self.people[who].actions.discard(action_id)
        self.discarded.add(action_id)
        self.note_event("person: discard")
        assert action_id not in outbox_of(self.people[who].store)

    # --- the world changes behind their backs ------------------------------------------

    @rule(
        report=st.integers(0, N_REPORTS - 1),
        change=st.sampled_from(["accept", "reject", "note", "forward_far"]),
    )
    def another_client_changes_report(self, report: int, change: str) -> None:
        url, token = self.world.server.url, self.world.other_token
        rid = self.reports[report]
        if change == "accept":
            server_act(url, token, rid, "accept")
        elif change == "reject":
            server_act(url, token, rid, "reject", reason=REASON)
        elif change == "forward_far":
            server_act(url, token, rid, "forward", target_unit_id=FAR_UNIT, reason=REASON)
        else:
            server_act(url, token, rid, "note", note="Dipantau oleh pimpinan kecamatan")

    # --- the network misbehaves ---------------------------------------------------------

    def _program(self, fault: str, times: int, cut_at: int) -> None:
        proxy = self.world.proxy
        self.faults_programmed = True
        if fault == "cut_actions":
            proxy.cut_response(cut_at, path_prefix=ACTIONS_PATH, times=times)
        elif fault == "drop_actions":
            proxy.drop_response(path_prefix=ACTIONS_PATH, times=times)
        elif fault == "drop_media":
            proxy.drop_response(path_prefix=MEDIA_PATH, method="PUT", times=times)
        elif fault == "cut_changes":
            proxy.cut_response(cut_at, path_prefix=CHANGES_PATH, times=times)
        elif fault == "burst_503":
            proxy.status(503, times=times)
        elif fault == "burst_500_actions":
            proxy.status(500, path_prefix=ACTIONS_PATH, times=times)
        elif fault == "throttle_429":
            proxy.status(429, headers={"Retry-After": "3"}, times=times)
        elif fault == "server_down":
            proxy.refuse(times=times * 3)  # more than the retries of one request
        elif fault == "stall_actions":
            proxy.stall(3.0, path_prefix=ACTIONS_PATH, times=1)
            self.stall_programmed = True
        else:
            proxy.stall(3.0, forward=False, path_prefix=CHANGES_PATH, times=1)
            self.stall_programmed = True

    @rule(fault=FAULTS, times=st.integers(1, 3), cut_at=CUT_AT)
    def fault(self, fault: str, times: int, cut_at: int) -> None:
        """A fault that waits for whichever request comes next (maybe steps later)."""
        self._program(fault, times, cut_at)

    @rule(
        who=st.sampled_from(PEOPLE),
        fault=FAULTS,
        times=st.integers(1, 3),
        cut_at=CUT_AT,
        batch=st.sampled_from([1, 2, 200]),
    )
    def sync_through_fault(self, who: str, fault: str, times: int, cut_at: int, batch: int) -> None:
        self._program(fault, times, cut_at)
        self.sync(who, batch)

    @rule(who=st.sampled_from(PEOPLE), batch=st.sampled_from([1, 2, 200]))
    def sync(self, who: str, batch: int) -> None:
        client = self.people[who]
        timeout = STALL_TIMEOUT_S if self.stall_programmed else None
        result = client.sync(read_timeout=timeout, batch_size=batch)
        assert result.outcome in (Outcome.OK, Outcome.UNREACHABLE), (result.outcome, result)
        if self.stall_programmed and not any(
            f.kind == "stall" for f in self.world.proxy.pending_faults()
        ):
            self.stall_programmed = False
        assert ob.SENDING not in {s for s, _ in outbox_of(client.store).values()}
        if result.ok:
            assert result.waiting == 0
        self.note_event(f"sync: {result.outcome.value}")
        if result.duplicates:
            self.note_event("sync: a resend came back duplicate")
        if result.conflicts:
            self.note_event("sync: conflict")
        if result.rejected:
            self.note_event("sync: rejected")

    @precondition(lambda self: self.faults_programmed)
    @rule()
    def network_heals(self) -> None:
        self.faults_programmed = False
        self.world.proxy.clear_faults()
        self.stall_programmed = False

    # --- invariants ---------------------------------------------------------------------------

    @invariant()
    def nothing_recorded_is_lost(self) -> None:
        for client in self.people.values():
            box = outbox_of(client.store)
            missing = [a for a in client.recorded if a not in box and a not in self.discarded]
            if not missing:
                continue
            counts = self.world.db.counts(missing)
            lost = {a: c for a, c in counts.items() if c != (1, 1)}
            assert not lost, f"{client.officer}: actions neither waiting nor applied once: {lost}"

    def final_check(self) -> None:
        world = self.world
        world.proxy.clear_faults()
        officer, supervisor = self.people["officer"], self.people["supervisor"]
        for client in (officer, supervisor, officer):  # the last one only pulls
            result = client.sync()
            assert result.ok, result.message
            assert result.waiting == 0
        for client in (officer, supervisor):
            box = outbox_of(client.store)
            counts = world.db.counts(client.recorded)
            for action_id in client.recorded:
                state, code = box.get(action_id, (None, None))
                if action_id in self.discarded:
                    # Dropped by a person from "needs attention": it never reached the server.
                    assert state is None
                    assert counts[action_id] == (0, 0), "a discarded action was applied"
                elif state is None:
                    assert counts[action_id] == (1, 1), (client.officer, action_id)
                else:
                    self.note_event(f"final: needs attention ({code})")
                    assert state == ob.NEEDS_ATTENTION, (client.officer, action_id, state)
                    assert code, "needs attention without a reason"
                    assert counts[action_id] == (0, 0), "on the server AND needing attention"
            assert set(box) <= set(client.recorded)
            server, total = server_view(world.server.url, client.token)
            local = local_view(client.store)
            assert set(local) == set(server)
            assert len(server) == total
            for rid in set(local) - reports_with_work(client.store):
                assert local[rid] == server[rid], (client.officer, rid)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    root = tmp_path_factory.mktemp("sync_machine")
    server = start_server(root / "server", seed=41)
    try:
        with FaultProxy(server.url, io_timeout=10.0) as proxy:
            shared = World(server, proxy, root)
            yield shared
            shared.db.close()
    finally:
        server.stop()


def test_nothing_a_person_did_is_lost_or_doubled(world: World) -> None:
    SyncMachine.world = world
    run_state_machine_as_test(
        SyncMachine,
        settings=settings(
            max_examples=int(os.environ.get("CRM_SYNC_MACHINE_EXAMPLES", "30")),
            stateful_step_count=20,
            deadline=None,
            database=None,
            phases=PHASES,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        ),
    )
    print(dict(world.stats))  # shown with -s: what the random runs went through
    assert world.stats["sync: ok"] > 0

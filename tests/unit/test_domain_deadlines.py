"""Service-level deadlines (DOMAIN.md "Deadlines"): 24 h response, 7 day follow-up,
3 day answer for walk-in complaints, overrides per category and channel."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from crm_shared.domain import (
    JAKARTA_TZ,
    Channel,
    DeadlineKind,
    ReportClock,
    SlaPolicy,
    SlaRule,
    Status,
    deadlines,
    describe_left,
    next_deadline,
)

T0 = datetime(2024, 3, 4, 9, 0, tzinfo=JAKARTA_TZ)
DEFAULT = SlaRule()


def clock(
    status: Status = Status.MENUNGGU,
    channel: Channel = Channel.JAKI,
    **kw: object,
) -> ReportClock:
    fields: dict[str, object] = {"created_at": T0, "landed_at": T0, **kw}
    return ReportClock(status=status, channel=channel, **fields)  # type: ignore[arg-type]


def due_by_kind(c: ReportClock, rule: SlaRule = DEFAULT) -> dict[DeadlineKind, datetime]:
    return {d.kind: d.due for d in deadlines(c, rule)}


def test_new_jaki_report_must_be_answered_in_24_hours_and_followed_up_in_7_days() -> None:
    assert due_by_kind(clock()) == {
        DeadlineKind.RESPONSE: T0 + timedelta(hours=24),
        DeadlineKind.FOLLOWUP: T0 + timedelta(days=7),
    }
    first = next_deadline(clock(), DEFAULT)
    assert first is not None
    assert first.kind is DeadlineKind.RESPONSE


def test_response_clock_starts_when_the_report_lands_at_the_unit() -> None:
    landed = T0 + timedelta(days=2)
    due = due_by_kind(clock(Status.KOORDINASI, landed_at=landed))
    assert due[DeadlineKind.RESPONSE] == landed + timedelta(hours=24)
    # The follow-up is counted from the report's creation, not from the hand-over.
    assert due[DeadlineKind.FOLLOWUP] == T0 + timedelta(days=7)


@pytest.mark.parametrize("status", [Status.PROSES, Status.TL_DITOLAK])
def test_after_the_response_only_the_follow_up_runs(status: Status) -> None:
    assert set(due_by_kind(clock(status, first_response_at=T0))) == {DeadlineKind.FOLLOWUP}


@pytest.mark.parametrize("channel", sorted(c for c in Channel if c.is_face_to_face))
def test_walk_in_complaints_are_answered_within_3_days(channel: Channel) -> None:
    due = due_by_kind(clock(channel=channel))
    assert due[DeadlineKind.ANSWER] == T0 + timedelta(days=3)
    answered = due_by_kind(clock(Status.PROSES, channel=channel, first_response_at=T0))
    assert DeadlineKind.ANSWER not in answered


def test_only_the_five_face_to_face_channels_get_the_answer_deadline() -> None:
    face_to_face = {c.value for c in Channel if c.is_face_to_face}
    assert face_to_face == {"pendopo", "wali_kota", "inspektorat", "kecamatan", "kelurahan"}
    assert len(Channel) == 13
    for channel in Channel:
        kinds = set(due_by_kind(clock(channel=channel)))
        assert (DeadlineKind.ANSWER in kinds) == (channel.value in face_to_face)


@pytest.mark.parametrize("status", [Status.SELESAI, Status.DITOLAK, Status.MENUNGGU_VALIDASI])
def test_closed_and_validating_reports_have_no_deadline(status: Status) -> None:
    assert deadlines(clock(status, channel=Channel.PENDOPO), DEFAULT) == []
    assert next_deadline(clock(status), DEFAULT) is None


def test_estimated_completion_extends_the_follow_up_to_the_end_of_that_day() -> None:
    later = date(2024, 3, 20)
    due = due_by_kind(clock(Status.PROSES, estimated_completion=later))
    assert due[DeadlineKind.FOLLOWUP] == datetime(2024, 3, 20, 23, 59, 59, tzinfo=JAKARTA_TZ)
    # An estimate inside the 7 days never shortens the deadline.
    sooner = due_by_kind(clock(Status.PROSES, estimated_completion=date(2024, 3, 5)))
    assert sooner[DeadlineKind.FOLLOWUP] == T0 + timedelta(days=7)


def test_overrides_most_specific_rule_wins() -> None:
    by_channel = SlaRule(response_hours=48, channel=Channel.EMAIL)
    by_category = SlaRule(followup_days=30, category_id="jalan-rusak")
    by_both = SlaRule(followup_days=60, category_id="jalan-rusak", channel=Channel.EMAIL)
    # Given in the least helpful order on purpose.
    policy = SlaPolicy([by_channel, by_both, by_category])
    assert policy.rule_for("jalan-rusak", Channel.EMAIL) is by_both
    assert policy.rule_for("jalan-rusak", Channel.JAKI) is by_category
    assert policy.rule_for("sampah", Channel.EMAIL) is by_channel
    assert policy.rule_for("sampah", Channel.JAKI) == SlaRule()
    assert SlaPolicy().rule_for(None, None) == SlaRule()


def test_an_override_changes_the_due_times() -> None:
    rule = SlaRule(response_hours=4, followup_days=2, answer_days=1)
    due = due_by_kind(clock(channel=Channel.PENDOPO), rule)
    assert due == {
        DeadlineKind.RESPONSE: T0 + timedelta(hours=4),
        DeadlineKind.ANSWER: T0 + timedelta(days=1),
        DeadlineKind.FOLLOWUP: T0 + timedelta(days=2),
    }
    assert [d.kind for d in deadlines(clock(channel=Channel.PENDOPO), rule)] == [
        DeadlineKind.RESPONSE,
        DeadlineKind.ANSWER,
        DeadlineKind.FOLLOWUP,
    ]


def test_close_means_less_than_a_quarter_of_the_time_left() -> None:
    response = next_deadline(clock(), DEFAULT)
    assert response is not None
    assert response.kind is DeadlineKind.RESPONSE
    six_hours_left = T0 + timedelta(hours=18)
    assert not response.is_close(T0)
    assert not response.is_close(six_hours_left)  # exactly a quarter: not yet
    assert response.is_close(six_hours_left + timedelta(seconds=1))
    assert response.left(six_hours_left) == timedelta(hours=6)
    assert not response.is_overdue(T0 + timedelta(hours=24))
    overdue = T0 + timedelta(hours=24, seconds=1)
    assert response.is_overdue(overdue)
    assert not response.is_close(overdue)  # overdue is its own state


@pytest.mark.parametrize(
    ("left", "words"),
    [
        (timedelta(hours=3), "sisa 3 jam"),
        (timedelta(hours=3, minutes=59), "sisa 3 jam"),
        (timedelta(days=-2), "lewat 2 hari"),
        (timedelta(days=-2, hours=-5), "lewat 2 hari"),
        (timedelta(minutes=45), "sisa 45 menit"),
        (timedelta(seconds=20), "sisa 1 menit"),
        (timedelta(minutes=-10), "lewat 10 menit"),
        (timedelta(hours=47), "sisa 47 jam"),
        (timedelta(days=6, hours=1), "sisa 6 hari"),
        (timedelta(hours=-30), "lewat 30 jam"),
    ],
)
def test_describe_left_reads_as_people_say_it(left: timedelta, words: str) -> None:
    assert describe_left(left) == words


def test_next_deadline_span_is_next_deadline_for_every_kind_of_clock() -> None:
    """The list's per-row shortcut (issue 22) gives what ``next_deadline`` gives, for
    every status and channel, with and without a response, an estimate, equal dues
    (a response rule as long as the follow-up) and the tie going to the first kind."""
    from itertools import product

    from crm_shared.domain.deadlines import has_running_deadline, next_deadline_span

    rules = [
        DEFAULT,
        SlaRule(response_hours=7 * 24, followup_days=7.0, answer_days=7.0),  # equal dues
        SlaRule(response_hours=0.5, followup_days=1.5, answer_days=0.25),
    ]
    landed = [T0, T0 + timedelta(hours=30)]
    responded = [None, T0 + timedelta(hours=2)]
    estimates = [None, date(2024, 3, 5), date(2024, 4, 30)]
    seen_kinds = set()
    for status, channel, rule, land, first, estimate in product(
        Status, Channel, rules, landed, responded, estimates
    ):
        c = clock(
            status,
            channel,
            landed_at=land,
            first_response_at=first,
            estimated_completion=estimate,
        )
        expected = next_deadline(c, rule)
        span = next_deadline_span(status, channel, T0, land, first, estimate, rule)
        assert span == ((expected.start, expected.due) if expected else None)
        assert has_running_deadline(status) == bool(deadlines(c, rule))
        if expected is not None:
            seen_kinds.add(expected.kind)
    assert seen_kinds == set(DeadlineKind)

"""The pull's check of each report (``report_problem``): its one-pass fast path
(``_plainly_fine``, issue 22) must accept exactly the reports the field-by-field
checks accept."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from crm_shared.protocol.wire import ReportOut
from officer_app.sync import engine
from officer_app.sync.fake import make_report

IDS = ["ok-1", "JK2501010001", "a:b@c", "a b", "x\ty", ".lead", "a" * 100, "a" * 101,
       "../etc", "<b>", "é", None]  # fmt: skip
TEXTS = ["biasa", "tab\tbaris\nbaru\r", "\x00", "\x1f", "\x7f", "\u202e", "\u2067", "<i>x</i>",
         "", None]  # fmt: skip
NUMBERS = [0, 1, 2**53, 2**53 + 1, -1]
COORDS = [0.0, -6.2, 90.0, 90.5, -180.0, 181.0, float("nan"), float("inf"), None]
SIZES = [0, 10, 2**63 - 1, 2**63, -1]

ID_FIELDS = ["id", "number", "category_id", "unit_id", "assignee_id", "duplicate_of",
             "kelurahan_code"]  # fmt: skip
TEXT_FIELDS = ["description", "address"]
REPORTER_FIELDS = ["name", "nik", "phone", "address"]
EVENT_IDS = ["id", "actor_id", "target_unit_id", "assignee_id", "action_id"]
EVENT_TEXTS = ["actor_name", "note", "reason"]


def _base() -> dict[str, Any]:
    report = make_report(7)
    report["reporter"] = {"hidden": False, "name": "Budi", "nik": "3171", "phone": "0812"}
    report["events"].append({**report["events"][0], "id": "ev-2", "note": "catatan"})
    report["attachments"] = [{"sha256": "a" * 64, "kind": "before", "event_id": "ev-2",
                              "size": 10, "lat": -6.2, "lon": 106.8}]  # fmt: skip
    return report


def _detailed(report: ReportOut, monkeypatch: pytest.MonkeyPatch) -> str | None:
    with monkeypatch.context() as patched:
        patched.setattr(engine, "_plainly_fine", lambda _report: False)
        return engine.report_problem(report)


_changes = st.lists(
    st.one_of(
        st.tuples(st.just("top"), st.sampled_from(ID_FIELDS), st.sampled_from(IDS)),
        st.tuples(st.just("top"), st.sampled_from(TEXT_FIELDS), st.sampled_from(TEXTS)),
        st.tuples(
            st.just("top"),
            st.sampled_from(["version", "seq", "supporters"]),
            st.sampled_from(NUMBERS),
        ),  # fmt: skip
        st.tuples(st.just("top"), st.sampled_from(["lat", "lon"]), st.sampled_from(COORDS)),
        st.tuples(st.just("reporter"), st.sampled_from(REPORTER_FIELDS), st.sampled_from(TEXTS)),
        st.tuples(st.just("event"), st.sampled_from(EVENT_IDS), st.sampled_from(IDS)),
        st.tuples(st.just("event"), st.sampled_from(EVENT_TEXTS), st.sampled_from(TEXTS)),
        st.tuples(st.just("attachment"), st.just("event_id"), st.sampled_from(IDS)),
        st.tuples(st.just("attachment"), st.just("size"), st.sampled_from(SIZES)),
        st.tuples(
            st.just("attachment"), st.sampled_from(["lat", "lon"]), st.sampled_from(COORDS)
        ),  # fmt: skip
    ),
    max_size=4,
)


@given(changes=_changes)
def test_the_fast_path_accepts_exactly_what_the_field_checks_accept(
    changes: list[tuple[str, str, Any]],
) -> None:
    raw = _base()
    for where, name, value in changes:
        target = {"top": raw, "reporter": raw["reporter"], "event": raw["events"][-1],
                  "attachment": raw["attachments"][0]}[where]  # fmt: skip
        target[name] = copy.copy(value)
    try:
        report = ReportOut.model_validate(raw)
    except ValidationError:
        return  # refused by the schema already: never reaches these checks
    with pytest.MonkeyPatch.context() as monkeypatch:
        detailed = _detailed(report, monkeypatch)
    assert engine._plainly_fine(report) is (detailed is None)
    assert engine.report_problem(report) == detailed


def test_a_clean_report_passes_and_each_kind_of_problem_is_named() -> None:
    assert engine.report_problem(ReportOut.model_validate(_base())) is None
    bad = _base()
    bad["events"][-1]["note"] = "bahaya \u202e"
    assert engine.report_problem(ReportOut.model_validate(bad)) == (
        "events.1.note: control or direction-override character"
    )
    bad = _base()
    bad["attachments"][0]["event_id"] = "a b"
    assert engine.report_problem(ReportOut.model_validate(bad)) == (
        "attachments.0.event_id: not a valid id"
    )

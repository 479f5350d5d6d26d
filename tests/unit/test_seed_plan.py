"""The demo seed plan: Jakarta's units, demo users, and reports that obey the workflow."""

from __future__ import annotations

import dataclasses
import os
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from central_server.seed_plan import (
    DEMO_PASSWORD,
    ReportSeed,
    SeedPlan,
    build_plan,
    route_category,
)
from crm_shared.domain import (
    JAKARTA_TZ,
    ActionType,
    Channel,
    ReportNumber,
    Role,
    SlaPolicy,
    Status,
    check_nik,
    check_phone,
    check_text,
    check_transition,
)
from crm_shared.geo import datadir
from crm_shared.geo.boundaries import Boundaries, load_boundaries

NOW = datetime(2025, 11, 27, 3, 0, tzinfo=UTC)


def _require_data_dir() -> Path:
    found = datadir.find_data_dir()
    if found is not None:
        return found
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail("no data dir (CRM_DATA_DIR or ../shared/data), but CI=true: must run")
    pytest.skip("no data dir (set CRM_DATA_DIR or lay shared/data beside the clone)")


@pytest.fixture(scope="module")
def data_dir() -> Path:
    return _require_data_dir()


@pytest.fixture(scope="module")
def boundaries(data_dir: Path) -> Boundaries:
    return load_boundaries(data_dir)


@pytest.fixture(scope="module")
def plan(data_dir: Path) -> SeedPlan:
    return build_plan(data_dir, 4000, seed=11, now=NOW)


@pytest.fixture(scope="module")
def synthetic() -> SeedPlan:
    return build_plan(None, 600, seed=11, now=NOW)


# --- units, categories, officers --------------------------------------------------------


def test_units_mirror_jakarta(plan: SeedPlan, boundaries: Boundaries) -> None:
    kinds = Counter(u.kind for u in plan.units)
    assert kinds["provinsi"] == 1
    assert kinds["kota"] == 6
    assert kinds["kecamatan"] == 44
    assert kinds["kelurahan"] == 267
    assert kinds["biro"] == 1
    dinas = {u.id for u in plan.units if u.kind == "dinas"}
    assert {"dinas-bina-marga", "dinas-perhubungan", "dinas-satpol-pp", "dinas-sda"} <= dinas
    by_id = {u.id: u for u in plan.units}
    assert len(by_id) == len(plan.units)
    for unit in plan.units:
        assert unit.parent_id is None or unit.parent_id in by_id
        if unit.kind == "sudin":
            assert by_id[unit.parent_id or ""].kind == "dinas"
    assert kinds["sudin"] == 6 * len(dinas)

    gambir = by_id["kel-31.71.01.1001"]
    assert (gambir.code, gambir.parent_id) == ("31.71.01.1001", "kec-31.71.01")
    assert by_id["kec-31.71.01"].parent_id == "kota-31.71"
    # Kemendagri codes as ids; the BPS code only as bps_code.
    assert gambir.bps_code == boundaries.kelurahan("31.71.01.1001").bps_code
    assert by_id["kota-31.71"].bps_code == "3173"
    assert {"desk-pendopo", "biro-pemerintahan"} <= set(by_id)
    assert sum(u.kind == "desk" and u.parent_id in by_id for u in plan.units) >= 7


def test_categories_come_from_the_data_and_are_routed(plan: SeedPlan) -> None:
    assert len(plan.categories) == 135
    by_name = {c.name: c for c in plan.categories}
    assert by_name["Jalan"].agency_unit_id == "dinas-bina-marga"
    assert by_name["Trotoar"].agency_unit_id == "dinas-bina-marga"
    assert by_name["Parkir Liar"].agency_unit_id == "dinas-perhubungan"
    assert by_name["PKL Liar"].agency_unit_id == "dinas-satpol-pp"
    assert by_name["Reklame/Spanduk"].agency_unit_id == "dinas-satpol-pp"
    assert by_name["Kawasan Dilarang Merokok"].agency_unit_id == "dinas-satpol-pp"
    assert by_name["Pohon"].agency_unit_id == "dinas-pertamanan"
    assert by_name["Saluran Air, Kali/Sungai"].agency_unit_id == "dinas-sda"
    assert by_name["Penanganan Banjir"].agency_unit_id == "dinas-sda"
    assert by_name["Penyandang Masalah Kesejahteraan Sosial (PMKS)"].agency_unit_id == (
        "dinas-sosial"
    )
    for name in ("Sampah", "Fasilitas Sosial/Fasilitas Umum"):
        assert by_name[name].handled_by_kelurahan, name
        assert by_name[name].agency_unit_id is None
    unit_ids = {u.id for u in plan.units}
    assert all(c.agency_unit_id in unit_ids for c in plan.categories if c.agency_unit_id)
    assert len({c.id for c in plan.categories}) == len(plan.categories)


def test_routing_rules_on_names_never_seen() -> None:
    assert route_category("Jalan")[1] == "dinas-bina-marga"
    assert route_category("Parkir Liar di Trotoar")[1] == "dinas-bina-marga"  # first rule wins
    assert route_category("Sesuatu yang lain") == ("umum", None, False)


def test_sla_rules_defaults_and_overrides(plan: SeedPlan) -> None:
    policy = SlaPolicy(plan.sla_rules)
    road = next(c.id for c in plan.categories if c.name == "Jalan")
    other = next(c.id for c in plan.categories if c.name == "Kearsipan")
    assert policy.rule_for(other, Channel.JAKI).followup_days == 7.0
    assert policy.rule_for(other, Channel.JAKI).response_hours == 24.0
    assert policy.rule_for(road, Channel.JAKI).followup_days == 14.0
    assert policy.rule_for(other, Channel.PENDOPO).answer_days == 3.0


def test_demo_users(plan: SeedPlan) -> None:
    officers = {o.id: o for o in plan.officers}
    expected = {
        "officer.demo": (Role.FIELD_OFFICER, "kel-31.71.01.1001"),
        "desk.demo": (Role.DESK, "desk-pendopo"),
        "supervisor.demo": (Role.SUPERVISOR, "kec-31.71.01"),
        "validator.demo": (Role.VALIDATOR, "biro-pemerintahan"),
    }
    for officer_id, (role, unit) in expected.items():
        assert (officers[officer_id].role, officers[officer_id].unit_id) == (role, unit)
    assert all(o.password == DEMO_PASSWORD and o.is_demo for o in plan.officers)
    units = {u.id: u for u in plan.units}
    assert all(o.unit_id in units for o in plan.officers)
    # Colleagues: at least two field officers in every kelurahan of Kecamatan Gambir.
    gambir_kel = [u.id for u in plan.units if u.parent_id == "kec-31.71.01"]
    assert len(gambir_kel) == 6
    for unit_id in gambir_kel:
        field = [o for o in plan.officers if o.unit_id == unit_id and o.role is Role.FIELD_OFFICER]
        assert len(field) >= 2, unit_id
    assert len(officers) == len(plan.officers)


def test_without_demo_users_no_known_password(data_dir: Path) -> None:
    plan = build_plan(data_dir, 50, seed=1, now=NOW, demo_users=False)
    assert plan.officers
    assert not any(o.is_demo or o.password == DEMO_PASSWORD for o in plan.officers)


# --- reports ----------------------------------------------------------------------------


def test_points_lie_in_their_kelurahan(plan: SeedPlan, boundaries: Boundaries) -> None:
    for report in plan.reports:
        assert report.lat is not None
        assert report.lon is not None
        assert report.kelurahan_code is not None
        assert boundaries.contains(report.kelurahan_code, report.lat, report.lon), report.number
        located = boundaries.locate(report.lat, report.lon)
        assert located is not None
        assert located.code == report.kelurahan_code


def test_share_of_the_demo_area(plan: SeedPlan) -> None:
    n = len(plan.reports)
    in_kel = sum(r.kelurahan_code == "31.71.01.1001" for r in plan.reports) / n
    in_kec = sum((r.kelurahan_code or "").startswith("31.71.01.") for r in plan.reports) / n
    assert 0.12 < in_kel < 0.18
    assert 0.26 < in_kec < 0.34
    assert len({r.kelurahan_code for r in plan.reports}) > 200


def _check_events(report: ReportSeed, roles: dict[str, Role]) -> None:
    events = report.events
    assert events[0].type is ActionType.CREATE
    assert events[0].at == report.created_at
    assert events[0].to_status is Status.MENUNGGU
    status = Status.MENUNGGU
    previous = report.created_at
    for event in events[1:]:
        assert event.actor_id is not None
        assert event.from_status is status, report.number
        assert event.at > previous, report.number
        assert event.at < NOW
        status_after = check_transition(event.type, roles[event.actor_id], status)
        assert event.to_status is status_after
        status, previous = status_after, event.at
    assert status is report.status, report.number


def test_events_follow_the_workflow(plan: SeedPlan) -> None:
    roles = {o.id: o.role for o in plan.officers}
    for report in plan.reports:
        _check_events(report, roles)


def test_timestamps_match_the_status(plan: SeedPlan) -> None:
    units = {u.id: u for u in plan.units}
    officers = {o.id: o for o in plan.officers}
    for r in plan.reports:
        types = [e.type for e in r.events]
        assert r.created_at <= r.landed_at < NOW
        responded = r.status not in (Status.MENUNGGU,)
        assert (r.first_response_at is not None) == responded, r.status
        if r.first_response_at is not None:
            assert r.first_response_at == r.events[1].at
        followups = [e.at for e in r.events if e.type is ActionType.FOLLOWUP]
        assert r.followup_at == (followups[-1] if followups else None)
        assert (r.completed_at is not None) == (r.status is Status.SELESAI)
        if r.completed_at is not None:
            assert r.completed_at == r.events[-1].at
        # Where the report is: its kelurahan, or the unit it was forwarded/disposed to.
        moves = [
            e.target_unit_id for e in r.events if e.type in (ActionType.FORWARD, ActionType.DISPOSE)
        ]
        expected_unit = moves[-1] if moves else f"kel-{r.kelurahan_code}"
        assert r.unit_id == expected_unit
        if r.status is Status.KOORDINASI:
            assert units[r.unit_id].kind == "dinas"
        if r.status is Status.DISPOSISI:
            assert units[r.unit_id].kind == "sudin"
        if ActionType.ACCEPT in types:
            assert r.assignee_id is not None
            assert officers[r.assignee_id].unit_id == r.unit_id
        else:
            assert r.assignee_id is None


def test_status_mix_has_overdue_work(plan: SeedPlan) -> None:
    statuses = Counter(r.status for r in plan.reports)
    assert set(statuses) == set(Status)
    old_waiting = [
        r
        for r in plan.reports
        if r.status is Status.MENUNGGU and NOW - r.landed_at > timedelta(hours=24)
    ]
    old_open = [
        r
        for r in plan.reports
        if r.status is Status.PROSES and NOW - r.created_at > timedelta(days=7)
    ]
    assert old_waiting
    assert old_open
    fresh_waiting = [
        r
        for r in plan.reports
        if r.status is Status.MENUNGGU and NOW - r.created_at < timedelta(hours=24)
    ]
    assert fresh_waiting
    ages = [NOW - r.created_at for r in plan.reports]
    assert max(ages) <= timedelta(days=60)
    assert max(ages) > timedelta(days=50)
    assert statuses[Status.SELESAI] > len(plan.reports) / 3


def test_channels_in_realistic_proportions(plan: SeedPlan) -> None:
    channels = Counter(r.channel for r in plan.reports)
    share = channels[Channel.JAKI] / len(plan.reports)
    assert 0.86 < share < 0.94
    assert len(channels) >= 10  # the other channels appear too


def test_numbers_are_valid_unique_and_dated(plan: SeedPlan) -> None:
    numbers = [r.number for r in plan.reports]
    assert len(set(numbers)) == len(numbers)
    per_day: dict[object, list[tuple[datetime, int]]] = {}
    for r in plan.reports:
        parsed = ReportNumber.parse(r.number)
        assert parsed.day == r.created_at.astimezone(JAKARTA_TZ).date()
        per_day.setdefault(parsed.day, []).append((r.created_at, parsed.sequence))
    for entries in per_day.values():
        sequences = [seq for _, seq in sorted(entries)]
        assert sequences == list(range(1, len(entries) + 1))


def test_reporters_and_privacy(plan: SeedPlan) -> None:
    officers = {o.id: o for o in plan.officers}
    walk_in = [r for r in plan.reports if r.channel.is_face_to_face]
    assert walk_in
    for r in walk_in:
        assert r.created_by is not None
        assert officers[r.created_by].role is Role.DESK
        assert r.reporter is not None
        assert not r.reporter["anonymous"]
        check_nik(r.reporter["nik"])
        check_phone(r.reporter["phone"])
        check_text("name", r.reporter["name"])
    assert any(r.created_by == "desk.demo" for r in walk_in)
    for r in plan.reports:
        if not r.channel.is_face_to_face:
            assert r.created_by is None
            assert r.reporter in (None, {"anonymous": True})
    jaki = [r for r in plan.reports if r.channel is Channel.JAKI]
    private = sum(r.is_private for r in jaki) / len(jaki)
    assert 0.80 < private < 0.90


def test_descriptions_are_valid_and_varied(plan: SeedPlan) -> None:
    texts = [r.description for r in plan.reports]
    for text in texts:
        assert check_text("description", text) == text
        assert "{" not in text
    assert len(set(texts)) > len(texts) * 0.8
    joined = " ".join(texts)
    for abbreviation in ("jln", "tdk", "sdh"):
        assert f" {abbreviation} " in joined
    assert all(r.address and "{" not in r.address for r in plan.reports)
    assert sum("RT" in r.address for r in plan.reports) == len(plan.reports)


def test_ids_are_unique_uuids(plan: SeedPlan) -> None:
    ids = [r.id for r in plan.reports] + [e.id for r in plan.reports for e in r.events]
    assert len(set(ids)) == len(ids)
    assert all(len(i) == 36 and i[14] == "4" for i in ids)


# --- determinism, synthetic mode, speed -------------------------------------------------


def test_same_seed_same_plan(data_dir: Path) -> None:
    first = build_plan(data_dir, 300, seed=5, now=NOW)
    second = build_plan(data_dir, 300, seed=5, now=NOW)
    assert dataclasses.asdict(first) == dataclasses.asdict(second)
    other = build_plan(data_dir, 300, seed=6, now=NOW)
    assert [r.id for r in other.reports] != [r.id for r in first.reports]
    assert [r.description for r in other.reports] != [r.description for r in first.reports]


def test_synthetic_region_without_data(synthetic: SeedPlan) -> None:
    assert synthetic.synthetic
    assert "SINTETIS" in synthetic.region_note.upper()
    kelurahan = [u for u in synthetic.units if u.kind == "kelurahan"]
    assert len(kelurahan) == 4
    assert len([u for u in synthetic.units if u.kind == "kecamatan"]) == 2
    assert len([u for u in synthetic.units if u.kind == "kota"]) == 1
    assert all("Sintetis" in u.name for u in kelurahan)
    officers = {o.id: o for o in synthetic.officers}
    assert officers["officer.demo"].unit_id in {u.id for u in kelurahan}
    assert officers["supervisor.demo"].unit_id == next(
        u.parent_id for u in kelurahan if u.id == officers["officer.demo"].unit_id
    )
    roles = {o.id: o.role for o in synthetic.officers}
    for r in synthetic.reports:
        _check_events(r, roles)
        assert r.lat is not None
        assert r.lon is not None
        assert -6.21 < r.lat < -6.15
        assert 106.79 < r.lon < 106.85
    assert build_plan(None, 50, 3, NOW).reports[0].id == build_plan(None, 50, 3, NOW).reports[0].id


def test_synthetic_region_is_the_real_one_when_data_exists(plan: SeedPlan) -> None:
    assert not plan.synthetic
    assert "SINTETIS" not in plan.region_note.upper()


def test_large_plans_keep_numbers_unique(data_dir: Path) -> None:
    # Speed is measured in benchmarks/, not here.
    plan = build_plan(data_dir, 20_000, seed=2, now=NOW)
    assert len(plan.reports) == 20_000
    assert len({r.number for r in plan.reports}) == 20_000

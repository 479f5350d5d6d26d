"""Every endpoint x every role x own/other unit, against a live server (table-driven).

Nobody reads or changes what their role and unit do not allow. Where existence
itself is private the answer is 404 (a photo of a report outside scope), and an
action on a report outside scope is answered ``conflict`` / ``not_in_scope``
(the same as for a report that does not exist). Also: the audit log endpoint
(supervisors, their unit subtree, read-only under every method) and the login
rate limit per client address (429 + Retry-After) on top of the account lock-out.
"""

from __future__ import annotations

import hashlib
import io
import sqlite3
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import requests
from PIL import Image
from server import plan
from server.conftest import Client, plan_server_kwargs
from server.helpers import action

from central_server.testing import LiveServer, find_data_dir

ROLES = {  # officer id -> (role, unit)
    "field.a": ("field_officer", plan.KEL_A),
    "field.b": ("field_officer", plan.KEL_B),
    "super.a": ("supervisor", plan.KEL_A),
    "super.kec": ("supervisor", "kec"),
    "super.dinas": ("supervisor", "dinas.bm"),
    "desk": ("desk", "desk.pendopo"),
    "validator": ("validator", "biro"),
}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    live = LiveServer(
        tmp_path_factory.mktemp("authz"),
        data_dir=find_data_dir(),
        **plan_server_kwargs(plan.build(n_per_kelurahan=8)),
    )
    live.start()
    yield live
    live.stop()


@pytest.fixture(scope="module")
def clients(server: LiveServer) -> dict[str, Client]:
    return {officer: Client(server, officer) for officer in ROLES}


def _reports(server: LiveServer) -> dict[str, tuple[str, str]]:
    path = server.database_url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as db:
        rows = db.execute("SELECT id, unit_id, status FROM reports").fetchall()
    return {rid: (unit, status) for rid, unit, status in rows}


def _png(seed: int) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (8, 8), (seed % 256, 7, 9)).save(buf, "PNG")
    return buf.getvalue()


# --- reads: the change feed ------------------------------------------------------------

FEED_SCOPE: dict[str, Callable[[str, str], bool]] = {
    "field.a": lambda unit, status: unit == plan.KEL_A,
    "field.b": lambda unit, status: unit == plan.KEL_B,
    "super.a": lambda unit, status: unit == plan.KEL_A,
    "super.kec": lambda unit, status: unit in {plan.KEL_A, plan.KEL_B, "kec"},
    "super.dinas": lambda unit, status: unit == "dinas.bm",
    "desk": lambda unit, status: False,  # only what the desk filed itself (none in the plan)
    "validator": lambda unit, status: status == "menunggu_validasi",
}


@pytest.mark.parametrize("officer", sorted(ROLES))
def test_change_feed_holds_only_the_scope(
    server: LiveServer, clients: dict[str, Client], officer: str
) -> None:
    everything = _reports(server)
    seen, _, _ = clients[officer].pull_all()
    allowed = {
        rid for rid, (unit, status) in everything.items() if FEED_SCOPE[officer](unit, status)
    }
    assert set(seen) <= allowed, f"{officer} sees reports outside scope"
    if officer.startswith("field") or officer == "super.kec":
        assert seen, f"{officer} should see its own unit's reports"
    for r in seen.values():
        if ROLES[officer][0] != "validator":
            assert r["reporter"]["hidden"] is True  # identities never reach these roles
            assert not r["reporter"].get("nik")


# --- writes: actions on own / other unit ---------------------------------------------------

# (officer, target unit) -> expected outcome of a note
NOTE_MATRIX = [
    ("field.a", plan.KEL_A, "applied"),
    ("field.a", plan.KEL_B, "not_in_scope"),
    ("field.b", plan.KEL_A, "not_in_scope"),
    ("field.b", plan.KEL_B, "applied"),
    ("super.a", plan.KEL_A, "applied"),
    ("super.a", plan.KEL_B, "not_in_scope"),
    ("super.kec", plan.KEL_B, "applied"),
    ("super.dinas", plan.KEL_A, "not_in_scope"),
    ("desk", plan.KEL_A, "not_in_scope"),
]


@pytest.mark.parametrize(("officer", "unit", "expected"), NOTE_MATRIX)
def test_actions_only_inside_scope(
    server: LiveServer, clients: dict[str, Client], officer: str, unit: str, expected: str
) -> None:
    before = _reports(server)
    target = next(
        rid
        for rid, (u, status) in sorted(before.items())
        if u == unit and status not in ("selesai", "ditolak", "menunggu_validasi")
    )
    [result] = clients[officer].act(
        action(target, "note", note=f"Catatan pemeriksaan lapangan oleh {officer}")
    )
    if expected == "applied":
        assert result["status"] in ("applied", "duplicate"), result
    else:
        assert result["status"] == "conflict", result
        assert result["code"] == "not_in_scope"
        assert _reports(server)[target] == before[target]  # unchanged
    # A report that does not exist is answered the same way: existence stays private.
    [ghost] = clients[officer].act(
        action("tidak-ada-laporan", "note", note="Catatan untuk laporan yang tidak ada")
    )
    if expected != "applied":
        assert (ghost["status"], ghost["code"]) == (result["status"], result["code"])


def test_cross_unit_reassign_and_status_changes_are_refused(
    server: LiveServer, clients: dict[str, Client]
) -> None:
    reports = _reports(server)
    target = next(r for r, (u, s) in sorted(reports.items()) if u == plan.KEL_A and s == "menunggu")
    for officer in ("field.b", "super.dinas", "validator", "desk"):
        for act in (
            action(target, "accept"),
            action(target, "forward", to_unit_id=plan.KEL_B, reason="bukan wilayah kami"),
            action(target, "reassign", to_officer_id="field.b"),
        ):
            [result] = clients[officer].act(act)
            assert result["status"] in ("conflict", "rejected"), (officer, act["type"], result)
    assert _reports(server)[target] == reports[target]


# --- media: 404 outside scope ---------------------------------------------------------------


def test_media_of_others_is_404_not_403(server: LiveServer, clients: dict[str, Client]) -> None:
    data = _png(41)
    digest = hashlib.sha256(data).hexdigest()
    assert clients["field.a"].put(f"/media/{digest}", data=data).status_code == 201
    assert clients["field.a"].get(f"/media/{digest}").content == data
    for officer in ("field.b", "super.dinas", "desk"):
        got = clients[officer].get(f"/media/{digest}")
        assert got.status_code == 404, (officer, got.status_code)
        assert got.content != data
        assert clients[officer].head(f"/media/{digest}").status_code == 404  # as GET


# --- role-only endpoints ----------------------------------------------------------------------

EXPORT_NOTICE = {
    "format": "csv",
    "what": "dasbor 2026-11",
    "rows": 12,
    "happened_at": "2026-11-30T08:00:00+07:00",
}

ROLE_ENDPOINTS = [
    ("GET", "/stats/summary", None, {"supervisor"}),
    ("GET", "/audit", None, {"supervisor"}),
    ("POST", "/audit/exports", EXPORT_NOTICE, {"supervisor"}),
    ("POST", "/numbers/lease", {"count": 1}, {"desk"}),
]


@pytest.mark.parametrize(("method", "path", "body", "roles"), ROLE_ENDPOINTS)
@pytest.mark.parametrize("officer", sorted(ROLES))
def test_role_only_endpoints(
    clients: dict[str, Client],
    officer: str,
    method: str,
    path: str,
    body: Any,
    roles: set[str],
) -> None:
    c = clients[officer]
    resp = c.http.request(method, f"{c.server.api}{path}", json=body, timeout=60)
    if ROLES[officer][0] in roles:
        assert resp.status_code == (201 if path == "/audit/exports" else 200), resp.text
    else:
        assert resp.status_code == 403, (officer, path, resp.status_code)
        assert resp.json()["error"]["code"] == "role_forbidden"


ALL_ENDPOINTS = [
    ("POST", "/auth/logout"),
    ("GET", "/reference"),
    ("GET", "/sync/changes"),
    ("POST", "/sync/actions"),
    ("PUT", f"/media/{'a' * 64}"),
    ("HEAD", f"/media/{'a' * 64}"),
    ("GET", f"/media/{'a' * 64}"),
    ("POST", "/numbers/lease"),
    ("GET", "/stats/summary"),
    ("GET", "/audit"),
    ("POST", "/audit/exports"),
]


@pytest.mark.parametrize(("method", "path"), ALL_ENDPOINTS)
@pytest.mark.parametrize("token", [None, "forged-token", "Bearer"])
def test_no_endpoint_without_a_valid_token(
    server: LiveServer, method: str, path: str, token: str | None
) -> None:
    headers = {} if token is None else {"Authorization": f"Bearer {token}"}
    resp = requests.request(method, f"{server.api}{path}", headers=headers, timeout=30)
    assert resp.status_code == 401, (method, path, resp.status_code)


# --- audit: scoped, read-only ---------------------------------------------------------------


def test_audit_log_is_scoped_to_the_supervisors_subtree(
    server: LiveServer, clients: dict[str, Client]
) -> None:
    # Make sure there is something of both kelurahan in the log.
    for officer in ("field.a", "field.b"):
        Client(server, officer)  # a login is audited with the officer's unit
    kec = _all_audit(clients["super.kec"])
    lurah_a = _all_audit(clients["super.a"])
    assert lurah_a
    assert {e["unit_id"] for e in kec} >= {plan.KEL_A, plan.KEL_B}
    reports = _reports(server)
    for entry in lurah_a:
        unit = entry["unit_id"]
        report_unit = reports.get(entry["report_id"] or "", (None, None))[0]
        assert unit == plan.KEL_A or report_unit == plan.KEL_A, entry
    assert {e["id"] for e in lurah_a} <= {e["id"] for e in kec}
    dinas = _all_audit(clients["super.dinas"])
    assert not {e["id"] for e in dinas} & {e["id"] for e in lurah_a if e["unit_id"] == plan.KEL_A}
    ids = [e["id"] for e in kec]
    assert ids == sorted(ids)
    assert len(ids) == len(set(ids))  # pages do not overlap


def _all_audit(client: Client) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = []
    cursor = 0
    while True:
        resp = client.get("/audit", params={"cursor": cursor, "limit": 7})
        assert resp.status_code == 200, resp.text
        page = resp.json()
        entries += page["entries"]
        cursor = page["next_cursor"]
        if not page["has_more"]:
            return entries


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE"])
def test_audit_entries_cannot_be_changed_through_any_endpoint(
    server: LiveServer, clients: dict[str, Client], method: str
) -> None:
    sup = clients["super.kec"]
    before = _all_audit(sup)
    first = before[0]["id"]
    for path in ("/audit", f"/audit/{first}", "/audit/exports", f"/audit/exports/{first}"):
        resp = sup.http.request(
            method, f"{server.api}{path}", json={"kind": "dihapus", "detail": {}}, timeout=30
        )
        if (method, path) == ("POST", "/audit/exports"):
            # The one write: it only appends, and takes nothing but an ExportNotice.
            assert resp.status_code == 422, resp.text
            continue
        assert resp.status_code in (404, 405), (method, path, resp.status_code)
    # Even a notice that names an existing entry's id and kind adds, never rewrites.
    resp = sup.post("/audit/exports", json={**EXPORT_NOTICE, "id": first, "kind": "login"})
    assert resp.status_code == 422, resp.text
    after = _all_audit(sup)
    assert after[: len(before)] == before  # nothing changed, nothing removed


def test_an_export_notice_appends_one_entry_of_the_supervisors_unit(
    server: LiveServer, clients: dict[str, Client]
) -> None:
    sup = clients["super.a"]
    before = _all_audit(clients["super.kec"])
    resp = sup.post("/audit/exports", json={**EXPORT_NOTICE, "format": "pdf", "rows": 3})
    assert resp.status_code == 201, resp.text
    entry = resp.json()
    assert (entry["kind"], entry["actor_id"], entry["unit_id"]) == ("export", "super.a", plan.KEL_A)
    assert entry["detail"]["format"] == "pdf"
    assert entry["detail"]["rows"] == 3
    after = _all_audit(clients["super.kec"])  # the kecamatan's supervisor sees it too
    assert after[: len(before)] == before
    assert [e["id"] for e in after[len(before) :]] == [entry["id"]]
    assert entry["id"] not in {e["id"] for e in _all_audit(clients["super.dinas"])}
    for bad in (
        {**EXPORT_NOTICE, "format": "xlsx"},
        {**EXPORT_NOTICE, "rows": -1},
        {**EXPORT_NOTICE, "what": "x" * 201},
        {**EXPORT_NOTICE, "what": ""},
        {k: v for k, v in EXPORT_NOTICE.items() if k != "happened_at"},
    ):
        assert sup.post("/audit/exports", json=bad).status_code == 422, bad
    assert _all_audit(clients["super.kec"]) == after


def test_audit_query_is_validated(clients: dict[str, Client]) -> None:
    sup = clients["super.kec"]
    for params in ({"limit": 0}, {"limit": 100000}, {"cursor": -1}, {"cursor": "x' OR 1=1"}):
        assert sup.get("/audit", params=params).status_code == 422

"""An in-memory server speaking protocol v1 semantics, for unit tests and demos.

It keeps the protocol's promises (actions applied at most once by action id,
change feed by sequence with ``removed`` ids, scope by unit, the domain rules
for every action) without HTTP. Faults are injected per method with
``fail_next(method, exc, times)``; every call is recorded in ``calls``.
The real server in ``central_server`` is what integration tests use.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from crm_shared.domain import (
    ActionType,
    Channel,
    DomainError,
    Role,
    Status,
    check_action,
    check_new_report,
)
from crm_shared.protocol.wire import (
    ActionIn,
    ActionResult,
    ChangesResponse,
    LeaseResponse,
    OfficerInfo,
    ReferenceData,
    ReportOut,
    TokenResponse,
)

from .backend import AuthError, BackendError, MediaRejectedError, ProtocolError

FAKE_UNIT = "kel-gambir"
OTHER_UNIT = "kel-kebon-kelapa"


def make_report(
    number: int,
    *,
    unit_id: str = FAKE_UNIT,
    status: Status = Status.MENUNGGU,
    description: str | None = None,
    category_id: str = "cat-jalan",
    kelurahan_code: str = "31.71.01.1001",
    created_at: datetime | None = None,
) -> dict[str, Any]:
    """A server-side report as a plain dict (ReportOut fields)."""
    created = created_at or datetime.now(UTC) - timedelta(hours=number % 50)
    return {
        "id": f"r-{number:06d}",
        "number": f"JK250101{number % 10000:04d}",
        "category_id": category_id,
        "channel": Channel.JAKI.value,
        "status": status.value,
        "description": description or f"Jalan berlubang di dekat rumah nomor {number}",
        "address": f"Jl. Contoh No. {number}",
        "lat": -6.17,
        "lon": 106.82,
        "kelurahan_code": kelurahan_code,
        "unit_id": unit_id,
        "assignee_id": None,
        "is_private": True,
        "priority": "normal",
        "created_at": created,
        "landed_at": created,
        "version": 1,
        "seq": 0,
        "reporter": {"hidden": True},
        "attachments": [],
        "events": [
            {"id": f"ev-{number:06d}-0", "type": "created", "at": created, "to_status": "menunggu"}
        ],
    }


@dataclass
class FakeServer:
    role: Role = Role.FIELD_OFFICER
    unit_id: str = FAKE_UNIT
    officer_id: str = "officer.demo"
    reports: dict[str, dict[str, Any]] = field(default_factory=dict)
    media: dict[str, bytes] = field(default_factory=dict)
    returned_numbers: list[str] = field(default_factory=list)  # given back by return_lease
    applied: dict[str, ActionResult] = field(default_factory=dict)
    exits: list[tuple[int, str]] = field(default_factory=list)  # (seq, report id)
    calls: list[str] = field(default_factory=list)
    token_valid: bool = True
    password: str = "demo-password"
    reference_etag: str = '"ref-1"'
    categories: list[dict[str, Any]] = field(
        default_factory=lambda: [
            {"id": "cat-jalan", "name": "Jalan Rusak"},
            {"id": "cat-sampah", "name": "Sampah", "handled_by_kelurahan": True},
        ]
    )
    seq: int = 0
    bytes_received: int = 0
    _faults: dict[str, list[BaseException]] = field(default_factory=dict)

    # --- test controls --------------------------------------------------------------

    def add(self, count: int, start: int = 1, **kwargs: Any) -> list[str]:
        ids = []
        for n in range(start, start + count):
            rep = make_report(n, **kwargs)
            self._touch(rep)
            self.reports[rep["id"]] = rep
            ids.append(rep["id"])
        return ids

    def change(self, report_id: str, **fields: Any) -> None:
        """Another client (or the server) changes a report."""
        rep = self.reports[report_id]
        was_visible = self._visible(rep)
        rep.update(fields)
        rep["version"] += 1
        self._touch(rep)
        if was_visible and not self._visible(rep):
            self.exits.append((rep["seq"], report_id))

    def fail_next(self, method: str, exc: BaseException, times: int = 1) -> None:
        self._faults.setdefault(method, []).extend([exc] * times)

    def visible_ids(self) -> set[str]:
        return {rid for rid, rep in self.reports.items() if self._visible(rep)}

    # --- SyncBackend -----------------------------------------------------------------

    def login(self, officer_id: str, password: str) -> TokenResponse:
        self._enter("login")
        if officer_id != self.officer_id or password != self.password:
            raise AuthError("invalid_credentials", "ID petugas atau kata sandi salah.")
        self.token_valid = True
        return TokenResponse(
            token="fake-token",
            expires_at=datetime.now(UTC) + timedelta(hours=8),
            officer=OfficerInfo(
                id=self.officer_id,
                name="Petugas Demo",
                role=self.role,
                unit_id=self.unit_id,
                unit_name="Kelurahan Gambir",
            ),
        )

    def reference(self, etag: str | None) -> tuple[ReferenceData | None, str | None]:
        self._enter("reference")
        if etag == self.reference_etag:
            return None, etag
        data = ReferenceData(
            categories=self.categories,
            units=[
                {"id": FAKE_UNIT, "name": "Kelurahan Gambir", "kind": "kelurahan"},
                {"id": OTHER_UNIT, "name": "Kelurahan Kebon Kelapa", "kind": "kelurahan"},
            ],
            officers=[],
            sla_rules=[],
            channels=list(Channel),
        )
        return data, self.reference_etag

    def changes(self, cursor: int, limit: int) -> ChangesResponse:
        self._enter("changes")
        visible = sorted(
            (r for r in self.reports.values() if self._visible(r) and r["seq"] > cursor),
            key=lambda r: r["seq"],
        )
        page = visible[:limit]
        has_more = len(visible) > limit
        new_cursor = page[-1]["seq"] if has_more else max(self.seq, cursor)
        removed = sorted(
            {rid for s, rid in self.exits if cursor < s <= new_cursor}
            - {r["id"] for r in self.reports.values() if self._visible(r)}
        )
        resp = ChangesResponse(
            reports=[ReportOut.model_validate(r) for r in page],
            removed=removed,
            cursor=new_cursor,
            has_more=has_more,
            total_visible=len(self.visible_ids()),
        )
        self.bytes_received += len(resp.model_dump_json())
        return resp

    def push(self, actions: Sequence[ActionIn]) -> list[ActionResult]:
        self._enter("push")
        return [self._apply(a) for a in actions]

    def media_head(self, sha256: str) -> bool:
        self._enter("media_head")
        return sha256 in self.media

    def media_put(self, sha256: str, data: bytes, content_type: str) -> None:
        self._enter("media_put")
        if hashlib.sha256(data).hexdigest() != sha256:
            raise MediaRejectedError("hash_mismatch", "Sidik foto tidak cocok.")
        self.media[sha256] = data

    def media_get(self, sha256: str) -> bytes:
        self._enter("media_get")
        data = self.media.get(sha256)
        if data is None:
            raise ProtocolError("media_not_found", "Foto tidak ada di server.")
        return data

    def return_lease(self, lease_id: str, unused: Sequence[str]) -> None:
        self._enter("return_lease")
        self.returned_numbers.extend(unused)

    def lease_numbers(self, count: int) -> LeaseResponse:
        self._enter("lease_numbers")
        day = datetime.now(UTC).strftime("%y%m%d")
        return LeaseResponse(
            lease_id=str(uuid.uuid4()),
            numbers=[f"JK{day}{9000 + i:04d}" for i in range(count)],
            expires_at=datetime.now(UTC) + timedelta(days=1),
        )

    # --- internals ---------------------------------------------------------------------

    def _enter(self, method: str) -> None:
        self.calls.append(method)
        queue = self._faults.get(method)
        if queue:
            raise queue.pop(0)
        if method != "login" and not self.token_valid:
            raise AuthError("token_invalid", "Sesi berakhir; silakan masuk lagi.")

    def _visible(self, rep: dict[str, Any]) -> bool:
        return bool(rep["unit_id"] == self.unit_id)

    def _touch(self, rep: dict[str, Any]) -> None:
        self.seq += 1
        rep["seq"] = self.seq

    def _apply(self, action: ActionIn) -> ActionResult:
        if action.action_id in self.applied:
            first = self.applied[action.action_id]
            return first.model_copy(update={"status": "duplicate"})
        now = datetime.now(UTC)
        if action.type is ActionType.CREATE:
            return self._create(action, now)
        rep = self.reports.get(action.report_id)
        if rep is None:
            return ActionResult(
                action_id=action.action_id,
                status="rejected",
                code="not_found",
                message="Laporan tidak ditemukan.",
            )
        current = ReportOut.model_validate(rep)
        if not self._visible(rep):
            return ActionResult(
                action_id=action.action_id,
                status="conflict",
                code="not_in_scope",
                message="Laporan sudah dialihkan ke unit lain.",
                report=current,
            )
        for photo in action.payload.get("photos", []):
            if photo.get("sha256") not in self.media:
                return ActionResult(
                    action_id=action.action_id,
                    status="rejected",
                    code="photo_missing",
                    message="Foto belum diunggah.",
                    report=current,
                )
        try:
            checked = check_action(action.type, self.role, Status(rep["status"]), action.payload)
        except DomainError as exc:
            stale = action.base_version is not None and action.base_version < rep["version"]
            return ActionResult(
                action_id=action.action_id,
                status="conflict" if stale else "rejected",
                code="stale" if stale else exc.code,
                message=exc.message,
                report=current,
            )
        old = rep["status"]
        rep["status"] = checked.new_status.value
        if action.type is ActionType.SET_PRIORITY:
            rep["priority"] = checked.payload["priority"]
        if checked.counts_as_response and not rep.get("first_response_at"):
            rep["first_response_at"] = now
        for photo in checked.payload.get("photos", []):
            rep["attachments"].append(
                {"sha256": photo["sha256"], "kind": photo["kind"], "event_id": action.action_id}
            )
        rep["events"].append(
            {
                "id": action.action_id,
                "type": action.type.value,
                "actor_id": self.officer_id,
                "at": action.happened_at,
                "from_status": old if old != rep["status"] else None,
                "to_status": rep["status"] if old != rep["status"] else None,
                "note": checked.payload.get("note"),
                "reason": checked.payload.get("reason"),
                "action_id": action.action_id,
            }
        )
        was_visible = self._visible(rep)
        if action.type is ActionType.FORWARD:
            rep["unit_id"] = checked.payload["target_unit_id"]
        rep["version"] += 1
        self._touch(rep)
        if was_visible and not self._visible(rep):
            self.exits.append((rep["seq"], rep["id"]))
        result = ActionResult(
            action_id=action.action_id, status="applied", report=ReportOut.model_validate(rep)
        )
        self.applied[action.action_id] = result
        return result

    def _create(self, action: ActionIn, now: datetime) -> ActionResult:
        try:
            cleaned = check_new_report(Role.DESK, action.payload)
        except DomainError as exc:
            return ActionResult(
                action_id=action.action_id, status="rejected", code=exc.code, message=exc.message
            )
        n = len(self.reports) + 1
        rep = make_report(n, unit_id=self.unit_id, description=cleaned["description"])
        rep.update(id=action.report_id, number=cleaned.get("number", rep["number"]))
        rep["events"] = [
            {"id": action.action_id, "type": "create", "at": now, "action_id": action.action_id}
        ]
        self._touch(rep)
        self.reports[rep["id"]] = rep
        result = ActionResult(
            action_id=action.action_id, status="applied", report=ReportOut.model_validate(rep)
        )
        self.applied[action.action_id] = result
        return result


__all__ = ["FAKE_UNIT", "OTHER_UNIT", "BackendError", "FakeServer", "make_report"]

"""Small builders of wire actions for the server tests."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any


def action(
    report_id: str, type_: str, base_version: int | None = None, **payload: Any
) -> dict[str, Any]:
    return {
        "action_id": str(uuid.uuid4()),
        "report_id": report_id,
        "type": type_,
        "base_version": base_version,
        "payload": payload,
        "happened_at": datetime.now(UTC).isoformat(),
    }


def walk_in(**overrides: Any) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "channel": "pendopo",
        "category_id": "sampah",
        "description": "Sampah tidak diangkut selama seminggu",
        "address": "Jalan Merdeka 1",
        "kelurahan_code": "31.71.01.1001",
        "reporter": {"name": "Siti Pelapor Rahasia", "nik": "3171014508900001"},
    }
    payload.update(overrides)
    return action(str(uuid.uuid4()), "create", None, **payload)

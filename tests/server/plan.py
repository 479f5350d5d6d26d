"""A small, fully known seed plan for server tests (same shape as seed_plan.SeedPlan).

Two kelurahan (A, B) under one kecamatan, a Dinas with its Suku Dinas, a desk,
and one officer of each role; reports in A and B with identified reporters.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import create_engine

from central_server.db import create_all, make_engine
from central_server.seed import insert_plan

PASSWORD = "test-password-1"
KEL_A, KEL_B = "kel.a", "kel.b"
CODE_A, CODE_B = "31.71.01.1001", "31.71.01.1002"


@dataclass
class Unit:
    id: str
    name: str
    kind: str
    parent_id: str | None
    code: str | None = None
    bps_code: str | None = None


@dataclass
class Category:
    id: str
    name: str
    agency_unit_id: str | None = None
    handled_by_kelurahan: bool = True


@dataclass
class Officer:
    id: str
    name: str
    role: str
    unit_id: str
    password: str = PASSWORD
    is_demo: bool = False


@dataclass
class Report:
    id: str
    number: str
    category_id: str
    channel: str
    status: str
    description: str
    address: str
    lat: float | None
    lon: float | None
    kelurahan_code: str | None
    unit_id: str
    assignee_id: str | None
    created_by: str | None
    is_private: bool
    priority: str
    created_at: datetime
    landed_at: datetime
    first_response_at: datetime | None = None
    followup_at: datetime | None = None
    completed_at: datetime | None = None
    estimated_completion: Any = None
    reporter: dict[str, Any] | None = None
    events: list[Any] = field(default_factory=list)


@dataclass
class Plan:
    units: list[Unit]
    categories: list[Category]
    officers: list[Officer]
    sla_rules: list[Any]
    reports: list[Report]
    synthetic: bool = True
    region_note: str = "test"


def nik_for(i: int) -> str:
    return f"3171{i:012d}"


def build(n_per_kelurahan: int = 10, statuses: list[str] | None = None) -> Plan:
    """``n_per_kelurahan`` reports in A and in B, statuses cycling through ``statuses``."""
    statuses = statuses or ["menunggu", "proses", "menunggu_validasi"]
    units = [
        Unit("prov", "DKI Jakarta", "provinsi", None, "31"),
        Unit("kota", "Jakarta Pusat", "kota", "prov", "31.71"),
        Unit("kec", "Gambir", "kecamatan", "kota", "31.71.01"),
        Unit(KEL_A, "Kelurahan A", "kelurahan", "kec", CODE_A),
        Unit(KEL_B, "Kelurahan B", "kelurahan", "kec", CODE_B),
        Unit("dinas.bm", "Dinas Bina Marga", "dinas", "prov"),
        Unit("sudin.bm.jp", "Suku Dinas Bina Marga Jakarta Pusat", "sudin", "dinas.bm"),
        Unit("desk.pendopo", "Pendopo Balai Kota", "desk", "prov"),
        Unit("biro", "Biro Pemerintahan", "biro", "prov"),
    ]
    officers = [
        Officer("field.a", "Petugas A", "field_officer", KEL_A),
        Officer("field.a2", "Petugas A2", "field_officer", KEL_A),
        Officer("field.b", "Petugas B", "field_officer", KEL_B),
        Officer("super.kec", "Camat Gambir", "supervisor", "kec"),
        Officer("super.a", "Lurah A", "supervisor", KEL_A),
        Officer("super.dinas", "Kadis Bina Marga", "supervisor", "dinas.bm"),
        Officer("desk", "Petugas Meja", "desk", "desk.pendopo"),
        Officer("validator", "Validator Biro", "validator", "biro"),
        Officer("lock.test", "Petugas Kunci", "field_officer", KEL_B),
        Officer("demo.field", "Demo", "field_officer", KEL_A, "demo-password", is_demo=True),
    ]
    categories = [Category("jalan", "Jalan rusak", "dinas.bm", False), Category("sampah", "Sampah")]
    start = datetime(2025, 3, 1, 2, 0, tzinfo=datetime.now().astimezone().tzinfo).astimezone()
    reports = []
    i = 0
    for unit_id, code in ((KEL_A, CODE_A), (KEL_B, CODE_B)):
        for k in range(n_per_kelurahan):
            i += 1
            at = start + timedelta(minutes=i)
            reports.append(
                Report(
                    id=f"r-{i:05d}",
                    number=f"JK250301{i:04d}",
                    category_id="sampah",
                    channel="jaki",
                    status=statuses[k % len(statuses)],
                    description=f"Sampah menumpuk nomor {i}",
                    address=f"Jalan Contoh {i}",
                    lat=-6.17,
                    lon=106.82,
                    kelurahan_code=code,
                    unit_id=unit_id,
                    assignee_id=None,
                    created_by=None,
                    is_private=True,
                    priority="normal",
                    created_at=at,
                    landed_at=at,
                    reporter={
                        "anonymous": False,
                        "name": f"Warga Pelapor Nomor{i}",
                        "nik": nik_for(i),
                        "phone": f"08123{i:07d}",
                        "address": f"Rumah {i}",
                    },
                )
            )
    return Plan(units, categories, officers, [], reports)


def seed_database(url: str, plan: Plan) -> None:
    engine = make_engine(url) if url.startswith("sqlite") else create_engine(url)
    create_all(engine)
    insert_plan(engine, plan)
    engine.dispose()

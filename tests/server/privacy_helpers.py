"""A server seeded with the known plan plus a data protection officer and a second
validator; closed and open reports with identified reporters (privacy tests)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from typing import Any

from central_server.testing import REPO_ROOT, LiveServer

from . import plan as test_plan

ServerStarter = Callable[..., LiveServer]
REASON = "Permohonan warga nomor 12/PDP/2026 tanggal 1 Desember"


def privacy_plan(statuses: list[str] | None = None, n_per_kelurahan: int = 6) -> Any:
    plan = test_plan.build(
        n_per_kelurahan=n_per_kelurahan,
        statuses=statuses or ["selesai", "menunggu_validasi", "ditolak", "proses"],
    )
    plan.officers += [
        test_plan.Officer("dpo", "Pejabat PDP", "privacy_officer", "biro"),
        test_plan.Officer("validator2", "Validator Dua", "validator", "biro"),
    ]
    return plan


def reports_by_status(plan: Any, status: str) -> list[Any]:
    return [r for r in plan.reports if r.status == status]


def crm_central(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the real command line (``python -m central_server ...``)."""
    return subprocess.run(
        [sys.executable, "-m", "central_server", *args],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=180,
    )

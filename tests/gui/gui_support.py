"""Helpers shared by the GUI tests (not fixtures)."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from PIL import Image


def make_jpeg(path: Path, colour: tuple[int, int, int], size: tuple[int, int] = (640, 480)) -> Path:
    Image.new("RGB", size, colour).save(path, "JPEG", quality=85)
    return path


def synthetic_reports(n: int, seed: int = 3) -> list[Any]:
    """``n`` server reports in 5 categories and 4 kelurahan, spread over statuses/times."""
    from crm_shared.domain import Channel, Status
    from crm_shared.protocol.wire import ReportOut

    rng = random.Random(seed)
    now = datetime.now(UTC)
    statuses = [Status.MENUNGGU, Status.PROSES, Status.SELESAI, Status.KOORDINASI]
    out = []
    for i in range(n):
        created = now - timedelta(hours=rng.uniform(1, 24 * 20))
        out.append(
            ReportOut(
                id=f"r{i:05d}",
                number=f"JK2611{(i // 1000) + 10:02d}{i % 10000:04d}",
                category_id=f"cat{i % 5}",
                channel=Channel.JAKI,
                status=statuses[i % 4],
                description=("lampu jalan padam" if i % 7 == 0 else "sampah menumpuk di trotoar"),
                address=f"Jl. Contoh {i}",
                kelurahan_code=f"31.71.0{i % 4}.1001",
                unit_id="u1",
                created_at=created,
                landed_at=created,
                version=1,
                seq=i + 1,
            )
        )
    return out


OFFICER = "officer.demo"
PASSWORD = "demo-password"


def sign_in(qtbot: Any, url: str, tmp_path: Path, officer: str = OFFICER) -> Any:
    """Sign in through the real dialog against a real server -> WorkstationServices."""
    from PySide6.QtCore import Qt

    from officer_app.app import WorkstationServices
    from officer_app.gui_main import authenticator, make_backend
    from officer_app.views.signin import SignInDialog

    dialog = SignInDialog(authenticator(tmp_path / "profiles"), url, officer)
    qtbot.addWidget(dialog)
    dialog.password_edit.setText(PASSWORD)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.session is not None, timeout=30_000)
    return WorkstationServices(dialog.session, make_backend=make_backend)


def open_synced_window(qtbot: Any, services: Any, **kwargs: Any) -> Any:
    """The main window, shown, after one finished sync with its list loaded."""
    from officer_app.views.main_window import MainWindow

    kwargs.setdefault("auto_sync_minutes", 0)
    kwargs.setdefault("tray", False)
    window = MainWindow(services, **kwargs)
    qtbot.addWidget(window)
    window.resize(1400, 860)
    window.show()
    cycles = window.sync.cycles
    window.sync_action.trigger()
    qtbot.waitUntil(lambda: window.sync.cycles > cycles, timeout=120_000)
    qtbot.waitUntil(
        lambda: not window.model.loading and window.model.rowCount() > 0, timeout=20_000
    )
    return window

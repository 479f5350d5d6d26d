"""One way to write a date and a time on screen (issue 20): ``texts.date_text``,
``texts.date_time_text`` and ``texts.time_text``; no view writes a format of its own."""

from __future__ import annotations

import ast
from datetime import UTC, datetime
from pathlib import Path

from officer_app.views import texts
from officer_app.views.about import AboutDialog
from officer_app.views.services import AboutInfo

REPO = Path(__file__).resolve().parents[2]
VIEWS = REPO / "officer_app" / "views"
# Being changed in parallel by other helpers of this session (their own strftime goes
# with their merge); remove each entry once the file uses texts.
NOT_YET: set[Path] = set()


def test_no_view_formats_a_date_or_time_itself() -> None:
    """``.strftime(...)`` and a date format literal belong in texts.py only."""
    own = []
    for path in [*VIEWS.rglob("*.py"), REPO / "officer_app" / "gui_main.py"]:
        if path == VIEWS / "texts.py" or path in NOT_YET:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            strftime = (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "strftime"
            )
            literal = isinstance(node, ast.Constant) and any(
                mark in str(node.value) for mark in ("%d-%m", "%H:%M", "dd-MM", "%Y-%m")
            )
            if strftime or literal:
                own.append(f"{path.relative_to(REPO)}:{node.lineno}")
    assert own == []


def test_times_read_in_jakarta_time() -> None:
    when = datetime(2026, 10, 7, 8, 49, tzinfo=UTC)
    assert texts.date_time_text(when, zone=True) == "07-10-2026 15:49 WIB"
    assert texts.date_time_text(when) == "07-10-2026 15:49"
    assert texts.time_text(when) == "15:49"
    assert texts.date_text(when.date()) == "07-10-2026"


class _AboutServices:
    def __init__(self, info: AboutInfo) -> None:
        self.info = info

    def about(self) -> AboutInfo:
        return self.info


def test_the_about_dialog_writes_the_last_sync_as_every_other_time(qtbot) -> None:
    synced = datetime(2026, 10, 7, 8, 49, tzinfo=UTC)
    info = AboutInfo("1.0", "0009", "0009", "https://crm.example", synced, "/tmp/profil")
    dialog = AboutDialog(_AboutServices(info))  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.info is not None, timeout=10_000)
    assert dialog.last_sync.text().startswith("07-10-2026 15:49 WIB (")

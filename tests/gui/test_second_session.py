"""A second session in one process ("Keluar", then sign in again) keeps working.

QtWebEngine crashes when a web view is made after the application quit once
(``app.exec()`` returned: aboutToQuit was emitted); run with ``app.exec()`` per
session instead of ``gui_main._run_until_closed``, the script below dies with
SIGSEGV in its second session. Run in a subprocess: a crash must not take pytest down.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent(
    """
    import sys

    import shiboken6
    from PySide6.QtCore import QTimer
    from PySide6.QtWebEngineWidgets import QWebEngineView
    from PySide6.QtWidgets import QApplication, QMainWindow

    from officer_app import gui_main


    class _Sync:
        def sync_now(self):
            pass


    class Window(QMainWindow):  # what matters of the main window: a web view inside
        def __init__(self):
            super().__init__()
            view = QWebEngineView()
            view.setHtml("<p>peta</p>")
            self.setCentralWidget(view)
            self.sync = _Sync()


    app = QApplication(sys.argv)
    for session in (1, 2, 3):
        window = Window()
        QTimer.singleShot(1500, window.close)  # "Keluar": the window closes
        code = gui_main._run_until_closed(app, window)
        shiboken6.delete(window)
        print("session", session, "ended", code, flush=True)
    """
)


def test_sessions_after_sign_out_make_web_views_without_crashing(tmp_path: Path) -> None:
    script = tmp_path / "sessions.py"
    script.write_text(SCRIPT, encoding="utf-8")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "QTWEBENGINE_DISABLE_SANDBOX": "1",
        "PYTHONPATH": str(REPO),
    }
    done = subprocess.run(
        [sys.executable, str(script)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, (done.returncode, done.stderr[-2000:])
    assert done.stdout.split("\n")[:3] == [f"session {n} ended 0" for n in (1, 2, 3)]

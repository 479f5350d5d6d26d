"""Settings, the error hook, workers and the idle lock."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from officer_app import settings
from officer_app.errors_hook import ErrorHook, redact, setup_logging
from officer_app.views.signin import IdleWatcher, LockPage
from officer_app.workers import run_in_worker


def test_settings_typed_defaults_and_bounds(tmp_path: Path) -> None:
    config = settings.Settings(tmp_path)
    assert config.get(settings.IDLE_LOCK_MINUTES) == 10
    assert config.get(settings.LANGUAGE) == "id"
    config.set(settings.IDLE_LOCK_MINUTES, 9999)
    assert settings.Settings(tmp_path).get(settings.IDLE_LOCK_MINUTES) == 240
    config.set(settings.LANGUAGE, "fr")
    assert config.get(settings.LANGUAGE) == "id"


def test_log_masks_personal_data(tmp_path: Path) -> None:
    assert "3171012345678901" not in redact("NIK 3171012345678901, hp 0812-3456-7890")
    assert "<telepon>" in redact("hp 0812-3456-7890")
    path = setup_logging(tmp_path)
    logging.getLogger("t").warning("pelapor %s email %s", "3171012345678901", "a@b.co.id")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = path.read_text()
    assert "<nik>" in text
    assert "<email>" in text
    assert "3171012345678901" not in text


def test_error_in_a_thread_reaches_the_gui_thread(qtbot, tmp_path: Path) -> None:
    hook = ErrorHook()
    hook.install()
    try:
        with qtbot.waitSignal(hook.error_occurred, timeout=30_000) as blocker:
            t = threading.Thread(target=lambda: 1 / 0)
            t.start()
            t.join()
        sentence, kind = blocker.args
        assert kind == "ZeroDivisionError"
        assert "kesalahan" in sentence.lower()
    finally:
        hook.uninstall()


def test_worker_callbacks_run_on_gui_thread(qtbot) -> None:
    seen: list[object] = []
    main = threading.get_ident()

    def work(ctx) -> int:
        ctx.progress(1)
        return threading.get_ident()

    task = run_in_worker(
        work,
        on_success=lambda worker_id: seen.append(
            (worker_id != main, threading.get_ident() == main)
        ),
        on_progress=lambda v: seen.append(("progress", threading.get_ident() == main)),
    )
    qtbot.waitUntil(lambda: task.done, timeout=30_000)
    assert ("progress", True) in seen
    assert (True, True) in seen


def test_a_result_for_a_deleted_owner_is_dropped(qtbot) -> None:
    import shiboken6
    from PySide6.QtCore import QObject

    owner = QObject()
    release = threading.Event()
    seen: list[object] = []
    task = run_in_worker(
        lambda _ctx: release.wait(60) and 42,
        on_success=seen.append,
        on_failure=seen.append,
        owner=owner,
    )
    shiboken6.delete(owner)  # the window closed while the work ran
    release.set()
    qtbot.waitUntil(lambda: task.done, timeout=30_000)
    assert task.result == 42
    assert seen == []  # neither callback touched the deleted owner


def test_idle_watcher_locks_and_password_unlocks(qtbot) -> None:
    watcher = IdleWatcher(200)
    page = LockPage(lambda pw: pw == "demo-password")
    qtbot.addWidget(page)
    with qtbot.waitSignal(watcher.idle, timeout=30_000):
        pass
    page.password_edit.setText("salah")
    page.submit()
    qtbot.waitUntil(lambda: page.message.text() == "Kata sandi salah.", timeout=30_000)
    with qtbot.waitSignal(page.unlocked, timeout=30_000):
        page.password_edit.setText("demo-password")
        page.submit()
    watcher.stop()

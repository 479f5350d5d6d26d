"""Starting the window: ``run_gui(args)`` and its command-line flags.

officer-app                       sign-in dialog, then the window
officer-app --demo                a reference server in the background (demo data),
                                  signed in as officer.demo
officer-app --demo --smoke --screenshot DIR [--lang id|en|all]
                                  the same offscreen: sync, open every main view,
                                  save one PNG per view (and language); exit 0, or
                                  non-zero on any error
"""

from __future__ import annotations

import argparse
import logging
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

DEMO_OFFICER = "officer.demo"
DEMO_PASSWORD = "demo-password"
DEMO_REPORTS = 2000
SERVER_START_TIMEOUT_S = 120.0


def add_gui_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--demo", action="store_true", help="start a demo server and sign in")
    parser.add_argument("--smoke", action="store_true", help="offscreen: open every view, exit")
    parser.add_argument("--screenshot", type=Path, default=None, metavar="DIR")
    parser.add_argument("--lang", choices=["id", "en", "all"], default=None)
    parser.add_argument("--data-dir", type=Path, default=None, metavar="DIR")
    parser.add_argument("--profile", type=Path, default=None, metavar="DIR")
    parser.add_argument("--server", default=None, help="server address (overrides the setting)")
    parser.add_argument("--demo-reports", type=int, default=DEMO_REPORTS, help=argparse.SUPPRESS)


def app_data_dir(args: argparse.Namespace) -> Path:
    if args.data_dir is not None:
        return Path(args.data_dir)
    from platformdirs import user_data_dir

    return Path(user_data_dir("crm-officer-workstation", appauthor=False))


# --- demo server ----------------------------------------------------------------------


class DemoServer:
    """The reference central server as a background process on loopback."""

    def __init__(self, workdir: Path, n_reports: int = DEMO_REPORTS) -> None:
        self.workdir = workdir
        self.n_reports = n_reports
        self.port = 0
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> DemoServer:
        import socket

        import requests

        from officer_app.maps.datadir import DEFAULT_DATA_DIR, ENV_VAR

        self.workdir.mkdir(parents=True, exist_ok=True)
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = int(sock.getsockname()[1])
        cmd = [
            sys.executable,
            "-m",
            "central_server",
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--database",
            f"sqlite:///{self.workdir / 'central.sqlite3'}",
            "--media-dir",
            str(self.workdir / "media"),
            "--seed-reports",
            str(self.n_reports),
            "--demo",  # demo users (officer.demo ...) with the demo password
        ]
        data_dir = Path(os.environ.get(ENV_VAR) or DEFAULT_DATA_DIR)
        if data_dir.is_dir():
            cmd += ["--data-dir", str(data_dir)]
        log_file = open(self.workdir / "server.log", "ab")  # noqa: SIM115 - lives with the process
        self.proc = subprocess.Popen(cmd, stdout=log_file, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + SERVER_START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"demo server exited; see {self.workdir / 'server.log'}")
            try:
                if requests.get(f"{self.url}/api/v1/health", timeout=1).status_code == 200:
                    return self
            except requests.RequestException:
                pass
            time.sleep(0.1)
        self.stop()
        raise RuntimeError("demo server did not start in time")

    def stop(self) -> None:
        proc, self.proc = self.proc, None
        if proc is None:
            return
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


# --- sign-in --------------------------------------------------------------------------


def make_backend(server_url: str) -> Any:
    from officer_app.sync.http_backend import HttpBackend

    return HttpBackend(server_url)


def authenticator(
    profiles_root: Path, profile_dir: Path | None = None
) -> Callable[[str, str, str], Any]:
    """``authenticate(server, officer_id, password) -> Connection`` (runs in a worker)."""
    from PySide6.QtCore import QCoreApplication

    from officer_app.app import Connection, check_credential, save_credential
    from officer_app.profile import Profile
    from officer_app.sync.backend import AuthError, BackendError
    from officer_app.views.services import OfficerView
    from officer_app.views.signin import SignInError

    def profile_for(officer_id: str) -> Profile:
        return (
            Profile(profile_dir) if profile_dir else Profile.for_officer(officer_id, profiles_root)
        )

    def authenticate(server: str, officer_id: str, password: str) -> Connection:
        profile = profile_for(officer_id)
        try:
            backend = make_backend(server)
            token = backend.login(officer_id, password)
        except AuthError:
            raise SignInError(
                QCoreApplication.translate("SignIn", "ID petugas atau kata sandi salah.")
            ) from None
        except (BackendError, OSError) as exc:
            log.info("sign-in: server unreachable (%s), trying offline", type(exc).__name__)
            officer = check_credential(profile.root, password)
            if officer is None or officer.id != officer_id:
                if (profile.root / "credential.json").exists():
                    raise SignInError(
                        QCoreApplication.translate("SignIn", "Kata sandi salah.")
                    ) from None
                raise SignInError(
                    QCoreApplication.translate(
                        "SignIn",
                        "Server tidak terjangkau dan petugas ini belum pernah masuk di "
                        "komputer ini. Periksa koneksi lalu coba lagi.",
                    )
                ) from None
            _unlock_profile(profile, password)
            return Connection(officer, profile, server, None, password)
        o = token.officer
        officer = OfficerView(o.id, o.name, o.role, o.unit_id, o.unit_name)
        _unlock_profile(profile, password)
        save_credential(profile.root, officer, password)
        return Connection(officer, profile, server, backend, password)

    def _unlock_profile(profile: Profile, password: str) -> None:
        # The profile is encrypted at rest (store engineer): a wrong password changes nothing.
        from officer_app.store.errors import StoreError

        try:
            profile.unlock(password)
        except StoreError as exc:
            raise SignInError(exc.message) from None

    return authenticate


# --- the application ------------------------------------------------------------------


def run_gui(args: argparse.Namespace) -> int:
    if args.smoke:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # Chromium (QtWebEngine, the map) refuses to start its sandbox as root.
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    import shiboken6
    from PySide6.QtWidgets import QApplication, QMessageBox

    from officer_app import i18n, settings, workers
    from officer_app.errors_hook import ErrorHook, setup_logging
    from officer_app.views.map_view import release_default_map_profile
    from officer_app.views.tile_scheme import register_map_schemes

    data_dir = app_data_dir(args)
    log_path = setup_logging(data_dir / "logs")
    register_map_schemes()  # before the QApplication exists
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("CRM Officer Workstation")
    app.setOrganizationName("crm-jakarta")
    config = settings.Settings(data_dir)
    apply_tile_settings(config)
    language = args.lang or config.get(settings.LANGUAGE)
    languages = ["id", "en"] if language == "all" else [language]
    i18n.install_translators(languages[0])

    errors: list[str] = []
    hook = ErrorHook()
    hook.install()
    workers.set_default_failure_handler(workers.report_exception)

    def show_error(sentence: str, kind: str) -> None:
        errors.append(kind)
        if not args.smoke:
            QMessageBox.critical(None, app.translate("ErrorHook", "Kesalahan"), sentence)

    hook.error_occurred.connect(show_error)

    server: DemoServer | None = None
    try:
        if args.demo:
            server = DemoServer(data_dir / "demo-server", args.demo_reports).start()
            server_url = server.url
        else:
            server_url = args.server or config.get(settings.SERVER_URL)
        authenticate = authenticator(data_dir / "profiles", args.profile)
        connection = _sign_in(args, config, authenticate, server_url)
        if connection is None:
            return 1
        from officer_app.app import WorkstationServices
        from officer_app.views.main_window import MainWindow

        services = WorkstationServices(
            connection,
            make_backend=make_backend,
            deadline_warning_hours=config.get(settings.DEADLINE_WARNING_HOURS),
        )

        def build_window() -> MainWindow:
            return MainWindow(
                services,
                auto_sync_minutes=config.get(settings.AUTO_SYNC_MINUTES),
                idle_lock_minutes=config.get(settings.IDLE_LOCK_MINUTES),
                deadline_warning_hours=config.get(settings.DEADLINE_WARNING_HOURS),
                tray=config.get(settings.TRAY_NOTIFICATIONS) and not args.smoke,
                map_cache_dir=data_dir / "map",
            )

        if args.smoke:
            from officer_app.views.smoke import run_smoke

            shots = args.screenshot or (data_dir / "screenshots")
            code = run_smoke(build_window, services, languages, shots, errors)
            services.close()
            log.info("smoke finished with %s (log %s)", code, log_path)
            return code
        window = build_window()
        window.show()
        window.sync.sync_now()
        code = app.exec()
        workers.cancel_all()
        workers.wait_for_all(10_000)
        shiboken6.delete(window)
        services.close()
        return int(code)
    finally:
        release_default_map_profile()
        hook.uninstall()
        if server is not None:
            server.stop()


def apply_tile_settings(config: Any) -> None:
    """Give the map's web profile the configured tile source now and on every change."""
    from officer_app import settings
    from officer_app.views.map_view import default_map_profile

    def apply(setting: Any = None) -> None:
        if setting is not None and not setting.key.startswith(settings.MAP_PREFIX):
            return
        tiles = config.tile_config()
        default_map_profile().set_tiles(tiles)
        log.info(
            "map tiles: source %s, mbtiles %s, online %s",
            "set" if tiles.source else "none",
            "set" if tiles.mbtiles else "none",
            tiles.online,
        )

    apply()
    config.on_change(apply)


def _sign_in(
    args: argparse.Namespace,
    config: Any,
    authenticate: Callable[[str, str, str], Any],
    server_url: str,
) -> Any:
    from officer_app import settings
    from officer_app.views.signin import SignInDialog

    if args.demo:
        return authenticate(server_url, DEMO_OFFICER, DEMO_PASSWORD)
    dialog = SignInDialog(authenticate, server_url, config.get(settings.LAST_OFFICER_ID))
    if dialog.exec() != SignInDialog.DialogCode.Accepted or dialog.session is None:
        return None
    config.set(settings.SERVER_URL, dialog.server_edit.text().strip())
    config.set(settings.LAST_OFFICER_ID, dialog.officer_edit.text().strip())
    return dialog.session

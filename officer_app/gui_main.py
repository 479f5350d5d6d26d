"""Starting the window: ``run_gui(args)`` and its command-line flags.

officer-app                       sign-in dialog, then the window
officer-app --demo                a reference server in the background (demo data),
                                  signed in as officer.demo
officer-app --demo --smoke --screenshot DIR [--lang id|en|all] [--demo-user U|all]
            [--size WxH]
                                  the same offscreen: sync, open every main view,
                                  save one PNG per view (and language); exit 0, or
                                  non-zero on any error. The smoke run signs in as
                                  every demo role in turn (--demo-user all, its
                                  default); --demo-user picks one (officer.demo,
                                  desk.demo, supervisor.demo, validator.demo);
                                  --size sets the window size (default 1400x860)
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

DEMO_OFFICER = "officer.demo"
# The demo users of the reference server, one per role (DESIGN.md "Screens").
DEMO_USERS = ("officer.demo", "desk.demo", "supervisor.demo", "validator.demo")
DEMO_PASSWORD = "demo-password"
DEMO_REPORTS = 2000
TRAINING_REPORTS = 400  # the training server's seeded reports: enough for every exercise
TRAINING_ROLE_CHOICES = ("field_officer", "desk", "supervisor", "validator")


def add_gui_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--demo", action="store_true", help="start a demo server and sign in")
    parser.add_argument("--smoke", action="store_true", help="offscreen: open every view, exit")
    parser.add_argument("--screenshot", type=Path, default=None, metavar="DIR")
    parser.add_argument("--lang", choices=["id", "en", "all"], default=None)
    parser.add_argument(
        "--size",
        type=window_size,
        default=None,
        metavar="WxH",
        help="with --smoke: the window size, e.g. 1366x768 (the design size)",
    )
    parser.add_argument("--data-dir", type=Path, default=None, metavar="DIR")
    parser.add_argument("--profile", type=Path, default=None, metavar="DIR")
    parser.add_argument("--server", default=None, help="server address (overrides the setting)")
    parser.add_argument(
        "--demo-user",
        choices=[*DEMO_USERS, "all"],
        default=None,
        help="with --demo: who signs in (the smoke run: every role in turn)",
    )
    parser.add_argument("--demo-reports", type=int, default=DEMO_REPORTS, help=argparse.SUPPRESS)
    parser.add_argument(
        "--training",
        action="store_true",
        help="training mode: a separate profile against a training server on this PC",
    )
    parser.add_argument(
        "--training-role",
        choices=list(TRAINING_ROLE_CHOICES),
        default=None,
        help="with --training: the role to practise (default: asked)",
    )


def window_size(text: str) -> tuple[int, int]:
    """``WxH`` (e.g. ``1366x768``) as ``(width, height)``; argparse reports a bad one."""
    width, sep, height = text.lower().partition("x")
    if not sep or not width.isdigit() or not height.isdigit() or not int(width) or not int(height):
        raise argparse.ArgumentTypeError(f"size must be WIDTHxHEIGHT, e.g. 1366x768: {text!r}")
    return int(width), int(height)


def app_data_dir(args: argparse.Namespace) -> Path:
    if args.data_dir is not None:
        return Path(args.data_dir)
    from platformdirs import user_data_dir

    return Path(user_data_dir("crm-officer-workstation", appauthor=False))


# --- demo server ----------------------------------------------------------------------


def demo_server(workdir: Path, n_reports: int = DEMO_REPORTS) -> Any:
    """The reference central server for ``--demo`` (not started yet).

    One launcher for the demo and the tests: ``central_server.embedded.LiveServer``
    (``python -m central_server serve`` on a free loopback port, ready once
    ``/api/v1/health`` answers). The Jakarta data (boundaries, categories) comes from
    ``CRM_DATA_DIR`` or ``../shared/data`` when present.
    """
    from central_server.embedded import LiveServer
    from crm_shared.geo.datadir import DEFAULT_DATA_DIR, ENV_VAR

    data_dir = Path(os.environ.get(ENV_VAR) or DEFAULT_DATA_DIR)
    return LiveServer(
        workdir,
        data_dir=data_dir if data_dir.is_dir() else None,
        n_reports=n_reports,
        demo=True,  # demo users (officer.demo ...) with the demo password
        train_suggest=True,  # the category suggestion model, learned from the seeded history
    )


# --- sign-in --------------------------------------------------------------------------


_transport: Any = None  # the TransportPolicy in force (set_transport); None: the defaults


def transport_policy(
    ca_bundle: str | Path | None, allow_insecure_http: bool, trust_env_ca: bool = False
) -> Any:
    """The ``TransportPolicy`` of the settings (an empty CA bundle: the usual roots)."""
    from officer_app.sync.http_backend import TransportPolicy

    bundle = str(ca_bundle or "").strip()
    return TransportPolicy(
        ca_bundle=Path(bundle) if bundle else None,
        allow_insecure_http=bool(allow_insecure_http),
        trust_env_ca=bool(trust_env_ca),
    )


def set_transport(policy: Any) -> None:
    """Every backend made from now on follows ``policy`` (CA bundle, plain http)."""
    global _transport
    _transport = policy


_backend_choice: Any = None  # the BackendChoice of the settings (set_backend_choice)


def set_backend_choice(choice: Any) -> None:
    """Every backend made from now on is of this kind (native or Open311, its
    jurisdiction_id and service map): ``Settings.backend_choice()``."""
    global _backend_choice
    _backend_choice = choice


def make_backend(server_url: str, transport: Any = None, *, state_dir: Path | None = None) -> Any:
    """The backend of the settings, built as the CLI builds it
    (``officer_app.sync.backends``); ``InsecureTransportError`` before any request when
    the rules refuse the address (plain http to another host) or the CA bundle is
    missing. ``state_dir``: the profile's folder (Open311 keeps its state there)."""
    from officer_app.sync.backends import make_sync_backend
    from officer_app.sync.http_backend import TransportPolicy

    policy = transport or _transport or TransportPolicy()
    return make_sync_backend(server_url, _backend_choice, transport=policy, state_dir=state_dir)


def authenticator(
    profiles_root: Path,
    profile_dir: Path | None = None,
    ask_old_password: Callable[[bool], str | None] | None = None,
) -> Callable[[str, str, str], Any]:
    """``authenticate(server, officer_id, password) -> Connection`` (runs in a worker).

    When the server accepts the password but the profile does not (the password
    was changed on the server), ``ask_old_password(retry)`` is asked for the
    previous one (None: cancelled) and the profile's key is re-wrapped under the
    new password. The default asks with ``PasswordChangedDialog``; build the
    authenticator on the GUI thread.
    """
    from PySide6.QtCore import QCoreApplication

    from crm_shared.domain import Role
    from officer_app.app import Connection, load_officer, save_officer
    from officer_app.profile import Profile
    from officer_app.sync.backend import AuthError, BackendError, ProtocolError
    from officer_app.sync.backends import is_open311
    from officer_app.sync.open311_backend import Open311KeyRefused, Open311Refusal
    from officer_app.views.services import OfficerView
    from officer_app.views.signin import SignInError
    from officer_app.views.texts import error_text

    if ask_old_password is None:
        from officer_app.views.password_dialog import OldPasswordPrompt

        ask_old_password = OldPasswordPrompt()
    ask = ask_old_password

    def profile_for(officer_id: str) -> Profile:
        return (
            Profile(profile_dir) if profile_dir else Profile.for_officer(officer_id, profiles_root)
        )

    def authenticate(server: str, officer_id: str, password: str) -> Connection:
        from officer_app.sync.http_backend import InsecureTransportError

        profile = profile_for(officer_id)
        try:
            backend = make_backend(server, state_dir=profile.root)
            token = backend.login(officer_id, password)
        except InsecureTransportError as exc:
            # Refused before any request: the address or the CA bundle breaks the rules.
            log.warning("sign-in refused by the transport rules (%s)", exc.code)
            raise SignInError(transport_refusal(exc.code)) from None
        except (Open311Refusal, Open311KeyRefused) as exc:
            # The server answered and said no (e.g. a wrong or missing jurisdiction_id):
            # its words, not "unreachable" and not an offline sign-in.
            log.warning("sign-in refused by the Open311 server (%s)", exc.http_status)
            raise SignInError(open311_refusal(exc)) from None
        except AuthError as exc:
            if exc.code in AuthError.THROTTLED:
                raise SignInError(throttled_text(exc.retry_after)) from None
            raise SignInError(
                QCoreApplication.translate("SignIn", "ID petugas atau kata sandi salah.")
            ) from None
        except (BackendError, OSError) as exc:
            if isinstance(exc, ProtocolError) and exc.code == "tls_untrusted":
                # Not "offline": an untrusted certificate must be seen, not worked around.
                log.warning("sign-in refused: the server's certificate is not trusted")
                raise SignInError(transport_refusal(exc.code)) from None
            log.info("sign-in: server unreachable (%s), trying offline", type(exc).__name__)
            never_here = SignInError(
                QCoreApplication.translate(
                    "SignIn",
                    "Server tidak terjangkau dan petugas ini belum pernah masuk di "
                    "komputer ini. Periksa koneksi lalu coba lagi.",
                )
            )
            if profile.is_new():
                raise never_here from None
            # The one password check: the profile's own key (delays after wrong ones).
            _unlock_profile(profile, password, offline=True)
            officer = load_officer(profile)
            if officer is None or officer.id != officer_id:
                profile.lock()
                raise never_here from None
            return Connection(officer, profile, server, None, password, _damage(profile))
        o = token.officer
        if o.role is Role.PRIVACY_OFFICER:  # serves citizens' rights on the server only
            raise SignInError(
                QCoreApplication.translate(
                    "SignIn",
                    "Pejabat Pelindungan Data Pribadi tidak memakai aplikasi ini: layani "
                    "permintaan warga dengan perintah 'crm-central privacy' di server.",
                )
            )
        officer = OfficerView(o.id, o.name, o.role, o.unit_id, o.unit_name)
        # An Open311 endpoint checks no password: only the profile's own key does.
        checked = not is_open311(backend)
        _unlock_profile(profile, password, server_accepted=checked)
        save_officer(profile, officer)
        if checked:
            _save_token(profile, server, officer_id, token.token)
        return Connection(officer, profile, server, backend, password, _damage(profile))

    def _damage(profile: Profile) -> list[str] | None:
        # After unlock, before the store is opened: a damaged file must be seen first.
        from officer_app.views.integrity_dialog import profile_damage

        damage = profile_damage(profile)
        if damage is not None:
            log.error("profile database fails its integrity check (%d messages)", len(damage))
        return damage

    def _save_token(profile: Profile, server: str, officer_id: str, token: str) -> None:
        # Kept for the session's next start; "Keluar" (sign-out) forgets it.
        try:
            profile.token_store().save(server, officer_id, token)
        except Exception as exc:  # noqa: BLE001 - the sign-in itself succeeded
            log.warning("server token not saved: %s", type(exc).__name__)

    def _unlock_profile(
        profile: Profile, password: str, *, server_accepted: bool = False, offline: bool = False
    ) -> None:
        # The profile is encrypted at rest (store engineer): a wrong password changes nothing.
        from officer_app.profile import WrongPasswordError
        from officer_app.store.errors import StoreError

        try:
            profile.unlock(password, create=not offline)
        except WrongPasswordError as exc:
            if not server_accepted:
                raise SignInError(error_text(exc.code, exc.message)) from None
            _adopt_new_password(profile, password)
        except StoreError as exc:
            raise SignInError(error_text(exc.code, exc.message)) from None

    def _adopt_new_password(profile: Profile, password: str) -> None:
        # The server accepted ``password`` but the profile is still under the old one
        # (changed on the server, e.g. an IT reset): ask for the old one, re-wrap, go on.
        from officer_app.profile import WrongPasswordError
        from officer_app.store.errors import StoreError

        retry = False
        while True:
            old_password = ask(retry)
            if old_password is None:
                log.info("sign-in: old password not given, the profile is left as it is")
                raise SignInError(
                    QCoreApplication.translate(
                        "SignIn",
                        "Masuk dibatalkan. Data di komputer ini tidak diubah; tanpa kata "
                        "sandi lama data itu tidak dapat dibuka.",
                    )
                )
            try:
                profile.change_password(old_password, password)
            except WrongPasswordError:
                log.info("sign-in: the old password given does not open the profile")
                retry = True
                continue
            except StoreError as exc:
                raise SignInError(error_text(exc.code, exc.message)) from None
            log.info("sign-in: profile key re-wrapped under the password changed on the server")
            break
        try:
            profile.unlock(password)
        except StoreError as exc:
            raise SignInError(error_text(exc.code, exc.message)) from None

    return authenticate


def throttled_text(retry_after: float | None) -> str:
    """The server slows sign-in after wrong passwords: say how long to wait."""
    from PySide6.QtCore import QCoreApplication

    seconds = max(1, round(retry_after or 0))
    if retry_after is None:
        return QCoreApplication.translate(
            "SignIn", "Terlalu banyak percobaan masuk yang gagal. Coba lagi sebentar lagi."
        )
    return QCoreApplication.translate(
        "SignIn", "Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam %1 detik."
    ).replace("%1", str(seconds))


def open311_refusal(exc: Any) -> str:
    """The sentence for an Open311 server's refusal at sign-in, with its own words
    (every error item it returned) and its HTTP status (translated)."""
    from PySide6.QtCore import QCoreApplication

    from officer_app.sync.open311_backend import Open311KeyRefused

    translate = QCoreApplication.translate
    if isinstance(exc, Open311KeyRefused):
        sentence = translate(
            "SignIn",
            "Server Open311 menolak akses (kode %1): kunci API tidak diterima. "
            "Jawaban server: “%2”. Minta petugas TI memeriksa kunci API.",
        )
    else:
        sentence = translate(
            "SignIn",
            "Server Open311 menolak permintaan masuk (kode %1). Jawaban server: “%2”. "
            "Periksa alamat server dan ID yurisdiksi (jurisdiction_id), lalu coba lagi.",
        )
    # The server's words go in last: they may themselves contain "%1".
    return sentence.replace("%1", str(exc.http_status)).replace("%2", exc.words)


def transport_refusal(code: str) -> str:
    """The sentence for a sign-in the transport rules refused (translated)."""
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    if code == "insecure_http":
        return translate(
            "SignIn",
            "Alamat server memakai http:// tanpa enkripsi dan bukan komputer ini: "
            "tidak dihubungi. Gunakan alamat https://.",
        )
    if code == "ca_bundle_missing":
        return translate(
            "SignIn",
            "Berkas sertifikat CA yang diatur tidak ditemukan. Hubungi petugas TI; "
            "server tidak dihubungi.",
        )
    if code == "tls_untrusted":
        return translate(
            "SignIn",
            "Sertifikat server tidak tepercaya: sambungan ditolak. Periksa alamat server "
            "atau minta petugas TI memasang sertifikat CA instansi.",
        )
    return translate(
        "SignIn", "Alamat server tidak valid: harus diawali https:// dan berisi nama host."
    )


# --- the application ------------------------------------------------------------------


def run_gui(args: argparse.Namespace) -> int:
    from officer_app.heap import limit_malloc_arenas

    limit_malloc_arenas()  # before Qt's and QtWebEngine's threads start (officer_app/heap.py)
    if args.smoke:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # Chromium (QtWebEngine, the map) refuses to start its sandbox as root.
        os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")
    import shiboken6
    from PySide6.QtWidgets import QApplication, QMessageBox

    from officer_app import i18n, settings, workers
    from officer_app.errors_hook import ErrorHook, setup_logging
    from officer_app.store.private import make_private_dir, secure_tree

    data_dir = app_data_dir(args)
    make_private_dir(data_dir)
    secure_tree(data_dir)  # settings, profiles, logs, caches: the user's alone (issue 18)
    log_path = setup_logging(data_dir / "logs")
    # What importing QtWebEngineWidgets would set; the map's web engine is loaded only
    # when a map is shown in this process (not when it runs in its own, issue 22), and
    # its URL scheme registered then (``MapProfile``).
    from PySide6.QtCore import QCoreApplication, Qt

    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("CRM Officer Workstation")
    app.setOrganizationName("crm-jakarta")
    from officer_app.views.style import apply_readable_palette

    apply_readable_palette(app)
    machine = load_machine_config(show=not args.smoke)
    if machine is None:
        return 2
    config = settings.Settings(data_dir, machine)
    apply_tile_settings(config)
    if args.smoke:
        from officer_app.views import map_settings

        # Its screenshots grab widgets, which cannot see another process's window.
        map_settings.set_machine_mode("inside")
    set_transport(
        transport_policy(
            config.get(settings.CA_BUNDLE),
            config.get(settings.ALLOW_INSECURE_HTTP),
            config.get(settings.TRUST_ENV_CA),
        )
    )
    set_backend_choice(config.backend_choice())  # native or Open311, as the CLI builds it
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

    server: Any = None
    try:
        if args.training:
            return run_training(args, config, data_dir)
        if args.demo:
            server = demo_server(data_dir / "demo-server", args.demo_reports).start()
            server_url = server.url
        else:
            # The one rule (machine_config.resolve): IT's enforced address beats --server.
            server_url = config.resolve_flag(settings.SERVER_URL, args.server)
            if args.server and config.is_enforced(settings.SERVER_URL):
                log.warning("--server ignored: the server address is fixed by the machine config")
        authenticate = authenticator(data_dir / "profiles", args.profile)
        from officer_app.app import WorkstationServices
        from officer_app.views.main_window import MainWindow

        def open_services(connection: Any) -> WorkstationServices:
            return WorkstationServices(
                connection,
                make_backend=lambda url: make_backend(url, state_dir=connection.profile.root),
                deadline_warning_hours=config.get(settings.DEADLINE_WARNING_HOURS),
                tracking_url=config.get(settings.TRACKING_URL),
            )

        def window_builder(services: WorkstationServices) -> Callable[[], MainWindow]:
            def build_window() -> MainWindow:
                return MainWindow(
                    services,
                    auto_sync_minutes=config.get(settings.AUTO_SYNC_MINUTES),
                    idle_lock_minutes=config.get(settings.IDLE_LOCK_MINUTES),
                    deadline_warning_hours=config.get(settings.DEADLINE_WARNING_HOURS),
                    tray=config.get(settings.TRAY_NOTIFICATIONS) and not args.smoke,
                    map_cache_dir=data_dir / "map",
                    settings=config,
                )

            return build_window

        if args.smoke and args.demo:
            shots = args.screenshot or (data_dir / "screenshots")
            code = 0
            for user in demo_users(args):
                signed_in = authenticate(server_url, user, DEMO_PASSWORD)
                if signed_in.damage is not None:
                    log.error("smoke as %s: the profile is damaged", user)
                    return 1
                services = open_services(signed_in)
                try:
                    code = _run_smoke(
                        window_builder(services), services, languages, shots, errors, args.size
                    )
                finally:
                    services.close()
                log.info("smoke as %s: %s", user, code)
                if code:
                    break
            log.info("smoke finished with %s (log %s)", code, log_path)
            return code
        connection = _sign_in(args, config, authenticate, server_url)
        if connection is None or not repair_if_damaged(connection):
            return 1
        while True:
            services = open_services(connection)
            build_window = window_builder(services)
            if args.smoke:
                shots = args.screenshot or (data_dir / "screenshots")
                code = _run_smoke(build_window, services, languages, shots, errors, args.size)
                services.close()
                log.info("smoke finished with %s (log %s)", code, log_path)
                return code
            window = build_window()
            # A local loop, not app.exec(): after "Keluar" a second session's web views
            # would be made after the application's aboutToQuit, and QtWebEngine
            # crashes then (tests/gui/test_second_session.py).
            code = _run_until_closed(app, window)
            signed_out = window.has_signed_out
            wants_training = window.wants_training
            drain_workers()  # a cancelled cycle's result must land before the window goes
            shiboken6.delete(window)
            services.close()
            if wants_training:
                # "Mode latihan": the real profile is closed (keys dropped) first. The
                # program ends with the training: QtWebEngine does not survive a second
                # aboutToQuit of the application (a crash), so no second real session.
                from crm_shared.domain import Role

                role = Role(connection.officer.role)
                connection.profile.lock()
                return run_training(args, config, data_dir, role)
            if not signed_out or args.demo:
                return int(code)
            # "Keluar": back to the sign-in dialog (the same or another officer).
            connection = _sign_in(args, config, authenticate, config.get(settings.SERVER_URL))
            if connection is None:
                return 0
            if not repair_if_damaged(connection):
                return 1
    finally:
        # Only if a map ever ran in this process (not when it runs in its own).
        map_view = sys.modules.get("officer_app.views.map_view")
        if map_view is not None:
            map_view.release_default_map_profile()
        hook.uninstall()
        if server is not None:
            server.stop()


# --- training mode ----------------------------------------------------------------------


def training_server(workdir: Path) -> Any:
    """The embedded server of training mode (not started): its own database and media
    under ``workdir``, seeded with the demo data and its accounts (one per role)."""
    from central_server.embedded import LiveServer
    from crm_shared.geo.datadir import DEFAULT_DATA_DIR, ENV_VAR

    data_dir = Path(os.environ.get(ENV_VAR) or DEFAULT_DATA_DIR)
    return LiveServer(
        workdir,
        data_dir=data_dir if data_dir.is_dir() else None,
        n_reports=TRAINING_REPORTS,
        demo=True,
    )


class TrainingLaunch:
    """A training session, open: its server, profile, services, window and panel.

    Nothing here reads the server address of the settings or the machine config,
    nor the real profiles: the address is the training server's loopback URL
    (``TrainingBackends`` refuses any other), the profile is under
    ``<data>/training/`` (wiped first). ``close()`` ends it all.
    """

    def __init__(self, config: Any, data_dir: Path, role: Any) -> None:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        from officer_app import settings
        from officer_app.app import Connection, WorkstationServices
        from officer_app.store.page_mark import set_page_mark
        from officer_app.training.exercises import TrainingRun
        from officer_app.training.sandbox import TrainingBackends, TrainingPaths, sign_in
        from officer_app.views.main_window import MainWindow
        from officer_app.views.services import OfficerView
        from officer_app.views.training_panel import TitleMarker, TrainingSession, training_mark

        self.paths = TrainingPaths.under(data_dir).reset()
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.marker = TitleMarker(app)
        set_page_mark(training_mark())
        self.server = training_server(self.paths.server)
        self.services: Any = None
        self.window: Any = None
        self.closed = False
        try:
            self.server.start()
            self.backends = TrainingBackends(self.server.url)
            signed = sign_in(self.paths, self.backends, role)
            o = signed.officer
            officer = OfficerView(o.id, o.name, o.role, o.unit_id, o.unit_name)
            connection = Connection(
                officer, signed.profile, self.backends.server_url, signed.backend, signed.password
            )
            self.services = WorkstationServices(
                connection,
                make_backend=self.backends,
                deadline_warning_hours=config.get(settings.DEADLINE_WARNING_HOURS),
            )
            self.window = MainWindow(
                self.services,
                auto_sync_minutes=config.get(settings.AUTO_SYNC_MINUTES),
                idle_lock_minutes=24 * 60,  # a trainee does not know the training password
                deadline_warning_hours=config.get(settings.DEADLINE_WARNING_HOURS),
                tray=False,
                map_cache_dir=data_dir / "map",
                settings=config,
            )
            services = self.services
            self.session = TrainingSession(
                self.window, TrainingRun(officer.role, officer.id), lambda: services.store
            )
            window = self.window
            # Closed once the summary's own signal is over, not from inside it.
            self.session.ended.connect(lambda: QTimer.singleShot(0, window.close))
            self.marker.mark(self.window)
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        import shiboken6

        from officer_app.store.page_mark import set_page_mark

        if self.closed:
            return
        self.closed = True
        if self.window is not None and shiboken6.isValid(self.window):
            self.window.close()
        drain_workers()
        if self.window is not None and shiboken6.isValid(self.window):
            shiboken6.delete(self.window)
        self.window = None
        if self.services is not None:
            self.services.close()
            self.services.profile.lock()
            self.services = None
        self.server.stop()
        set_page_mark(None)
        self.marker.uninstall()


def drain_workers(rounds: int = 5) -> None:
    """Cancel background work and let its results land (while their widgets live);
    a landed result may start another task (thumbnails), hence the rounds."""
    from PySide6.QtCore import QCoreApplication

    from officer_app import workers

    for _round in range(rounds):
        workers.cancel_all()
        workers.wait_for_all(10_000)
        QCoreApplication.processEvents()


def choose_training_role(args: argparse.Namespace) -> Any:
    """The role to practise: ``--training-role``, else asked (None: cancelled)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QInputDialog

    from crm_shared.domain import Role
    from officer_app.views.style import role_text

    if args.training_role:
        return Role(args.training_role)
    roles = [Role(value) for value in TRAINING_ROLE_CHOICES]
    label, ok = QInputDialog.getItem(
        None,
        QCoreApplication.translate("Training", "Mode latihan"),
        QCoreApplication.translate("Training", "Peran yang ingin dilatih:"),
        [role_text(r) for r in roles],
        0,
        False,
    )
    if not ok:
        return None
    return roles[[role_text(r) for r in roles].index(label)]


def run_training(args: argparse.Namespace, config: Any, data_dir: Path, role: Any = None) -> int:
    """``--training`` (or "Mode latihan" in the menu): the training window until it is
    closed, then the summary of the exercises."""
    from PySide6.QtWidgets import QApplication

    if args.server or args.profile:
        log.warning("training: --server and --profile are ignored (its own server and profile)")
    role = role or choose_training_role(args)
    if role is None:
        return 0
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    launch = TrainingLaunch(config, data_dir, role)
    try:
        if args.smoke:
            return _training_smoke(launch, args)
        window = launch.window
        _run_until_closed(app, window)
        if launch.session.summary is None:  # closed before "Selesai latihan"
            launch.session.summary_for_close().exec()
    finally:
        launch.close()
    return 0


def _run_until_closed(app: Any, window: Any) -> int:
    """Show a main window (the officer's, or training's), sync, and run events until
    it is closed; the exit code of an ``app.exit(code)`` meanwhile, else 0.

    A local event loop, not ``app.exec()``: a web view made after the application
    quit once (a second session after "Keluar", or training after the real window)
    crashes QtWebEngine.
    """
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer

    loop = QEventLoop()

    class CloseWatcher(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Close:
                # After the window handled it: a close it refused keeps the loop going.
                QTimer.singleShot(0, lambda: None if window.isVisible() else loop.quit())
            return False

    watcher = CloseWatcher(window)
    window.installEventFilter(watcher)
    quit_on_close = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)
    try:
        window.show()
        window.sync.sync_now()
        return int(loop.exec())
    finally:
        app.setQuitOnLastWindowClosed(quit_on_close)
        window.removeEventFilter(watcher)


def _training_smoke(launch: TrainingLaunch, args: argparse.Namespace) -> int:
    """``--training --smoke [--screenshot DIR]``: open the training window offscreen,
    sync, end the run; save the window and the summary; 0 when all was marked."""
    import time

    from PySide6.QtCore import QCoreApplication

    from officer_app.views.training_panel import training_mark

    window, session = launch.window, launch.session
    window.resize(*(args.size or (1400, 860)))
    window.show()
    window.sync.sync_now()
    deadline = time.monotonic() + 180
    while not session.panel.run.started and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.02)
    summary = session.summary_for_close()
    summary.show()
    QCoreApplication.processEvents()
    launch.marker.mark_all()
    marked = [w.windowTitle().startswith(training_mark()) for w in (window, summary)]
    if args.screenshot is not None:
        lang = args.lang if args.lang in ("id", "en") else "id"
        shots = Path(args.screenshot)
        shots.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(shots / f"{lang}-training.png"))
        summary.grab().save(str(shots / f"{lang}-training-summary.png"))
    summary.close()
    ok = session.panel.run.started and all(marked)
    log.info("training smoke: started %s, marked %s", session.panel.run.started, marked)
    return 0 if ok else 1


def repair_if_damaged(connection: Any) -> bool:
    """True when the profile may be opened: it is sound, or a good copy was restored.

    A damaged profile shows ``IntegrityDialog`` (restore a good copy, or quit);
    quitting closes the profile (keys dropped) and changes nothing on disk.
    """
    if connection.damage is None:
        return True
    from officer_app.views.integrity_dialog import IntegrityDialog

    dialog = IntegrityDialog(connection.profile, connection.damage)
    if dialog.exec() == IntegrityDialog.DialogCode.Accepted and dialog.restored is not None:
        connection.damage = None
        return True
    connection.profile.lock()
    log.info("damaged profile left as it is: the person chose to quit")
    return False


def load_machine_config(*, show: bool = True) -> Any:
    """The machine-wide config (``machine_config.load``); None after saying why it is unusable.

    A wrong file stops the start: its message (file, key, reason) goes to the log,
    to stderr, and to a dialog unless ``show`` is False.
    """
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from officer_app import machine_config

    try:
        machine = machine_config.load()
    except machine_config.MachineConfigError as exc:
        log.error("machine-wide config unusable: %s", exc)
        sys.stderr.write(exc.message + "\n")
        if show:
            QMessageBox.critical(
                None,
                QCoreApplication.translate("Startup", "Konfigurasi komputer salah"),
                QCoreApplication.translate(
                    "Startup",
                    "Aplikasi tidak dapat dimulai karena berkas konfigurasi komputer ini "
                    "salah. Hubungi petugas TI.",
                )
                + "\n\n"
                + exc.message,
            )
        return None
    if machine.path is not None:
        log.info(
            "machine-wide config %s: defaults %s, enforced %s",
            machine.path,
            sorted(machine.defaults),
            sorted(machine.enforced),
        )
    return machine


def demo_users(args: argparse.Namespace) -> list[str]:
    """Who signs in with ``--demo``: one user, or every role for the smoke run."""
    chosen = args.demo_user or ("all" if args.smoke else DEMO_OFFICER)
    if chosen != "all":
        return [chosen]
    if args.profile is not None:
        raise SystemExit("--profile holds one user's data: choose one --demo-user")
    return list(DEMO_USERS)


def _run_smoke(
    build_window: Callable[[], Any],
    services: Any,
    languages: list[str],
    shots: Path,
    errors: list[str],
    size: tuple[int, int] | None = None,
) -> int:
    from officer_app.views.smoke import DEFAULT_SIZE, run_smoke

    return run_smoke(build_window, services, languages, shots, errors, size or DEFAULT_SIZE)


def make_geocoder(config: Any) -> Any:
    """The location picker's address search (IT's ``geocoder_url``), or None."""
    from officer_app import settings
    from officer_app.maps.geocode import Geocoder

    url = config.get(settings.GEOCODER_URL).strip()
    if not url:
        return None
    policy = transport_policy(
        config.get(settings.CA_BUNDLE),
        config.get(settings.ALLOW_INSECURE_HTTP),
        config.get(settings.TRUST_ENV_CA),
    )
    try:
        verify = policy.verify()
    except Exception:  # noqa: BLE001 - a missing CA file: no address search, the start goes on
        log.warning("geocoder: CA bundle unusable; address search off", exc_info=True)
        return None
    return Geocoder(url, verify=verify, language=config.get(settings.LANGUAGE))


def apply_tile_settings(config: Any) -> None:
    """Give every map the configured tile source now and on every change.

    The settings go to ``views.map_settings``; the in-process web profile (made on
    first use) and the map process take them from there, so that the window does
    not start QtWebEngine for them when the map runs in its own process."""
    from officer_app import settings
    from officer_app.maps.tiles import with_public_default
    from officer_app.views import map_settings

    map_settings.set_machine_mode(config.get(settings.MAP_PROCESS))

    def apply(setting: Any = None) -> None:
        if setting is not None and not setting.key.startswith(settings.MAP_PREFIX):
            return
        tiles = config.tile_config()
        geocoder = make_geocoder(config)
        map_settings.set_current(tiles, geocoder)
        in_force = with_public_default(tiles).source
        log.info(
            "map tiles: source %s, mbtiles %s, online %s; address search %s",
            "set" if tiles.source else ("OpenStreetMap (default)" if in_force else "none"),
            "set" if tiles.mbtiles else "none",
            tiles.online,
            "set" if geocoder is not None else "none",
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
        return authenticate(server_url, demo_users(args)[0], DEMO_PASSWORD)
    dialog = sign_in_dialog(config, authenticate, server_url)
    if dialog.exec() != SignInDialog.DialogCode.Accepted or dialog.session is None:
        return None
    if not config.is_enforced(settings.SERVER_URL):
        config.set(settings.SERVER_URL, dialog.server_edit.text().strip())
    if dialog.jurisdiction_edit is not None and not dialog.jurisdiction_locked:
        config.set(settings.OPEN311_JURISDICTION_ID, dialog.jurisdiction_id)
    config.set(settings.LAST_OFFICER_ID, dialog.officer_edit.text().strip())
    return dialog.session


def sign_in_dialog(
    config: Any, authenticate: Callable[[str, str, str], Any], server_url: str
) -> Any:
    """The sign-in dialog; the server field is read-only when IT fixed the address.

    With the Open311 backend it asks for the server's jurisdiction_id too (read-only
    when IT fixed it); a sign-in uses the value in the field."""
    from dataclasses import replace

    from officer_app import settings
    from officer_app.views.signin import SignInDialog

    choice = config.backend_choice()
    if not choice.open311:
        return SignInDialog(
            authenticate,
            server_url,
            config.get(settings.LAST_OFFICER_ID),
            server_locked=config.is_enforced(settings.SERVER_URL),
        )

    def with_jurisdiction(server: str, officer_id: str, password: str) -> Any:
        set_backend_choice(replace(choice, jurisdiction_id=dialog.jurisdiction_id or None))
        return authenticate(server, officer_id, password)

    dialog = SignInDialog(
        with_jurisdiction,
        server_url,
        config.get(settings.LAST_OFFICER_ID),
        server_locked=config.is_enforced(settings.SERVER_URL),
        jurisdiction=choice.jurisdiction_id or "",
        jurisdiction_locked=config.is_enforced(settings.OPEN311_JURISDICTION_ID),
    )
    return dialog

"""Headless commands: sync, act, outbox (for scripts, support staff and tests).

They do exactly what the UI does, through the same store and engine. Exit codes
of ``sync``: 0 done, 2 login failed, 3 server unreachable (outbox kept),
4 done but items need attention, 1 anything else (bad usage, refused profile).
The profile is encrypted at rest, so every command needs the password:
``--password-stdin`` (or, for act/outbox, any piped standard input) gives it as
the first line of standard input; on a terminal it is asked for. A wrong
password changes nothing: ``sync`` exits 2, act/outbox exit 1.
"""

from __future__ import annotations

import argparse
import gc
import getpass
import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

# Each command imports what it needs when it runs (``python -X importtime``): a
# headless sync should not pay for Alembic, photos, Open311 or the local actions.
from officer_app.store.errors import StoreError

if TYPE_CHECKING:
    from crm_shared.protocol.wire import TokenResponse
    from officer_app.profile import Profile
    from officer_app.session import SyncSession
    from officer_app.store.actions import Actor
    from officer_app.store.db import Store
    from officer_app.sync.backends import BackendChoice
    from officer_app.sync.engine import SyncConfig
    from officer_app.sync.http_backend import HttpBackend
    from officer_app.sync.open311_backend import Open311Backend
    from officer_app.sync.transport import TransportPolicy

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_LOGIN = 2
EXIT_UNREACHABLE = 3
EXIT_ATTENTION = 4

# By ``Outcome`` value (the engine's enum is a StrEnum, imported with the engine).
_OUTCOME_EXIT = {
    "login_needed": EXIT_LOGIN,
    "unreachable": EXIT_UNREACHABLE,
    "cancelled": EXIT_ERROR,
    "failed": EXIT_ERROR,
}


def add_commands(sub: Any) -> None:
    """Register the headless subcommands on an argparse subparsers object."""
    from officer_app.maps.tiles import add_tiles_command

    tiles = add_tiles_command(sub)
    tiles.set_defaults(handler=lambda args: args.func(args))
    sync = sub.add_parser("sync", help="run one sync cycle with the server")
    _profile_arg(sync)
    sync.add_argument("--server", help="server URL (remembered in the profile)")
    sync.add_argument("--user", help="officer id (remembered in the profile)")
    sync.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    sync.add_argument("--json", action="store_true", help="print the result as JSON")
    sync.add_argument("--page-size", type=int, default=None, help=argparse.SUPPRESS)
    sync.add_argument("--retries", type=int, default=None, help="retries per request")
    sync.add_argument(
        "--backend",
        choices=("native", "open311"),
        default=None,
        help="native (default): our protocol v1; open311: an Open311 GeoReport v2 endpoint "
        "(URL); IT's machine config (sync_backend) may fix it",
    )
    sync.add_argument("--api-key", help="Open311 api_key (else $CRM_OPEN311_API_KEY)")
    sync.add_argument(
        "--service-map", type=Path, help="Open311: JSON/TOML file, service_code = category id"
    )
    sync.add_argument(
        "--jurisdiction-id",
        help="Open311 jurisdiction_id (kept in the profile; else $CRM_OPEN311_JURISDICTION_ID)",
    )
    sync.add_argument(
        "--since",
        metavar="YYYY-MM-DD",
        help="Open311: a first sync reads the server's requests from this date on",
    )
    sync.set_defaults(handler=cmd_sync)

    act = sub.add_parser("act", help="record an action locally, exactly as the UI does")
    kinds = act.add_subparsers(dest="action", required=True)
    accept = kinds.add_parser("accept", help="Terima dan proses")
    accept.add_argument("report", help="report number or id")
    accept.add_argument("--note")
    note = kinds.add_parser("note", help="Tambah catatan")
    note.add_argument("report")
    note_text = note.add_mutually_exclusive_group(required=True)
    note_text.add_argument(
        "--text", help="the note; any text, also one that starts with '-', as --text=..."
    )
    note_text.add_argument(
        "--text-file",
        help="read the note from a UTF-8 file; '-': standard input after the password line",
    )
    followup = kinds.add_parser("followup", help="Catat tindak lanjut")
    followup.add_argument("report")
    followup.add_argument("--before", action="append", required=True, type=Path)
    followup.add_argument("--after", action="append", required=True, type=Path)
    followup.add_argument("--note", required=True)
    followup.add_argument("--estimate", help="estimated completion date (YYYY-MM-DD)")
    forward = kinds.add_parser("forward", help="Teruskan ke unit lain (Koordinasi)")
    forward.add_argument("report")
    forward.add_argument("--to", required=True, help="target unit id")
    forward.add_argument("--reason", required=True)
    for p in (accept, note, followup, forward):
        _profile_arg(p)
        p.add_argument("--json", action="store_true")
    act.set_defaults(handler=cmd_act)

    box = sub.add_parser("outbox", help="list unsent and needs-attention actions")
    _profile_arg(box)
    box.add_argument("--json", action="store_true")
    group = box.add_mutually_exclusive_group()
    group.add_argument("--resend", metavar="ACTION_ID", help="queue a needs-attention item again")
    group.add_argument("--discard", metavar="ACTION_ID", help="drop a needs-attention item")
    box.set_defaults(handler=cmd_outbox)


def _profile_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--profile", required=True, type=Path, help="profile directory")
    if parser.prog.split()[-1] == "sync":
        parser.add_argument(
            "--ca-bundle", type=Path, help="CA certificates (PEM) the server's TLS must chain to"
        )
        parser.add_argument(
            "--allow-insecure-http",
            action="store_true",
            help="allow plain http to a server that is not on this computer (not for production)",
        )
    else:
        parser.add_argument(
            "--password-stdin",
            action="store_true",
            help="read the password from standard input (implied when stdin is piped)",
        )


def _fail(message: str, code: int = EXIT_ERROR) -> int:
    print(message, file=sys.stderr)
    return code


WRONG_PASSWORD = "Masuk gagal: kata sandi salah, profil tidak dapat dibuka (profil tidak diubah)."


def _open(profile: Profile, password: str) -> Store:
    """The encrypted profile's store; never creates a profile (``act``/``outbox``)."""
    from officer_app.store.keys import WrongPasswordError

    if profile.is_new():
        raise StoreError(
            "profile_missing", "Profil ini belum pernah sinkron; jalankan 'officer-app sync' dulu."
        )
    try:
        profile.unlock(password, create=False)
    except WrongPasswordError:
        raise StoreError("wrong_password", WRONG_PASSWORD) from None
    return profile.open_store()


def _profile_password(args: argparse.Namespace) -> str:
    if args.password_stdin or not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    return getpass.getpass("Kata sandi: ")


# --- sync ---------------------------------------------------------------------------


def _transport(args: argparse.Namespace) -> TransportPolicy:
    """The transport rules of this run: IT's machine-wide file first (one rule for every
    key, ``machine_config.resolve``), then ``--ca-bundle`` / ``--allow-insecure-http``
    where IT's file does not decide them."""
    from officer_app.sync.transport import TransportPolicy

    machine = args.machine
    bundle = machine.value("ca_bundle", flag=str(args.ca_bundle) if args.ca_bundle else None)
    insecure = machine.value("allow_insecure_http", flag=True if args.allow_insecure_http else None)
    if args.ca_bundle and machine.is_enforced("ca_bundle"):
        print("--ca-bundle diabaikan: sertifikat CA ditetapkan oleh TI.", file=sys.stderr)
    if args.allow_insecure_http and machine.is_enforced("allow_insecure_http"):
        print("--allow-insecure-http diabaikan: ditetapkan oleh TI.", file=sys.stderr)
    return TransportPolicy(
        ca_bundle=Path(bundle) if bundle else None,
        allow_insecure_http=bool(insecure),
        trust_env_ca=bool(machine.value("trust_env_ca")),
    )


def cmd_sync(args: argparse.Namespace) -> int:
    from officer_app import machine_config
    from officer_app.profile import Profile
    from officer_app.store.keys import WrongPasswordError

    try:
        args.machine = machine_config.load()
    except machine_config.MachineConfigError as exc:
        return _fail(exc.message)
    try:
        args.choice = _backend_choice(args)
    except ValueError as exc:
        return _fail(str(exc))
    profile = Profile(args.profile)
    open311 = args.choice.open311
    if args.since and not open311:
        print("--since diabaikan: hanya untuk backend Open311.", file=sys.stderr)
    # The profile is encrypted: its password is needed for either backend.
    password = _read_password(args.password_stdin or open311)
    if not password:
        return _fail("Kata sandi kosong.", EXIT_LOGIN)
    new_profile = profile.is_new()
    if new_profile or open311 or not _may_be_nothing_new(profile):
        _warm_up()  # the whole cycle will run: its imports overlap the key derivation
    try:
        if new_profile:
            store: Store | None = None  # created once the server accepted the password
        else:
            try:
                profile.unlock(password, create=False)
                if not open311:
                    # Nothing new (the usual case): answered without the engine.
                    code = _nothing_new(args, profile)
                    if code is not None:
                        return code
                store = profile.open_store()
            except WrongPasswordError:
                return _fail(WRONG_PASSWORD, EXIT_LOGIN)
            except StoreError as exc:
                return _fail(exc.message)
        return _sync_in(args, profile, store, password, open311)
    finally:
        profile.lock()  # closes the store, wipes the key


def _may_be_nothing_new(profile: Profile) -> bool:
    """False when the whole cycle will surely run (it writes the day's copy), known
    before the profile is unlocked."""
    from datetime import UTC, datetime

    from officer_app.store.daily_copies import daily_copy_is_fresh

    return daily_copy_is_fresh(profile.db_file, datetime.now(UTC))


def _nothing_new(args: argparse.Namespace, profile: Profile) -> int | None:
    """The exit code of a sync that found nothing new, done without SQLAlchemy or the
    engine (``sync.nothing_new``); None: run the whole cycle (nothing was written)."""
    from officer_app.sync import nothing_new

    try:
        local = nothing_new.read_local(profile.db_file, profile.database_key())
    except Exception as exc:  # noqa: BLE001 - the whole cycle opens the store and says why
        log.info("nothing-new check skipped: %s", type(exc).__name__)
        return None
    if local is None:
        return None
    server = args.machine.enforced.get("server_url") or args.server or local.server_url
    if server != local.server_url or (args.user or local.officer_id) != local.officer_id:
        return None  # the whole cycle decides (and says why)
    token = _saved_token(profile, server, local.officer_id)
    if token is None:
        return None
    args.transport_policy = _transport(args)
    try:
        summary = nothing_new.run(
            profile.db_file,
            profile.database_key(),
            local,
            server=server,
            token=token,
            transport=args.transport_policy,
        )
    except Exception as exc:  # noqa: BLE001 - its write is one transaction: the whole cycle
        log.info("nothing-new check failed: %s", type(exc).__name__)
        return None
    if summary is None:
        return None
    imports_done()
    _print_summary(args, summary)
    return EXIT_ATTENTION if summary["needs_attention"] else EXIT_OK


def _sync_in(
    args: argparse.Namespace, profile: Profile, store: Store | None, password: str, open311: bool
) -> int:
    from officer_app.store.schema import SyncState
    from officer_app.sync.backend import BackendError
    from officer_app.sync.engine import Outcome, SyncConfig, SyncStopped, record_login
    from officer_app.sync.http_backend import HttpBackend, InsecureTransportError

    imports_done()
    remembered_url = remembered_user = None
    if store is not None:
        with store.read() as session:
            state = session.get(SyncState, 1)
            remembered_url = state.server_url if state else None
            remembered_user = state.officer_id if state else None
    server = args.server or remembered_url
    enforced_server = args.machine.enforced.get("server_url")
    if enforced_server:  # IT fixed the address: neither --server nor the profile moves it
        if args.server and args.server.rstrip("/") != enforced_server:
            print("--server diabaikan: alamat server ditetapkan oleh TI.", file=sys.stderr)
        server = enforced_server
    user = args.user or remembered_user
    if not server or not user:
        return _fail("Sebutkan --server dan --user (wajib pada sinkronisasi pertama).")
    if remembered_user and user != remembered_user:
        return _fail(f"Profil ini milik {remembered_user}; gunakan profil lain untuk {user}.")
    config = SyncConfig()
    if args.page_size:
        config.page_size = args.page_size
    if args.retries is not None:
        config.max_retries = args.retries
    from officer_app.sync.backends import make_sync_backend

    backend: HttpBackend | Open311Backend
    try:  # built as the window builds it (officer_app.sync.backends)
        transport = getattr(args, "transport_policy", None) or _transport(args)
        backend = make_sync_backend(
            server, args.choice, transport=transport, state_dir=profile.root
        )
    except InsecureTransportError as exc:
        return _fail(exc.message)
    except (OSError, ValueError) as exc:
        return _fail(f"Berkas pemetaan layanan tidak dapat dipakai: {exc}")
    result = None
    if isinstance(backend, HttpBackend) and store is not None:
        # Signed in before: the saved token saves a sign-in round trip (and the
        # server's password hash); one it refuses (401: expired, revoked) is dropped.
        backend.token = _saved_token(profile, server, user)
        if backend.token is not None:
            result = _session(profile, store, config).sync(backend)
            if result.outcome is Outcome.LOGIN_NEEDED:
                _forget_token(profile, server, user)
                result = None
    if result is None:
        try:
            token = _login(config, backend, user, "" if open311 else password)
        except SyncStopped as stop:
            code = _OUTCOME_EXIT.get(stop.outcome.value, EXIT_ERROR)
            if stop.outcome is Outcome.LOGIN_NEEDED and open311:
                return _fail("Server Open311 menolak akses (401/403): periksa kunci API.", code)
            if stop.outcome is Outcome.LOGIN_NEEDED:
                return _fail(
                    "Masuk gagal: ID petugas atau kata sandi salah, atau akun terkunci.", code
                )
            return _fail(stop.message, code)
        except BackendError as exc:
            # Not transient (a 4xx refusal, an untrusted certificate): a sentence, no traceback.
            backend.close()
            return _fail(exc.message)
        if store is None:  # a new profile: its key is made from the accepted password
            if isinstance(backend, HttpBackend):
                # Its first page downloads while the profile is made and the reference
                # data read (nothing can wait to be sent from it).
                backend.prefetch_changes(0, config.page_size)
            try:
                store = profile.open_store(password)
            except StoreError as exc:
                return _fail(exc.message)
        record_login(store, server, token)
        if not open311:
            _save_token(profile, server, user, token.token)
        # The cycle and its follow-up steps (export notices, the daily copy, forgetting
        # in copies), exactly as the window runs them.
        result = _session(profile, store, config).sync(backend)
    backend.close()
    problem = backend.last_problem if not isinstance(backend, HttpBackend) else None
    if problem and not result.ok:
        print(problem, file=sys.stderr)  # which windows are missing, the server's words
    summary = result.summary()
    if not isinstance(backend, HttpBackend):
        summary["open311"] = backend.last_pull
    _print_summary(args, summary)
    if result.ok:
        return EXIT_ATTENTION if result.needs_attention else EXIT_OK
    return _OUTCOME_EXIT.get(result.outcome.value, EXIT_ERROR)


def _print_summary(args: argparse.Namespace, summary: dict[str, Any]) -> None:
    """``SyncResult.summary()`` as JSON, or its message and counts for a person."""
    if args.json:
        print(json.dumps(summary, ensure_ascii=False))
        return
    print(summary["message"])
    print(
        f"ditarik {summary['pulled']}, dihapus {summary['removed']}, dikirim {summary['pushed']} "
        f"(diterapkan {summary['applied']}, duplikat {summary['duplicates']}, konflik "
        f"{summary['conflicts']}, ditolak {summary['rejected']}), foto "
        f"{summary['media_uploaded']}, perlu perhatian {summary['needs_attention']}, "
        f"{summary['duration_s']:.2f} s"
    )


def _session(profile: Profile, store: Store, config: SyncConfig) -> SyncSession:
    from officer_app.session import SyncSession, profile_copies_key

    return SyncSession(
        store, profile.photo_store(), config=config, copies_key=profile_copies_key(profile)
    )


def _login(
    config: SyncConfig, backend: HttpBackend | Open311Backend, user: str, password: str
) -> TokenResponse:
    from officer_app.sync.engine import call_with_backoff

    return call_with_backoff(config, lambda: False, backend.login, user, password)


def imports_done() -> None:
    """The command's modules are loaded: collections back on, and what the imports
    made (long-lived) left out of them. Only where ``main`` turned them off for
    the program's start; a caller that runs ``main(argv)`` keeps its own GC."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def _warm_up() -> None:
    """Import the sync's modules in a helper thread.

    Meanwhile this thread derives the profile key (scrypt, which releases the
    GIL): a short sync is mostly imports and that derivation (docs/performance.md).
    """
    import threading

    threading.Thread(target=_sync_imports, name="sync-warm-up").start()


def _sync_imports() -> None:
    import officer_app.sync.engine
    import officer_app.sync.http_backend  # noqa: F401


# The token the server gave at the last sign-in is kept where the GUI keeps it
# (``Profile.token_store``: the OS keyring, else the profile's encrypted secrets
# file) and used until the server refuses it. Failing to read or write it only
# costs a sign-in, so no error here stops a sync.


def _saved_token(profile: Profile, server: str, user: str) -> str | None:
    try:
        # The profile's own file first: a token there was saved where no secure
        # keyring was found, and reading it spares the keyring lookup (the OS
        # keyring's backend and its D-Bus or system calls).
        token = profile.token_store(use_os_keyring=False).load(server, user)
        return token or profile.token_store().load(server, user)
    except Exception as exc:  # noqa: BLE001 - a keyring may fail in many ways
        log.info("saved token not read: %s", type(exc).__name__)
        return None


def _save_token(profile: Profile, server: str, user: str, token: str) -> None:
    try:
        profile.token_store().save(server, user, token)
    except Exception as exc:  # noqa: BLE001
        log.info("token not saved: %s", type(exc).__name__)


def _forget_token(profile: Profile, server: str, user: str) -> None:
    try:
        profile.token_store().forget(server, user)  # from the keyring and the file
    except Exception as exc:  # noqa: BLE001
        log.info("saved token not forgotten: %s", type(exc).__name__)


def _backend_choice(args: argparse.Namespace) -> BackendChoice:
    """The backend of this run: flags, then IT's machine config (the window's rule).
    ValueError with a sentence for a date --since cannot be."""
    from datetime import UTC, date, datetime

    from officer_app.sync.backends import BackendChoice

    since = None
    if args.since is not None:
        try:
            day = date.fromisoformat(args.since.strip())
        except ValueError:
            raise ValueError(
                f"--since harus tanggal YYYY-MM-DD, misalnya 2026-01-31: {args.since!r}"
            ) from None
        if day > datetime.now(UTC).date():
            raise ValueError(f"--since tidak boleh tanggal yang akan datang: {day.isoformat()}")
        since = datetime(day.year, day.month, day.day, tzinfo=UTC)
    machine = args.machine
    flag_map = str(args.service_map) if args.service_map else None
    service_map = machine.value("open311_service_map", flag=flag_map)
    return BackendChoice(
        kind=machine.value("sync_backend", flag=args.backend),
        jurisdiction_id=machine.value("open311_jurisdiction_id", flag=args.jurisdiction_id) or None,
        api_key=args.api_key,
        service_map=Path(service_map) if service_map else None,
        since=since,
    )


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if sys.stdin.isatty():
        return getpass.getpass("Kata sandi: ")
    return ""


# --- act ------------------------------------------------------------------------------


def _note_text(args: argparse.Namespace) -> str:
    """``--text`` as given, or the whole of ``--text-file`` (read after the password)."""
    if args.text is not None:
        return str(args.text)
    if args.text_file == "-":
        return sys.stdin.read()
    return Path(args.text_file).read_text(encoding="utf-8")


def _actor(store: Store) -> Actor | None:
    from crm_shared.domain import Role
    from officer_app.store.actions import Actor
    from officer_app.store.schema import SyncState

    with store.read() as session:
        state = session.get(SyncState, 1)
        if state is None or not state.officer_id or not state.role or not state.unit_id:
            return None
        return Actor(state.officer_id, Role(state.role), state.unit_id, state.officer_name or "")


def cmd_act(args: argparse.Namespace) -> int:
    from crm_shared.domain import DomainError
    from officer_app.profile import Profile
    from officer_app.store.actions import LocalActions
    from officer_app.store.photos import PhotoError
    from officer_app.store.schema import Report

    profile = Profile(args.profile)
    try:
        store = _open(profile, _profile_password(args))
    except StoreError as exc:
        return _fail(exc.message)
    with store:
        actor = _actor(store)
        if actor is None:
            return _fail("Profil ini belum pernah sinkron; jalankan 'officer-app sync' dulu.")
        actions = LocalActions(store, profile.photo_store(), actor)
        run: dict[str, Callable[[], Any]] = {
            "accept": lambda: actions.accept(args.report, note=args.note),
            "note": lambda: actions.note(args.report, _note_text(args)),
            "followup": lambda: actions.followup(
                args.report,
                before=args.before,
                after=args.after,
                note=args.note,
                estimated_completion=args.estimate,
            ),
            "forward": lambda: actions.forward(args.report, args.to, args.reason),
        }
        try:
            outcome = run[args.action]()
        except (DomainError, PhotoError, StoreError) as exc:
            return _fail(exc.message)
        except OSError as exc:
            return _fail(f"Berkas tidak dapat dibaca: {exc.strerror or exc}")
        except UnicodeDecodeError:
            return _fail("Berkas catatan bukan teks UTF-8.")
        with store.read() as session:
            report = session.query(Report).filter(Report.id == outcome.report_id).one()
            number = report.number or report.id
    if args.json:
        print(
            json.dumps(
                {
                    "action_id": outcome.action_id,
                    "report_id": outcome.report_id,
                    "number": number,
                    "status": outcome.status.value,
                }
            )
        )
    else:
        print(f"Tercatat untuk {number}: status {outcome.status.label} (menunggu dikirim).")
    return EXIT_OK


# --- outbox ----------------------------------------------------------------------------


def cmd_outbox(args: argparse.Namespace) -> int:
    from crm_shared.domain import DomainError
    from officer_app.profile import Profile
    from officer_app.store import outbox as ob
    from officer_app.store.actions import LocalActions
    from officer_app.store.schema import Report

    profile = Profile(args.profile)
    try:
        store = _open(profile, _profile_password(args))
    except StoreError as exc:
        return _fail(exc.message)
    with store:
        if args.resend or args.discard:
            actor = _actor(store)
            if actor is None:
                return _fail("Profil ini belum pernah sinkron.")
            actions = LocalActions(store, profile.photo_store(), actor)
            try:
                if args.resend:
                    actions.resend(args.resend)
                    print("Tindakan dimasukkan lagi ke antrean kirim.")
                else:
                    actions.discard(args.discard)
                    print("Tindakan dibatalkan dan dicatat di log audit lokal.")
            except (DomainError, StoreError) as exc:
                return _fail(exc.message)
            return EXIT_OK
        with store.read() as session:
            rows = []
            for item in ob.items(session):
                report = session.query(Report).filter(Report.id == item.report_id).one_or_none()
                rows.append(
                    {
                        "action_id": item.action_id,
                        "report_id": item.report_id,
                        "number": report.number if report else None,
                        "type": item.type,
                        "state": item.state,
                        "happened_at": item.happened_at.isoformat(),
                        "attempts": item.attempts,
                        "code": item.last_error_code,
                        "message": item.last_error_message,
                    }
                )
    if args.json:
        print(json.dumps(rows, ensure_ascii=False))
        return EXIT_OK
    if not rows:
        print("Tidak ada tindakan yang menunggu.")
    for row in rows:
        state = "perlu perhatian" if row["state"] == ob.NEEDS_ATTENTION else "menunggu dikirim"
        line = f"{row['action_id']}  {row['number'] or row['report_id']}  {row['type']}  {state}"
        if row["message"]:
            line += f"  — {row['message']}"
        print(line)
    return EXIT_OK

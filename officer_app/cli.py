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
import getpass
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from crm_shared.domain import DomainError, Role
from officer_app.profile import Profile
from officer_app.store import outbox as ob
from officer_app.store.actions import Actor, LocalActions
from officer_app.store.db import Store
from officer_app.store.errors import StoreError
from officer_app.store.keys import WrongPasswordError
from officer_app.store.photos import PhotoError
from officer_app.store.schema import Report, SyncState
from officer_app.sync.backend import BackendError
from officer_app.sync.engine import (
    Outcome,
    SyncConfig,
    SyncEngine,
    SyncStopped,
    call_with_backoff,
    record_login,
)
from officer_app.sync.http_backend import HttpBackend, InsecureTransportError, TransportPolicy
from officer_app.sync.open311_backend import Open311Backend

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_LOGIN = 2
EXIT_UNREACHABLE = 3
EXIT_ATTENTION = 4

_OUTCOME_EXIT = {
    Outcome.LOGIN_NEEDED: EXIT_LOGIN,
    Outcome.UNREACHABLE: EXIT_UNREACHABLE,
    Outcome.CANCELLED: EXIT_ERROR,
    Outcome.FAILED: EXIT_ERROR,
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
        default="native",
        help="native: our protocol v1; open311: an Open311 GeoReport v2 endpoint (URL)",
    )
    sync.add_argument("--api-key", help="Open311 api_key (else $CRM_OPEN311_API_KEY)")
    sync.add_argument(
        "--service-map", type=Path, help="Open311: JSON/TOML file, service_code = category id"
    )
    sync.add_argument(
        "--jurisdiction-id",
        help="Open311 jurisdiction_id (kept in the profile; else $CRM_OPEN311_JURISDICTION_ID)",
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


def cmd_sync(args: argparse.Namespace) -> int:
    profile = Profile(args.profile)
    open311 = args.backend == "open311"
    # The profile is encrypted: its password is needed for either backend.
    password = _read_password(args.password_stdin or open311)
    if not password:
        return _fail("Kata sandi kosong.", EXIT_LOGIN)
    new_profile = profile.is_new()
    if new_profile:
        store: Store | None = None  # created once the server accepted the password
    else:
        try:
            profile.unlock(password, create=False)
            store = profile.open_store()
        except WrongPasswordError:
            return _fail(WRONG_PASSWORD, EXIT_LOGIN)
        except StoreError as exc:
            return _fail(exc.message)
    try:
        return _sync_in(args, profile, store, password, open311)
    finally:
        profile.lock()  # closes the store, wipes the key


def _sync_in(
    args: argparse.Namespace, profile: Profile, store: Store | None, password: str, open311: bool
) -> int:
    remembered_url = remembered_user = None
    if store is not None:
        with store.read() as session:
            state = session.get(SyncState, 1)
            remembered_url = state.server_url if state else None
            remembered_user = state.officer_id if state else None
    server = args.server or remembered_url
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
    backend: HttpBackend | Open311Backend
    if open311:
        try:
            backend = _open311_backend(args, server, profile)
        except InsecureTransportError as exc:
            return _fail(exc.message)
        except (OSError, ValueError) as exc:
            return _fail(f"Berkas pemetaan layanan tidak dapat dipakai: {exc}")
    else:
        try:
            backend = HttpBackend(
                server,
                transport=TransportPolicy(
                    ca_bundle=args.ca_bundle, allow_insecure_http=args.allow_insecure_http
                ),
            )
        except InsecureTransportError as exc:
            return _fail(exc.message)
    try:
        token = call_with_backoff(
            config, lambda: False, backend.login, user, "" if open311 else password
        )
    except SyncStopped as stop:
        code = _OUTCOME_EXIT.get(stop.outcome, EXIT_ERROR)
        if stop.outcome is Outcome.LOGIN_NEEDED and open311:
            return _fail("Server Open311 menolak akses (401/403): periksa kunci API.", code)
        if stop.outcome is Outcome.LOGIN_NEEDED:
            return _fail("Masuk gagal: ID petugas atau kata sandi salah, atau akun terkunci.", code)
        return _fail(stop.message, code)
    except BackendError as exc:  # the server refused (a 4xx): its words, no traceback
        return _fail(exc.message)
    if store is None:  # a new profile: its key is made from the accepted password
        try:
            store = profile.open_store(password)
        except StoreError as exc:
            return _fail(exc.message)
    record_login(store, server, token)
    engine = SyncEngine(store, backend, profile.photo_store(), config=config)
    result = engine.run()
    backend.close()
    problem = backend.last_problem if isinstance(backend, Open311Backend) else None
    if problem and not result.ok:
        print(problem, file=sys.stderr)  # which windows are missing, the server's words
    if args.json:
        summary = result.summary()
        if isinstance(backend, Open311Backend):
            summary["open311"] = backend.last_pull
        print(json.dumps(summary, ensure_ascii=False))
    else:
        print(result.message)
        print(
            f"ditarik {result.pulled}, dihapus {result.removed}, dikirim {result.pushed} "
            f"(diterapkan {result.applied}, duplikat {result.duplicates}, konflik "
            f"{result.conflicts}, ditolak {result.rejected}), foto {result.media_uploaded}, "
            f"perlu perhatian {result.needs_attention}, {result.duration_s:.2f} s"
        )
    if result.ok:
        return EXIT_ATTENTION if result.needs_attention else EXIT_OK
    return _OUTCOME_EXIT.get(result.outcome, EXIT_ERROR)


def _open311_backend(args: argparse.Namespace, server: str, profile: Profile) -> Open311Backend:
    import os

    from officer_app.sync.open311_backend import load_service_map

    mapping = load_service_map(args.service_map) if args.service_map else {}
    return Open311Backend(
        server,
        api_key=args.api_key or os.environ.get("CRM_OPEN311_API_KEY"),
        service_map=mapping,
        jurisdiction_id=args.jurisdiction_id or os.environ.get("CRM_OPEN311_JURISDICTION_ID"),
        state_path=profile.root / "open311-state.json",
        transport=TransportPolicy(
            ca_bundle=args.ca_bundle, allow_insecure_http=args.allow_insecure_http
        ),
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
    with store.read() as session:
        state = session.get(SyncState, 1)
        if state is None or not state.officer_id or not state.role or not state.unit_id:
            return None
        return Actor(state.officer_id, Role(state.role), state.unit_id, state.officer_name or "")


def cmd_act(args: argparse.Namespace) -> int:
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

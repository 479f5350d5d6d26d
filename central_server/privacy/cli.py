"""``crm-central retention run`` and ``crm-central privacy ...``: the same steps as the
API (central_server.api.privacy), for the operator's shell.

The rights commands act as a named data protection officer (``--as``, an active
officer with that role) and need ``--reason``: the audit log says who and why, as
for the API. Output is JSON (or the readable text/HTML of an export); nothing is
logged.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from crm_shared.domain import JAKARTA_TZ, Role, may_serve_data_rights

from ..clock import utcnow
from ..models import Officer
from . import exposure, journal, readable, rights
from .register import generate
from .retention import DEFAULT_AFTER
from .retention import run as run_retention

Adder = Any  # argparse's private _SubParsersAction


def add_parsers(sub: Adder, add_database: Any) -> None:
    retention = sub.add_parser("retention", help="erase identities past their retention")
    retention_sub = retention.add_subparsers(dest="retention_command", required=True)
    run = retention_sub.add_parser("run", help="erase identities of reports closed long enough")
    add_database(run)
    run.add_argument(
        "--after-days",
        type=float,
        default=DEFAULT_AFTER.days,
        help=f"days after closure (default {DEFAULT_AFTER.days}; see docs/privacy.md)",
    )
    run.add_argument("--dry-run", action="store_true", help="count only; erase nothing")
    run.add_argument(
        "--journal",
        type=Path,
        default=None,
        help=f"erasure journal outside the database (default: ${journal.ENV}); "
        "its erasures are applied again first (a restored backup)",
    )

    privacy = sub.add_parser("privacy", help="register, citizens' rights, breach questions")
    psub = privacy.add_subparsers(dest="privacy_command", required=True)
    reg = psub.add_parser("register", help="print (or write) the register of processing")
    reg.add_argument("--output", type=Path, default=None)

    def person(name: str, help_text: str) -> argparse.ArgumentParser:
        p = psub.add_parser(name, help=help_text)
        add_database(p)
        _actor(p)
        who = p.add_mutually_exclusive_group(required=True)
        who.add_argument("--nik")
        who.add_argument("--phone")
        return p

    person("search", "what is held about a person")
    exp = person("export", "a person's data, readable")
    exp.add_argument("--format", choices=["json", "text", "html"], default="text")
    exp.add_argument("--output", type=Path, default=None)
    person("erase", "erase what may be erased about a person")

    cor = psub.add_parser("correct", help="correct the identity held with one report")
    add_database(cor)
    _actor(cor)
    cor.add_argument("--report", required=True, help="report id or number")
    cor.add_argument("--supporter-id", type=int, default=None)
    for name in rights.CORRECTABLE:
        cor.add_argument(f"--{name}", default=None)

    hold = psub.add_parser("hold", help="place a legal hold on a report's identities")
    add_database(hold)
    _actor(hold)
    hold.add_argument("--report", required=True, help="report id or number")
    release = psub.add_parser("release", help="release a legal hold")
    add_database(release)
    _actor(release)
    release.add_argument("--hold-id", type=int, required=True)

    exp_q = psub.add_parser("exposure", help="which identities an account/PC/time range exposed")
    add_database(exp_q)
    _actor(exp_q)
    exp_q.add_argument("--account")
    exp_q.add_argument("--device", help="network address or device name of a PC")
    exp_q.add_argument("--since", type=_when, help="ISO time (WIB unless an offset is given)")
    exp_q.add_argument("--until", type=_when)
    exp_q.add_argument(
        "--contacts", action="store_true", help="add names/phones to notify (audited)"
    )


def _actor(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--as", dest="actor", required=True, help="id of the data protection officer acting"
    )
    parser.add_argument("--reason", required=True, help="why (e.g. the citizen's letter number)")


def _when(value: str) -> datetime:
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"bukan waktu ISO: {value!r}") from None
    # The officer thinks in Jakarta time: a time without an offset is WIB.
    return when if when.tzinfo else when.replace(tzinfo=JAKARTA_TZ)


def _factory(url: str) -> sessionmaker[Session]:
    from ..db import create_all, make_engine, make_sessionmaker

    engine = make_engine(url, immediate=url.startswith("sqlite"))
    create_all(engine)
    return make_sessionmaker(engine)


def _print(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def retention_main(args: argparse.Namespace, url: str) -> int:
    result = run_retention(
        _factory(url),
        after=timedelta(days=args.after_days),
        dry_run=args.dry_run,
        journal_file=journal.journal_path(args.journal),
    )
    _print(result.summary())
    return 0


def privacy_main(args: argparse.Namespace, url: str | None) -> int:
    if args.privacy_command == "register":
        text = generate()
        if args.output:
            args.output.write_text(text, encoding="utf-8")
        else:
            sys.stdout.write(text)
        return 0
    assert url is not None
    factory = _factory(url)
    now = utcnow()
    try:
        reason = rights.check_reason(args.reason)
        with factory() as session:
            _check_actor(session, args.actor)
        return _run(args, factory, reason, now)
    except rights.RightsError as exc:
        sys.stderr.write(exc.message + "\n")
        return 2


def _check_actor(session: Session, actor: str) -> None:
    officer = session.get(Officer, actor)
    try:
        allowed = (
            officer is not None and officer.active and may_serve_data_rights(Role(officer.role))
        )
    except ValueError:
        allowed = False
    if not allowed:
        raise rights.RightsError(
            403,
            "role_forbidden",
            f"'{actor}' bukan Pejabat Pelindungan Data Pribadi yang aktif.",
        )


def _run(
    args: argparse.Namespace, factory: sessionmaker[Session], reason: str, now: datetime
) -> int:
    command = args.privacy_command
    erased: list[Any] = []
    with factory() as session, session.begin():
        if command in ("search", "export", "erase"):
            query = rights.PersonQuery.of(args.nik, args.phone)
            if command == "search":
                items = rights.search(session, args.actor, query, reason, now)
                _print(rights.public_record(query, items, now))
            elif command == "export":
                items = rights.record_export(session, args.actor, query, reason, args.format, now)
                record = rights.public_record(query, items, now)
                text = {
                    "json": lambda r: json.dumps(r, ensure_ascii=False, indent=2) + "\n",
                    "text": readable.to_text,
                    "html": readable.to_html,
                }[args.format](record)
                if args.output:
                    args.output.write_text(text, encoding="utf-8")
                else:
                    sys.stdout.write(text)
            else:
                outcome = rights.erase_person(session, args.actor, query, reason, now)
                erased = outcome.erased
                _print(
                    {
                        "erased": [asdict(e) for e in outcome.erased],
                        "refused": [
                            {"report_number": i.report_number, "reason": i.refusal}
                            for i in outcome.refused
                        ],
                    }
                )
        elif command == "correct":
            changes = {n: getattr(args, n) for n in rights.CORRECTABLE if getattr(args, n)}
            item = rights.correct(
                session,
                args.actor,
                report_id=args.report,
                supporter_id=args.supporter_id,
                changes=changes,
                reason=reason,
                at=now,
            )
            _print(asdict(item))
        elif command == "hold":
            _print({"hold_id": rights.place_hold(session, args.actor, args.report, reason, now)})
        elif command == "release":
            rights.release_hold(session, args.actor, args.hold_id, reason, now)
            _print({"hold_id": args.hold_id, "released": True})
        else:
            if not (args.account or args.device or args.since or args.until):
                raise rights.RightsError(
                    422, "query_invalid", "Sebutkan --account, --device, atau --since/--until."
                )
            question = exposure.ExposureQuestion(args.account, args.device, args.since, args.until)
            _print(exposure.ask(session, args.actor, question, reason, now, contacts=args.contacts))
    if command == "erase":
        journal.append(journal.journal_path(), erased, basis="request", at=now.isoformat())
    return 0

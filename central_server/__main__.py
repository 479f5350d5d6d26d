"""crm-central: run, seed and administer the reference central server.

    crm-central serve --host 127.0.0.1 --port 8765 --database URL --data-dir DIR \
        --media-dir DIR --seed-reports N --seed S [--demo/--no-demo] [--workers N] \
        [--forwarded-allow-ips IPS]   (the reverse proxies whose X-Forwarded-For counts)
    crm-central migrate --database URL
    crm-central seed --database URL --data-dir DIR --reports N --seed S [--media-dir DIR]
    crm-central user add --database URL --id ID --name NAME --role ROLE --unit UNIT
    crm-central media check --database URL --media-dir DIR [--quarantine]
    crm-central train-suggest --database URL   (the category suggestion model; e.g. nightly)
    crm-central retention run --database URL [--after-days N] [--dry-run] [--journal FILE]
    crm-central privacy register|search|export|correct|erase|hold|release|exposure ...
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from datetime import timedelta
from pathlib import Path
from typing import Any

from crm_shared.domain import Role

from .config import (
    DEFAULT_MEDIA_MAX_BYTES,
    DEFAULT_TOKEN_TTL,
    ServerConfig,
    default_database_url,
    default_media_dir,
)
from .privacy import cli as privacy_cli


def _add_database(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--database",
        default=None,
        help="SQLAlchemy URL: sqlite:///path or postgresql+psycopg://... "
        "(default: a SQLite file in the user data directory)",
    )


def _database_url(value: str | None) -> str:
    url = value or default_database_url()
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    return url


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="crm-central", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", help="run the HTTP server")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765)
    _add_database(serve)
    serve.add_argument("--data-dir", type=Path, default=None)
    serve.add_argument("--media-dir", type=Path, default=None)
    serve.add_argument(
        "--seed-reports",
        type=int,
        default=None,
        help="seed this many reports when the database is empty",
    )
    serve.add_argument("--seed", type=int, default=1)
    serve.add_argument(
        "--demo",
        action=argparse.BooleanOptionalAction,
        default=False,
        help="seed demo users and let them log in (password 'demo-password'); off by default",
    )
    serve.add_argument(
        "--train-suggest",
        action=argparse.BooleanOptionalAction,
        default=False,
        help="train the category suggestion model at start when there is none yet "
        "(in the background: the server answers meanwhile, with word rules only)",
    )
    serve.add_argument("--token-ttl-seconds", type=float, default=DEFAULT_TOKEN_TTL.total_seconds())
    serve.add_argument("--media-max-bytes", type=int, default=DEFAULT_MEDIA_MAX_BYTES)
    serve.add_argument("--log-level", default="warning")
    serve.add_argument(
        "--workers",
        type=int,
        default=1,
        help="worker processes (uvicorn); the schema is migrated once before they start",
    )
    serve.add_argument(
        "--max-concurrent",
        type=int,
        default=ServerConfig.max_concurrent,
        help="requests one worker serves at once; more wait briefly, then get 503",
    )
    serve.add_argument("--queue-wait-seconds", type=float, default=ServerConfig.queue_wait_s)
    serve.add_argument("--pool-size", type=int, default=ServerConfig.pool_size)
    serve.add_argument("--pool-timeout-seconds", type=float, default=ServerConfig.pool_timeout_s)
    serve.add_argument(
        "--lease-quota",
        type=int,
        default=ServerConfig.lease_quota,
        help="leased report numbers one desk may hold unused at once",
    )
    serve.add_argument(
        "--forwarded-allow-ips",
        default=None,
        metavar="IPS",
        help="reverse proxies (comma-separated addresses or networks, '*' any) whose "
        "X-Forwarded-For / X-Forwarded-Proto are believed: the client address the sign-in "
        "throttle and the tracking page's rate limit count; default: FORWARDED_ALLOW_IPS, "
        "else this computer (127.0.0.1,::1)",
    )
    serve.add_argument(
        "--no-migrate",
        dest="migrate",
        action="store_false",
        help="do not touch the schema (run `crm-central migrate` first)",
    )

    migrate = sub.add_parser(
        "migrate", help="create or update the schema (idempotent; safe to run many at once)"
    )
    _add_database(migrate)

    seed = sub.add_parser("seed", help="fill an empty database with a seed plan")
    _add_database(seed)
    seed.add_argument("--data-dir", type=Path, default=None)
    seed.add_argument("--reports", type=int, default=1000)
    seed.add_argument("--seed", type=int, default=1)
    seed.add_argument("--demo", action=argparse.BooleanOptionalAction, default=False)
    seed.add_argument(
        "--media-dir",
        type=Path,
        default=None,
        help="the server's media directory (as for serve): the seed's follow-up photos go "
        "there; without it the seed has no photos",
    )

    train = sub.add_parser(
        "train-suggest", help="train the category suggestion model on the labelled reports"
    )
    _add_database(train)

    apikey = sub.add_parser("apikey", help="manage Open311 API keys")
    apikey_sub = apikey.add_subparsers(dest="apikey_command", required=True)
    key_add = apikey_sub.add_parser("add", help="create a key; it is printed once")
    _add_database(key_add)
    key_add.add_argument("--label", required=True)
    key_add.add_argument("--channel", default="jaki")

    media = sub.add_parser("media", help="stored photos")
    media_sub = media.add_subparsers(dest="media_command", required=True)
    media_check = media_sub.add_parser(
        "check",
        help="list stored photos today's checks refuse (metadata, extra data, broken); "
        "run once after upgrading from a version without them",
    )
    _add_database(media_check)
    media_check.add_argument("--media-dir", type=Path, default=None)
    media_check.add_argument(
        "--quarantine",
        action="store_true",
        help="move those photos to <media dir>/quarantine/ (no longer served)",
    )

    user = sub.add_parser("user", help="manage officers")
    user_sub = user.add_subparsers(dest="user_command", required=True)
    add = user_sub.add_parser("add", help="add an officer (password from stdin or a prompt)")
    _add_database(add)
    add.add_argument("--id", required=True)
    add.add_argument("--name", required=True)
    add.add_argument("--role", required=True, choices=[role.value for role in Role])
    add.add_argument("--unit", required=True)
    privacy_cli.add_parsers(sub, _add_database)  # retention, privacy (docs/privacy.md)
    return parser


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from .app import migrate_schema
    from .config import CONFIG_ENV
    from .db import make_engine
    from .seed import seed_if_empty

    if args.workers < 1:
        print("--workers harus 1 atau lebih.", file=sys.stderr)
        return 2
    config = ServerConfig(
        database_url=_database_url(args.database),
        media_dir=args.media_dir or default_media_dir(),
        data_dir=args.data_dir,
        demo=args.demo,
        token_ttl=timedelta(seconds=args.token_ttl_seconds),
        media_max_bytes=args.media_max_bytes,
        max_concurrent=args.max_concurrent,
        queue_wait_s=args.queue_wait_seconds,
        pool_size=args.pool_size,
        pool_timeout_s=args.pool_timeout_seconds,
        lease_quota=args.lease_quota,
    )
    config.media_dir.mkdir(parents=True, exist_ok=True)
    # Once, in this process, before any worker starts: workers never run DDL.
    engine = make_engine(config.database_url)
    try:
        if args.migrate:
            migrate_schema(engine)
        if args.seed_reports is not None:
            from .db import startup_lock

            with startup_lock(engine):  # several `serve` at once seed once
                seed_if_empty(
                    engine,
                    config.data_dir,
                    args.seed_reports,
                    args.seed,
                    demo_users=args.demo,
                    media_dir=config.media_dir,
                )
    finally:
        engine.dispose()
    if args.train_suggest:  # in this process, beside the workers; they read the newest model
        import threading

        threading.Thread(
            target=_train_in_background, args=(config.database_url,), daemon=True
        ).start()
    os.environ[CONFIG_ENV] = config.to_env()
    uvicorn.run(
        "central_server.app:create_app_from_env",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        log_level=args.log_level,
        # Behind a reverse proxy the client is the X-Forwarded-For address, believed from
        # these proxies only (None: uvicorn's default, FORWARDED_ALLOW_IPS or loopback).
        proxy_headers=True,
        forwarded_allow_ips=args.forwarded_allow_ips,
        # Keep-alive connections of clients between their requests (sync rounds).
        timeout_keep_alive=30,
    )
    return 0


def _migrate(args: argparse.Namespace) -> int:
    from .app import migrate_schema
    from .db import make_engine

    engine = make_engine(_database_url(args.database))
    try:
        migrate_schema(engine)
    finally:
        engine.dispose()
    print("Skema basis data mutakhir.")
    return 0


def _seed(args: argparse.Namespace) -> int:
    from .db import create_all, make_engine
    from .seed import seed_if_empty

    engine = make_engine(_database_url(args.database))
    create_all(engine)
    seeded = seed_if_empty(
        engine,
        args.data_dir,
        args.reports,
        args.seed,
        demo_users=args.demo,
        media_dir=args.media_dir,
    )
    print("Basis data diisi." if seeded else "Basis data sudah berisi data; tidak diisi ulang.")
    return 0


def _train_in_background(database_url: str) -> None:
    from .db import make_engine, make_sessionmaker

    maker = make_sessionmaker(make_engine(database_url))
    _train_if_missing(maker, maker)


def _train_if_missing(read: Any, write: Any) -> None:
    from .suggest_model import current_model, train_and_store

    try:
        with read() as session:
            missing = current_model(session) is None
        if missing:
            train_and_store(read, write)
    except ImportError:  # a bundle without scikit-learn (the installer leaves it out)
        logging.getLogger(__name__).warning("scikit-learn missing: no suggestion model")
    except Exception:  # the server works without a model (word rules on the desk)
        logging.getLogger(__name__).exception("training the suggestion model failed")


def _train_suggest(args: argparse.Namespace) -> int:
    from .db import create_all, make_engine, make_sessionmaker
    from .suggest_model import train_and_store

    engine = make_engine(_database_url(args.database))
    create_all(engine)
    report = train_and_store(make_sessionmaker(engine))
    if report is None:
        print("Terlalu sedikit laporan berlabel; model saran tidak dilatih.", file=sys.stderr)
        return 2
    print(
        f"Model saran dilatih: {report.reports} laporan, {report.categories} kategori, "
        f"{report.features_shipped} fitur, {report.json_bytes / 1024:.0f} KB, "
        f"{report.seconds:.1f} s."
    )
    return 0


def _user_add(args: argparse.Namespace) -> int:
    from .db import create_all, make_engine, make_sessionmaker
    from .users import UserError, add_officer

    if sys.stdin.isatty():
        password = getpass.getpass("Kata sandi: ")
        if getpass.getpass("Ulangi kata sandi: ") != password:
            print("Kata sandi tidak sama.", file=sys.stderr)
            return 2
    else:
        password = sys.stdin.readline().rstrip("\n")
    engine = make_engine(_database_url(args.database))
    create_all(engine)
    try:
        with make_sessionmaker(engine).begin() as session:
            add_officer(session, args.id, args.name, args.role, args.unit, password)
    except UserError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    print(f"Petugas {args.id} ditambahkan.")
    return 0


def _apikey_add(args: argparse.Namespace) -> int:
    from .db import create_all, make_engine, make_sessionmaker
    from .open311 import create_api_key

    engine = make_engine(_database_url(args.database))
    create_all(engine)
    try:
        with make_sessionmaker(engine).begin() as session:
            key = create_api_key(session, args.label, channel=args.channel)
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return 2
    print(key)
    return 0


def _media_check(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from .db import create_all, make_engine, make_sessionmaker
    from .media_store import find_unclean, quarantine
    from .models import Media

    engine = make_engine(_database_url(args.database))
    create_all(engine)
    media_dir = args.media_dir or default_media_dir()
    with make_sessionmaker(engine)() as session:
        hashes = list(session.scalars(select(Media.sha256).order_by(Media.sha256)))
    found = 0
    for unclean in find_unclean(media_dir, hashes):
        found += 1
        moved = " -> karantina" if args.quarantine else ""
        if args.quarantine:
            quarantine(media_dir, unclean.sha256)
        print(f"{unclean.sha256} {unclean.code}{moved}")
    print(f"{found} dari {len(hashes)} foto tidak lolos pemeriksaan.", file=sys.stderr)
    return 1 if found and not args.quarantine else 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    if args.command == "serve":
        return _serve(args)
    if args.command == "seed":
        return _seed(args)
    if args.command == "train-suggest":
        return _train_suggest(args)
    if args.command == "migrate":
        return _migrate(args)
    if args.command == "apikey":
        return _apikey_add(args)
    if args.command == "media":
        return _media_check(args)
    if args.command == "retention":
        return privacy_cli.retention_main(args, _database_url(args.database))
    if args.command == "privacy":
        url = _database_url(args.database) if hasattr(args, "database") else None
        return privacy_cli.privacy_main(args, url)
    return _user_add(args)


if __name__ == "__main__":
    sys.exit(main())

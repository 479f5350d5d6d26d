"""The FastAPI application of the reference central server."""

from __future__ import annotations

import importlib
import logging

from fastapi import FastAPI
from sqlalchemy import Engine

from crm_shared.protocol.wire import API_PREFIX

from .body_limit import BodyLimitMiddleware
from .config import ServerConfig
from .db import create_all, make_engine, make_sessionmaker
from .errors import install_error_handlers
from .overload import AdmissionControl

log = logging.getLogger(__name__)

# Routers of protocol v1, mounted under /api/v1 in this order.
_API_ROUTERS = ["health", "auth", "reference", "sync", "media", "numbers", "stats", "audit"]
_API_ROUTERS.append("privacy")  # citizens' rights, breach questions (central_server.privacy)


def create_app_from_env() -> FastAPI:
    """App factory of each worker of ``crm-central serve`` (uvicorn ``factory=True``).

    The parent process migrated the schema before starting the workers, so the
    workers do not touch it; the config comes from CRM_CENTRAL_CONFIG.
    """
    return create_app(ServerConfig.from_env(), migrate=False)


def create_app(config: ServerConfig, *, migrate: bool = True) -> FastAPI:
    """Build the app: engines, tables (unless ``migrate=False``), routers, error handlers.

    ``app.state.config``, ``app.state.sessionmaker`` (reads, short writes) and
    ``app.state.write_sessionmaker`` (read-then-write transactions) are what the
    routes use.
    """
    app = FastAPI(
        title="CRM Jakarta — server pusat (referensi)",
        version="1",
        description="Reference central server of the CRM Officer Workstation sync protocol v1.",
    )
    engine = make_engine(
        config.database_url, pool_size=config.pool_size, pool_timeout=config.pool_timeout_s
    )
    write_engine = (
        make_engine(
            config.database_url,
            immediate=True,
            pool_size=config.pool_size,
            pool_timeout=config.pool_timeout_s,
        )
        if engine.dialect.name == "sqlite"
        else engine
    )
    if migrate:
        migrate_schema(engine)
    config.media_dir.mkdir(parents=True, exist_ok=True)
    app.state.config = config
    app.state.engine = engine
    app.state.sessionmaker = make_sessionmaker(engine)
    app.state.write_sessionmaker = make_sessionmaker(write_engine)
    app.state.boundaries = None  # loaded lazily by routing (central_server.routing)

    install_error_handlers(app)
    app.add_middleware(BodyLimitMiddleware, config=config)
    # Outermost of ours: a refused request costs no body check and no database work.
    app.add_middleware(
        AdmissionControl,
        limit=config.max_concurrent,
        queue_wait_s=config.queue_wait_s,
        retry_after_s=config.retry_after_s,
    )
    for name in _API_ROUTERS:
        try:
            module = importlib.import_module(f"central_server.api.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"central_server.api.{name}":
                raise
            continue
        app.include_router(module.router, prefix=API_PREFIX)
    try:
        open311 = importlib.import_module("central_server.open311")
    except ModuleNotFoundError as exc:
        if exc.name != "central_server.open311":
            raise
    else:
        app.include_router(open311.router)
    from .tracking_routes import router as tracking_router  # the public /lacak page

    app.include_router(tracking_router)
    return app


def migrate_schema(engine: Engine) -> None:
    """Schema and data upgrades, once per start (``crm-central migrate``; ``serve``
    before its workers): idempotent, and safe to run from many processes at once."""
    create_all(engine)
    _forget_reporter_emails(engine)


def _forget_reporter_emails(engine: Engine) -> None:
    """An older version stored reporters' e-mails; this one keeps none (docs/open311.md)."""
    from .open311.intake import forget_reporter_emails

    forgotten = forget_reporter_emails(engine)
    if forgotten:
        log.info("forgot %d reporter e-mail(s) an older version had stored", forgotten)

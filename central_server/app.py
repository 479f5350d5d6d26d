"""The FastAPI application of the reference central server."""

from __future__ import annotations

import importlib
import logging
from collections.abc import Awaitable, Callable

from fastapi import FastAPI, Request, Response

from crm_shared.protocol.wire import API_PREFIX

from .config import ServerConfig
from .db import create_all, make_engine, make_sessionmaker
from .errors import error_response, install_error_handlers
from .overload import AdmissionControl

log = logging.getLogger(__name__)

# Routers of protocol v1, mounted under /api/v1 in this order.
_API_ROUTERS = ["health", "auth", "reference", "sync", "media", "numbers", "stats", "audit"]


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
        create_all(engine)
    config.media_dir.mkdir(parents=True, exist_ok=True)
    app.state.config = config
    app.state.engine = engine
    app.state.sessionmaker = make_sessionmaker(engine)
    app.state.write_sessionmaker = make_sessionmaker(write_engine)
    app.state.boundaries = None  # loaded lazily by routing (central_server.routing)

    install_error_handlers(app)
    _install_body_limit(app, config)
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
    return app


def _install_body_limit(app: FastAPI, config: ServerConfig) -> None:
    """Refuse oversized JSON bodies from their Content-Length, before reading them.

    Media uploads have their own, larger limit (checked in the media route).
    """

    @app.middleware("http")
    async def _limit(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        if not request.url.path.startswith(f"{API_PREFIX}/media/"):
            length = request.headers.get("content-length")
            if length is not None:
                try:
                    too_big = int(length) > config.json_max_bytes
                except ValueError:
                    return error_response(400, "bad_request", "Content-Length tidak valid.")
                if too_big:
                    if request.url.path.startswith("/open311/"):
                        return _open311_too_large(request.url.path)
                    return error_response(413, "too_large", "Isi permintaan terlalu besar.")
        return await call_next(request)


def _open311_too_large(path: str) -> Response:
    """Open311 clients expect the spec's error array, in the format of the suffix."""
    from .open311.formats import Fmt
    from .open311.formats import error_response as open311_error

    fmt = Fmt.XML if path.endswith(".xml") else Fmt.JSON
    return open311_error(fmt, 413, "Request body too large.")

"""The one error shape of the API: {"error": {"code", "message"}}, never a bare 500.

Messages are for people, in Bahasa Indonesia.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import BaseRoute, Match

from crm_shared.protocol.wire import ErrorBody, ErrorResponse

log = logging.getLogger(__name__)


class ApiError(Exception):
    """Raise from a route to answer ``status`` with the error shape."""

    def __init__(
        self, status: int, code: str, message: str, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers


def error_response(
    status: int, code: str, message: str, headers: dict[str, str] | None = None
) -> JSONResponse:
    body = ErrorResponse(error=ErrorBody(code=code, message=message))
    return JSONResponse(body.model_dump(), status_code=status, headers=headers)


_HTTP_CODES: dict[int, tuple[str, str]] = {
    400: ("bad_request", "Permintaan tidak valid."),
    401: ("unauthorized", "Silakan masuk terlebih dahulu."),
    403: ("forbidden", "Anda tidak berhak melakukan ini."),
    404: ("not_found", "Alamat tidak ditemukan."),
    405: ("method_not_allowed", "Metode HTTP ini tidak didukung untuk alamat ini."),
    408: ("body_timeout", "Isi permintaan terkirim terlalu lambat. Silakan coba lagi."),
    413: ("too_large", "Isi permintaan terlalu besar."),
    415: ("unsupported_media", "Jenis isi permintaan tidak didukung."),
}

_PYDANTIC_WORDS: dict[str, str] = {
    "missing": "wajib diisi",
    "extra_forbidden": "tidak dikenal",
    "string_too_long": "terlalu panjang",
    "string_too_short": "terlalu pendek",
    "string_pattern_mismatch": "formatnya tidak sesuai",
    "too_long": "terlalu banyak isinya",
    "enum": "nilainya tidak dikenal",
    "literal_error": "nilainya tidak dikenal",
    "int_parsing": "harus berupa bilangan bulat",
    "int_type": "harus berupa bilangan bulat",
    "float_parsing": "harus berupa angka",
    "string_type": "harus berupa teks",
    "bool_parsing": "harus benar/salah",
    "list_type": "harus berupa daftar",
    "dict_type": "harus berupa objek",
    "model_type": "harus berupa objek",
    "model_attributes_type": "harus berupa objek",
    "datetime_parsing": "harus berupa waktu ISO 8601",
    "datetime_type": "harus berupa waktu ISO 8601",
    "greater_than_equal": "terlalu kecil",
    "less_than_equal": "terlalu besar",
    "greater_than": "terlalu kecil",
    "less_than": "terlalu besar",
}


def describe_validation_errors(errors: Sequence[Any]) -> str:
    """One readable sentence for the first problem of a request (and how many more)."""
    if not errors:
        return "Permintaan tidak valid."
    first = errors[0]
    kind = str(first.get("type", ""))
    if kind == "json_invalid":
        return "Isi permintaan bukan JSON yang valid."
    loc = [str(p) for p in first.get("loc", ()) if p not in ("body", "query", "path", "header")]
    where = ".".join(loc) or "isi permintaan"
    what = _PYDANTIC_WORDS.get(kind, "tidak valid")
    more = f" (dan {len(errors) - 1} masalah lain)" if len(errors) > 1 else ""
    return f"Kolom '{where}' {what}{more}."[:2000]


def _retry_after(request: Request) -> dict[str, str]:
    config = getattr(request.app.state, "config", None)
    return {"Retry-After": str(getattr(config, "retry_after_s", 2))}


_METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")


def allowed_methods(routes: Sequence[BaseRoute], scope: Any) -> str:
    """The ``Allow`` header of a path: every method some route would serve there.

    Starlette names only the first matching route's methods, but a path may be
    served by several routes (media: GET, HEAD and PUT are three). Each method is
    probed through the routes' own matching, so nested routers are seen too.
    """
    allowed = [
        method
        for method in _METHODS
        if any(route.matches({**scope, "method": method})[0] is Match.FULL for route in routes)
    ]
    return ", ".join(allowed)


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.code, exc.message, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _validation(_request: Request, exc: RequestValidationError) -> JSONResponse:
        return error_response(422, "invalid_request", describe_validation_errors(exc.errors()))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code, message = _HTTP_CODES.get(exc.status_code, ("http_error", "Permintaan gagal."))
        headers = dict(getattr(exc, "headers", None) or {})
        if exc.status_code == 405:
            allow = allowed_methods(request.app.router.routes, request.scope)
            if allow:
                headers["Allow"] = allow
        return error_response(exc.status_code, code, message, headers or None)

    @app.exception_handler(OperationalError)
    async def _busy(request: Request, exc: OperationalError) -> JSONResponse:
        # The database is busy or unreachable: the client backs off and retries.
        log.warning("database unavailable: %s", type(exc.orig).__name__)
        return error_response(
            503,
            "unavailable",
            "Server sedang sibuk. Silakan coba lagi sebentar lagi.",
            _retry_after(request),
        )

    @app.exception_handler(PoolTimeout)
    async def _pool_timeout(request: Request, _exc: PoolTimeout) -> JSONResponse:
        # No database connection free in time (e.g. during a login): come back later.
        log.warning("no database connection free in time")
        return error_response(
            503,
            "unavailable",
            "Server sedang sibuk. Silakan coba lagi sebentar lagi.",
            _retry_after(request),
        )

    @app.exception_handler(Exception)
    async def _unexpected(_request: Request, exc: Exception) -> JSONResponse:
        log.error("unexpected error while serving a request", exc_info=exc)
        return error_response(
            500, "internal_error", "Terjadi kesalahan pada server. Silakan coba lagi nanti."
        )

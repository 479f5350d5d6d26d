"""Routes of the public tracking page: ``GET /lacak/<number>`` and the citizen's
rating ``POST /lacak/<number>/nilai`` (no sign-in; HTML, never JSON).

- Every request counts toward the per-address rate limit (central_server.tracking_limit),
  known, unknown and malformed numbers alike; over it: 429, ``Retry-After``, a page.
- An unknown and a malformed number get the same 404 page.
- The rating form is CSRF-safe without JavaScript: a random token in a
  ``SameSite=Strict`` cookie must come back in the form (double submit), and a
  browser's ``Origin``/``Sec-Fetch-Site`` must say the form came from this site.
- A wrong rating code counts more (a few per window per address, a few a day per
  report); the code is checked against its scrypt hash (central_server.ratings).
"""

from __future__ import annotations

import hmac
import re
import secrets
from typing import Any
from urllib.parse import urlsplit

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool

from crm_shared.domain import DomainError, Status
from crm_shared.domain.rating import check_comment, check_score

from . import tracking_limit as limit
from .clock import utcnow
from .config import ServerConfig
from .ratings import Outcome, code_matches, rate
from .tracking import find_report, tracking_view
from .tracking_page import (
    SECURITY_HEADERS,
    Notice,
    busy_page,
    message_page,
    not_found_page,
    pick_language,
    report_page,
    word,
)

router = APIRouter(tags=["tracking"], include_in_schema=False)

COOKIE = "lacak_token"
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{32}$")
_FORM_MAX = 4096  # bytes of a rating form: a code, a score and one sentence


def public_base_url(request: Request) -> str:
    """Where citizens reach this server: the configured public URL, else this request's."""
    config: ServerConfig = request.app.state.config
    return (config.public_url or str(request.base_url)).rstrip("/")


def _policy(request: Request) -> limit.TrackingPolicy:
    state = request.app.state
    if getattr(state, "tracking_policy", None) is None:
        state.tracking_policy = limit.TrackingPolicy.from_env()
    policy: limit.TrackingPolicy = state.tracking_policy
    return policy


def _address(request: Request) -> str:
    return limit.address_key(request.client.host if request.client else "unknown")


def _html(body: str, status: int = 200, headers: dict[str, str] | None = None) -> HTMLResponse:
    return HTMLResponse(body, status_code=status, headers={**SECURITY_HEADERS, **(headers or {})})


def _lang(request: Request) -> str:
    return pick_language(request.query_params.get("lang"), request.headers.get("accept-language"))


def _count(request: Request, kind: str = limit.VIEW, report_id: str | None = None) -> int | None:
    """Count this request; the seconds to wait instead when the address is over its limit."""
    policy, address, now = _policy(request), _address(request), utcnow()
    factory: sessionmaker[Session] = request.app.state.write_sessionmaker
    with factory() as session, session.begin():
        wait = limit.refused(session, policy, address, now)
        if wait is not None:
            return wait
        limit.record(session, policy, address, now, kind, report_id)
    return None


def _busy(lang: str, wait: int, key: str = "busy") -> HTMLResponse:
    return _html(busy_page(lang, wait, key), 429, {"Retry-After": str(wait)})


def _token(request: Request) -> str:
    current = request.cookies.get(COOKIE, "")
    return current if _TOKEN.match(current) else secrets.token_urlsafe(24)


def _with_token(response: HTMLResponse, request: Request, token: str) -> HTMLResponse:
    response.set_cookie(
        COOKIE,
        token,
        httponly=True,
        samesite="strict",
        secure=request.url.scheme == "https",
        path="/lacak",
        max_age=2 * 3600,
    )
    return response


def _show(request: Request, number: str, lang: str, notice: Notice | None, status: int) -> Any:
    """The report page (with the form and its token when finished), or the 404 page."""
    factory: sessionmaker[Session] = request.app.state.sessionmaker
    with factory() as session:
        report = find_report(session, number)
        view = tracking_view(session, report, utcnow()) if report is not None else None
    if view is None:
        return _html(not_found_page(lang), 404)
    token = _token(request)
    body = report_page(view, lang, form_token=token, notice=notice)
    return _with_token(_html(body, status), request, token)


@router.get("/lacak/{number}")
def track(number: str, request: Request) -> HTMLResponse:
    lang = _lang(request)
    wait = _count(request)
    if wait is not None:
        return _busy(lang, wait)
    response: HTMLResponse = _show(request, number, lang, None, 200)
    return response


def _same_origin(request: Request) -> bool:
    site = request.headers.get("sec-fetch-site")
    if site is not None and site not in ("same-origin", "none"):
        return False
    origin = request.headers.get("origin")
    if origin is None or origin == "null":  # "null": sent under Referrer-Policy no-referrer
        return True
    return urlsplit(origin).netloc.lower() == request.headers.get("host", "").lower()


async def _form(request: Request) -> dict[str, str] | None:
    try:
        if int(request.headers.get("content-length") or 0) > _FORM_MAX:
            return None
        form = await request.form(max_files=0, max_fields=10)
    except Exception:  # a body that is not a form: answered as a stale form
        return None
    return {k: v for k, v in form.items() if isinstance(v, str)}


@router.post("/lacak/{number}/nilai")
async def rate_route(number: str, request: Request) -> HTMLResponse:
    form = await _form(request)
    response: HTMLResponse = await run_in_threadpool(_rate, request, number, form)
    return response


def _rate(request: Request, number: str, form: dict[str, str] | None) -> HTMLResponse:
    lang = _lang(request)
    wait = _count(request)
    if wait is not None:
        return _busy(lang, wait)
    cookie = request.cookies.get(COOKIE, "")
    sent = (form or {}).get("token", "")
    if (
        form is None
        or not _TOKEN.match(cookie)
        or not hmac.compare_digest(cookie, sent)
        or not _same_origin(request)
    ):
        return _html(message_page(number, lang, "forbidden", error=True), 403)
    try:
        score = check_score(form.get("nilai"))
    except DomainError:
        return _show(request, number, lang, Notice(word("bad_score", lang), True), 400)
    try:
        comment = check_comment(form.get("kalimat", ""))
    except DomainError:
        return _show(request, number, lang, Notice(word("too_long", lang), True), 400)
    policy, now = _policy(request), utcnow()
    factory: sessionmaker[Session] = request.app.state.write_sessionmaker
    with factory() as session, session.begin():
        report = find_report(session, number)
        if report is None:
            return _html(not_found_page(lang), 404)
        if report.status != Status.SELESAI.value:
            outcome_key, status = "not_finished", 409
        else:
            locked = limit.report_locked(session, policy, report.id, now)
            if locked is not None:
                return _busy(lang, locked, "code_locked")
            if not code_matches(session, report.id, form.get("kode", "")):
                limit.record(session, policy, _address(request), now, limit.BAD_CODE, report.id)
                outcome_key, status = "wrong_code", 400
            else:
                outcome = rate(session, report, score, comment, now).outcome
                outcome_key, status = {
                    Outcome.RATED: ("thanks", 200),
                    Outcome.ALREADY: ("already", 409),
                    Outcome.NOT_FINISHED: ("not_finished", 409),
                }[outcome]
    return _show(request, number, lang, Notice(word(outcome_key, lang), status != 200), status)

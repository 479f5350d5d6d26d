"""What client and server agree on about a reporter's personal data (UU 27/2022).

- ``IDENTITY_RETENTION_DAYS``: the default time a reporter's identity is kept on the
  server after the report is closed (Selesai or Ditolak), then erased. One year:
  a citizen who disagrees with the closure comes back within weeks, and a
  complaint that recurs with the seasons (floods, drains, trees before the rainy
  season) is linked to the earlier reporter within the year; the annual evaluation
  of units is done by then. Nothing after that needs to know *who* reported: the
  report, its timeline and its photos stay, without the identity. A court, the
  Ombudsman or the police can ask for longer: a legal hold keeps one report's
  identity until it is released. The server's operator may set another period
  (``crm-central retention run --after-days``); the notice the desk gives says the
  default, so a different setting must be reflected in the notice.
- ``NOTICE_VERSION``: the version of the privacy notice the walk-in desk gives; the
  create action carries it (``privacy_notice``) and the server records it.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from .errors import DomainError

IDENTITY_RETENTION_DAYS = 365
NOTICE_VERSION = "2026-12"
KNOWN_NOTICE_VERSIONS = frozenset({NOTICE_VERSION})


def check_privacy_notice(raw: Any) -> dict[str, Any] | None:
    """The ``privacy_notice`` field of a create action: ``{"version", "given_at"}``.

    Optional (older clients do not send it); when present it must name a known
    notice version and an ISO time.
    """
    if raw is None:
        return None
    if not isinstance(raw, Mapping):
        raise DomainError("notice_invalid", "Catatan pemberitahuan privasi tidak valid.", "notice")
    version = raw.get("version")
    if version not in KNOWN_NOTICE_VERSIONS:
        raise DomainError("notice_version", "Versi pemberitahuan privasi tidak dikenal.", "notice")
    given_at = raw.get("given_at")
    try:
        when = datetime.fromisoformat(str(given_at))
    except ValueError:
        raise DomainError(
            "notice_invalid", "Waktu pemberitahuan privasi tidak valid.", "notice"
        ) from None
    if when.tzinfo is None:
        raise DomainError(
            "notice_invalid", "Waktu pemberitahuan privasi harus menyertakan zona waktu.", "notice"
        )
    return {"version": str(version), "given_at": when.isoformat()}

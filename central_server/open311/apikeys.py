"""API keys of the Open311 face: only POST requests needs one.

The plaintext key is shown once, when it is created; the database keeps its
sha256, so a copy of the database holds no usable key. A key names the channel
its reports arrive by (JAKI by default).
"""

from __future__ import annotations

import hashlib
import secrets

from sqlalchemy.orm import Session

from crm_shared.domain import Channel

from ..clock import utcnow
from ..models import ApiKey

LABEL_MAX = 200


def hash_api_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def create_api_key(session: Session, label: str, channel: str = "jaki") -> str:
    """Add a key in the caller's transaction (the caller commits); return the plaintext once.

    ``channel`` must be one of the 13 channels (crm_shared.domain.Channel).
    """
    label = label.strip()
    if not label or len(label) > LABEL_MAX:
        raise ValueError(f"label must be 1..{LABEL_MAX} characters")
    try:
        channel_value = Channel(channel).value
    except ValueError:
        known = ", ".join(c.value for c in Channel)
        raise ValueError(f"unknown channel {channel!r}; one of: {known}") from None
    key = secrets.token_urlsafe(32)
    session.add(
        ApiKey(
            key_hash=hash_api_key(key),
            label=label,
            channel=channel_value,
            created_at=utcnow(),
            revoked_at=None,
        )
    )
    session.flush()
    return key


def find_api_key(session: Session, key: str | None) -> ApiKey | None:
    """The active key row for ``key``, or None (missing, unknown or revoked)."""
    if not key or len(key) > 200:
        return None
    row = session.get(ApiKey, hash_api_key(key))
    if row is None or row.revoked_at is not None:
        return None
    return row

"""The walk-in desk's identity vault: a reporter's identity, encrypted, until the
server has it.

The identity a citizen gives at the desk (name, NIK, phone, address) is sealed
here (AES-GCM, ``crypto``) under a data key that only the staff member's
password unwraps. The outbox row of the create (or support) action holds a
reference, ``{"anonymous": false, "vault": "<ref>"}``, never the identity; the
sync engine fills it in just before the push (``fill``) and the entry is wiped
(``wipe_payload``) in the same transaction that records the server's "applied".

Entries and the wrapped key live in the profile's ``meta`` table (keys
``identity/<ref>`` and ``identity_vault.keyring``), so sealing is part of the
action's own transaction. Deletion runs with ``secure_delete`` so freed pages are
zeroed. Nothing here logs an identity.

Copies of the profile (``integrity``: the daily copies, the copy taken before a
schema upgrade) keep the vault as it was: an intake not yet sent survives a
restore. Once an entry is wiped (the server has the identity, or a person
discarded the action), no copy may keep it: ``wipe_payload`` leaves a tombstone,
``identity_wiped/<ref>`` (the random reference only), in the same transaction;
``integrity.forget_in_copies`` deletes those entries from every copy after the
sync and drops the tombstones once no copy holds them. A copy restored later may
still have the outbox row of such an intake: it cannot be sent (its identity is
gone) and waits in "needs attention" for a person, like any entry that cannot be
opened; the server already has it, or the person had discarded it.
"""

from __future__ import annotations

import base64
import json
import logging
import uuid
from collections.abc import Collection, Mapping
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, func, select, text
from sqlalchemy.orm import Session

from . import crypto
from .db import Store
from .schema import Meta

log = logging.getLogger(__name__)

KEYRING_KEY = "identity_vault.keyring"
ENTRY_PREFIX = "identity/"
WIPED_PREFIX = "identity_wiped/"  # tombstones: entries wiped here, maybe still in copies
REF_FIELD = "vault"


class IdentityLockedError(Exception):
    """The vault's key is not available (no password this session)."""


class IdentityVault:
    """Seals and reveals identities of one profile with an unlocked data key."""

    def __init__(self, key: bytes) -> None:
        self._key = key

    @classmethod
    def unlock(
        cls, store: Store, password: str, *, kdf: crypto.KdfParams | None = None
    ) -> IdentityVault:
        """Open (or create) the profile's vault with the staff member's password.

        A password that no longer opens the keyring (changed on the server) starts
        a new keyring when the vault is empty; otherwise ``crypto.CryptoError``.
        """
        with store.write() as session:
            row = session.get(Meta, KEYRING_KEY)
            if row is not None:
                try:
                    return cls(crypto.open_keyring(password, json.loads(row.value)))
                except crypto.CryptoError:
                    if count_entries(session):
                        raise
                    log.info("identity vault: new keyring (old one does not open, vault empty)")
            key, stored = crypto.new_keyring(password, kdf)
            session.merge(Meta(key=KEYRING_KEY, value=json.dumps(stored)))
            return cls(key)

    @staticmethod
    def rekey(store: Store, old_password: str, new_password: str) -> bool:
        """Re-wrap the vault's keyring under ``new_password`` (the entries are untouched).

        True when the keyring was re-wrapped. No keyring, or one that already opens
        with ``new_password``: nothing to do (False). A keyring that opens with
        neither password is left as it is (False).
        """
        with store.write() as session:
            row = session.get(Meta, KEYRING_KEY)
            if row is None:
                return False
            stored = json.loads(row.value)
            try:
                rewrapped = crypto.rewrap_keyring(old_password, new_password, stored)
            except crypto.CryptoError:
                return False
            row.value = json.dumps(rewrapped)
            log.info("identity vault: keyring re-wrapped under the new password")
            return True

    def seal(self, session: Session, reporter: Mapping[str, Any]) -> dict[str, Any]:
        """Store an identified reporter; return the reference for the outbox payload."""
        if reporter.get("anonymous", False):
            return {"anonymous": True}
        ref = str(uuid.uuid4())
        plain = json.dumps(dict(reporter), ensure_ascii=False).encode("utf-8")
        blob = crypto.encrypt(self._key, plain, ref.encode())
        session.add(Meta(key=ENTRY_PREFIX + ref, value=base64.b64encode(blob).decode()))
        return {"anonymous": False, REF_FIELD: ref}

    def reveal(self, session: Session, ref: str) -> dict[str, Any]:
        row = session.get(Meta, ENTRY_PREFIX + ref)
        if row is None:
            raise KeyError(ref)
        plain = crypto.decrypt(self._key, base64.b64decode(row.value), ref.encode())
        data: dict[str, Any] = json.loads(plain)
        return data

    def fill(self, session: Session, payload: Mapping[str, Any]) -> dict[str, Any]:
        """The payload as the server must receive it: the sealed reporter revealed."""
        ref = sealed_ref(payload)
        if ref is None:
            return dict(payload)
        return {**payload, "reporter": self.reveal(session, ref)}


def sealed_ref(payload: Mapping[str, Any]) -> str | None:
    reporter = payload.get("reporter")
    if isinstance(reporter, Mapping) and isinstance(reporter.get(REF_FIELD), str):
        return str(reporter[REF_FIELD])
    return None


def wipe_payload(session: Session, payload: Mapping[str, Any]) -> bool:
    """Delete the vault entry a payload refers to (the server has the identity, or
    the action was discarded), leaving a tombstone for the profile's copies."""
    ref = sealed_ref(payload)
    if ref is None:
        return False
    session.execute(text("PRAGMA secure_delete = ON"))
    session.execute(delete(Meta).where(Meta.key == ENTRY_PREFIX + ref))
    session.merge(Meta(key=WIPED_PREFIX + ref, value=datetime.now(UTC).isoformat()))
    return True


def wiped_refs(session: Session) -> list[str]:
    """References of entries wiped here that a copy of the profile may still hold."""
    keys = session.scalars(
        select(Meta.key).where(Meta.key.startswith(WIPED_PREFIX, autoescape=True))
    )
    return sorted(key[len(WIPED_PREFIX) :] for key in keys)


def forget_tombstones(session: Session, refs: Collection[str]) -> None:
    """Drop the tombstones of ``refs`` (no copy holds their entries any more)."""
    keys = [WIPED_PREFIX + ref for ref in refs]
    for start in range(0, len(keys), 500):
        session.execute(delete(Meta).where(Meta.key.in_(keys[start : start + 500])))


def count_entries(session: Session) -> int:
    return int(
        session.scalar(
            select(func.count()).select_from(Meta).where(Meta.key.like(ENTRY_PREFIX + "%"))
        )
        or 0
    )

"""One sync cycle and what follows it, for the window and the command line alike (no Qt).

    SyncSession(store, photos, copies_key=...).sync(backend) -> SyncResult

The window (``app.WorkstationServices``) and ``officer-app sync`` (``cli.py``) both
call this, so a profile synced from either ends in the same state (as Electrum's
one ``commands`` facade serves its GUI and its CLI). After the engine's cycle:

* a good cycle sends the export notices still waiting, then writes the day's copy
  of the profile (which also brings older copies in line: ``make_backup``), except
  after a new profile's first sync with nothing of a person's in it;
* a cycle that failed after the server had applied actions still makes the copies
  forget the identities the profile let go of (``forget_in_copies``) now, not at
  the next good sync.

Heavy modules (the engine, the integrity checks) are imported when a cycle runs:
the command line starts quickly.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from officer_app.profile import Profile
    from officer_app.store.db import Store
    from officer_app.store.photos import PhotoStore
    from officer_app.sync.engine import SyncConfig, SyncEngine, SyncResult

log = logging.getLogger(__name__)

# Answers to an export notice that will not change by sending it again.
NOTICE_REFUSED = frozenset({"role_forbidden", "invalid_request"})

CopiesKey = Callable[[], "bytes | bytearray | None"]


def _no_key() -> None:
    return None


class SyncSession:
    """The sync of one open profile: the engine's cycle and its follow-up steps."""

    def __init__(
        self,
        store: Store,
        photos: PhotoStore,
        *,
        config: SyncConfig | None = None,
        identity: Any = None,
        copies_key: CopiesKey = _no_key,
    ) -> None:
        self.store = store
        self.photos = photos
        self.config = config
        self.identity = identity  # the desk's identity vault (None elsewhere)
        # The database key, for the copies only it opens (None for a plain profile).
        self.copies_key = copies_key

    def engine(self, backend: Any, on_progress: Callable[[Any], None] | None = None) -> SyncEngine:
        from officer_app.sync.engine import SyncEngine

        return SyncEngine(
            self.store,
            backend,
            self.photos,
            config=self.config,
            on_progress=on_progress,
            identity=self.identity,
        )

    def sync(
        self,
        backend: Any,
        *,
        on_progress: Callable[[Any], None] | None = None,
        cancel: Callable[[], bool] | None = None,
    ) -> SyncResult:
        """One cycle with ``backend``, then the steps that follow it."""
        first = self.never_synced()
        engine = self.engine(backend, on_progress)
        result = engine.run(cancel)
        self.after_cycle(backend, result, first=first)
        return result

    def never_synced(self) -> bool:
        """No cycle of this profile has finished yet (a new profile's first sync)."""
        from officer_app.store.schema import SyncState

        with self.store.read() as session:
            state = session.get(SyncState, 1)
            return state is None or state.last_sync_at is None

    def after_cycle(self, backend: Any, result: SyncResult, *, first: bool = False) -> None:
        """``first``: the profile had never finished a sync before this cycle."""
        from officer_app.sync.engine import Outcome

        if result.outcome is Outcome.OK:
            self.send_export_notices(backend)
            if first and not (result.pushed or result.waiting or result.needs_attention):
                # A new profile's first sync: the copy would hold only what the server
                # sends again, nothing a person did (~11 % of a first sync's time,
                # docs/performance.md). The next good sync writes the day's copy.
                log.info("first sync: the day's copy is left to the next sync")
            else:
                self.daily_copy()
        elif result.applied or result.duplicates:
            self.forget_in_copies()  # identities the server now has leave the copies too

    def send_export_notices(self, backend: Any) -> bool:
        """Send the pending export notices, oldest first; True when none is left.

        A transient or sign-in failure stops (tried again after the next sync); a
        notice the server refuses for good is marked so and not sent again.
        """
        from officer_app.store import export_notices
        from officer_app.sync.backend import AuthError, ProtocolError, TransientError

        notice_export = getattr(backend, "notice_export", None)
        if not callable(notice_export):  # e.g. an Open311 server: it keeps no such log
            return False
        for entry_id, notice in export_notices.pending(self.store):
            try:
                entry = notice_export(notice)
            except (TransientError, AuthError, OSError) as exc:
                log.info("export notices kept for the next sync: %s", type(exc).__name__)
                return False
            except ProtocolError as exc:
                if exc.code not in NOTICE_REFUSED:  # e.g. an untrusted certificate: later
                    log.info("export notices kept for the next sync: %s", exc.code)
                    return False
                log.warning("export notice refused by the server: %s", exc.code)
                export_notices.mark(self.store, entry_id, refused=exc.code)
                continue
            export_notices.mark(self.store, entry_id, server_id=entry.id)
        return True

    def daily_copy(self) -> None:
        """A good copy of the profile a day (offered if the file is ever damaged); the
        copies never keep what the server will send again (store/integrity.py)."""
        from officer_app.store.integrity import IntegrityError, make_backup

        try:
            make_backup(self.store, key=self.copies_key())
        except (IntegrityError, OSError) as exc:
            log.warning("daily copy of the profile not made: %s", type(exc).__name__)

    def forget_in_copies(self) -> None:
        """After a cycle that failed once the server had applied actions: the desk's
        wiped identities leave the copies now, not at the next good sync."""
        from officer_app.store.integrity import forget_in_copies

        try:
            forget_in_copies(self.store, key=self.copies_key())
        except Exception as exc:  # noqa: BLE001 - tried again after the next sync
            log.warning("copies of the profile not cleaned: %s", type(exc).__name__)


def profile_copies_key(profile: Profile) -> CopiesKey:
    """``copies_key`` of a ``Profile``: its database key while unlocked and encrypted."""

    def key() -> bytes | bytearray | None:
        if not profile.unlocked or profile.is_plain():
            return None
        return profile.database_key()

    return key

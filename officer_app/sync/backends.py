"""Which sync backend to talk to, built one way for the window and the command line.

    choice = BackendChoice(kind="open311", jurisdiction_id="jakarta.go.id")
    backend = make_sync_backend(server_url, choice, transport=policy, state_dir=profile.root)

``officer-app sync`` (flags, then IT's machine config) and the window (settings.ini,
then IT's machine config) each fill a ``BackendChoice``; this module alone turns it
into an ``HttpBackend`` (our protocol v1) or an ``Open311Backend`` (GeoReport v2),
so both ends send the same jurisdiction_id, apply the same transport rules and keep
the Open311 state in the same file of the profile.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from officer_app.sync.http_backend import HttpBackend, TransportPolicy
    from officer_app.sync.open311_backend import Open311Backend

NATIVE = "native"
OPEN311 = "open311"
KINDS: tuple[str, ...] = (NATIVE, OPEN311)

# Secrets and per-site ids may come from the environment (service accounts, scripts).
API_KEY_ENV = "CRM_OPEN311_API_KEY"
JURISDICTION_ENV = "CRM_OPEN311_JURISDICTION_ID"
# Where an Open311 profile keeps what it learnt of the server (known ids, windows).
OPEN311_STATE_FILE = "open311-state.json"


@dataclass(frozen=True)
class BackendChoice:
    """The backend a profile syncs with, and what an Open311 endpoint needs."""

    kind: Literal["native", "open311"] | str = NATIVE
    jurisdiction_id: str | None = None
    api_key: str | None = None
    service_map: Path | None = None  # JSON/TOML file: service_code = category id
    since: datetime | None = None  # a first sync's windows start here (None: discovered)

    @property
    def open311(self) -> bool:
        return self.kind == OPEN311

    def with_environment(self) -> BackendChoice:
        """Missing api_key / jurisdiction_id taken from the environment."""
        return BackendChoice(
            kind=self.kind,
            jurisdiction_id=self.jurisdiction_id or os.environ.get(JURISDICTION_ENV) or None,
            api_key=self.api_key or os.environ.get(API_KEY_ENV) or None,
            service_map=self.service_map,
            since=self.since,
        )


def make_sync_backend(
    server_url: str,
    choice: BackendChoice | None = None,
    *,
    transport: TransportPolicy | None = None,
    state_dir: Path | None = None,
) -> HttpBackend | Open311Backend:
    """The backend of ``choice`` for ``server_url``.

    Raises ``InsecureTransportError`` before any request when the transport rules
    refuse the address, and ``OSError``/``ValueError`` when the service map file
    cannot be used. ``state_dir`` is the profile's folder (Open311 keeps its state
    there; None: nothing kept, e.g. before the profile exists).
    """
    choice = (choice or BackendChoice()).with_environment()
    if not choice.open311:
        from officer_app.sync.http_backend import HttpBackend

        return HttpBackend(server_url, transport=transport)
    from officer_app.sync.open311_backend import Open311Backend, load_service_map

    return Open311Backend(
        server_url,
        api_key=choice.api_key,
        service_map=load_service_map(choice.service_map) if choice.service_map else {},
        jurisdiction_id=choice.jurisdiction_id,
        state_path=state_dir / OPEN311_STATE_FILE if state_dir is not None else None,
        transport=transport,  # IT's rules apply to Open311 as to our protocol
        since=choice.since,
    )


def is_open311(backend: object) -> bool:
    """Whether ``backend`` speaks Open311 (no password check on the server side)."""
    module = sys.modules.get("officer_app.sync.open311_backend")  # imported when built
    return module is not None and isinstance(backend, module.Open311Backend)

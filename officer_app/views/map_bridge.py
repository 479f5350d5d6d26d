"""What the map page may ask of Python: ``cmd(name, arg)``, through one narrow object.

The object on the page's QWebChannel is ``PageEndpoint``: one slot (``cmd``) and
one signal (``post``) of its own. It is registered for the page's isolated world
only (``resources/map/relay.js``); the page's own scripts reach it through
``window.postMessage`` and never hold it, so nothing it inherits from QObject
(``deleteLater`` among them) is theirs to call. ``MapBridge`` is Python's side:
it validates and turns commands into signals; it is never on the channel.

Nothing from the page is trusted. A command is accepted only when its name is
on the whitelist and its argument passes that command's check; everything else
is dropped and logged (name and length only — never the argument itself).
Python talks to the page through the ``post(kind, json)`` signal, which
``map.js`` connects to.

Commands from the page:
    ready  ""            the page and its channel are up
    select "<report id>" a point was clicked (only ids the page was given)
    pick   "<lat>,<lon>" the map was clicked in picker mode
    drawn  "<count>"     points were drawn after a push
    legend "0" | "1"     the person folded (0) or opened (1) the legend
"""

from __future__ import annotations

import json
import logging
import math
import re
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)

_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:\-]{0,99}$")
_LATLON = re.compile(r"^-?\d{1,3}(?:\.\d{1,8})?,-?\d{1,3}(?:\.\d{1,8})?$")
_COUNT = re.compile(r"^\d{1,8}$")
MAX_ARG = 200

# What Python may post to the page (map.js has the same list).
PAGE_MESSAGES = frozenset({"points", "select", "info", "pick", "fit", "home", "legend", "area"})


class PageEndpoint(QObject):
    """The channel's one object (``endpoint``): a command slot and the post signal."""

    post = Signal(str, str)  # to the page: message kind, JSON text

    def __init__(self, handler: Callable[[object, object], None], parent: QObject) -> None:
        super().__init__(parent)
        self._handler = handler

    @Slot(str, str)
    def cmd(self, name: str, arg: str) -> None:
        self._handler(name, arg)


class MapBridge(QObject):
    """Python's side of the page: validates commands, posts messages."""

    ready = Signal()
    selected = Signal(str)  # a report id the page was given
    picked = Signal(float, float)  # lat, lon
    drawn = Signal(int)  # points drawn after a push
    legendToggled = Signal(bool)  # noqa: N815 - the person opened (True) / folded the legend

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.endpoint = PageEndpoint(self.cmd, self)
        self.post = self.endpoint.post
        self._known_ids: frozenset[str] = frozenset()
        self.rejected = 0
        self._commands: dict[str, Callable[[str], bool]] = {
            "ready": self._ready,
            "select": self._select,
            "pick": self._pick,
            "drawn": self._drawn,
            "legend": self._legend,
        }

    def set_known_ids(self, ids: Iterable[str]) -> None:
        """The report ids the page holds now: the only ones it may select."""
        self._known_ids = frozenset(ids)

    def cmd(self, name: object, arg: object) -> None:
        """The page's single entry point."""
        handler = self._commands.get(name) if isinstance(name, str) else None
        if handler is None or not isinstance(arg, str) or len(arg) > MAX_ARG:
            self._reject(name, arg, "unknown or oversized")
            return
        if not handler(arg):
            self._reject(name, arg, "invalid argument")

    def send(self, kind: str, data: Any) -> None:
        """Post a message to the page (``data`` is JSON-serialised here)."""
        if kind not in PAGE_MESSAGES:
            raise ValueError(f"not a page message: {kind}")
        self.post.emit(kind, data if isinstance(data, str) else json.dumps(data))

    def send_raw(self, kind: str, json_text: str) -> None:
        """Post already-serialised JSON (the big points payload)."""
        if kind not in PAGE_MESSAGES:
            raise ValueError(f"not a page message: {kind}")
        self.post.emit(kind, json_text)

    # --- commands ----------------------------------------------------------------------

    def _reject(self, name: object, arg: object, why: str) -> None:
        self.rejected += 1
        shown = name[:20] if isinstance(name, str) else type(name).__name__
        size = len(arg) if isinstance(arg, str) else -1
        log.warning("map page command refused (%s): %r, argument of %d chars", why, shown, size)

    def _ready(self, arg: str) -> bool:
        if arg != "":
            return False
        self.ready.emit()
        return True

    def _select(self, arg: str) -> bool:
        if not _ID.match(arg) or arg not in self._known_ids:
            return False
        self.selected.emit(arg)
        return True

    def _pick(self, arg: str) -> bool:
        if not _LATLON.match(arg):
            return False
        lat_text, lon_text = arg.split(",")
        lat, lon = float(lat_text), float(lon_text)
        if not (math.isfinite(lat) and math.isfinite(lon)):
            return False
        if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):
            return False
        self.picked.emit(lat, lon)
        return True

    def _drawn(self, arg: str) -> bool:
        if not _COUNT.match(arg):
            return False
        self.drawn.emit(int(arg))
        return True

    def _legend(self, arg: str) -> bool:
        if arg not in ("0", "1"):
            return False
        self.legendToggled.emit(arg == "1")
        return True

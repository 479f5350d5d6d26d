"""The wire between the window and its map process (``map_process``): framed JSON.

One message is a header line of JSON, ``{"op": ..., ...}`` ending in ``\\n``, and,
when the header says ``"size": n``, exactly ``n`` bytes of UTF-8 text after it
(the body: the page's JSON as the bridge posts it, e.g. the points, carried as it
is so that neither side parses and re-writes 10 MB of points for nothing).

The window -> the map process (``op``):
    tiles    config          the tile settings (``tile_config_to_wire``); always the
                             first message, read before the page is built; again on
                             every change
    post     kind, body      a page message (``map_bridge.PAGE_MESSAGES``); "points"
                             bodies are ``PointsPayload.to_json()``
    js       id, body        run a script in the page, answer with ``js`` (tests, tools)
    click    x, y            a mouse click on the page at x, y (tests, tools)
    embedded                 its window was embedded again (a kept picker map):
                             the page must draw a new frame
    shown    visible         show or hide its own window (a spare picker map that is
                             not embedded: hidden while kept, shown when taken)
    quit                     end now (the window closes)

The map process -> the window (``op``):
    window   id              its top-level window's native id (for embedding)
    ready                    the page and its channel are up
    select   id              a point was clicked (the child's bridge checked the id)
    pick     lat, lon        the map was clicked in picker mode
    drawn    count           points were drawn after a push
    failed   text            the page could not be built or loaded
    js       id, body        a script's result (JSON text)

Both sides read with ``FrameReader`` and refuse what is not a frame (a header that
is not a JSON object, a size out of bounds): the reader then stops for good, and
the caller ends the conversation (the child quits; the window restarts the child).
Qt-free.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from officer_app.maps.tiles import TileConfig

FLAG = "--map-process"  # officer-app's hidden switch: be the map process (built program)
MAX_HEADER = 64 * 1024
MAX_BODY = 512 * 1024 * 1024  # 100k points are ~10 MB; far above anything real


class ProtocolError(ValueError):
    """The other side sent something that is not a frame."""


def frame(op: str, body: str | None = None, **fields: Any) -> bytes:
    """One message: the header line, then the body (if any)."""
    data = body.encode("utf-8") if body is not None else b""
    header: dict[str, Any] = {"op": op, **fields}
    if body is not None:
        header["size"] = len(data)
    return json.dumps(header, separators=(",", ":")).encode("utf-8") + b"\n" + data


class FrameReader:
    """Turns a byte stream into (header, body) pairs, whatever the chunking."""

    def __init__(self) -> None:
        self._buffer = bytearray()
        self._header: dict[str, Any] | None = None
        self.broken = False

    def feed(self, data: bytes) -> list[tuple[dict[str, Any], str | None]]:
        """Add bytes; return the messages now complete. ``ProtocolError`` on garbage."""
        if self.broken:
            raise ProtocolError("the stream is broken")
        self._buffer += data
        out: list[tuple[dict[str, Any], str | None]] = []
        try:
            while True:
                if self._header is None:
                    end = self._buffer.find(b"\n")
                    if end < 0:
                        if len(self._buffer) > MAX_HEADER:
                            raise ProtocolError("header too long")
                        return out
                    self._header = _parse_header(bytes(self._buffer[:end]))
                    del self._buffer[: end + 1]
                size = self._header.get("size")
                if size is None:
                    out.append((self._header, None))
                    self._header = None
                    continue
                if len(self._buffer) < size:
                    return out
                body = bytes(self._buffer[:size]).decode("utf-8")
                del self._buffer[:size]
                out.append((self._header, body))
                self._header = None
        except (ProtocolError, UnicodeDecodeError) as exc:
            self.broken = True
            raise ProtocolError(str(exc)) from exc


def _parse_header(line: bytes) -> dict[str, Any]:
    if len(line) > MAX_HEADER:
        raise ProtocolError("header too long")
    try:
        header = json.loads(line.decode("utf-8"))
    except ValueError as exc:
        raise ProtocolError("header is not JSON") from exc
    if not isinstance(header, dict) or not isinstance(header.get("op"), str):
        raise ProtocolError("header is not a message")
    size = header.get("size")
    if size is not None and (
        not isinstance(size, int) or isinstance(size, bool) or not 0 <= size <= MAX_BODY
    ):
        raise ProtocolError("body size out of bounds")
    return header


def tile_config_to_wire(config: TileConfig | None) -> dict[str, Any] | None:
    if config is None:
        return None
    wire = asdict(config)
    for key in ("cache_dir", "mbtiles"):
        if wire[key] is not None:
            wire[key] = str(wire[key])
    return wire


def tile_config_from_wire(wire: object) -> TileConfig | None:
    if not isinstance(wire, dict):
        return None
    fields = dict(wire)
    for key in ("cache_dir", "mbtiles"):
        if fields.get(key) is not None:
            fields[key] = Path(str(fields[key]))
    try:
        return TileConfig(**fields)
    except TypeError:
        return None

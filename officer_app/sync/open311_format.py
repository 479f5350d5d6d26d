"""Reading what Open311 GeoReport v2 servers answer, as tolerantly as they need.

- bodies in JSON or XML (the spec's required format), whatever the suffix asked
  for: the first byte decides; XML with a DOCTYPE is refused (no entities);
- XML is turned into the JSON shape: a collection root (``services``,
  ``service_requests``, ``errors``, ``service_request_updates``) or a list
  element (``attributes``, ``values``, ``endpoints``, ``formats``) becomes a
  list, and so does ANY element whose children repeat one tag, and any root
  whose children are records of one tag (``<requests><request>…``, whatever the
  server calls them); an empty root is an empty list; other elements become
  dicts, empty elements become None;
- errors as the spec's array ``[{"code", "description"}]``, a single object, or
  ``{"error": ...}``; every item of the array is kept (``error_of`` joins them);
- datetimes with offsets (``-08:00``, ``Z``, ``+0700``), a space instead of the
  ``T``; none at all means Jakarta time;
- ids and numbers that arrive as numbers or strings.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from datetime import datetime
from typing import Any

from crm_shared.domain import JAKARTA_TZ

LIST_TAGS = frozenset(
    {
        "services",
        "service_requests",
        "errors",
        "service_request_updates",
        "attributes",
        "values",
        "endpoints",
        "formats",
        "discovery_endpoints",
    }
)


class BodyError(ValueError):
    """A body that is neither JSON nor XML we can read."""


def parse_body(content: bytes) -> Any:
    text = content.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not text:
        return None
    if text[:1] == b"<":
        return parse_xml(text)
    try:
        return json.loads(text)
    except (ValueError, UnicodeDecodeError) as exc:
        raise BodyError("not JSON") from exc


def parse_xml(content: bytes) -> Any:
    head = content[:2048].upper()
    if b"<!DOCTYPE" in head or b"<!ENTITY" in content.upper():
        raise BodyError("XML with a DOCTYPE is not accepted")
    try:
        root = ET.fromstring(content)
    except ET.ParseError as exc:
        raise BodyError("not XML") from exc
    if not list(root):
        return []  # an empty collection, whatever its root is called
    return _element(root, root=True)


def _element(el: ET.Element, root: bool = False) -> Any:
    children = list(el)
    if not children:
        if el.tag in LIST_TAGS:
            return []
        text = (el.text or "").strip()
        return text or None
    tags = {child.tag for child in children}
    records = len(tags) == 1 and not tags & LIST_TAGS and all(len(c) for c in children)
    if el.tag in LIST_TAGS or (len(tags) == 1 and len(children) > 1) or (root and records):
        return [_element(child) for child in children]
    out: dict[str, Any] = {}
    for child in children:
        out[child.tag] = _element(child)
    return out


def as_list(body: Any, key: str | None = None) -> list[dict[str, Any]]:
    """The items of a collection: a list, or a dict holding one (``{"requests": [...]}``),
    or a single dict (a server that answered one object instead of an array of one)."""
    if isinstance(body, list):
        return [item for item in body if isinstance(item, dict)]
    if isinstance(body, dict):
        if key and isinstance(body.get(key), list):
            return [item for item in body[key] if isinstance(item, dict)]
        for value in body.values():
            if isinstance(value, list) and all(isinstance(v, dict) for v in value):
                return list(value)
        return [body]
    return []


def error_of(body: Any) -> tuple[int | None, str] | None:
    """(code, description) of an error body in any of the shapes servers use; every
    item of an array is shown (their descriptions joined), the first one's code."""
    if isinstance(body, list):
        found = [e for e in (error_of(i) for i in body if isinstance(i, dict)) if e]
        if not found:
            return None
        texts = list(dict.fromkeys(d for _, d in found if d))
        return found[0][0], "; ".join(texts)
    item: Any = body
    if isinstance(item, dict) and isinstance(item.get("errors"), list):
        return error_of(item["errors"])
    if isinstance(item, dict) and "error" in item:
        inner = item["error"]
        if isinstance(inner, dict):
            item = {
                "code": inner.get("code"),
                "description": inner.get("description") or inner.get("message"),
            }
        else:
            item = {"code": item.get("code"), "description": inner}
    if not isinstance(item, dict) or not ({"code", "description", "message"} & set(item)):
        return None
    description = item.get("description") or item.get("message") or ""
    return as_int(item.get("code")), text(description) or ""


def text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, dict | list):
        return None
    out = str(value).strip()
    return out or None


def as_int(value: Any) -> int | None:
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return None


def as_float(value: Any) -> float | None:
    try:
        out = float(str(value).strip())
    except (TypeError, ValueError):
        return None
    return out if out == out and out not in (float("inf"), float("-inf")) else None


def as_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in ("true", "1", "yes")


def parse_datetime(value: Any) -> datetime | None:
    """ISO 8601 with whatever offset the server wrote; None when absent or unreadable."""
    raw = text(value)
    if raw is None:
        return None
    raw = raw.replace(" ", "T", 1) if "T" not in raw and " " in raw else raw
    if raw.endswith(("z", "Z")):
        raw = raw[:-1] + "+00:00"
    try:
        out = datetime.fromisoformat(raw)
    except ValueError:
        return None
    if out.tzinfo is None:
        out = out.replace(tzinfo=JAKARTA_TZ)
    return out


def w3c(value: datetime) -> str:
    """A datetime as the spec writes it (seconds, with its offset)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=JAKARTA_TZ)
    return value.isoformat(timespec="seconds")

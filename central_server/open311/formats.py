"""The two formats of GeoReport v2 (XML, required by the spec, and JSON), errors, datetimes.

Every response of the Open311 face is built here, so that both formats carry
the same fields and the XML is always well-formed: ElementTree escapes markup,
and characters that XML 1.0 cannot carry at all are dropped from text.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping, Sequence
from datetime import datetime
from enum import StrEnum
from typing import Any

from fastapi import Response

from crm_shared.domain import JAKARTA_TZ

from ..clock import as_utc


class Fmt(StrEnum):
    JSON = "json"
    XML = "xml"


CONTENT_TYPES: dict[Fmt, str] = {
    Fmt.JSON: "application/json; charset=utf-8",
    Fmt.XML: "text/xml; charset=utf-8",
}

# Element names of list items in XML: <endpoints><endpoint>, <formats><format>, ...
_ITEM_TAGS: dict[str, str] = {
    "endpoints": "endpoint",
    "formats": "format",
    "attributes": "attribute",
    "values": "value",
}

# XML 1.0 allows tab, newline, carriage return and these ranges only.
_NOT_XML_CHAR = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


class Open311Error(Exception):
    """Raise from an Open311 route: answered as the spec's error array."""

    def __init__(
        self, status: int, description: str, headers: Mapping[str, str] | None = None
    ) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.headers = headers


def parse_format(fmt: str) -> Fmt:
    """The format named by a resource's suffix; an unknown one is a 404 (no such resource)."""
    try:
        return Fmt(fmt.lower())
    except ValueError:
        raise Open311Error(404, f"Unknown format '{fmt[:20]}': use .xml or .json.") from None


def format_of_path(path: str) -> Fmt:
    """The format an error about ``path`` is written in: XML for .xml, else JSON."""
    return Fmt.XML if path.lower().endswith(".xml") else Fmt.JSON


def w3c_datetime(value: datetime | None) -> str | None:
    """ISO 8601 (W3C profile) in Jakarta time with its offset: 2024-05-01T08:15:30+07:00."""
    if value is None:
        return None
    return as_utc(value).astimezone(JAKARTA_TZ).isoformat(timespec="seconds")


def xml_text(value: str) -> str:
    return _NOT_XML_CHAR.sub("", value)


def _scalar_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return xml_text(str(value))


def _append(parent: ET.Element, tag: str, value: Any) -> None:
    element = ET.SubElement(parent, tag)
    if isinstance(value, Mapping):
        for key, child in value.items():
            _append(element, key, child)
    elif isinstance(value, list | tuple):
        item_tag = _ITEM_TAGS.get(tag, "item")
        for child in value:
            _append(element, item_tag, child)
    else:
        element.text = _scalar_text(value)


def to_xml(
    root_tag: str, body: Mapping[str, Any] | Sequence[Mapping[str, Any]], item_tag: str = ""
) -> bytes:
    """Serialise a document (a mapping) or a list of items under ``root_tag``."""
    root = ET.Element(root_tag)
    if isinstance(body, Mapping):
        for key, value in body.items():
            _append(root, key, value)
    else:
        for item in body:
            _append(root, item_tag, item)
    text = ET.tostring(root, encoding="unicode")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + text).encode("utf-8")


def to_json(body: Any) -> bytes:
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def respond(
    fmt: Fmt,
    root_tag: str,
    body: Mapping[str, Any] | Sequence[Mapping[str, Any]],
    item_tag: str = "",
    *,
    status: int = 200,
    headers: Mapping[str, str] | None = None,
) -> Response:
    content = to_json(body) if fmt is Fmt.JSON else to_xml(root_tag, body, item_tag)
    return Response(
        content=content,
        status_code=status,
        media_type=CONTENT_TYPES[fmt],
        headers=dict(headers or {}),
    )


def error_response(
    fmt: Fmt, status: int, description: str, headers: Mapping[str, str] | None = None
) -> Response:
    """The spec's error form: [{"code", "description"}] or <errors><error>...</error></errors>."""
    return respond(
        fmt,
        "errors",
        [{"code": status, "description": description}],
        "error",
        status=status,
        headers=headers,
    )

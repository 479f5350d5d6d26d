"""A mark printed on every page this program makes (e.g. "LATIHAN" in training mode).

One process-wide value: set once when a training session starts, cleared when it
ends. The receipt (``views.desk.receipt``) and the dashboard PDF (``exports``) read
it when they lay out a page, so no caller has to pass it along. Qt-free.
"""

from __future__ import annotations

_mark: str | None = None


def set_page_mark(text: str | None) -> None:
    global _mark
    _mark = text or None


def page_mark() -> str | None:
    """The mark to print on every page now (None: none)."""
    return _mark

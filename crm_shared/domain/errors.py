"""Errors raised by the domain rules.

Every refusal carries a machine-readable ``code`` and a ``message`` a person can
read (Bahasa Indonesia, the language of the users). The views translate codes
when they need another language; the server returns the message as it is.
"""

from __future__ import annotations


class DomainError(ValueError):
    """A rule of the CRM refuses what was asked."""

    def __init__(self, code: str, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.field = field

    def __repr__(self) -> str:
        return f"DomainError({self.code!r}, {self.message!r})"

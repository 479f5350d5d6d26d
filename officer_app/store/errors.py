"""Errors of the local store, each with a code and a message a person can read."""

from __future__ import annotations


class StoreError(RuntimeError):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class SchemaTooNewError(StoreError):
    """The profile was written by a newer app; it is left untouched."""


class NotFoundError(StoreError):
    """No such report (or outbox item) in this profile."""

"""GUI tests: offscreen Qt, a fresh data dir per test, helpers to build the window."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator

import pytest

from officer_app import workers


@pytest.fixture(autouse=True)
def _drain_workers(qapp: object) -> Iterator[None]:
    """No test leaves background work running into the next one."""
    yield
    workers.cancel_all()
    workers.wait_for_all(20_000)

"""The C heap of the desktop process: fewer glibc malloc arenas (issue 22).

glibc gives threads their own malloc arenas, up to eight per core. The window's
process runs QtWebEngine's browser side (the map): dozens of threads, and memory
freed in one arena is not reused by another, so the process held ~40-60 MB more
heap with the map open at 100k reports than the same work in two arenas
(``benchmarks/startup_bench.py``, docs/performance.md). Two arenas is what
glibc's ``MALLOC_ARENA_MAX=2`` gives; Python allocates under its own lock anyway.

Qt-free; does nothing off glibc (Windows, macOS, musl) or when the person set
``MALLOC_ARENA_MAX`` themselves.
"""

from __future__ import annotations

import ctypes
import logging
import os

log = logging.getLogger(__name__)

ARENAS = 2
_M_ARENA_MAX = -8  # glibc's mallopt parameter number (malloc.h)


def limit_malloc_arenas(arenas: int = ARENAS) -> bool:
    """Cap glibc's malloc arenas; True when applied. Call before threads start
    (arenas already made stay)."""
    if "MALLOC_ARENA_MAX" in os.environ or not _is_glibc():
        return False
    try:
        libc = ctypes.CDLL(None)
        applied = bool(libc.mallopt(_M_ARENA_MAX, arenas))
    except (OSError, AttributeError):  # no mallopt in this C library
        return False
    if not applied:
        log.info("malloc arenas not limited (mallopt refused)")
    return applied


def _is_glibc() -> bool:
    try:
        return os.confstr("CS_GNU_LIBC_VERSION") is not None
    except (ValueError, OSError, AttributeError):  # not a glibc system
        return False

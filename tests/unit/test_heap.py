"""``officer_app.heap``: the desktop process keeps to two glibc malloc arenas (issue 22)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

# Eight threads allocate at once (64 KiB blocks: malloc, not mmap), then glibc lists
# its arenas on standard error ("Arena 0:", "Arena 1:", ...).
_PROBE = """
import ctypes, sys, threading
from officer_app.heap import limit_malloc_arenas
print(limit_malloc_arenas() if sys.argv[1] == "limit" else "not asked", flush=True)
start = threading.Barrier(8)
def work():
    start.wait()
    keep = [bytearray(65536) for _ in range(50)]
threads = [threading.Thread(target=work) for _ in range(8)]
for t in threads: t.start()
for t in threads: t.join()
ctypes.CDLL(None).malloc_stats()
"""


def _arenas(mode: str, **env: str) -> tuple[str, int]:
    environ = {k: v for k, v in os.environ.items() if k != "MALLOC_ARENA_MAX"}
    environ.update(env)
    out = subprocess.run(
        [sys.executable, "-c", _PROBE, mode],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=environ,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    arenas = sum(1 for line in out.stderr.splitlines() if line.startswith("Arena "))
    return out.stdout.strip(), arenas


@pytest.mark.skipif(
    not hasattr(os, "confstr") or not sys.platform.startswith("linux"), reason="glibc only"
)
def test_two_arenas_for_many_threads_and_a_persons_own_setting_wins() -> None:
    applied, limited = _arenas("limit")
    assert (applied, limited) == ("True", 2)
    _, unlimited = _arenas("none")
    assert unlimited > 2  # what the limit saves: glibc's own choice makes more
    applied, own = _arenas("limit", MALLOC_ARENA_MAX="3")
    assert applied == "False"  # MALLOC_ARENA_MAX set by the person: left to glibc
    assert own == 3

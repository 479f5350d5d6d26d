"""``benchmarks.common.memory_mb``: what the startup benchmark's memory rows count."""

from __future__ import annotations

import sys

import pytest

from benchmarks.common import memory_mb


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_the_parts_add_up_and_own_pages_are_within_the_share() -> None:
    ballast = bytearray(64 * 1024 * 1024)  # 64 MB of this process's own heap
    ballast[::4096] = b"x" * len(ballast[::4096])  # touched: resident
    mem = memory_mb()
    assert set(mem) == {"rss", "anon", "file", "shmem", "pss", "uss"}
    assert abs(mem["rss"] - (mem["anon"] + mem["file"] + mem["shmem"])) < 1.0
    assert mem["anon"] >= 64
    assert mem["uss"] <= mem["pss"] + 0.5 <= mem["rss"] + 1.0
    assert mem["uss"] >= 64  # the ballast is this process's alone
    del ballast

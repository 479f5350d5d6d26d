"""Helpers shared by the GUI tests (not fixtures)."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from PIL import Image


def make_jpeg(path: Path, colour: tuple[int, int, int], size: tuple[int, int] = (640, 480)) -> Path:
    Image.new("RGB", size, colour).save(path, "JPEG", quality=85)
    return path


def synthetic_reports(n: int, seed: int = 3) -> list[Any]:
    """``n`` server reports in 5 categories and 4 kelurahan, spread over statuses/times."""
    from officer_app.domain import Channel, Status
    from officer_app.sync.wire import ReportOut

    rng = random.Random(seed)
    now = datetime.now(UTC)
    statuses = [Status.MENUNGGU, Status.PROSES, Status.SELESAI, Status.KOORDINASI]
    out = []
    for i in range(n):
        created = now - timedelta(hours=rng.uniform(1, 24 * 20))
        out.append(
            ReportOut(
                id=f"r{i:05d}",
                number=f"JK2611{(i // 1000) + 10:02d}{i % 10000:04d}",
                category_id=f"cat{i % 5}",
                channel=Channel.JAKI,
                status=statuses[i % 4],
                description=("lampu jalan padam" if i % 7 == 0 else "sampah menumpuk di trotoar"),
                address=f"Jl. Contoh {i}",
                kelurahan_code=f"31.71.0{i % 4}.1001",
                unit_id="u1",
                created_at=created,
                landed_at=created,
                version=1,
                seq=i + 1,
            )
        )
    return out

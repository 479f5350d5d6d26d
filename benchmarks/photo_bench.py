"""Photo evidence: processing a 12-megapixel phone JPEG (issue 9, case 6).

    .venv/bin/python benchmarks/photo_bench.py [--runs 5]

``officer_app.store.photos.process_photo`` (checks, EXIF facts, orientation,
shrink to 1920 px, strip, re-encode at quality 82, two SHA-256) against the
limit measured in the same run: the bare Pillow work that cannot be avoided
for the same output (open, reduced decode, rotate, resize, encode) with no
checks and no hashing. Also the write into the profile's photo store and the
process's peak RSS while doing it.
"""

from __future__ import annotations

import argparse
import io
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PIL import Image, ImageOps

from benchmarks.common import (
    Result,
    alternate,
    log,
    peak_rss_mb,
    reset_peak_rss,
    rss_mb,
    timed,
)
from officer_app.store.photos import PhotoStore, process_photo

WIDTH, HEIGHT = 4000, 3000  # 12 megapixels, as a mid-range phone shoots


def phone_jpeg() -> bytes:
    """A 4000x3000 JPEG with phone-like EXIF (rotated, GPS, time) and texture.

    Gradients plus noise give a file of a few MB, like a real photo; a flat
    image would compress to almost nothing and decode unrealistically fast.
    """
    gradient = Image.linear_gradient("L").resize((WIDTH, HEIGHT))
    noise = Image.effect_noise((WIDTH, HEIGHT), 40)
    blend = Image.blend(gradient, noise, 0.35)
    image = Image.merge("RGB", (gradient, blend, noise))
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: rotate 90 degrees on display
    exif[0x010F] = "BenchPhone"
    exif[0x0110] = "Model 12MP"
    exif[0x0132] = datetime(2025, 3, 4, 9, 15, 0).strftime("%Y:%m:%d %H:%M:%S")
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "S", (6.0, 10.0, 30.0)
    gps[3], gps[4] = "E", (106.0, 49.0, 40.0)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=92, exif=exif)
    return out.getvalue()


def bare_pillow(data: bytes) -> bytes:
    """The same output with nothing but the unavoidable Pillow calls."""
    image = Image.open(io.BytesIO(data))
    scale = 1920 / max(image.size)
    image.draft("RGB", (round(image.width * scale), round(image.height * scale)))
    image = ImageOps.exif_transpose(image)
    image.thumbnail((1920, 1920), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=82)
    return out.getvalue()


def _seconds(fn: Callable[[], object]) -> Callable[[int], float]:
    def run(_: int) -> float:
        started = time.perf_counter()
        fn()
        return time.perf_counter() - started

    return run


def suite(quick: bool) -> list[Result]:
    runs = 3 if quick else 7
    data = phone_jpeg()
    log(f"photo: {WIDTH}x{HEIGHT} JPEG of {len(data) / 1e6:.1f} MB")
    before = rss_mb() or 0.0
    reset_peak_rss()
    process_photo(data)  # warm-up, both sides
    bare_pillow(data)
    ours, limit = _seconds(lambda: process_photo(data)), _seconds(lambda: bare_pillow(data))
    pairs = alternate(ours, limit, runs)
    peak = peak_rss_mb()
    processed = process_photo(data)
    with tempfile.TemporaryDirectory() as tmp:
        counter = iter(range(10_000))

        def put() -> None:
            # A fresh photo store each time, so every call writes both files.
            PhotoStore(Path(tmp) / str(next(counter))).put(processed, data)

        stored = timed(put, runs=runs)
    size = Image.open(io.BytesIO(processed.data)).size
    return [
        Result.paired(
            "photo",
            f"process 12 MP JPEG ({len(data) / 1e6:.1f} MB) -> {size[0]}x{size[1]}",
            pairs,
            unit="ms",
            limit_name="bare Pillow",
            rss_mb=peak,
            note=f"peak RSS grew from {before:.0f} MB",
            extra={"bytes": len(data)},
        ),
        Result(
            "photo",
            "store processed + original in the profile (fsync)",
            stored.p50_ms,
            extra={"p95_ms": stored.p95_ms},
        ),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    started = time.perf_counter()
    for r in suite(args.quick):
        print(f"{r.case}: {r.value:.0f} ms (limit {r.limit or 0:.0f} ms), peak RSS {r.rss_mb}")
    print(f"in {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()

"""Before/after photos for the demo seed, drawn with Pillow (no photo files shipped).

A small street scene in Jakarta's colours: sky, a row of shophouses, the road,
a tree and a lamp post, with the problem of the report's kind in the "before"
photo (a pothole, a pile of garbage, a fallen branch, a flooded drain, a dark
lamp, illegal banners, vehicles on the sidewalk) and the same place without it
in the "after" photo. The layout is drawn from a random generator seeded by the
report, and each photo carries a field-camera stamp (time and coordinates), so
every seeded photo has its own bytes: the validator flags a photo hash seen on
another report as possibly reused evidence, and seeded photos must not be.

The files carry no EXIF, like every photo a workstation uploads (it strips all
metadata; capture time and place travel as fields of the follow-up). The seed
puts those fields on the attachment rows (``seed_plan.PhotoSeed``).
"""

from __future__ import annotations

import io
import math
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import cache

from PIL import Image, ImageDraw, ImageFont

from crm_shared.domain import JAKARTA_TZ

WIDTH, HEIGHT = 480, 360
HORIZON = 150
JPEG_QUALITY = 78

_Colour = tuple[int, int, int]
_WALLS: tuple[_Colour, ...] = (
    (222, 206, 178),
    (198, 120, 96),
    (236, 226, 205),
    (170, 190, 200),
    (214, 186, 120),
    (188, 204, 170),
    (230, 196, 196),
    (160, 160, 170),
)
_SHUTTERS: tuple[_Colour, ...] = ((120, 126, 134), (90, 110, 140), (150, 90, 70), (70, 90, 80))
_BAGS: tuple[_Colour, ...] = ((30, 30, 34), (40, 60, 120), (210, 210, 200), (60, 110, 60))
_CARS: tuple[_Colour, ...] = ((200, 30, 40), (235, 235, 235), (40, 40, 45), (60, 90, 170))
_BANNERS: tuple[_Colour, ...] = ((230, 200, 40), (200, 40, 50), (40, 120, 200), (250, 120, 30))


@cache
def _font() -> ImageFont.ImageFont | ImageFont.FreeTypeFont:
    try:
        return ImageFont.load_default(size=13)
    except (OSError, TypeError):  # a Pillow without FreeType: the bitmap font
        return ImageFont.load_default()


def render(
    *,
    seed: str,
    problem: str,
    after: bool,
    captured_at: datetime,
    lat: float | None,
    lon: float | None,
) -> bytes:
    """One JPEG: the scene of ``seed`` (the same place before and after), with or
    without ``problem`` (a value of ``seed_plan.PROBLEM_OF_KIND``; an unknown one
    draws garbage), stamped like a field camera."""
    rng = random.Random(seed)  # the place: the same in both photos of a report
    image = Image.new("RGB", (WIDTH, HEIGHT))
    draw = ImageDraw.Draw(image)
    dusk = problem == "lamp"
    _sky(draw, rng, dusk)
    _buildings(draw, rng)
    road_left, road_right = _street(draw, rng)
    tree_x = _tree(draw, rng, trimmed=after and problem == "branch")
    lamp_x = _lamp(draw, rng, lit=not dusk or after, glow=dusk and after)
    place = _Place(road_left, road_right, tree_x, lamp_x)
    if after:
        _fixed(draw, rng, problem, place)
    else:
        _PROBLEMS.get(problem, _garbage)(draw, rng, place)
    if after:  # later in the day: a little warmer light
        image = Image.eval(image, lambda v: min(255, int(v * 1.04) + 3))
        draw = ImageDraw.Draw(image)
    _stamp(draw, captured_at, lat, lon)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=JPEG_QUALITY, optimize=False)
    return out.getvalue()


# --- the place -----------------------------------------------------------------------


def _sky(draw: ImageDraw.ImageDraw, rng: random.Random, dusk: bool) -> None:
    top: _Colour = (40, 50, 90) if dusk else (90 + rng.randint(0, 40), 150, 215)
    bottom: _Colour = (230, 140, 90) if dusk else (200, 220, 235)
    bands = 15
    for i in range(bands):
        t = i / (bands - 1)
        colour = tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
        y0 = HORIZON * i // bands
        draw.rectangle((0, y0, WIDTH, HORIZON * (i + 1) // bands), fill=colour)
    if not dusk:
        for _ in range(rng.randint(1, 3)):  # clouds
            x, y = rng.randint(0, WIDTH), rng.randint(8, 60)
            draw.ellipse((x - 40, y - 10, x + 40, y + 12), fill=(245, 247, 250))


def _buildings(draw: ImageDraw.ImageDraw, rng: random.Random) -> None:
    x = -rng.randint(0, 30)
    while x < WIDTH:
        width = rng.randint(55, 110)
        height = rng.randint(50, 125)
        wall = rng.choice(_WALLS)
        top = HORIZON + 40 - height
        draw.rectangle((x, top, x + width, HORIZON + 40), fill=wall, outline=(90, 80, 70))
        draw.polygon(  # a roof edge
            [(x - 4, top), (x + width + 4, top), (x + width - 6, top - 8), (x + 6, top - 8)],
            fill=(150, 70, 50),
        )
        for wy in range(top + 8, HORIZON + 10, 22):  # windows
            for wx in range(x + 8, x + width - 14, 20):
                draw.rectangle((wx, wy, wx + 10, wy + 12), fill=(70, 90, 110))
        shutter = rng.choice(_SHUTTERS)  # the shop's rolling door at street level
        draw.rectangle((x + 6, HORIZON + 16, x + width - 6, HORIZON + 40), fill=shutter)
        for sy in range(HORIZON + 18, HORIZON + 40, 4):
            draw.line((x + 6, sy, x + width - 6, sy), fill=(60, 60, 60))
        x += width + rng.randint(0, 6)


def _street(draw: ImageDraw.ImageDraw, rng: random.Random) -> tuple[int, int]:
    """Sidewalk, kerb and road in perspective; returns the road's edges at the bottom."""
    vanish = WIDTH // 2 + rng.randint(-60, 60)
    ground = HORIZON + 40
    draw.rectangle((0, ground, WIDTH, HEIGHT), fill=(150, 146, 138))  # sidewalk
    left, right = rng.randint(-60, 40), WIDTH + rng.randint(-40, 60)
    draw.polygon(
        [(vanish - 30, ground), (vanish + 30, ground), (right, HEIGHT), (left, HEIGHT)],
        fill=(78, 80, 84),
    )
    draw.line((vanish - 30, ground, left, HEIGHT), fill=(230, 230, 230), width=3)  # kerb
    for i in range(6):  # lane dashes
        t0, t1 = i / 6 + 0.03, i / 6 + 0.11
        y0, y1 = ground + (HEIGHT - ground) * t0, ground + (HEIGHT - ground) * t1
        x0 = vanish + ((left + right) / 2 - vanish) * t0
        x1 = vanish + ((left + right) / 2 - vanish) * t1
        draw.line((x0, y0, x1, y1), fill=(235, 235, 220), width=1 + i)
    return left, right


def _tree(draw: ImageDraw.ImageDraw, rng: random.Random, *, trimmed: bool) -> int:
    x = rng.choice((rng.randint(20, 110), rng.randint(WIDTH - 110, WIDTH - 20)))
    base = HORIZON + 95
    draw.rectangle((x - 6, base - 85, x + 6, base), fill=(100, 70, 40))
    crown = 34 if trimmed else 52
    green = (40 + rng.randint(0, 40), 120 + rng.randint(0, 40), 50)
    draw.ellipse((x - crown, base - 85 - crown, x + crown, base - 85 + crown // 2), fill=green)
    return x


def _lamp(draw: ImageDraw.ImageDraw, rng: random.Random, *, lit: bool, glow: bool) -> int:
    x = rng.randint(150, WIDTH - 150)
    base = HORIZON + 70
    draw.rectangle((x - 2, base - 110, x + 2, base), fill=(70, 75, 80))
    draw.line((x, base - 110, x + 26, base - 116), fill=(70, 75, 80), width=3)
    if glow:
        draw.ellipse((x + 6, base - 136, x + 50, base - 96), fill=(255, 236, 150))
    draw.rectangle(
        (x + 20, base - 118, x + 36, base - 110), fill=(255, 240, 170) if lit else (60, 60, 64)
    )
    return x


# --- the problem (before) and the work done (after) ------------------------------------


@dataclass(frozen=True)
class _Place:
    road_left: int  # the road's edges at the bottom of the picture
    road_right: int
    tree_x: int
    lamp_x: int


def _pothole(draw: ImageDraw.ImageDraw, rng: random.Random, place: _Place) -> None:
    cx = rng.randint(place.road_left + 100, place.road_right - 100)
    cy = rng.randint(HEIGHT - 110, HEIGHT - 45)
    points = []
    for i in range(10):
        r = rng.randint(22, 46)
        points.append((cx + r * _COS[i], cy + r * 0.45 * _SIN[i]))
    draw.polygon(points, fill=(38, 36, 34), outline=(110, 104, 96))
    draw.ellipse((cx - 14, cy - 5, cx + 18, cy + 8), fill=(80, 96, 110))  # rain water in it


def _garbage(draw: ImageDraw.ImageDraw, rng: random.Random, place: _Place) -> None:
    del place
    cx = rng.randint(40, WIDTH - 120)
    for _ in range(rng.randint(7, 12)):
        x, y = cx + rng.randint(0, 90), HORIZON + 55 + rng.randint(0, 45)
        w, h = rng.randint(16, 30), rng.randint(12, 24)
        draw.ellipse((x, y, x + w, y + h), fill=rng.choice(_BAGS), outline=(20, 20, 20))
    for _ in range(8):  # loose rubbish
        x, y = cx + rng.randint(-20, 120), HORIZON + 95 + rng.randint(0, 20)
        draw.rectangle((x, y, x + 5, y + 3), fill=(rng.randint(150, 255), 200, 180))


def _branch(draw: ImageDraw.ImageDraw, rng: random.Random, place: _Place) -> None:
    tree_x = place.tree_x
    y = HORIZON + 80 + rng.randint(0, 40)
    end = tree_x + (150 if tree_x < WIDTH // 2 else -150)
    draw.line((tree_x, HORIZON + 30, end, y), fill=(95, 65, 35), width=9)
    for i in range(5):
        bx = tree_x + (end - tree_x) * (0.4 + i * 0.14)
        by = HORIZON + 30 + (y - HORIZON - 30) * (0.4 + i * 0.14)
        draw.ellipse((bx - 22, by - 16, bx + 22, by + 12), fill=(50, 120, 45))


def _flood(draw: ImageDraw.ImageDraw, rng: random.Random, place: _Place) -> None:
    left, right = place.road_left, place.road_right
    top = HORIZON + 70 + rng.randint(0, 30)
    draw.polygon(
        [(left - 20, HEIGHT), (right + 20, HEIGHT), (WIDTH - 40, top), (40, top + 10)],
        fill=(112, 100, 70),
    )
    for _ in range(12):  # ripples
        x, y = rng.randint(40, WIDTH - 60), rng.randint(top + 10, HEIGHT - 10)
        draw.arc((x, y, x + 40, y + 8), 200, 340, fill=(160, 150, 120))


def _dark_lamp(draw: ImageDraw.ImageDraw, rng: random.Random, place: _Place) -> None:
    """Nothing more: the lamp post is drawn unlit against the dusk sky."""
    del draw, rng, place


def _banners(draw: ImageDraw.ImageDraw, rng: random.Random, place: _Place) -> None:
    lamp_x = place.lamp_x
    for i in range(rng.randint(2, 4)):
        x = 30 + i * 100 + rng.randint(0, 30)
        draw.rectangle((x - 2, HORIZON - 20, x + 2, HORIZON + 70), fill=(90, 90, 90))
        colour = rng.choice(_BANNERS)
        draw.rectangle((x + 2, HORIZON - 16, x + 70, HORIZON + 18), fill=colour)
        for ly in range(HORIZON - 10, HORIZON + 14, 8):
            draw.line((x + 8, ly, x + 60, ly), fill=(255, 255, 255), width=2)
    draw.rectangle((lamp_x - 12, HORIZON - 10, lamp_x + 12, HORIZON + 22), fill=(250, 250, 240))


def _vehicles(draw: ImageDraw.ImageDraw, rng: random.Random, place: _Place) -> None:
    del place
    x = rng.randint(0, 80)
    for _ in range(rng.randint(2, 4)):
        if rng.random() < 0.5:  # a car
            w, y = 110, HORIZON + 52
            draw.rectangle((x, y, x + w, y + 34), fill=rng.choice(_CARS), outline=(30, 30, 30))
            draw.rectangle((x + 20, y - 18, x + w - 25, y), fill=(120, 150, 170))
            for wx in (x + 14, x + w - 34):
                draw.ellipse((wx, y + 24, wx + 22, y + 46), fill=(20, 20, 20))
        else:  # a street vendor's cart with its umbrella
            w, y = 60, HORIZON + 66
            draw.rectangle((x, y, x + w, y + 28), fill=(200, 160, 90), outline=(60, 40, 20))
            draw.line((x + w // 2, y, x + w // 2, y - 40), fill=(60, 60, 60), width=2)
            draw.pieslice((x - 10, y - 62, x + w + 10, y - 22), 180, 360, fill=(210, 50, 50))
            draw.ellipse((x + 6, y + 22, x + 20, y + 36), fill=(20, 20, 20))
        x += w + rng.randint(10, 50)


def _fixed(draw: ImageDraw.ImageDraw, rng: random.Random, problem: str, place: _Place) -> None:
    """What the work left behind: a fresh patch, a bin, a clean drain grate."""
    if problem == "pothole":  # a patch where the hole was (the same draws as _pothole)
        cx = rng.randint(place.road_left + 100, place.road_right - 100)
        cy = rng.randint(HEIGHT - 110, HEIGHT - 45)
        draw.rectangle((cx - 44, cy - 18, cx + 44, cy + 18), fill=(52, 54, 58))
    elif problem == "garbage":
        x = rng.randint(40, WIDTH - 80)
        draw.rectangle((x, HORIZON + 62, x + 30, HORIZON + 100), fill=(30, 130, 70))
        draw.rectangle((x - 2, HORIZON + 58, x + 32, HORIZON + 64), fill=(20, 100, 55))
    elif problem == "flood":
        for i in range(6):
            x = WIDTH // 2 - 40 + i * 14
            draw.line((x, HEIGHT - 40, x, HEIGHT - 12), fill=(40, 40, 40), width=4)


_PROBLEMS: dict[str, Callable[[ImageDraw.ImageDraw, random.Random, _Place], None]] = {
    "pothole": _pothole,
    "garbage": _garbage,
    "branch": _branch,
    "flood": _flood,
    "lamp": _dark_lamp,
    "banners": _banners,
    "vehicles": _vehicles,
}
_COS = tuple(math.cos(i * math.tau / 10) for i in range(10))
_SIN = tuple(math.sin(i * math.tau / 10) for i in range(10))


def _stamp(
    draw: ImageDraw.ImageDraw, captured_at: datetime, lat: float | None, lon: float | None
) -> None:
    """A field camera's stamp: local time and coordinates, bottom left."""
    when = captured_at.astimezone(JAKARTA_TZ).strftime("%d-%m-%Y %H:%M:%S WIB")
    where = f"{lat:.6f}, {lon:.6f}" if lat is not None and lon is not None else ""
    text = f"{when}\n{where}" if where else when
    font = _font()
    box = draw.multiline_textbbox((10, HEIGHT - 44), text, font=font)
    draw.rectangle((box[0] - 4, box[1] - 3, box[2] + 4, box[3] + 3), fill=(0, 0, 0))
    draw.multiline_text((10, HEIGHT - 44), text, font=font, fill=(255, 214, 80))

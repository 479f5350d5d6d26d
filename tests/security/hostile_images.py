"""A corpus of hostile and of harmless photos, made at test time (no binary files).

``HOSTILE`` maps a case name to (bytes, expected HTTP status, expected error code).
Identity-bearing cases carry the same fake reporter (name, NIK, phone) in each kind
of metadata a photo can hold; ``IDENTITY`` lists those values so a test can prove
none of them is ever stored. ``HARMLESS`` are bare photos of every supported shape
that must be accepted.
"""

from __future__ import annotations

import io
import struct
import zlib
from collections.abc import Callable

from PIL import Image, ImageCms, PngImagePlugin

NAME = "Siti Rahmawati Pelapor"
NIK = "3171014501900001"
PHONE = "081234567890"
IDENTITY = (NAME, NIK, PHONE)
WHO = f"{NAME} NIK {NIK} HP {PHONE}"


def _picture(mode: str = "RGB", size: tuple[int, int] = (64, 48)) -> Image.Image:
    image = Image.new(mode, size)
    if mode in ("RGB", "RGBA"):
        for x in range(size[0]):
            for y in range(size[1]):
                fill = (x * 4 % 256, y * 5 % 256, (x + y) * 3 % 256)
                image.putpixel((x, y), fill + ((200,) if mode == "RGBA" else ()))
    return image


def _save(image: Image.Image, fmt: str, **options: object) -> bytes:
    out = io.BytesIO()
    image.save(out, fmt, **options)
    return out.getvalue()


def _exif(gps: bool = False) -> Image.Exif:
    exif = Image.Exif()
    exif[0x013B] = NAME  # Artist
    exif[0x010E] = WHO  # ImageDescription
    exif[0x8298] = PHONE  # Copyright
    if gps:
        exif[0x8825] = {1: "S", 2: (6.0, 10.0, 30.0), 3: "E", 4: (106.0, 49.0, 40.0)}
    return exif


def _xmp() -> bytes:
    return (
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
        'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><rdf:Description>'
        f"<dc:creator>{WHO}</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>"
    ).encode()


def _icc() -> bytes:
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))
    return bytes(profile.tobytes())


def _jpeg_segment(marker: int, body: bytes) -> bytes:
    return bytes([0xFF, marker]) + struct.pack(">H", len(body) + 2) + body


def _after_soi(jpeg: bytes, segment: bytes) -> bytes:
    return jpeg[:2] + segment + jpeg[2:]


def _png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def _before_iend(png: bytes, chunk: bytes) -> bytes:
    at = png.rindex(b"IEND") - 4
    return png[:at] + chunk + png[at:]


def _webp_with(chunk_kind: bytes, body: bytes) -> bytes:
    """A lossless WebP with an extra RIFF chunk (and a correct RIFF size)."""
    plain = _save(_picture(), "WEBP", lossless=True)
    chunk = chunk_kind + struct.pack("<I", len(body)) + body + (b"\x00" if len(body) % 2 else b"")
    payload = plain[12:] + chunk
    return b"RIFF" + struct.pack("<I", len(payload) + 4) + b"WEBP" + payload


def _png_bomb(side: int = 10_000) -> bytes:
    """A real decompression bomb: 1-bit pixels, all zero, compressed to a few KB."""
    row = b"\x00" * (1 + (side + 7) // 8)
    packer = zlib.compressobj(9)
    idat = b"".join(packer.compress(row) for _ in range(side)) + packer.flush()
    header = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", idat)
        + _png_chunk(b"IEND", b"")
    )


def _jpeg_claiming(width: int, height: int) -> bytes:
    """A small JPEG whose frame header claims a huge size."""
    data = bytearray(_save(_picture(), "JPEG"))
    sof = data.index(b"\xff\xc0")
    data[sof + 5 : sof + 9] = struct.pack(">HH", height, width)
    return bytes(data)


def _zip() -> bytes:
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("identitas.txt", WHO)
    return out.getvalue()


def _animated(fmt: str) -> bytes:
    frames = [_picture(), _picture().rotate(90, expand=False)]
    return _save(frames[0], fmt, save_all=True, append_images=frames[1:], duration=100, loop=0)


JPEG = _save(_picture(), "JPEG", quality=85)
PNG = _save(_picture("RGBA"), "PNG")

HOSTILE: dict[str, Callable[[], tuple[bytes, int, str]]] = {
    # identity in every kind of metadata
    "jpeg_exif": lambda: (_save(_picture(), "JPEG", exif=_exif()), 422, "photo_metadata"),
    "jpeg_exif_gps": lambda: (
        _save(_picture(), "JPEG", exif=_exif(gps=True)),
        422,
        "photo_metadata",
    ),
    "jpeg_xmp": lambda: (
        _after_soi(JPEG, _jpeg_segment(0xE1, b"http://ns.adobe.com/xap/1.0/\x00" + _xmp())),
        422,
        "photo_metadata",
    ),
    "jpeg_iptc": lambda: (
        _after_soi(
            JPEG,
            _jpeg_segment(
                0xED, b"Photoshop 3.0\x008BIM\x04\x04\x00\x00" + b"\x1c\x02\x50" + WHO.encode()
            ),
        ),
        422,
        "photo_metadata",
    ),
    "jpeg_comment": lambda: (_save(_picture(), "JPEG", comment=WHO), 422, "photo_metadata"),
    "jpeg_icc": lambda: (_save(_picture(), "JPEG", icc_profile=_icc()), 422, "photo_metadata"),
    "jpeg_private_app": lambda: (
        _after_soi(JPEG, _jpeg_segment(0xE9, WHO.encode())),
        422,
        "photo_metadata",
    ),
    "jpeg_jfif_thumbnail": lambda: (
        _after_soi(
            JPEG[:2] + JPEG[20:],  # Pillow's own JFIF segment (18 bytes) replaced
            _jpeg_segment(0xE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x02\x02" + b"\x80" * 12),
        ),
        422,
        "photo_metadata",
    ),
    "png_text": lambda: (_png_with_text("tEXt"), 422, "photo_metadata"),
    "png_ztxt": lambda: (_png_with_text("zTXt"), 422, "photo_metadata"),
    "png_itxt_xmp": lambda: (_png_with_text("iTXt"), 422, "photo_metadata"),
    "png_exif": lambda: (_save(_picture("RGBA"), "PNG", exif=_exif()), 422, "photo_metadata"),
    "png_icc": lambda: (_save(_picture(), "PNG", icc_profile=_icc()), 422, "photo_metadata"),
    "png_time": lambda: (
        _before_iend(PNG, _png_chunk(b"tIME", struct.pack(">HBBBBB", 2024, 5, 6, 8, 0, 0))),
        422,
        "photo_metadata",
    ),
    "png_private_chunk": lambda: (
        _before_iend(PNG, _png_chunk(b"prIv", WHO.encode())),
        422,
        "photo_metadata",
    ),
    "webp_exif": lambda: (_webp_with(b"EXIF", _exif().tobytes()), 422, "photo_metadata"),
    "webp_xmp": lambda: (_webp_with(b"XMP ", _xmp()), 422, "photo_metadata"),
    "webp_icc": lambda: (_webp_with(b"ICCP", _icc()), 422, "photo_metadata"),
    "webp_unknown_chunk": lambda: (_webp_with(b"ZZZZ", WHO.encode()), 422, "photo_metadata"),
    # broken
    "jpeg_truncated": lambda: (JPEG[: len(JPEG) * 2 // 3], 422, "photo_corrupt"),
    "jpeg_no_end_marker": lambda: (JPEG[:-2], 422, "photo_corrupt"),
    "jpeg_header_only": lambda: (JPEG[: JPEG.index(b"\xff\xda")], 422, "photo_corrupt"),
    "jpeg_magic_then_garbage": lambda: (b"\xff\xd8\xff" + b"garbage" * 100, 422, "photo_corrupt"),
    "png_truncated": lambda: (PNG[: len(PNG) // 2], 422, "photo_corrupt"),
    "png_bad_crc": lambda: (PNG[:-5] + bytes([PNG[-5] ^ 0xFF]) + PNG[-4:], 422, "photo_corrupt"),
    "png_idat_cut": lambda: (_png_idat_cut(), 422, "photo_corrupt"),
    "webp_truncated": lambda: (_webp_truncated(), 422, "photo_corrupt"),
    # too many pixels
    "png_decompression_bomb": lambda: (_png_bomb(), 422, "photo_too_many_pixels"),
    "webp_decompression_bomb": lambda: (
        # A few KB, but its decoder would need ~16 bytes for each of 14 million pixels.
        _save(Image.new("RGB", (4000, 3600), (40, 40, 40)), "WEBP", quality=10, method=0),
        422,
        "photo_too_many_pixels",
    ),
    "jpeg_claims_huge_size": lambda: (
        _jpeg_claiming(60_000, 60_000),
        422,
        "photo_too_many_pixels",
    ),
    # polyglots: one file, two readings
    "jpeg_plus_zip": lambda: (JPEG + _zip(), 422, "photo_extra_data"),
    "png_plus_html": lambda: (
        PNG + b"<html><script>alert(1)</script></html>",
        422,
        "photo_extra_data",
    ),
    "webp_plus_trailer": lambda: (
        _save(_picture(), "WEBP") + b"PK\x03\x04" + WHO.encode(),
        422,
        "photo_extra_data",
    ),
    "jpeg_two_images": lambda: (JPEG[:-2] + JPEG, 422, "photo_extra_data"),
    # not a photo we take
    "png_animated": lambda: (_animated("PNG"), 415, "unsupported_media"),
    "webp_animated": lambda: (_animated("WEBP"), 415, "unsupported_media"),
    "gif": lambda: (_save(_picture(), "GIF"), 415, "unsupported_media"),
    "pdf": lambda: (b"%PDF-1.4\n" + WHO.encode(), 415, "unsupported_media"),
    "html": lambda: (b"<html><body>" + WHO.encode() + b"</body></html>", 415, "unsupported_media"),
}


def _png_with_text(kind: str) -> bytes:
    info = PngImagePlugin.PngInfo()
    if kind == "tEXt":
        info.add_text("Author", WHO)
    elif kind == "zTXt":
        info.add_text("Comment", WHO, zip=True)
    else:
        info.add_itxt("XML:com.adobe.xmp", _xmp().decode())
    return _save(_picture("RGBA"), "PNG", pnginfo=info)


def _png_idat_cut() -> bytes:
    """A PNG whose chunks are all sound (CRCs match) but whose pixel data ends early."""
    start = PNG.index(b"IDAT") - 4
    length = struct.unpack(">I", PNG[start : start + 4])[0]
    body = PNG[start + 8 : start + 8 + length][: length // 3]
    rest = PNG[start + 12 + length :]
    return PNG[:start] + _png_chunk(b"IDAT", body) + rest


def _webp_truncated() -> bytes:
    data = _save(_picture(), "WEBP")
    return data[: len(data) - 40]


def _progressive_jpeg() -> bytes:
    return _save(_picture(size=(200, 150)), "JPEG", progressive=True, quality=80)


HARMLESS: dict[str, Callable[[], tuple[bytes, str]]] = {
    "jpeg": lambda: (JPEG, "image/jpeg"),
    "jpeg_progressive": lambda: (_progressive_jpeg(), "image/jpeg"),
    "jpeg_grey": lambda: (_save(_picture("L"), "JPEG"), "image/jpeg"),
    "jpeg_cmyk_adobe": lambda: (_save(_picture().convert("CMYK"), "JPEG"), "image/jpeg"),
    "jpeg_restart_markers": lambda: (
        _save(_picture(size=(256, 64)), "JPEG", restart_marker_blocks=1),
        "image/jpeg",
    ),
    "png_rgba": lambda: (PNG, "image/png"),
    "png_palette_transparent": lambda: (
        _save(_picture().convert("P"), "PNG", transparency=0),
        "image/png",
    ),
    "png_grey_16bit": lambda: (_save(Image.new("I;16", (32, 32), 1000), "PNG"), "image/png"),
    "webp_lossy": lambda: (_save(_picture(), "WEBP", quality=80), "image/webp"),
    "webp_lossless_alpha": lambda: (_save(_picture("RGBA"), "WEBP", lossless=True), "image/webp"),
    "webp_lossy_alpha": lambda: (_save(_picture("RGBA"), "WEBP", quality=80), "image/webp"),
}

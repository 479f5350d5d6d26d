"""Is this upload a plain photo, and nothing else? The server's own check of every image.

The protocol is public, so the server does not rely on the workstation having
stripped a photo (docs/sync-protocol.md, "Media"). A photo is refused, never
altered — stripping would change its bytes and so its content address — when:

- it carries metadata: EXIF (GPS included), XMP, IPTC/Photoshop, comments, ICC
  profiles, JFIF thumbnails, PNG text/time/EXIF chunks, WebP EXIF/XMP/ICC chunks.
  The structure is read against an ALLOW-list of the segments a bare photo needs,
  so a private or unknown segment (where anything can hide) is refused too;
- it is more than one thing (a polyglot): bytes after the image's end marker, a
  second image inside it, a RIFF size that is not the file's;
- it is broken: truncated, a bad PNG CRC, a structure that does not add up, or
  pixels that do not decode;
- it is too big to decode safely: over ``max_pixels``, or over what the decode
  memory budget allows for its format (WebP: ~12 megapixels); decompression bombs
  are refused from the header, before anything is decoded. Or it is animated.

Decoding is bounded: JPEG is decoded at 1/8 scale (every byte of the scan is
still read, so truncation shows), and at most ``DECODE_SLOTS`` decodes run at once
in a process.
"""

from __future__ import annotations

import struct
import threading
import warnings
import zlib
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

DEFAULT_MAX_PIXELS = 50_000_000  # like the workstation's limit on what it accepts
DECODE_SLOTS = 2
# Memory one decode may take. Per pixel, measured with Pillow: JPEG decoded at 1/8
# scale next to nothing, PNG up to 4 bytes (RGBA), WebP ~16 (its decoder keeps an
# RGBA canvas and copies): an 85 KB WebP of 49 MP took 750 MB. So the pixel limit
# is the lower of ``max_pixels`` and this budget over the format's cost.
DECODE_BUDGET_BYTES = 200 * 1024 * 1024
_BYTES_PER_PIXEL = {"JPEG": 0.1, "PNG": 4, "WEBP": 16}
_decode_slots = threading.BoundedSemaphore(DECODE_SLOTS)


class ImageRejected(Exception):
    """Why an upload is not stored: an HTTP status, a code and a sentence for a person."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


@dataclass(frozen=True)
class CheckedImage:
    content_type: str
    width: int
    height: int


def _metadata(kind: str) -> ImageRejected:
    return ImageRejected(
        422,
        "photo_metadata",
        f"Foto masih memuat metadata ({kind}). Hapus metadata sebelum mengunggah: "
        "server tidak menyimpan foto yang bisa membawa identitas atau lokasi.",
    )


def _corrupt(why: str) -> ImageRejected:
    return ImageRejected(422, "photo_corrupt", f"Berkas foto rusak atau terpotong ({why}).")


def _extra(why: str) -> ImageRejected:
    return ImageRejected(
        422,
        "photo_extra_data",
        f"Berkas foto memuat data lain selain gambar ({why}); unggah foto biasa.",
    )


def _too_many_pixels(max_pixels: int) -> ImageRejected:
    return ImageRejected(
        422,
        "photo_too_many_pixels",
        f"Ukuran gambar terlalu besar (lebih dari {max_pixels // 1_000_000} megapiksel).",
    )


def _unsupported(why: str) -> ImageRejected:
    return ImageRejected(415, "unsupported_media", f"Berkas bukan foto yang didukung ({why}).")


def check_image(path: Path, max_pixels: int = DEFAULT_MAX_PIXELS) -> CheckedImage:
    """Raise :class:`ImageRejected` unless ``path`` holds one bare JPEG, PNG or WebP photo."""
    data = path.read_bytes()  # at most the upload limit (15 MB); bytes.find runs in C
    if not data:
        raise _unsupported("berkas kosong")
    content_type = _check_structure(data)
    del data
    width, height = _check_pixels(path, content_type, max_pixels)
    return CheckedImage(content_type, width, height)


def _check_structure(data: bytes) -> str:
    head = bytes(data[:12])
    if head.startswith(b"\xff\xd8\xff"):
        _check_jpeg(data)
        return "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        _check_png(data)
        return "image/png"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        _check_webp(data)
        return "image/webp"
    raise _unsupported("bukan JPEG, PNG, atau WebP")


# --- JPEG ----------------------------------------------------------------------------

_SOF = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}
# Segments a bare photo needs: tables, frame, restart interval, number of lines.
_JPEG_TABLES = {0xC4, 0xCC, 0xDB, 0xDD, 0xDC} | _SOF
_JPEG_APP_NAMES = {
    0xE1: "EXIF/XMP",
    0xE2: "profil warna ICC atau gambar tambahan",
    0xED: "IPTC",
    0xFE: "komentar",
}


def _check_jpeg(data: bytes) -> None:
    end = len(data)
    pos = 2  # after SOI
    frames = 0
    scanned = False
    while True:
        # Fill bytes (0xFF) may precede a marker.
        while pos < end and data[pos] == 0xFF and pos + 1 < end and data[pos + 1] == 0xFF:
            pos += 1
        if pos + 2 > end:
            raise _corrupt("penanda akhir JPEG tidak ada")
        if data[pos] != 0xFF:
            raise _corrupt("struktur JPEG tidak valid")
        marker = data[pos + 1]
        pos += 2
        if marker == 0xD9:  # EOI
            if not scanned:
                raise _corrupt("JPEG tanpa data gambar")
            if pos != end:
                raise _extra("ada data setelah akhir gambar")
            return
        if marker == 0xD8:
            raise _extra("gambar kedua di dalam berkas")
        if pos + 2 > end:
            raise _corrupt("segmen JPEG terpotong")
        length = struct.unpack(">H", data[pos : pos + 2])[0]
        if length < 2 or pos + length > end:
            raise _corrupt("panjang segmen JPEG tidak valid")
        segment = bytes(data[pos + 2 : pos + min(length, 32)])
        if marker == 0xE0:
            _check_app0(data, pos, length)
        elif marker == 0xEE:
            if not segment.startswith(b"Adobe") or length != 14:
                raise _metadata("segmen Adobe yang tidak biasa")
        elif 0xE0 <= marker <= 0xEF or marker == 0xFE:
            kind = _JPEG_APP_NAMES.get(marker, f"segmen APP{marker - 0xE0}")
            if marker == 0xE1 and segment.startswith(b"Exif\x00"):
                kind = "EXIF, mungkin termasuk lokasi GPS"
            elif marker == 0xE1 and segment.startswith(b"http://ns.adobe.com/xap"):
                kind = "XMP"
            elif marker == 0xE2 and segment.startswith(b"ICC_PROFILE"):
                kind = "profil warna ICC"
            raise _metadata(kind)
        elif marker in _SOF:
            frames += 1
            if frames > 1:
                raise _extra("lebih dari satu gambar")
        elif marker not in _JPEG_TABLES and marker != 0xDA:
            raise _corrupt(f"penanda JPEG tidak dikenal 0x{marker:02X}")
        pos += length
        if marker == 0xDA:  # SOS: entropy-coded data up to the next real marker
            if frames == 0:
                raise _corrupt("data gambar sebelum kerangka gambar")
            scanned = True
            pos = _skip_scan(data, pos, end)


def _check_app0(data: bytes, pos: int, length: int) -> None:
    """JFIF is allowed; its optional thumbnail (pixels of another picture) is not."""
    body = bytes(data[pos + 2 : pos + length])
    if not body.startswith(b"JFIF\x00") or len(body) < 14:
        raise _metadata("segmen APP0 selain JFIF")
    if body[12] or body[13] or len(body) != 14:
        raise _metadata("gambar mini (thumbnail) JFIF")


def _skip_scan(data: bytes, pos: int, end: int) -> int:
    """The position of the first marker after entropy-coded data (stuffing and RSTn skipped)."""
    while True:
        found = data.find(b"\xff", pos, end)
        if found < 0 or found + 1 >= end:
            raise _corrupt("data gambar terpotong")
        following = data[found + 1]
        if following == 0x00 or 0xD0 <= following <= 0xD7 or following == 0xFF:
            pos = found + 1 if following == 0xFF else found + 2
            continue
        return found


# --- PNG -----------------------------------------------------------------------------

_PNG_ALLOWED = {b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS", b"gAMA", b"cHRM", b"sRGB"}
_PNG_ALLOWED |= {b"sBIT", b"bKGD", b"pHYs"}
_PNG_NAMES = {
    b"tEXt": "teks PNG",
    b"zTXt": "teks PNG",
    b"iTXt": "teks PNG (mungkin XMP)",
    b"eXIf": "EXIF",
    b"iCCP": "profil warna ICC",
    b"tIME": "waktu penyuntingan",
}


def _check_png(data: bytes) -> None:
    end = len(data)
    pos = 8
    first = True
    while True:
        if pos + 12 > end:
            raise _corrupt("PNG terpotong")
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        if length > end or pos + 12 + length > end:
            raise _corrupt("PNG terpotong")
        body_end = pos + 8 + length
        crc = struct.unpack(">I", data[body_end : body_end + 4])[0]
        if zlib.crc32(memoryview(data)[pos + 4 : body_end]) != crc:
            raise _corrupt("CRC PNG salah")
        if first and kind != b"IHDR":
            raise _corrupt("PNG tanpa IHDR")
        first = False
        if kind in (b"acTL", b"fcTL", b"fdAT"):
            raise _unsupported("PNG animasi")
        if kind not in _PNG_ALLOWED:
            raise _metadata(_PNG_NAMES.get(kind, "bagian PNG tambahan"))
        pos = body_end + 4
        if kind == b"IEND":
            if pos != end:
                raise _extra("ada data setelah akhir gambar")
            return


# --- WebP ----------------------------------------------------------------------------

_WEBP_NAMES = {b"EXIF": "EXIF", b"XMP ": "XMP", b"ICCP": "profil warna ICC"}


def _check_webp(data: bytes) -> None:
    end = len(data)
    riff_size = struct.unpack("<I", data[4:8])[0]
    if riff_size + 8 > end:
        raise _corrupt("WebP terpotong")
    if riff_size + 8 < end:
        raise _extra("ada data setelah akhir gambar")
    pos = 12
    images = 0
    while pos < end:
        if pos + 8 > end:
            raise _corrupt("WebP terpotong")
        kind = bytes(data[pos : pos + 4])
        size = struct.unpack("<I", data[pos + 4 : pos + 8])[0]
        pos += 8 + size + (size & 1)
        if pos > end:
            raise _corrupt("WebP terpotong")
        if kind in (b"ANIM", b"ANMF"):
            raise _unsupported("WebP animasi")
        if kind in (b"VP8 ", b"VP8L"):
            images += 1
        elif kind not in (b"VP8X", b"ALPH"):
            raise _metadata(_WEBP_NAMES.get(kind, "bagian WebP tambahan"))
    if images != 1:
        raise _corrupt("WebP tanpa tepat satu gambar")


# --- pixels --------------------------------------------------------------------------


def _check_pixels(path: Path, content_type: str, max_pixels: int) -> tuple[int, int]:
    """Read the size from the header, refuse a bomb, then decode every pixel (bounded)."""
    expected = content_type.split("/")[1].upper()
    with _decode_slots, warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(path, formats=[expected]) as image:
                width, height = image.size
                if width < 1 or height < 1:
                    raise _corrupt("ukuran gambar nol")
                limit = min(max_pixels, int(DECODE_BUDGET_BYTES / _BYTES_PER_PIXEL[expected]))
                if width * height > limit:
                    raise _too_many_pixels(limit)
                if getattr(image, "n_frames", 1) != 1:
                    raise _unsupported("gambar animasi")
                if expected == "JPEG":
                    # Every byte of the scan is decoded, the pixels kept at 1/8 scale.
                    image.draft(None, (max(1, width // 8), max(1, height // 8)))
                image.load()
        except ImageRejected:
            raise
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise _too_many_pixels(max_pixels) from None
        except (OSError, SyntaxError, ValueError, EOFError, IndexError, struct.error) as exc:
            raise _corrupt("gambar tidak dapat dibaca") from exc
    return width, height

"""Photo evidence: turn a camera file into the JPEG we upload, and keep it on disk.

A follow-up needs before/after photos, and the walk-in desk takes the photos a
citizen brings. Photos reused with only the date changed have been seen in
practice, so each photo's own capture time, GPS and camera are read from its EXIF
into :class:`PhotoMeta` and the original file is hashed. The uploaded JPEG carries
no metadata at all (GPS in a file would leak where an officer or a citizen was):
the facts travel in ``PhotoMeta`` instead.

Untrusted input: sizes are checked from the header before anything is decoded,
so a small file that claims a huge picture (a decompression bomb) is refused
without allocating it. The global Pillow limit is not relied upon.

Qt-free; the views run :func:`process_photo` in a worker thread.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import re
import tempfile
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import crypto

# Pillow is imported by the functions that decode or encode pixels: a sync that
# uploads no new photo (and every headless command) does without it.
if TYPE_CHECKING:
    from PIL import Image

DEFAULT_MAX_EDGE = 1920
DEFAULT_QUALITY = 82
DEFAULT_MAX_INPUT_BYTES = 25 * 1024 * 1024
DEFAULT_MAX_PIXELS = 50_000_000

JPEG_CONTENT_TYPE = "image/jpeg"

# Pillow format names we accept. HEIF is only usable when a plugin registered it
# (e.g. pillow-heif); we do not ship one, so on a stock install it is absent.
_ALWAYS_ALLOWED = frozenset({"JPEG", "PNG", "WEBP"})
_HEIF_FORMATS = frozenset({"HEIF", "HEIC", "AVIF"})

# Leading bytes of the formats we know, to tell "a damaged photo" from "not a photo".
_IMAGE_SIGNATURES = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"GIF8", b"BM", b"II*\x00", b"MM\x00*")

# EXIF tags (numbers from the EXIF 2.3 specification).
_TAG_MAKE = 0x010F
_TAG_MODEL = 0x0110
_TAG_DATETIME = 0x0132
_TAG_DATETIME_ORIGINAL = 0x9003
_TAG_OFFSET_TIME = 0x9010
_TAG_OFFSET_TIME_ORIGINAL = 0x9011
_GPS_LATITUDE_REF = 1
_GPS_LATITUDE = 2
_GPS_LONGITUDE_REF = 3
_GPS_LONGITUDE = 4

_EXIF_DATETIME = re.compile(r"^\s*(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})")
_EXIF_OFFSET = re.compile(r"^\s*([+-])(\d{2}):(\d{2})\s*$")

_SHA256_HEX = re.compile(r"^[0-9a-f]{64}$")


class PhotoError(ValueError):
    """A file cannot be used as photo evidence; ``message`` is for the officer."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message

    def __repr__(self) -> str:
        return f"PhotoError({self.code!r}, {self.message!r})"


def _not_an_image() -> PhotoError:
    return PhotoError("not_an_image", "Berkas bukan foto yang dapat dibaca (JPEG, PNG, atau WebP).")


def _corrupt() -> PhotoError:
    return PhotoError(
        "corrupt", "Foto rusak atau tidak lengkap. Salin ulang atau ambil ulang fotonya."
    )


@dataclass(frozen=True)
class PhotoMeta:
    """Facts about a photo, read from the original before its metadata is stripped."""

    captured_at: datetime | None
    lat: float | None
    lon: float | None
    camera: str | None
    width: int
    height: int
    original_sha256: str
    original_size: int


@dataclass(frozen=True)
class ProcessedPhoto:
    """The JPEG to upload, addressed by ``sha256``, and what was known about it."""

    data: bytes
    sha256: str
    meta: PhotoMeta
    content_type: str = JPEG_CONTENT_TYPE


def process_photo(
    source: bytes | Path,
    *,
    max_edge: int = DEFAULT_MAX_EDGE,
    quality: int = DEFAULT_QUALITY,
    max_input_bytes: int = DEFAULT_MAX_INPUT_BYTES,
    max_pixels: int = DEFAULT_MAX_PIXELS,
) -> ProcessedPhoto:
    """Check, orient, shrink and re-encode a photo; raise :class:`PhotoError` if unusable.

    The same input and settings always give the same bytes, so a photo attached
    twice gets the same hash.
    """
    from PIL import Image, ImageOps

    if max_edge < 1 or not 1 <= quality <= 100:
        raise ValueError("max_edge must be positive and quality within 1..100")
    original = _read_limited(source, max_input_bytes)
    image = _open_checked(original, max_pixels)
    try:
        meta_facts = _read_exif_facts(image)
        target = _bounded_size(image.size, max_edge)
        if image.format == "JPEG" and target != image.size:
            # Let libjpeg decode at 1/2, 1/4 or 1/8 scale: faster and far less memory.
            image.draft(None, target)
        try:
            image.load()
        except (OSError, SyntaxError, ValueError, EOFError) as exc:
            raise _corrupt() from exc
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise _too_many_pixels(max_pixels) from exc
        oriented = ImageOps.exif_transpose(image)
        rgb = _to_srgb(oriented)
        final_size = _bounded_size(rgb.size, max_edge)
        if final_size != rgb.size:
            rgb = rgb.resize(final_size, Image.Resampling.LANCZOS)
        data = _encode_bare_jpeg(rgb, quality)
    finally:
        image.close()

    meta = PhotoMeta(
        captured_at=meta_facts.captured_at,
        lat=meta_facts.lat,
        lon=meta_facts.lon,
        camera=meta_facts.camera,
        width=final_size[0],
        height=final_size[1],
        original_sha256=hashlib.sha256(original).hexdigest(),
        original_size=len(original),
    )
    return ProcessedPhoto(data=data, sha256=hashlib.sha256(data).hexdigest(), meta=meta)


# --- reading and validating ---------------------------------------------------


def _too_large(max_input_bytes: int) -> PhotoError:
    megabytes = max(1, max_input_bytes // (1024 * 1024))
    return PhotoError("file_too_large", f"Berkas foto terlalu besar (maksimal {megabytes} MB).")


def _too_many_pixels(max_pixels: int) -> PhotoError:
    megapixels = max(1, max_pixels // 1_000_000)
    return PhotoError(
        "too_many_pixels",
        f"Ukuran gambar terlalu besar (lebih dari {megapixels} megapiksel).",
    )


def _read_limited(source: bytes | Path, max_input_bytes: int) -> bytes:
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
    else:
        try:
            # Refuse by size before reading, and read at most one byte too many in
            # case the file grows while we read it.
            if source.stat().st_size > max_input_bytes:
                raise _too_large(max_input_bytes)
            with source.open("rb") as handle:
                data = handle.read(max_input_bytes + 1)
        except OSError as exc:
            raise PhotoError("unreadable", "Berkas foto tidak dapat dibuka.") from exc
    if len(data) > max_input_bytes:
        raise _too_large(max_input_bytes)
    if not data:
        raise _not_an_image()
    return data


def _allowed_formats() -> frozenset[str]:
    from PIL import Image

    registered = set(Image.registered_extensions().values())
    return _ALWAYS_ALLOWED | (_HEIF_FORMATS & registered)


def _looks_like_known_image(data: bytes) -> bool:
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return True
    return data.startswith(_IMAGE_SIGNATURES)


def _open_checked(data: bytes, max_pixels: int) -> Image.Image:
    """Open from the header only: format, then pixel count, then structure."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as probe:
            fmt = probe.format or ""
            width, height = probe.size
            if fmt not in _allowed_formats():
                raise PhotoError(
                    "unsupported_format",
                    f"Format foto {fmt} tidak didukung. Gunakan JPEG, PNG, atau WebP.",
                )
            if width < 1 or height < 1:
                raise _corrupt()
            if width * height > max_pixels:
                raise _too_many_pixels(max_pixels)
            probe.verify()
    except PhotoError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise _too_many_pixels(max_pixels) from exc
    except UnidentifiedImageError as exc:
        raise (_corrupt() if _looks_like_known_image(data) else _not_an_image()) from exc
    except (OSError, SyntaxError, ValueError, EOFError, IndexError, TypeError) as exc:
        raise _corrupt() from exc
    # verify() leaves the image unusable: open it again for the real decode.
    try:
        return Image.open(io.BytesIO(data))
    except (OSError, SyntaxError, ValueError) as exc:
        raise _corrupt() from exc


# --- EXIF facts ------------------------------------------------------------------


@dataclass(frozen=True)
class _ExifFacts:
    captured_at: datetime | None
    lat: float | None
    lon: float | None
    camera: str | None


def _read_exif_facts(image: Image.Image) -> _ExifFacts:
    from PIL import ExifTags

    try:
        exif = image.getexif()
        details = exif.get_ifd(ExifTags.IFD.Exif)
        gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    except Exception:  # broken EXIF must not cost the photo itself
        return _ExifFacts(None, None, None, None)

    captured_at = _exif_datetime(
        details.get(_TAG_DATETIME_ORIGINAL), details.get(_TAG_OFFSET_TIME_ORIGINAL)
    )
    if captured_at is None:
        captured_at = _exif_datetime(exif.get(_TAG_DATETIME), details.get(_TAG_OFFSET_TIME))
    lat = _gps_degrees(gps.get(_GPS_LATITUDE), gps.get(_GPS_LATITUDE_REF), "S", 90.0)
    lon = _gps_degrees(gps.get(_GPS_LONGITUDE), gps.get(_GPS_LONGITUDE_REF), "W", 180.0)
    if lat is None or lon is None:
        lat = lon = None
    return _ExifFacts(captured_at, lat, lon, _camera(exif.get(_TAG_MAKE), exif.get(_TAG_MODEL)))


def _exif_text(value: Any) -> str | None:
    if isinstance(value, bytes):
        value = value.decode("ascii", errors="ignore")
    if not isinstance(value, str):
        return None
    text = value.replace("\x00", "").strip()
    return text or None


def _exif_datetime(value: Any, offset: Any) -> datetime | None:
    text = _exif_text(value)
    match = _EXIF_DATETIME.match(text) if text else None
    if match is None:
        return None  # absent, or the "0000:00:00 00:00:00" of cameras without a clock
    try:
        year, month, day, hour, minute, second = (int(part) for part in match.groups())
        moment = datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None
    offset_text = _exif_text(offset)
    offset_match = _EXIF_OFFSET.match(offset_text) if offset_text else None
    if offset_match is None:
        return moment  # local time of the camera, zone unknown
    sign, hours, minutes = offset_match.groups()
    delta = timedelta(hours=int(hours), minutes=int(minutes))
    if delta >= timedelta(hours=24):
        return moment
    return moment.replace(tzinfo=timezone(-delta if sign == "-" else delta))


def _gps_degrees(value: Any, ref: Any, negative_ref: str, limit: float) -> float | None:
    try:
        degrees, minutes, seconds = (float(part) for part in value)
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    result = degrees + minutes / 60.0 + seconds / 3600.0
    if result != result or not 0.0 <= result <= limit:  # NaN from a 0/0 rational
        return None
    if (_exif_text(ref) or "").upper().startswith(negative_ref):
        result = -result
    return round(result, 7)


def _camera(make: Any, model: Any) -> str | None:
    make_text, model_text = _exif_text(make), _exif_text(model)
    if make_text and model_text:
        # Many cameras repeat the maker in the model ("Canon" + "Canon EOS 80D").
        if model_text.lower().startswith(make_text.lower()):
            return model_text
        return f"{make_text} {model_text}"
    return make_text or model_text


# --- pixels ------------------------------------------------------------------------


def _bounded_size(size: tuple[int, int], max_edge: int) -> tuple[int, int]:
    width, height = size
    longest = max(width, height)
    if longest <= max_edge:
        return size
    scale = max_edge / longest
    return max(1, round(width * scale)), max(1, round(height * scale))


def _to_srgb(image: Image.Image) -> Image.Image:
    """Plain 8-bit RGB in sRGB, transparency flattened onto white."""
    from PIL import Image

    icc = image.info.get("icc_profile")
    if image.mode in ("I;16", "I;16B", "I;16L", "I;16N", "I"):
        # 16-bit greyscale: scale to 8 bits (a plain convert would clip at 255).
        image = image.convert("I").point(lambda value: value * (1 / 256)).convert("L")
    elif image.mode == "F":
        image = image.convert("L")
    if image.mode == "P":
        image = image.convert("RGBA" if "transparency" in image.info else "RGB")
    if image.mode in ("RGBA", "LA", "PA", "La", "RGBa"):
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        image = Image.alpha_composite(background, rgba).convert("RGB")
    if icc and image.mode in ("RGB", "CMYK"):
        converted = _apply_icc(image, icc)
        if converted is not None:
            return converted
    return image.convert("RGB") if image.mode != "RGB" else image


def _apply_icc(image: Image.Image, icc: bytes) -> Image.Image | None:
    # Wide-gamut (Display P3) or CMYK photos look washed out if the profile is
    # simply dropped; convert the pixels to sRGB before stripping it.
    from PIL import ImageCms

    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        converted = ImageCms.profileToProfile(
            image, source, ImageCms.createProfile("sRGB"), outputMode="RGB"
        )
    except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
        return None
    return converted


def _encode_bare_jpeg(image: Image.Image, quality: int) -> bytes:
    # A fresh image carries no info dict: Pillow would otherwise copy a JPEG
    # comment from the source, and we want no EXIF, XMP, ICC or comment at all.
    from PIL import Image

    bare = Image.new("RGB", image.size)
    bare.paste(image)
    buffer = io.BytesIO()
    bare.save(buffer, "JPEG", quality=quality, optimize=True)
    return buffer.getvalue()


# --- storage ------------------------------------------------------------------------


class PhotoStore:
    """Content-addressed photo files: ``root/ab/cd/<sha256>`` and ``root/originals/...``.

    Writes are atomic (temporary file, fsync, rename), so a crash leaves either
    the whole file or none. Storing what is already there does nothing. All file
    access goes through these methods.

    Encrypted at rest when a ``key`` is given (``Profile.photo_store`` always gives
    one): each file is ``MAGIC | crypto blob`` (AES-256-GCM, random nonce), the
    file's name and kind bound in as associated data so that files cannot be
    swapped. ``path()`` then names a file of noise: read photos with ``read()``.
    A plain file left by an older version still reads (its hash is checked) and
    ``encrypt_existing`` converts such files in place.
    """

    def __init__(self, root: Path, key: bytes | bytearray | None = None) -> None:
        self.root = Path(root)
        # The profile's own bytearray: wiping it at lock() disarms this store too.
        self._key = key

    @property
    def encrypted(self) -> bool:
        return self._key is not None

    def put(self, processed: ProcessedPhoto, original_bytes: bytes) -> None:
        """Store the upload JPEG and the original it came from."""
        if hashlib.sha256(processed.data).hexdigest() != processed.sha256:
            raise ValueError("processed photo does not match its sha256")
        if hashlib.sha256(original_bytes).hexdigest() != processed.meta.original_sha256:
            raise ValueError("original bytes do not match the photo's original_sha256")
        self._store(processed.sha256, processed.data, original=False)
        self._store(processed.meta.original_sha256, original_bytes, original=True)

    def path(self, sha256: str, *, original: bool = False) -> Path:
        """Where the file with this hash lives (whether or not it exists yet)."""
        if not _SHA256_HEX.match(sha256):
            # Hashes also arrive from the server: never let one name a path.
            raise ValueError(f"not a sha256 hex digest: {sha256!r}")
        base = self.root / "originals" if original else self.root
        return base / sha256[:2] / sha256[2:4] / sha256

    def has(self, sha256: str, *, original: bool = False) -> bool:
        return self.path(sha256, original=original).is_file()

    def read(self, sha256: str, *, original: bool = False) -> bytes:
        """The stored bytes; FileNotFoundError if absent, PhotoError if damaged."""
        stored = self.path(sha256, original=original).read_bytes()
        # A plain file is one of an older version (or of an unencrypted store).
        data = self._decrypt(stored, sha256, original) if stored.startswith(_MAGIC) else stored
        if hashlib.sha256(data).hexdigest() != sha256:
            raise PhotoError("stored_corrupt", "Berkas foto yang tersimpan rusak.")
        return data

    def encrypt_existing(self) -> int:
        """Encrypt, in place, every plain photo file of an older version; return how many."""
        if self._key is None:
            return 0
        done = 0
        for original in (False, True):
            base = self.root / "originals" if original else self.root
            if not base.is_dir():
                continue
            for file in base.glob("??/??/*"):
                if not _SHA256_HEX.match(file.name) or not file.is_file():
                    continue
                if file.read_bytes()[: len(_MAGIC)] == _MAGIC:
                    continue
                data = self.read(file.name, original=original)  # hash-checked
                self._write_atomic(file, self._seal(data, file.name, original))
                done += 1
        return done

    # --- plumbing ---------------------------------------------------------------------

    def _aad(self, sha256: str, original: bool) -> bytes:
        return f"crm-photo-v1:{'original' if original else 'upload'}:{sha256}".encode()

    def _live_key(self) -> bytes:
        if self._key is None or not self._key:
            raise PhotoError("locked", "Profil terkunci: foto tidak dapat dibaca atau disimpan.")
        return bytes(self._key)

    def _seal(self, data: bytes, sha256: str, original: bool) -> bytes:
        return _MAGIC + crypto.encrypt(self._live_key(), data, self._aad(sha256, original))

    def _decrypt(self, stored: bytes, sha256: str, original: bool) -> bytes:
        try:
            return crypto.decrypt(
                self._live_key(), stored[len(_MAGIC) :], self._aad(sha256, original)
            )
        except crypto.CryptoError:
            raise PhotoError("stored_corrupt", "Berkas foto yang tersimpan rusak.") from None

    def _store(self, sha256: str, data: bytes, *, original: bool) -> None:
        target = self.path(sha256, original=original)
        expected = len(data) + (_OVERHEAD if self._key is not None else 0)
        with contextlib.suppress(FileNotFoundError):
            if target.stat().st_size in (len(data), expected):
                return  # same hash and size: already stored
        payload = data if self._key is None else self._seal(data, sha256, original)
        self._write_atomic(target, payload)

    def _write_atomic(self, target: Path, data: bytes) -> None:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=".part")
        try:
            with os.fdopen(handle, "wb") as temp:
                temp.write(data)
                temp.flush()
                os.fsync(temp.fileno())
            os.replace(temp_name, target)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temp_name)
            raise
        _fsync_directory(target.parent)


_MAGIC = b"CRMPHOTO1\n"
_OVERHEAD = len(_MAGIC) + 1 + crypto.NONCE_BYTES + 16


def _fsync_directory(directory: Path) -> None:
    # Makes the rename itself durable on POSIX; Windows cannot open directories.
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)

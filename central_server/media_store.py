"""Photo bytes on disk, content-addressed: <media dir>/ab/cd/<sha256>.

Bytes are streamed to a temporary file while their hash and size are computed,
checked (``image_check``: one bare photo, no metadata, decodable, not a bomb),
then renamed into place: a reader never sees half a file, a refused upload leaves
nothing behind, and the same bytes uploaded twice end as one file.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import tempfile
from collections.abc import AsyncIterator, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from .image_check import DEFAULT_MAX_PIXELS, ImageRejected, check_image

SNIFF_BYTES = 16
# Photos are served as inert bytes: never sniffed into HTML, never run as a page.
MEDIA_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; sandbox",
}


class MediaError(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


def sniff_image(head: bytes) -> str | None:
    """The content type of JPEG, PNG or WebP bytes from their magic number, else None."""
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if len(head) >= 12 and head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    return None


def media_path(media_dir: Path, sha256: str) -> Path:
    return media_dir / sha256[:2] / sha256[2:4] / sha256


@dataclass(frozen=True)
class Stored:
    sha256: str
    size: int
    content_type: str
    created: bool  # False: the file was already there


def _too_large(limit: int) -> MediaError:
    return MediaError(413, "too_large", f"Foto terlalu besar (batas {limit // (1024 * 1024)} MB).")


async def store_stream(
    media_dir: Path,
    expected_sha256: str,
    chunks: AsyncIterator[bytes],
    max_bytes: int,
    max_pixels: int = DEFAULT_MAX_PIXELS,
) -> Stored:
    """Write ``chunks`` under ``expected_sha256``; refuse wrong hash, non-images, big files,
    photos with metadata or anything else than one bare photo (``image_check``)."""
    tmp_dir = media_dir / "tmp"
    tmp_dir.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=tmp_dir, prefix="upload-")
    tmp = Path(tmp_name)
    digest = hashlib.sha256()
    size = 0
    head = b""
    try:
        with os.fdopen(fd, "wb") as out:
            async for chunk in chunks:
                size += len(chunk)
                if size > max_bytes:
                    raise _too_large(max_bytes)
                if len(head) < SNIFF_BYTES:
                    head += chunk[: SNIFF_BYTES - len(head)]
                digest.update(chunk)
                out.write(chunk)
        _image_type(head)  # not an image at all: say so before hashing matters
        actual = digest.hexdigest()
        if actual != expected_sha256:
            raise MediaError(
                422,
                "hash_mismatch",
                "Sidik (sha256) isi berkas tidak sama dengan alamatnya; unggah ulang foto.",
            )
        # Decoding is CPU work: off the event loop.
        content_type = await asyncio.to_thread(_checked_type, tmp, max_pixels)
        return _put_in_place(media_dir, tmp, Stored(actual, size, content_type, created=True))
    finally:
        tmp.unlink(missing_ok=True)


def _checked_type(path: Path, max_pixels: int) -> str:
    try:
        return check_image(path, max_pixels).content_type
    except ImageRejected as exc:
        raise MediaError(exc.status, exc.code, exc.message) from None


def _image_type(head: bytes) -> str:
    content_type = sniff_image(head)
    if content_type is None:
        raise MediaError(415, "unsupported_media", "Berkas bukan foto JPEG, PNG, atau WebP.")
    return content_type


def _put_in_place(media_dir: Path, tmp: Path, stored: Stored) -> Stored:
    """Move the checked file ``tmp`` to its content address (kept if already there)."""
    final = media_path(media_dir, stored.sha256)
    if final.exists():
        return replace(stored, created=False)
    final.parent.mkdir(parents=True, exist_ok=True)
    os.replace(tmp, final)
    return stored


def store_bytes(media_dir: Path, data: bytes) -> Stored:
    """Write ``data`` under its own hash, as an upload would end (the demo seed's photos),
    through the same checks."""
    _image_type(data[:SNIFF_BYTES])
    tmp_dir = media_dir / "tmp"
    tmp_dir.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=tmp_dir, prefix="seed-")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        content_type = _checked_type(tmp, DEFAULT_MAX_PIXELS)
        stored = Stored(hashlib.sha256(data).hexdigest(), len(data), content_type, created=True)
        return _put_in_place(media_dir, tmp, stored)
    finally:
        tmp.unlink(missing_ok=True)


@dataclass(frozen=True)
class Unclean:
    sha256: str
    code: str
    message: str


def find_unclean(media_dir: Path, sha256s: Iterable[str]) -> Iterator[Unclean]:
    """Stored photos that today's checks would refuse (stored by an older version)."""
    for sha256 in sha256s:
        path = media_path(media_dir, sha256)
        if not path.is_file():
            continue
        try:
            check_image(path)
        except ImageRejected as exc:
            yield Unclean(sha256, exc.code, exc.message)


def quarantine(media_dir: Path, sha256: str) -> Path:
    """Move a stored photo out of reach (both media routes then answer 404); kept for a
    person to look at, under <media dir>/quarantine/."""
    target = media_dir / "quarantine" / sha256
    target.parent.mkdir(parents=True, exist_ok=True)
    os.replace(media_path(media_dir, sha256), target)
    return target

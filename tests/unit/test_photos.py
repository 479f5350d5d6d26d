"""Photo evidence processing and the content-addressed photo store.

All images are generated here with Pillow: no binary fixtures.
"""

from __future__ import annotations

import hashlib
import io
import struct
import zlib
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from PIL import ExifTags, Image, ImageCms

from officer_app.store import photos
from officer_app.store.photos import PhotoError, PhotoStore, ProcessedPhoto, process_photo

RED = (220, 20, 20)
BLUE = (20, 40, 200)


def _encode(image: Image.Image, fmt: str = "JPEG", **params: Any) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **params)
    return buffer.getvalue()


def _camera_exif(
    *,
    orientation: int | None = None,
    make: str = "Canon",
    model: str = "Canon EOS 80D",
    original: str | None = "2024:05:01 10:20:30",
    offset: str | None = "+07:00",
    plain_datetime: str | None = None,
    with_gps: bool = True,
) -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F] = make
    exif[0x0110] = model
    if orientation is not None:
        exif[0x0112] = orientation
    if plain_datetime is not None:
        exif[0x0132] = plain_datetime
    details: dict[int, object] = {}
    if original is not None:
        details[0x9003] = original
    if offset is not None:
        details[0x9011] = offset
    if details:
        exif[ExifTags.IFD.Exif] = details
    if with_gps:
        # Balai Kota Jakarta, roughly: 6°10'50.4" S, 106°49'22.8" E
        exif[ExifTags.IFD.GPSInfo] = {
            1: "S",
            2: (6.0, 10.0, 50.4),
            3: "E",
            4: (106.0, 49.0, 22.8),
        }
    return exif


def _near(pixel: object, colour: tuple[int, int, int], tolerance: int = 40) -> bool:
    assert isinstance(pixel, tuple)
    return all(abs(a - b) <= tolerance for a, b in zip(pixel[:3], colour, strict=True))


def _png_header_only(width: int, height: int) -> bytes:
    """A tiny valid-looking PNG whose header claims width x height pixels."""

    def chunk(kind: bytes, payload: bytes) -> bytes:
        crc = zlib.crc32(kind + payload) & 0xFFFFFFFF
        return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 16))
        + chunk(b"IEND", b"")
    )


# --- processing -------------------------------------------------------------------


def test_exif_orientation_is_applied() -> None:
    # Stored landscape with a red marker at the top-left; Orientation=6 means the
    # camera was turned: shown upright, the picture is portrait and the marker
    # sits at the top-right.
    stored = Image.new("RGB", (400, 200), BLUE)
    stored.paste(RED, (0, 0, 80, 80))
    source = _encode(stored, exif=_camera_exif(orientation=6), quality=95)

    result = process_photo(source)

    shown = Image.open(io.BytesIO(result.data))
    assert shown.size == (200, 400)
    assert (result.meta.width, result.meta.height) == (200, 400)
    assert _near(shown.getpixel((190, 10)), RED)
    assert _near(shown.getpixel((10, 10)), BLUE)
    assert _near(shown.getpixel((190, 390)), BLUE)


def test_long_edge_is_bounded_and_aspect_kept() -> None:
    source = _encode(Image.new("RGB", (4000, 3000), BLUE))

    result = process_photo(source)

    assert Image.open(io.BytesIO(result.data)).size == (1920, 1440)
    assert (result.meta.width, result.meta.height) == (1920, 1440)


def test_tall_png_is_bounded_by_its_height() -> None:
    source = _encode(Image.new("RGB", (300, 1200), RED), "PNG")

    result = process_photo(source, max_edge=600)

    assert Image.open(io.BytesIO(result.data)).size == (150, 600)


def test_small_image_is_never_upscaled() -> None:
    source = _encode(Image.new("RGB", (800, 600), BLUE))

    result = process_photo(source)

    assert Image.open(io.BytesIO(result.data)).size == (800, 600)
    assert (result.meta.width, result.meta.height) == (800, 600)


@pytest.mark.parametrize("with_icc", [False, True])
def test_output_carries_no_metadata_but_meta_keeps_the_facts(with_icc: bool) -> None:
    extra: dict[str, Any] = {}
    if with_icc:
        extra["icc_profile"] = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    xmp = b'<x:xmpmeta xmlns:x="adobe:ns:meta/">secret-xmp</x:xmpmeta>'
    source = _encode(
        Image.new("RGB", (64, 48), BLUE),
        exif=_camera_exif(),
        comment=b"secret-comment",
        xmp=xmp,
        **extra,
    )
    assert Image.open(io.BytesIO(source)).getexif()  # the test input really has EXIF

    result = process_photo(source)

    out = Image.open(io.BytesIO(result.data))
    exif = out.getexif()
    assert len(exif) == 0
    assert exif.get_ifd(ExifTags.IFD.GPSInfo) == {}
    for key in ("exif", "icc_profile", "comment", "xmp", "XML:com.adobe.xmp"):
        assert key not in out.info
    for leak in (b"Exif\x00\x00", b"secret-comment", b"secret-xmp", b"Canon"):
        assert leak not in result.data

    meta = result.meta
    assert meta.captured_at == datetime(2024, 5, 1, 10, 20, 30, tzinfo=timezone(timedelta(hours=7)))
    assert meta.lat == pytest.approx(-(6 + 10 / 60 + 50.4 / 3600), abs=1e-6)
    assert meta.lon == pytest.approx(106 + 49 / 60 + 22.8 / 3600, abs=1e-6)
    assert meta.camera == "Canon EOS 80D"


def test_meta_falls_back_to_datetime_and_joins_make_and_model() -> None:
    exif = _camera_exif(
        make="Xiaomi",
        model="Redmi Note 12",
        original=None,
        offset=None,
        plain_datetime="2023:11:27 08:05:00",
        with_gps=False,
    )
    result = process_photo(_encode(Image.new("RGB", (32, 32), RED), exif=exif))

    assert result.meta.captured_at == datetime(2023, 11, 27, 8, 5, 0)
    assert result.meta.captured_at.tzinfo is None  # camera's local time, zone unknown
    assert result.meta.camera == "Xiaomi Redmi Note 12"
    assert (result.meta.lat, result.meta.lon) == (None, None)


def test_photo_without_exif_has_empty_facts() -> None:
    result = process_photo(_encode(Image.new("RGB", (32, 32), RED), "PNG"))

    assert (result.meta.captured_at, result.meta.lat, result.meta.lon) == (None, None, None)
    assert result.meta.camera is None


def test_hashes_sizes_and_content_type() -> None:
    source = _encode(Image.new("RGB", (120, 90), RED), exif=_camera_exif())

    result = process_photo(source)

    assert result.sha256 == hashlib.sha256(result.data).hexdigest()
    assert result.meta.original_sha256 == hashlib.sha256(source).hexdigest()
    assert result.meta.original_size == len(source)
    assert result.content_type == "image/jpeg"
    assert Image.open(io.BytesIO(result.data)).format == "JPEG"


def test_output_is_deterministic_from_bytes_and_from_a_path(tmp_path: Path) -> None:
    stored = Image.new("RGB", (2500, 1000), BLUE)
    stored.paste(RED, (100, 100, 900, 600))
    source = _encode(stored, exif=_camera_exif(orientation=3))
    path = tmp_path / "foto.jpg"
    path.write_bytes(source)

    first = process_photo(source)
    second = process_photo(source)
    from_path = process_photo(path)

    assert first == second
    assert from_path == first


def test_quality_setting_changes_the_encoding() -> None:
    noisy = Image.effect_noise((300, 300), 80).convert("RGB")
    source = _encode(noisy, "PNG")

    low = process_photo(source, quality=30)
    high = process_photo(source, quality=95)

    assert len(low.data) < len(high.data)


def test_png_with_alpha_is_flattened_on_white() -> None:
    image = Image.new("RGBA", (100, 50), (0, 0, 0, 0))
    image.paste((220, 20, 20, 255), (0, 0, 50, 50))
    source = _encode(image, "PNG")

    result = process_photo(source)

    out = Image.open(io.BytesIO(result.data))
    assert out.mode == "RGB"
    assert out.size == (100, 50)
    assert _near(out.getpixel((10, 25)), RED)
    assert _near(out.getpixel((90, 25)), (255, 255, 255), tolerance=8)


def test_sixteen_bit_greyscale_is_scaled_not_clipped() -> None:
    image = Image.new("I;16", (16, 16), 32768)  # mid-grey in 16 bits
    source = _encode(image, "PNG")

    out = Image.open(io.BytesIO(process_photo(source).data))

    assert out.mode == "RGB"
    assert _near(out.getpixel((8, 8)), (128, 128, 128), tolerance=6)


# --- refusals --------------------------------------------------------------------------


def test_text_file_is_not_an_image() -> None:
    with pytest.raises(PhotoError) as caught:
        process_photo(b"Laporan warga: jalan berlubang di Gambir.\n" * 10)

    assert caught.value.code == "not_an_image"
    assert caught.value.message == "Berkas bukan foto yang dapat dibaca (JPEG, PNG, atau WebP)."


def test_truncated_jpeg_is_corrupt() -> None:
    source = _encode(Image.effect_noise((400, 300), 60).convert("RGB"), quality=90)

    with pytest.raises(PhotoError) as caught:
        process_photo(source[: len(source) // 2])

    assert caught.value.code == "corrupt"
    assert caught.value.message


def test_truncated_png_is_corrupt() -> None:
    source = _encode(Image.effect_noise((200, 200), 60).convert("RGB"), "PNG")

    with pytest.raises(PhotoError) as caught:
        process_photo(source[: len(source) // 2])

    assert caught.value.code == "corrupt"


def test_decompression_bomb_is_refused_from_the_header() -> None:
    bomb = _png_header_only(100_000, 100_000)
    assert len(bomb) < 200

    with pytest.raises(PhotoError) as caught:
        process_photo(bomb)

    assert caught.value.code == "too_many_pixels"
    assert "megapiksel" in caught.value.message


def test_pixel_limit_is_ours_not_pillows_global_one() -> None:
    # 64 megapixels: below Pillow's own warning threshold, above our limit.
    assert Image.MAX_IMAGE_PIXELS is not None
    assert Image.MAX_IMAGE_PIXELS > 8000 * 8000
    with pytest.raises(PhotoError) as caught:
        process_photo(_png_header_only(8000, 8000))
    assert caught.value.code == "too_many_pixels"

    with pytest.raises(PhotoError) as small_limit:
        process_photo(_encode(Image.new("RGB", (100, 100), RED)), max_pixels=5000)
    assert small_limit.value.code == "too_many_pixels"


def test_too_large_input_is_refused(tmp_path: Path) -> None:
    source = _encode(Image.effect_noise((200, 200), 60).convert("RGB"), quality=95)
    limit = len(source) - 1
    path = tmp_path / "besar.jpg"
    path.write_bytes(source)

    for given in (source, path):
        with pytest.raises(PhotoError) as caught:
            process_photo(given, max_input_bytes=limit)
        assert caught.value.code == "file_too_large"
        assert "terlalu besar" in caught.value.message

    assert process_photo(source, max_input_bytes=len(source)).meta.original_size == len(source)


def test_unsupported_format_is_refused() -> None:
    with pytest.raises(PhotoError) as caught:
        process_photo(_encode(Image.new("RGB", (20, 20), RED), "GIF"))

    assert caught.value.code == "unsupported_format"
    assert "GIF" in caught.value.message


def test_webp_is_accepted() -> None:
    result = process_photo(_encode(Image.new("RGB", (50, 40), RED), "WEBP"))

    assert (result.meta.width, result.meta.height) == (50, 40)


def test_missing_file_is_unreadable(tmp_path: Path) -> None:
    with pytest.raises(PhotoError) as caught:
        process_photo(tmp_path / "tidak-ada.jpg")

    assert caught.value.code == "unreadable"


# --- the store -----------------------------------------------------------------------------


@pytest.fixture
def sample() -> tuple[ProcessedPhoto, bytes]:
    original = _encode(Image.new("RGB", (300, 200), RED), exif=_camera_exif())
    return process_photo(original, max_edge=100), original


def test_store_lays_files_out_by_hash(tmp_path: Path, sample: tuple[ProcessedPhoto, bytes]) -> None:
    processed, original = sample
    store = PhotoStore(tmp_path)
    assert not store.has(processed.sha256)

    store.put(processed, original)

    sha = processed.sha256
    original_sha = processed.meta.original_sha256
    assert store.path(sha) == tmp_path / sha[:2] / sha[2:4] / sha
    assert store.path(original_sha, original=True) == (
        tmp_path / "originals" / original_sha[:2] / original_sha[2:4] / original_sha
    )
    assert store.has(sha)
    assert store.has(original_sha, original=True)
    assert not store.has(original_sha)  # originals live apart from uploads
    assert store.read(sha) == processed.data
    assert store.read(original_sha, original=True) == original


def test_store_put_is_idempotent(tmp_path: Path, sample: tuple[ProcessedPhoto, bytes]) -> None:
    processed, original = sample
    store = PhotoStore(tmp_path)
    store.put(processed, original)
    before = store.path(processed.sha256).stat()

    store.put(processed, original)

    after = store.path(processed.sha256).stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    files = sorted(p.name for p in tmp_path.rglob("*") if p.is_file())
    assert files == sorted([processed.sha256, processed.meta.original_sha256])


def test_store_write_is_atomic(
    tmp_path: Path, sample: tuple[ProcessedPhoto, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    processed, original = sample
    store = PhotoStore(tmp_path)

    def crash(src: str, dst: str) -> None:
        raise OSError("disk gone")

    monkeypatch.setattr(photos.os, "replace", crash)
    with pytest.raises(OSError, match="disk gone"):
        store.put(processed, original)

    assert not store.has(processed.sha256)
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []  # no temp file left

    monkeypatch.undo()
    store.put(processed, original)
    assert store.read(processed.sha256) == processed.data


def test_store_replaces_a_partial_file(
    tmp_path: Path, sample: tuple[ProcessedPhoto, bytes]
) -> None:
    processed, original = sample
    store = PhotoStore(tmp_path)
    target = store.path(processed.sha256)
    target.parent.mkdir(parents=True)
    target.write_bytes(processed.data[:10])  # e.g. copied in by hand and cut short

    store.put(processed, original)

    assert store.read(processed.sha256) == processed.data


def test_store_detects_damage_on_read(tmp_path: Path, sample: tuple[ProcessedPhoto, bytes]) -> None:
    processed, original = sample
    store = PhotoStore(tmp_path)
    store.put(processed, original)
    store.path(processed.sha256).write_bytes(b"\x00" * len(processed.data))

    with pytest.raises(PhotoError) as caught:
        store.read(processed.sha256)
    assert caught.value.code == "stored_corrupt"


def test_store_refuses_mismatched_content_and_bad_hashes(
    tmp_path: Path, sample: tuple[ProcessedPhoto, bytes]
) -> None:
    processed, original = sample
    store = PhotoStore(tmp_path)

    with pytest.raises(ValueError, match="original"):
        store.put(processed, original + b"x")
    with pytest.raises(ValueError, match="sha256"):
        store.put(
            ProcessedPhoto(data=b"other", sha256=processed.sha256, meta=processed.meta), original
        )
    for bad in ("../../etc/passwd", processed.sha256.upper(), processed.sha256[:-1]):
        with pytest.raises(ValueError, match="sha256"):
            store.path(bad)
    with pytest.raises(FileNotFoundError):
        store.read(processed.sha256)
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []

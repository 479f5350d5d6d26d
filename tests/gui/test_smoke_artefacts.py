"""What the smoke run leaves behind, checked as a person sees it (issue 20):
the desk's receipt PDF and the supervisor's dashboard PDF beside the screenshots,
a demo location whose street and point agree, and dialog captures without a grey
band under display scaling."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdf_reading import chart_ink, check_readable
from pypdf import PdfReader
from PySide6.QtGui import QColor, QFont, QImage, QPixmap

from crm_shared.geo.boundaries import load_boundaries
from crm_shared.geo.datadir import find_data_dir
from officer_app.views.smoke import (
    DEMO_ADDRESS,
    DEMO_KELURAHAN,
    DEMO_POINT,
    TITLE_BAR_PX,
    compose_dialog,
    demo_location,
)

FRAME = QColor("#5a5a5a").rgb()


def _text(path: Path) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(path).pages)


@pytest.mark.parametrize("scale", [1.0, 1.25, 1.5])
def test_dialog_capture_has_no_grey_band_under_scaling(qapp: object, scale: float) -> None:
    """A grab at QT_SCALE_FACTOR 1.25 has 1.25 device pixels per logical one; the
    dialog must sit centred, framed by a 1-pixel line, not beside a grey band."""
    window = QPixmap(round(1000 * scale), round(600 * scale))
    window.setDevicePixelRatio(scale)
    window.fill(QColor("white"))
    dialog = QPixmap(round(400 * scale), round(300 * scale))
    dialog.setDevicePixelRatio(scale)
    dialog.fill(QColor("#fafafa"))
    picture = compose_dialog(window, dialog, "Tindak lanjut", QFont())
    image = picture.toImage().convertToFormat(QImage.Format.Format_RGB32)
    assert (image.width(), image.height()) == (round(1000 * scale), round(600 * scale))
    frame = sum(
        1
        for y in range(image.height())
        for x in range(0, image.width(), 2)
        if image.pixel(x, y) == FRAME
    )
    # The frame line: about (2 * 400 + 2 * 326) logical pixels, each scale^2 device
    # pixels (every second column sampled); a band of 20 % of the width is thousands.
    perimeter = (2 * 400 + 2 * (300 + TITLE_BAR_PX)) * scale * scale
    assert frame < perimeter, (frame, perimeter)
    # The whole window is dimmed behind it, up to its far corner.
    corner = QColor(image.pixel(image.width() - 2, image.height() - 2))
    assert corner.lightness() < 200, corner.name()
    # The dialog's own pixels are centred horizontally.
    row = round((600 / 3 + 100) * scale)
    inside = [x for x in range(image.width()) if image.pixel(x, row) == QColor("#fafafa").rgb()]
    assert inside
    centre = (inside[0] + inside[-1]) / 2
    assert abs(centre - image.width() / 2) <= 2 * scale, (inside[0], inside[-1])


def test_demo_location_text_and_point_agree() -> None:
    """The point lies inside the kelurahan the text names (the boundaries say so)."""
    data_dir = find_data_dir(None)
    if data_dir is None:
        pytest.skip("no boundaries data (CRM_DATA_DIR)")
    boundaries = load_boundaries(data_dir)
    info = boundaries.locate(*DEMO_POINT)
    assert info is not None
    assert info.display_name == DEMO_KELURAHAN
    assert "Medan Merdeka Selatan" in DEMO_ADDRESS  # the street of that point
    lat, lon, code = demo_location(None)
    assert (lat, lon, code) == (*DEMO_POINT, info.code)


@pytest.mark.slow
def test_desk_smoke_leaves_a_readable_receipt_pdf(smoke_shots: Path, tmp_path: Path) -> None:
    shots = smoke_shots
    # --size: views and dialogs drawn over the window alike have the requested size.
    pictures = sorted(shots.glob("id-desk-*.png"))
    assert {p.name for p in pictures} >= {"id-desk-desk.png", "id-desk-mine.png"}
    for path in pictures:
        assert QImage(str(path)).size().toTuple() == (1366, 768), path.name
    pdf = shots / "id-desk-receipt.pdf"
    assert pdf.exists(), sorted(p.name for p in shots.iterdir())
    assert len(PdfReader(pdf).pages) == 1
    text = _text(pdf)
    assert "Tanda Terima Pengaduan" in text  # Indonesian, as the run's language
    assert "Medan Merdeka Selatan" in text
    assert DEMO_KELURAHAN in text  # the kelurahan of the demo point ...
    assert "Ancol" not in text  # ... not the first in the list
    check_readable_receipt(pdf, tmp_path / "receipt.png")


def check_readable_receipt(pdf: Path, png: Path) -> None:
    import pypdfium2 as pdfium
    from desk.test_receipt import _text_runs

    sizes = sorted(size for size, _x, _t in _text_runs(pdf))
    assert sizes[len(sizes) // 2] >= 8, sizes
    image = pdfium.PdfDocument(str(pdf))[0].render(scale=100 / 72).to_pil().convert("L")
    image.save(png)
    dark = sum(1 for v in image.tobytes() if v < 200)
    assert dark > 0.02 * image.width * image.height


@pytest.mark.slow
def test_supervisor_smoke_leaves_a_readable_dashboard_pdf(
    smoke_shots: Path, tmp_path: Path
) -> None:
    shots = smoke_shots
    pdf = shots / "id-supervisor-dashboard.pdf"
    assert pdf.exists(), sorted(p.name for p in shots.iterdir())
    text, _runs = check_readable(pdf)
    assert "cat-" not in text
    assert "WIB" in text
    assert "Status laporan" in text
    ink = chart_ink(pdf, tmp_path / "dashboard.png")
    assert ink["top-left"] > 500, ink

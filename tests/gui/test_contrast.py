"""Text contrast >= 4.5:1 (WCAG AA): the app's text colours against their backgrounds.

The ratio is computed by the WCAG 2 formula from the colours the app really uses: its
named text colours, the style sheets of the sign-in hint and the status bar, and the
palette's placeholder text.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from crm_shared.domain import Status
from officer_app.views import style
from officer_app.views.signin import SignInDialog

AA = 4.5


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor | str, b: QColor | str) -> float:
    light, dark = sorted((luminance(QColor(a)), luminance(QColor(b))), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_formula_matches_wcag() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    # The measurements of the old colours.
    assert contrast("#f2a900", "#ffffff") == pytest.approx(2.0, abs=0.05)
    assert contrast("#ef6c00", "#ffffff") == pytest.approx(3.1, abs=0.05)


def backgrounds(app: QApplication) -> list[QColor]:
    """Where text sits: the window, the tables' rows and alternate rows, and white."""
    palette = app.palette()
    return [
        palette.color(QPalette.ColorRole.Window),
        palette.color(QPalette.ColorRole.Base),
        palette.color(QPalette.ColorRole.AlternateBase),
        QColor("#ffffff"),
    ]


def test_named_text_colours_read_on_every_background(qapp) -> None:
    named = {
        "overdue": style.OVERDUE_COLOUR,
        "nearly due / waiting to be sent": style.CLOSE_COLOUR,
        "ok": style.OK_COLOUR,
        "muted": style.MUTED_TEXT_COLOUR,
        **{f"status {s.value}": style.status_text_colour(s).name() for s in Status},
    }
    low = [
        f"{name} {colour} on {bg.name()}: {contrast(colour, bg):.2f}"
        for name, colour in named.items()
        for bg in backgrounds(qapp)
        if contrast(colour, bg) < AA
    ]
    assert not low, low
    # The detail's pending banner: amber text on its pale amber.
    assert contrast(style.CLOSE_COLOUR, "#fff6e0") >= AA


def _stylesheet_colour(label: QLabel) -> str:
    match = re.search(r"(?<![-\w])color:\s*([^;]+);", label.styleSheet())
    assert match, label.styleSheet()
    return match.group(1).strip()


def test_sign_in_hint_reads(qtbot, qapp) -> None:
    dialog = SignInDialog(lambda *_a: None, "https://crm.jakarta.go.id", "officer.demo")
    qtbot.addWidget(dialog)
    window = qapp.palette().color(QPalette.ColorRole.Window)
    hint = _stylesheet_colour(dialog.hint)
    assert not hint.startswith("palette("), "a palette role's contrast depends on the theme"
    assert contrast(hint, window) >= AA


def test_placeholder_text_reads(qapp) -> None:
    style.apply_readable_palette(qapp)
    palette = qapp.palette()
    placeholder = palette.color(QPalette.ColorRole.PlaceholderText)
    assert contrast(placeholder, palette.color(QPalette.ColorRole.Base)) >= AA

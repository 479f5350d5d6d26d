"""Both languages render every main view; the smoke run writes the screenshots."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from officer_app import i18n


def test_smoke_renders_every_view_in_both_languages(smoke_shots: Path) -> None:
    shots = smoke_shots
    views = (
        # field officer
        "reports",
        "map",
        "attention",
        "followup",
        "forward",
        "note",
        "about",
        "lock",
        "signin",
        # walk-in desk: intake, its receipt preview, the day's filings
        "desk-desk",
        "desk-receipt",
        "desk-mine",
        # supervisor: unit queue, dashboard, reassign dialog
        "supervisor-queue",
        "supervisor-dashboard",
        "supervisor-reassign",
        # validator
        "validator-validation",
    )
    for lang in ("id", "en"):
        for view in views:
            path = shots / f"{lang}-{view}.png"
            assert path.exists(), path
            with Image.open(path) as image:
                assert image.width > 300
                assert image.height > 200
    # The two languages really differ on screen (English is not a silent fallback).
    assert (shots / "id-reports.png").read_bytes() != (shots / "en-reports.png").read_bytes()


def test_english_translation_is_loaded(qapp) -> None:
    from PySide6.QtCore import QCoreApplication

    try:
        assert i18n.install_translators("en") == "en"
        assert QCoreApplication.translate("Status", "Menunggu") == "Waiting"
        assert QCoreApplication.translate("MainWindow", "Perlu perhatian") == "Needs attention"
    finally:
        i18n.install_translators("id")
    assert QCoreApplication.translate("Status", "Menunggu") == "Menunggu"


def test_qt_standard_buttons_speak_the_apps_language(qapp) -> None:
    """Qt has no Indonesian catalogue: our own answers its standard buttons' texts."""
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    def texts() -> list[str]:
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Close | QDialogButtonBox.StandardButton.Cancel
        )
        message = QMessageBox()
        message.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        return sorted(b.text() for b in [*box.buttons(), *message.buttons()])

    assert i18n.install_translators("id") == "id"
    assert texts() == ["&Tidak", "&Ya", "Batal", "Tutup"]
    try:
        assert i18n.install_translators("en") == "en"
        assert texts() == ["&No", "&Yes", "Cancel", "Close"]
    finally:
        i18n.install_translators("id")
    assert texts() == ["&Tidak", "&Ya", "Batal", "Tutup"]

"""The privacy notice the walk-in desk gives the reporter (UU 27/2022: the person is
told what is collected, why, for how long, and their rights, before it is collected).

``PrivacyNoticeBox`` sits on the intake form: the notice in short, the full text in a
dialog (to read out or turn the screen to the citizen), and a tick box the desk
ticks once the notice was given. ``given()`` is what the create action carries
(``privacy_notice``: version and time; the server records it). ``receipt_notice()``
is the short version printed on the receipt.

The retention period and the notice version come from ``crm_shared.domain.privacy``,
the same definitions the server's retention and register use.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from crm_shared.domain.privacy import IDENTITY_RETENTION_DAYS, NOTICE_VERSION


def _days(text: str) -> str:
    return text.replace("%1", str(IDENTITY_RETENTION_DAYS))


def notice_short() -> str:
    """What the form shows at a glance (and what the desk says in one breath)."""
    return _days(
        QCoreApplication.translate(
            "PrivacyNotice",
            "Identitas pelapor (nama, NIK, telepon, alamat) hanya dipakai untuk menangani "
            "pengaduan ini, hanya disimpan di server pusat CRM, tidak pernah diberikan kepada "
            "petugas lapangan atau pihak yang dilaporkan, dan dihapus %1 hari setelah laporan "
            "ditutup. Pelapor boleh anonim.",
        )
    )


def notice_sections() -> list[tuple[str, str]]:
    """The full notice: (heading, text) in the app's language."""
    # Literal translate() calls: pyside6-lupdate finds those, not an alias of it.
    return [
        (
            QCoreApplication.translate("PrivacyNotice", "Data yang dicatat"),
            QCoreApplication.translate(
                "PrivacyNotice",
                "Nama, NIK (dari KTP), nomor telepon dan alamat bila Anda berikan; uraian dan "
                "lokasi pengaduan; foto yang Anda serahkan.",
            ),
        ),
        (
            QCoreApplication.translate("PrivacyNotice", "Untuk apa"),
            QCoreApplication.translate(
                "PrivacyNotice",
                "Menindaklanjuti pengaduan Anda, memastikan pengaduan tatap muka sah, dan "
                "menghubungi Anda tentang pengaduan ini. Tidak untuk tujuan lain. Dasar "
                "hukumnya adalah pelaksanaan tugas pelayanan publik (UU 27/2022 Pasal 20).",
            ),
        ),
        (
            QCoreApplication.translate("PrivacyNotice", "Siapa yang melihat"),
            QCoreApplication.translate(
                "PrivacyNotice",
                "Identitas Anda dikirim ke server pusat CRM dan tidak disimpan di komputer "
                "meja ini setelah terkirim. Hanya validator Biro Pemerintahan dan Pejabat "
                "Pelindungan Data Pribadi yang dapat melihatnya, dan setiap tampilan dicatat. "
                "Petugas lapangan dan pihak yang Anda laporkan tidak pernah melihatnya.",
            ),
        ),
        (
            QCoreApplication.translate("PrivacyNotice", "Berapa lama"),
            _days(
                QCoreApplication.translate(
                    "PrivacyNotice",
                    "Identitas dihapus %1 hari setelah laporan selesai atau ditolak, kecuali "
                    "pengadilan atau penegak hukum meminta disimpan lebih lama. Laporannya "
                    "sendiri tetap disimpan tanpa identitas Anda.",
                )
            ),
        ),
        (
            QCoreApplication.translate("PrivacyNotice", "Hak Anda"),
            QCoreApplication.translate(
                "PrivacyNotice",
                "Anda boleh melapor tanpa identitas (anonim). Anda berhak meminta salinan "
                "data Anda, perbaikan, atau penghapusannya, dan mengajukan keberatan, kepada "
                "Pejabat Pelindungan Data Pribadi Pemprov DKI Jakarta. Penghapusan dapat "
                "ditunda selama laporan masih ditangani.",
            ),
        ),
    ]


def receipt_notice() -> str:
    """The short version printed on the citizen's receipt."""
    return (
        _days(
            QCoreApplication.translate(
                "PrivacyNotice",
                "Data pribadi Anda dipakai hanya untuk menangani pengaduan ini dan dihapus dari "
                "server %1 hari setelah laporan ditutup. Anda berhak meminta salinan, perbaikan, "
                "atau penghapusan data Anda kepada Pejabat Pelindungan Data Pribadi Pemprov DKI "
                "Jakarta (UU 27/2022).",
            )
        )
        + f" ({NOTICE_VERSION})"
    )


class PrivacyNoticeDialog(QDialog):
    """The full notice, large enough to read out or to turn towards the citizen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pemberitahuan privasi untuk pelapor"))
        self.page = QTextBrowser()
        self.page.setAccessibleName(self.tr("Pemberitahuan privasi lengkap"))
        self.page.setOpenLinks(False)
        self.page.setPlainText(
            "\n\n".join(f"{head}\n{text}" for head, text in notice_sections())
            + "\n\n"
            + self.tr("Versi pemberitahuan: %1").replace("%1", NOTICE_VERSION)
        )
        self.page.setMinimumSize(520, 420)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page, 1)
        layout.addWidget(buttons)


class PrivacyNoticeBox(QGroupBox):
    """The notice on the intake form, and the tick that it was given."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Pemberitahuan privasi"))
        self.summary = QLabel(notice_short())
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.full_button = QPushButton(self.tr("Tampilkan pemberitahuan lengkap…"))
        self.full_button.clicked.connect(lambda: self.full_notice().open())
        # No mnemonic here: the form's Alt+letters are all taken (tests/desk/test_mnemonics).
        self.given_box = QCheckBox(
            self.tr("Pemberitahuan privasi sudah disampaikan kepada pelapor")
        )
        self.given_box.toggled.connect(self._toggled)
        self._given_at: datetime | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.full_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.given_box)

    def full_notice(self) -> PrivacyNoticeDialog:
        dialog = PrivacyNoticeDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return dialog

    def _toggled(self, on: bool) -> None:
        self._given_at = datetime.now(UTC) if on else None

    def given(self) -> dict[str, Any] | None:
        """The ``privacy_notice`` of the create action, or None when not given."""
        if not self.given_box.isChecked() or self._given_at is None:
            return None
        return {"version": NOTICE_VERSION, "given_at": self._given_at.isoformat()}

    def reset(self) -> None:
        """The next citizen gets the notice anew."""
        self.given_box.setChecked(False)

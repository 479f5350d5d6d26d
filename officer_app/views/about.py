"""The "Tentang" (About) dialog: app version, profile schema, server, last sync.

The facts come from ``Services.about()`` in a worker (it reads the profile); the
dialog shows "…" until they land. Everything is set as plain text.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from officer_app.views import style
from officer_app.views.services import AboutInfo, Services
from officer_app.views.texts import date_time_text
from officer_app.workers import run_in_worker


def _value_label() -> QLabel:
    label = QLabel("…")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class AboutDialog(QDialog):
    """Tentang aplikasi."""

    loaded = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tentang CRM Officer Workstation"))
        self.setMinimumWidth(460)
        self.info: AboutInfo | None = None

        title = QLabel(self.tr("CRM Officer Workstation"))
        title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        subtitle = QLabel(
            self.tr("Aplikasi petugas untuk menindaklanjuti pengaduan warga Jakarta (CRM).")
        )
        subtitle.setWordWrap(True)
        icon = QLabel()
        icon.setPixmap(style.icon("shield-account-outline", "#1e64c8").pixmap(48, 48))

        self.version = _value_label()
        self.schema = _value_label()
        self.server = _value_label()
        self.last_sync = _value_label()
        self.profile = _value_label()
        form = QFormLayout()
        form.addRow(self.tr("Versi aplikasi:"), self.version)
        form.addRow(self.tr("Versi skema profil:"), self.schema)
        form.addRow(self.tr("Server:"), self.server)
        form.addRow(self.tr("Sinkron terakhir:"), self.last_sync)
        form.addRow(self.tr("Profil:"), self.profile)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(icon)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addLayout(form)
        layout.addWidget(buttons)

        run_in_worker(lambda _ctx: services.about(), on_success=self.show_info, name="about")

    def show_info(self, info: AboutInfo) -> None:
        self.info = info
        self.version.setText(info.app_version)
        if info.schema_version is None:
            schema = self.tr("tidak diketahui")
        elif info.schema_version == info.schema_head:
            schema = self.tr("%1 (terbaru)").replace("%1", info.schema_version)
        else:
            schema = (
                self.tr("%1 (aplikasi mengenal %2)")
                .replace("%1", info.schema_version)
                .replace("%2", info.schema_head)
            )
        self.schema.setText(schema)
        self.server.setText(info.server_url or "—")
        if info.last_sync_at is None:
            self.last_sync.setText(self.tr("belum pernah"))
        else:
            when = date_time_text(info.last_sync_at, zone=True)
            ago = style.describe_ago(info.last_sync_at, datetime.now(UTC))
            self.last_sync.setText(f"{when} ({ago})")
        self.profile.setText(info.profile_path or "—")
        self.loaded.emit()

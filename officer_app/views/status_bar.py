"""The window's status bar: connection, last sync, outbox, and the running sync.

    ● daring · sinkron 2 mnt lalu · 3 menunggu dikirim · 1 perlu perhatian · [message] [progress]

It only shows what it is given (the window asks the services and the sync
controller); it never reads the store itself.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QSizePolicy, QStatusBar

from officer_app.views import style
from officer_app.views.services import OfficerView, OutboxSummary, SyncOutcome, SyncProgress
from officer_app.views.texts import outcome_text


class SyncStatusBar(QObject):
    """The labels and the progress bar of ``bar``, and the sentences they show."""

    def __init__(self, bar: QStatusBar, officer: OfficerView) -> None:
        super().__init__(bar)
        self.online_label = QLabel()
        self.last_sync_label = QLabel()
        self.waiting_label = QLabel()
        self.attention_label = QLabel()
        self.sync_message = QLabel()
        self.sync_message.setTextFormat(Qt.TextFormat.PlainText)
        # A long sentence must not set the window's least width (125 % scaling).
        self.sync_message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.sync_message.setMinimumWidth(40)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(True)
        self.progress.hide()
        for w in (self.online_label, self.last_sync_label, self.waiting_label):
            bar.addWidget(w)
        bar.addWidget(self.attention_label)
        bar.addWidget(self.sync_message, 1)
        bar.addPermanentWidget(self.progress)
        # An officer's name is data: shown as plain text, never as rich text.
        who = QLabel(f"{officer.name} · {style.role_text(officer.role)}")
        who.setTextFormat(Qt.TextFormat.PlainText)
        bar.addPermanentWidget(who)
        self.waiting = 0  # actions waiting to be sent, as last shown
        self.needs_attention = 0  # actions that need a person, as last shown

    # --- a sync cycle ------------------------------------------------------------------

    def sync_started(self) -> None:
        self.sync_message.setText(self.tr("Menyinkronkan…"))
        self.progress.setRange(0, 0)
        self.progress.show()

    def sync_progress(self, p: SyncProgress) -> None:
        if p.total:
            self.progress.setRange(0, p.total)
            self.progress.setValue(min(p.done, p.total))
        else:
            self.progress.setRange(0, 0)
        if p.phase == "pull" and p.total:
            # How far a long pull is (the first sync of a city's worth of reports).
            self.progress.setFormat("%p%")
            self.sync_message.setText(self.pull_text(p))
            return
        phase = {
            "push": self.tr("mengirim"),
            "pull": self.tr("mengambil"),
            "media": self.tr("mengunggah foto"),
        }.get(p.phase, p.phase)
        self.progress.setFormat(f"{phase} %v")
        self.sync_message.setText(
            self.tr("Menyinkronkan: %1 (%2)").replace("%1", phase).replace("%2", str(p.done))
        )

    def pull_text(self, p: SyncProgress) -> str:
        """ "Mengunduh laporan: 2.000 dari ~6.040" (numbers grouped as the language does)."""
        locale = QLocale()
        return (
            self.tr("Mengunduh laporan: %1 dari ~%2")
            .replace("%1", locale.toString(p.done))
            .replace("%2", locale.toString(p.total or 0))
        )

    def sync_finished(self, outcome: SyncOutcome) -> None:
        self.progress.hide()
        if outcome.login_needed:
            text = self.tr("Sesi berakhir: masuk lagi untuk mengirim. Pekerjaan Anda tetap aman.")
        elif not outcome.online:
            text = self.tr(
                "Server tidak terjangkau; pekerjaan menunggu dan dikirim otomatis nanti."
            )
        elif outcome.attention:
            # Actions refused and reports the pull set aside alike: "hal", not "tindakan".
            text = self.tr("%n hal perlu perhatian", "", outcome.attention)
        elif outcome.outcome not in ("", "ok"):
            text = outcome_text(outcome.outcome)  # never the core's own (Indonesian) words
        else:
            text = outcome.message or ""  # already in the person's language
        self.sync_message.setText(text)
        self.sync_message.setToolTip(text)  # a narrow window may cut it

    # --- the state between cycles ---------------------------------------------------------

    def show_connection(self, online: bool | None, last_success: datetime | None) -> None:
        if online is None:
            self.online_label.setText(self.tr("● belum tersambung"))
            self.online_label.setStyleSheet(f"color: {style.MUTED_TEXT_COLOUR};")
        elif online:
            self.online_label.setText(self.tr("● daring"))
            self.online_label.setStyleSheet(f"color: {style.OK_COLOUR}; font-weight: 600;")
        else:
            self.online_label.setText(self.tr("○ luring"))
            self.online_label.setStyleSheet(f"color: {style.OVERDUE_COLOUR}; font-weight: 600;")
        now = datetime.now(UTC)
        self.last_sync_label.setText(
            self.tr("sinkron %1").replace("%1", style.describe_ago(last_success, now))
        )

    def show_outbox(self, summary: OutboxSummary) -> None:
        self.waiting = summary.waiting
        self.needs_attention = summary.attention
        self.waiting_label.setText(self.tr("%n menunggu dikirim", "", summary.waiting))
        self.waiting_label.setStyleSheet(
            f"color: {style.CLOSE_COLOUR}; font-weight: 600;" if summary.waiting else ""
        )
        self.attention_label.setVisible(summary.attention > 0)
        self.attention_label.setText(self.tr("%n perlu perhatian", "", summary.attention))
        self.attention_label.setStyleSheet(f"color: {style.OVERDUE_COLOUR}; font-weight: 600;")

"""Meja Pengaduan: a walk-in complaint, typed while the citizen waits.

Keyboard first: the fields follow the order of the conversation (channel,
who, private or public, what, which category, where, photos), Ctrl+S saves,
Ctrl+P prints the receipt. Every Alt+letter (&-mnemonic) on the form is used
once, in each language (tests/desk/test_mnemonics.py). Saving is one local transaction
(``LocalActions.create``) run in a worker with the photos; the receipt comes
right after, with a leased official number when the desk has one.

The identity typed here goes to the vault (encrypted) and to the server only;
this page never logs it and clears it after saving.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from crm_shared.domain import Channel, DomainError, check_nik, check_phone, check_text
from crm_shared.domain.rating import new_rating_code
from officer_app.settings import Setting
from officer_app.store.desk import ReceiptData
from officer_app.store.duplicates import DuplicateCandidate
from officer_app.suggest import Suggester, Suggestion, TrainedModel
from officer_app.views.changes import run_local_op
from officer_app.views.page import Page, PageHost
from officer_app.views.roles import ReportIdRole
from officer_app.views.services import Choice
from officer_app.views.texts import channel_text, error_text
from officer_app.workers import run_in_worker

from .privacy_notice import PrivacyNoticeBox
from .receipt import ReceiptPreviewDialog, print_receipt, save_pdf, suggested_pdf_path

log = logging.getLogger(__name__)
PICKER_PRESTART_MS = 3000  # after the page is shown: the picker's map process starts ahead

DESK_CHANNELS = [c for c in Channel if c.is_face_to_face]
# The error list and marked fields: dark red on a pale red, contrast about 10:1.
ERROR_COLOUR = "#b00020"
ERROR_BACKGROUND = "#fdecea"
DESK_CHANNEL = Setting(
    "desk/channel",
    str,
    Channel.PENDOPO.value,
    "The walk-in desk's channel (where this workstation stands).",
    choices=tuple(c.value for c in DESK_CHANNELS),
)
SUGGEST_DELAY_MS = 300  # a keystroke pause


@dataclass
class IntakeLocation:
    lat: float | None = None
    lon: float | None = None
    kelurahan_code: str | None = None
    label: str = ""


@dataclass(frozen=True)
class IntakeChoices:
    categories: list[Choice]
    kelurahan: list[Choice]
    suggester: Suggester


class DeskIntakePage(Page):
    choices_loaded = Signal()  # the category and kelurahan lists are filled
    saved = Signal(str)  # report id
    supported = Signal(str)  # report id the citizen now supports

    def __init__(self, host: PageHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.settings = host.settings
        self.data_dir: Path | None = host.data_dir
        self.location = IntakeLocation()
        self.photo_paths: list[Path] = []
        self.last_receipt: ReceiptData | None = None
        self.suggestions: list[Suggestion] = []
        self.duplicates: list[DuplicateCandidate] = []
        self._suggester: Suggester | None = None
        self._busy = False
        self._build()
        self._load_choices()
        # A first sign-in has no reference data until the first sync.
        self.track_signal(host.sync.finished, lambda *_: self.reload_choices_if_empty())

    # --- building -------------------------------------------------------------------

    def _build(self) -> None:
        self.channel = QComboBox()
        for c in DESK_CHANNELS:
            self.channel.addItem(channel_text(c), c.value)
        if self.settings is not None:
            index = self.channel.findData(self.settings.get(DESK_CHANNEL))
            self.channel.setCurrentIndex(max(0, index))
            if self.settings.is_enforced(DESK_CHANNEL):  # IT fixed this desk's channel
                self.channel.setEnabled(False)
                self.channel.setToolTip(self.tr("Ditetapkan oleh TI untuk komputer ini."))
        self.channel.currentIndexChanged.connect(self._channel_changed)

        self.anonymous = QCheckBox(self.tr("Pelapor &anonim (tanpa identitas)"))
        self.name = QLineEdit()
        self.nik = QLineEdit()
        self.nik.setMaxLength(16)
        self.nik.setInputMask("")
        self.nik.setPlaceholderText(self.tr("16 digit sesuai KTP"))
        self.nik_hint = QLabel()
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("mis. 0812-3456-7890"))
        self.phone_hint = QLabel()
        for hint in (self.nik_hint, self.phone_hint):
            hint.setTextFormat(Qt.TextFormat.PlainText)
            hint.setStyleSheet("color:#b00020")
        self.reporter_address = QLineEdit()
        self.anonymous.toggled.connect(self._anonymous_toggled)
        self.nik.textChanged.connect(self._check_nik_live)
        self.phone.textChanged.connect(self._check_phone_live)

        self.private = QCheckBox(self.tr("Laporan &rahasia (privat)"))
        self.private.setChecked(True)

        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(
            self.tr("Apa yang dikeluhkan warga, di mana, sejak kapan")
        )
        self.description.textChanged.connect(self._description_changed)
        self.category = QComboBox()
        self.category.setEditable(False)
        self.category.currentIndexChanged.connect(self._schedule_duplicates)
        self.suggest_box = QWidget()
        sl = QHBoxLayout(self.suggest_box)
        sl.setContentsMargins(0, 0, 0, 0)
        self.suggest_label = QLabel(self.tr("Saran:"))
        sl.addWidget(self.suggest_label)
        self.suggest_buttons: list[QPushButton] = []
        for i in range(3):
            b = QPushButton()
            b.setVisible(False)
            b.clicked.connect(lambda _=False, n=i: self.apply_suggestion(n))
            sl.addWidget(b)
            self.suggest_buttons.append(b)
        sl.addStretch(1)
        self.agency_label = QLabel()
        self.agency_label.setTextFormat(Qt.TextFormat.PlainText)
        self.why_label = QLabel()  # the words that drove each suggestion
        self.why_label.setTextFormat(Qt.TextFormat.PlainText)
        self.why_label.setWordWrap(True)
        self.suggest_box.setVisible(False)  # shown once there is a suggestion
        self.agency_label.setVisible(False)
        self.why_label.setVisible(False)

        self.address = QLineEdit()
        self.kelurahan = QComboBox()
        self.kelurahan.setEditable(True)
        self.kelurahan.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.kelurahan.currentIndexChanged.connect(self._kelurahan_chosen)
        self.map_button = QPushButton(self.tr("Pilih di &peta…"))
        self.map_button.clicked.connect(self.pick_on_map)
        self.location_label = QLabel(self.tr("Lokasi belum ditentukan"))
        self.location_label.setTextFormat(Qt.TextFormat.PlainText)

        self.photos = QListWidget()
        self.photos.setAccessibleName(self.tr("Foto"))
        self.photos.setMaximumHeight(70)
        self.add_photo = QPushButton(self.tr("Tambah &foto…"))
        self.add_photo.clicked.connect(self._add_photos)

        self.save_button = QPushButton(self.tr("&Simpan dan buat tanda terima (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)

        who = QGroupBox(self.tr("Pelapor"))
        wf = QFormLayout(who)
        wf.addRow(self.anonymous)
        wf.addRow(self.tr("&Nama"), self.name)
        wf.addRow(self.tr("N&IK"), self.nik)
        wf.addRow("", self.nik_hint)
        wf.addRow(self.tr("Tel&epon"), self.phone)
        wf.addRow("", self.phone_hint)
        wf.addRow(self.tr("Alamat pelapor"), self.reporter_address)
        wf.addRow(self.private)

        what = QGroupBox(self.tr("Pengaduan"))
        pf = QFormLayout(what)
        pf.addRow(self.tr("&Uraian"), self.description)
        pf.addRow(self.tr("Kate&gori"), self.category)
        pf.addRow("", self.suggest_box)
        pf.addRow("", self.agency_label)
        pf.addRow("", self.why_label)
        loc = QHBoxLayout()
        loc.addWidget(self.kelurahan, 1)
        loc.addWidget(self.map_button)
        kelurahan_label = QLabel(self.tr("Kelurahan"))
        kelurahan_label.setBuddy(self.kelurahan)
        pf.addRow(kelurahan_label, loc)
        pf.addRow(self.tr("Ala&mat kejadian"), self.address)
        pf.addRow("", self.location_label)
        ph = QHBoxLayout()
        ph.addWidget(self.photos, 1)
        ph.addWidget(self.add_photo)
        photo_label = QLabel(self.tr("Foto"))
        photo_label.setBuddy(self.photos)
        pf.addRow(photo_label, ph)

        form = QWidget()
        fl = QVBoxLayout(form)
        top = QFormLayout()
        top.addRow(self.tr("&Kanal"), self.channel)
        fl.addLayout(top)
        fl.addWidget(who)
        self.notice = PrivacyNoticeBox()  # what the reporter is told, and that it was
        fl.addWidget(self.notice)
        fl.addWidget(what)
        fl.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form)
        self.form_scroll = scroll
        # What stops the save stands above the form and the Save button below it,
        # both outside the scroll area: seen at 1366x768 whatever is scrolled (issue 20).
        self.errors = QLabel()
        self.errors.setObjectName("deskErrors")
        self.errors.setTextFormat(Qt.TextFormat.PlainText)
        self.errors.setWordWrap(True)
        self.errors.setStyleSheet(
            f"QLabel#deskErrors {{ color: {ERROR_COLOUR}; background: {ERROR_BACKGROUND};"
            f" border: 1px solid {ERROR_COLOUR}; border-radius: 4px; padding: 6px; }}"
        )
        self.errors.setVisible(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.message, 1)
        form_column = QWidget()
        fc = QVBoxLayout(form_column)
        fc.setContentsMargins(0, 0, 0, 0)
        fc.addWidget(self.errors)
        fc.addWidget(scroll, 1)
        fc.addLayout(bottom)

        side = QWidget()
        sv = QVBoxLayout(side)
        sv.addWidget(QLabel(self.tr("Laporan serupa di dekat lokasi (14 hari terakhir)")))
        self.duplicate_list = QListWidget()
        self.duplicate_list.setAccessibleName(self.tr("Laporan serupa"))
        sv.addWidget(self.duplicate_list, 1)
        self.link_button = QPushButton(self.tr("&Tautkan sebagai pendukung laporan ini"))
        self.link_button.setEnabled(False)
        self.link_button.clicked.connect(self.link_selected_duplicate)
        self.duplicate_list.currentRowChanged.connect(
            lambda row: self.link_button.setEnabled(row >= 0)
        )
        sv.addWidget(self.link_button)
        sv.addWidget(QLabel(self.tr("Tanda terima terakhir")))
        self.receipt_label = QLabel(self.tr("Belum ada"))
        self.receipt_label.setTextFormat(Qt.TextFormat.PlainText)
        self.receipt_label.setWordWrap(True)
        sv.addWidget(self.receipt_label)
        self.preview_button = QPushButton(self.tr("&Lihat tanda terima…"))
        self.print_button = QPushButton(self.tr("&Cetak tanda terima (Ctrl+P)"))
        self.pdf_button = QPushButton(self.tr("Simpan sebagai P&DF…"))
        self.preview_button.clicked.connect(lambda: self.preview_receipt().open())
        self.print_button.clicked.connect(self.print_last)
        self.pdf_button.clicked.connect(lambda: self.save_last_pdf())
        for b in (self.preview_button, self.print_button, self.pdf_button):
            b.setEnabled(False)
            sv.addWidget(b)

        split = QSplitter()
        split.addWidget(form_column)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        QVBoxLayout(self).addWidget(split)

        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        QShortcut(QKeySequence("Ctrl+P"), self, self.print_last)

        self._suggest_timer = QTimer(self)
        self._suggest_timer.setSingleShot(True)
        self._suggest_timer.timeout.connect(self.update_suggestions)
        self._dup_timer = QTimer(self)
        self._dup_timer.setSingleShot(True)
        self._dup_timer.timeout.connect(self.update_duplicates)
        self.setTabOrder(self.channel, self.anonymous)
        self._marked: list[QWidget] = []
        for signal in (
            self.anonymous.toggled,
            self.name.textChanged,
            self.nik.textChanged,
            self.phone.textChanged,
            self.reporter_address.textChanged,
            self.description.textChanged,
            self.category.currentIndexChanged,
            self.kelurahan.currentIndexChanged,
            self.address.textChanged,
        ):
            signal.connect(self._recheck)

    def reload_choices_if_empty(self) -> None:
        if self.category.count() > 1 and self.kelurahan.count() > 1:
            return
        self._load_choices()

    def _load_choices(self) -> None:
        """Categories, kelurahan and the category suggester, read in a worker."""
        services = self.services

        def read(_ctx: object) -> IntakeChoices:
            categories = list(services.categories())
            units = {u.id: u.name for u in services.units()}
            # The server's trained model (under the reference ETag), when it sent one.
            model = TrainedModel.from_reference({"suggest_model": services.suggest_model()})
            suggester = Suggester.from_categories(
                ((c.id, c.name, units.get(c.hint or "")) for c in categories), model
            )
            return IntakeChoices(categories, list(services.all_kelurahan()), suggester)

        run_in_worker(read, self._choices_ready, name="desk-choices", owner=self)

    def _choices_ready(self, choices: IntakeChoices) -> None:
        for combo, empty, items in (
            (self.category, self.tr("— pilih kategori —"), choices.categories),
            (self.kelurahan, self.tr("— pilih kelurahan —"), choices.kelurahan),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(empty, None)
            for c in items:
                combo.addItem(c.name, c.id)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)
        self._suggester = choices.suggester
        self.choices_loaded.emit()

    # --- live checks ------------------------------------------------------------------

    def _channel_changed(self) -> None:
        if self.settings is not None:
            self.settings.set(DESK_CHANNEL, self.channel.currentData())

    def _anonymous_toggled(self, on: bool) -> None:
        for w in (self.name, self.nik, self.phone, self.reporter_address):
            w.setEnabled(not on)
        if on:
            self.nik_hint.clear()
            self.phone_hint.clear()

    def _check_nik_live(self, text: str) -> None:
        self.nik_hint.setText(self.nik_problem(text) or "")

    def _check_phone_live(self, text: str) -> None:
        self.phone_hint.setText(self.phone_problem(text) or "")

    def nik_problem(self, text: str) -> str | None:
        if not text:
            return None
        if not text.isdigit():
            return self.tr("NIK hanya berisi angka.")
        if len(text) < 16:
            return self.tr("NIK terdiri dari 16 angka (baru %1).").replace("%1", str(len(text)))
        try:
            check_nik(text)
        except DomainError as exc:
            return error_text(exc.code, exc.message)  # the core writes Indonesian
        return None

    def phone_problem(self, text: str) -> str | None:
        if not text.strip():
            return None
        try:
            check_phone(text)
        except DomainError as exc:
            return error_text(exc.code, exc.message)  # the core writes Indonesian
        return None

    # --- suggestion -------------------------------------------------------------------

    def _description_changed(self) -> None:
        self._suggest_timer.start(SUGGEST_DELAY_MS)
        self._dup_timer.start(SUGGEST_DELAY_MS * 2)

    def update_suggestions(self) -> None:
        """Top-3 categories for the text (a few milliseconds: GUI thread)."""
        try:
            found = (
                self._suggester.suggest(self.description.toPlainText()) if self._suggester else []
            )
        except Exception:  # a suggestion must never stand in the way of saving
            log.exception("suggestion failed")
            found = []
        self.suggestions = found
        for i, b in enumerate(self.suggest_buttons):
            if i < len(found):
                b.setText(found[i].name.replace("&", "&&"))  # a name, never a mnemonic
                b.setToolTip(
                    self.tr("Biasanya ditangani: %1").replace("%1", self._agency(found[i]))
                )
                b.setVisible(True)
            else:
                b.setVisible(False)
        self.agency_label.setText(
            self.tr("Biasanya ditangani: %1").replace("%1", self._agency(found[0])) if found else ""
        )
        self.why_label.setText(
            "\n".join(
                self.tr("%1 — karena kata: %2")
                .replace("%1", s.name)
                .replace("%2", ", ".join(f"«{w}»" for w in s.why))
                for s in found
                if s.why
            )
        )
        self.suggest_box.setVisible(bool(found))
        self.agency_label.setVisible(bool(found))
        self.why_label.setVisible(bool(found and self.why_label.text()))

    def _agency(self, suggestion: Suggestion) -> str:
        return suggestion.agency or self.tr("kelurahan setempat")

    def apply_suggestion(self, n: int) -> None:
        if n < len(self.suggestions):
            index = self.category.findData(self.suggestions[n].category_id)
            if index >= 0:
                self.category.setCurrentIndex(index)

    # --- location ---------------------------------------------------------------------

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt)
        super().showEvent(event)
        # The location picker's map process (issue 22) started ahead, once the window
        # has settled: the first walk-in's picker then opens on a ready map.
        QTimer.singleShot(PICKER_PRESTART_MS, self, self._prestart_picker_map)

    def _prestart_picker_map(self) -> None:
        if self.isVisible():
            from officer_app.views.map_remote import prestart_picker_map

            prestart_picker_map(data_dir=self.data_dir)

    def pick_on_map(self) -> None:
        from officer_app.views.location_picker import LocationPickerDialog

        picked = LocationPickerDialog.ask(self, data_dir=self.data_dir)
        if picked is not None:
            self.set_location(picked.lat, picked.lon, picked.kelurahan_code, picked.kelurahan.name)

    def set_location(
        self, lat: float | None, lon: float | None, kelurahan_code: str | None, label: str = ""
    ) -> None:
        self.location = IntakeLocation(lat, lon, kelurahan_code, label)
        if lat is not None and lon is not None:
            text = self.tr("Titik %1, %2").replace("%1", f"{lat:.5f}").replace("%2", f"{lon:.5f}")
            self.location_label.setText(f"{text} · {label}" if label else text)
        else:
            self.location_label.setText(label or self.tr("Lokasi belum ditentukan"))
        if kelurahan_code:
            index = self.kelurahan.findData(kelurahan_code)
            if index >= 0:
                self.kelurahan.blockSignals(True)
                self.kelurahan.setCurrentIndex(index)
                self.kelurahan.blockSignals(False)
        self._schedule_duplicates()
        self._recheck()

    def _kelurahan_chosen(self) -> None:
        code = self.kelurahan.currentData()
        if code and self.location.kelurahan_code != code:
            self.set_location(None, None, code, self.kelurahan.currentText())

    # --- duplicates -------------------------------------------------------------------

    def _schedule_duplicates(self) -> None:
        self._dup_timer.start(150)

    def update_duplicates(self) -> None:
        services = self.services
        category = self.category.currentData()
        loc = self.location
        text = self.description.toPlainText()
        if not category and len(text.strip()) < 10:
            self._show_duplicates([])
            return
        if loc.lat is None and not loc.kelurahan_code:
            self._show_duplicates([])
            return

        def search(_ctx: object) -> list[DuplicateCandidate]:
            return services.find_duplicates(
                category_id=category,
                lat=loc.lat,
                lon=loc.lon,
                kelurahan_code=loc.kelurahan_code,
                text=text,
            )

        run_in_worker(search, self._show_duplicates, name="desk-duplicates", owner=self)

    def _show_duplicates(self, found: list[DuplicateCandidate]) -> None:
        self.duplicates = found
        self.duplicate_list.clear()
        for c in found:
            where = (
                f"{c.distance_m:.0f} m" if c.distance_m is not None else self.tr("kelurahan sama")
            )
            head = c.number or self.tr("(belum bernomor)")
            text = f"{head} · {where} · {c.description[:80]}"
            item = QListWidgetItem(text)  # plain text: a list item never renders HTML
            item.setData(ReportIdRole, c.report_id)
            self.duplicate_list.addItem(item)
        self.link_button.setEnabled(False)

    def link_selected_duplicate(self) -> None:
        row = self.duplicate_list.currentRow()
        if not 0 <= row < len(self.duplicates) or self._busy:
            return
        target = self.duplicates[row]
        reporter = self._reporter()
        if isinstance(reporter, str):
            self.message.setText(reporter)
            return
        services = self.services
        channel = self.channel.currentData()
        note = self.description.toPlainText().strip() or None
        if note is not None and len(note) < 5:
            note = None
        self._set_busy(True)
        run_local_op(
            self.host.change_bus,
            lambda: services.support(
                target.report_id, channel=channel, reporter=reporter, note=note
            ),
            initiator=self,
            on_success=lambda outcome: self._supported(outcome.report_id, target),
            on_failure=self._failed,
            name="desk-support",
            owner=self,
        )

    def _supported(self, report_id: str, target: DuplicateCandidate) -> None:
        self._set_busy(False)
        self.message.setText(
            self.tr("Warga dicatat sebagai pendukung laporan %1.").replace(
                "%1", target.number or report_id[:8]
            )
        )
        self.clear_form()
        self.supported.emit(report_id)

    # --- photos -------------------------------------------------------------------------

    def _add_photos(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Foto dari warga"), "", self.tr("Foto (*.jpg *.jpeg *.png *.webp)")
        )
        for p in paths:
            self.add_photo_path(Path(p))

    def add_photo_path(self, path: Path) -> None:
        self.photo_paths.append(path)
        self.photos.addItem(path.name)

    # --- saving ---------------------------------------------------------------------------

    def _reporter(self) -> dict[str, Any] | str:
        """The reporter for the payload, or the sentence that says what is wrong."""
        if self.anonymous.isChecked():
            return {"anonymous": True}
        problem = self.nik_problem(self.nik.text())
        if not self.nik.text():
            problem = self.tr("Isi NIK pelapor, atau centang 'Pelapor anonim'.")
        problem = problem or self.phone_problem(self.phone.text())
        if problem:
            return problem
        reporter: dict[str, Any] = {"name": self.name.text().strip(), "nik": self.nik.text()}
        if self.phone.text().strip():
            reporter["phone"] = self.phone.text().strip()
        if self.reporter_address.text().strip():
            reporter["address"] = self.reporter_address.text().strip()
        return reporter

    def payload(self) -> dict[str, Any] | str:
        reporter = self._reporter()
        if isinstance(reporter, str):
            return reporter
        out: dict[str, Any] = {
            "channel": self.channel.currentData(),
            "category_id": self.category.currentData(),
            "description": self.description.toPlainText(),
            "address": self.address.text().strip() or self.location.label,
            "is_private": self.private.isChecked(),
            "reporter": reporter,
        }
        if self.location.lat is not None and self.location.lon is not None:
            out["lat"], out["lon"] = self.location.lat, self.location.lon
        if self.location.kelurahan_code:
            out["kelurahan_code"] = self.location.kelurahan_code
        notice = self.notice.given()
        if notice is not None:
            out["privacy_notice"] = notice
        return out

    def save(self) -> None:
        if self._busy:
            return
        problems = self.problems()
        self.show_problems(problems)
        if problems:
            return
        payload = self.payload()
        if isinstance(payload, str):  # problems() checks the same: not expected
            self.show_problems([(self.nik, payload)])
            return
        nik = payload["reporter"].get("nik")
        # The receipt's rating code: made here, at intake (the desk files offline too),
        # random and never derived from the number (crm_shared.domain.rating).
        payload["rating_code"] = new_rating_code()
        services, photos = self.services, list(self.photo_paths)
        self._set_busy(True)
        self.message.setText(self.tr("Menyimpan…"))
        run_local_op(
            self.host.change_bus,
            lambda: services.file_report(payload, photos, nik),
            initiator=self,
            on_success=lambda filed: self._saved(filed.receipt),
            on_failure=self._failed,
            name="desk-create",
            owner=self,
        )

    def problems(self) -> list[tuple[QWidget, str]]:
        """Everything that stops the save, each with its field, in the form's order."""
        out: list[tuple[QWidget, str]] = []

        def check(widget: QWidget, fn: Any, *args: Any) -> None:
            try:
                fn(*args)
            except DomainError as exc:
                out.append((widget, error_text(exc.code, exc.message)))

        if not self.anonymous.isChecked():
            check(self.name, check_text, "name", self.name.text())
            if not self.nik.text():
                out.append((self.nik, self.tr("Isi NIK pelapor, atau centang 'Pelapor anonim'.")))
            else:
                problem = self.nik_problem(self.nik.text())
                if problem:
                    out.append((self.nik, problem))
            problem = self.phone_problem(self.phone.text())
            if problem:
                out.append((self.phone, problem))
            if self.reporter_address.text().strip():
                check(self.reporter_address, check_text, "address", self.reporter_address.text())
        check(self.description, check_text, "description", self.description.toPlainText())
        if not self.category.currentData():
            out.append((self.category, error_text("category_missing", "Pilih kategori laporan.")))
        has_point = self.location.lat is not None and self.location.lon is not None
        if not has_point and not self.location.kelurahan_code:
            out.append(
                (
                    self.kelurahan,
                    error_text(
                        "location_missing", "Tentukan lokasi: pilih di peta atau pilih kelurahan."
                    ),
                )
            )
        check(self.address, check_text, "address", self.address.text() or self.location.label)
        return out

    def show_problems(self, problems: list[tuple[QWidget, str]]) -> None:
        """List every problem above the form, mark each field, go to the first one.
        While the list shows, it follows what the person corrects."""
        for widget in self._marked:
            widget.setStyleSheet("")
            widget.setAccessibleDescription("")
        self._marked = [w for w, _text in problems]
        if not problems:
            self.errors.clear()
            self.errors.setVisible(False)
            return
        lines = [self.tr("Belum bisa disimpan, periksa:")]
        lines += [f"• {text}" for _w, text in problems]
        self.errors.setText("\n".join(lines))
        self.errors.setVisible(True)
        self.message.clear()
        for widget, text in problems:
            widget.setStyleSheet(f"border: 2px solid {ERROR_COLOUR};")
            widget.setAccessibleDescription(text)
        first = problems[0][0]
        self.form_scroll.ensureWidgetVisible(first)
        first.setFocus()

    def _recheck(self, *_args: object) -> None:
        if self.errors.isVisible():
            focus = self.focusWidget()
            self.show_problems(self.problems())
            if focus is not None:
                focus.setFocus()  # correcting one field must not jump to another

    def _saved(self, data: ReceiptData) -> None:
        self._set_busy(False)
        self.last_receipt = data
        lines = [self.tr("Nomor: %1").replace("%1", data.number), data.category]
        if data.provisional:
            lines.append(
                self.tr(
                    "NOMOR SEMENTARA: blok nomor resmi habis dan jaringan terputus. Cetak ulang "
                    "tanda terima dari 'Laporan saya' setelah sinkron."
                )
            )
        self.receipt_label.setText("\n".join(lines))
        for b in (self.preview_button, self.print_button, self.pdf_button):
            b.setEnabled(True)
        self.message.setText(self.tr("Laporan tersimpan. Serahkan tanda terima kepada warga."))
        self.clear_form()
        self.saved.emit(data.report_id)
        self.host.update_status_bar()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        message = getattr(exc, "message", None)
        code = getattr(exc, "code", None)
        text = error_text(code, message) if code or message else ""
        field = self._field_widgets().get(str(getattr(exc, "field", "") or ""))
        if text and field is not None:
            self.show_problems([(field, text)])
        else:
            self.message.setText(text or self.tr("Laporan tidak dapat disimpan."))
        if message is None:
            log.error("desk save failed: %s", type(exc).__name__)

    def _field_widgets(self) -> dict[str, QWidget]:
        """The field of the form a DomainError's ``field`` names."""
        return {
            "name": self.name,
            "nik": self.nik,
            "phone": self.phone,
            "description": self.description,
            "category_id": self.category,
            "location": self.kelurahan,
            "address": self.address,
            "channel": self.channel,
        }

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.save_button.setEnabled(not busy)
        self.link_button.setEnabled(not busy and self.duplicate_list.currentRow() >= 0)

    def clear_form(self) -> None:
        """Forget what was typed, the identity first."""
        for w in (self.name, self.nik, self.phone, self.reporter_address, self.address):
            w.clear()
        self.anonymous.setChecked(False)
        self.private.setChecked(True)
        self.notice.reset()
        self.description.clear()
        self.category.setCurrentIndex(0)
        self.kelurahan.setCurrentIndex(0)
        self.location = IntakeLocation()
        self.location_label.setText(self.tr("Lokasi belum ditentukan"))
        self.photo_paths.clear()
        self.photos.clear()
        self._show_duplicates([])
        self.channel.setFocus()

    # --- receipt ----------------------------------------------------------------------------

    def preview_receipt(self) -> ReceiptPreviewDialog:
        """The last receipt as it will print (not shown yet: the caller opens it)."""
        if self.last_receipt is None:
            raise RuntimeError("no receipt yet")
        dialog = ReceiptPreviewDialog(self.last_receipt, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.print_requested.connect(self.print_last)
        dialog.pdf_requested.connect(lambda: self.save_last_pdf())
        return dialog

    def print_last(self) -> None:
        if self.last_receipt is None:
            return
        if print_receipt(self.last_receipt, self):
            self._record_receipt(self.last_receipt)

    def save_last_pdf(self, path: Path | None = None) -> Path | None:
        if self.last_receipt is None:
            return None
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Simpan tanda terima"),
                str(suggested_pdf_path(self.last_receipt)),
                self.tr("PDF (*.pdf)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        save_pdf(self.last_receipt, path)
        self._record_receipt(self.last_receipt)
        return path

    def _record_receipt(self, data: ReceiptData) -> None:
        """Note the number the receipt carried (write lane: the queue reads it)."""
        services = self.services
        run_in_worker(lambda _ctx: services.record_receipt(data), lane="write", name="desk-receipt")

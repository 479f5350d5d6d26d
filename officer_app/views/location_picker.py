"""Where did it happen? The walk-in desk's location picker.

The officer clicks on the map or types a kelurahan's name. The point is checked
against the boundaries (``maps.boundaries``): inside Jakarta the kelurahan,
kecamatan and kota are filled in from the polygon that contains it; outside (or
in a lake, a reservoir: no kelurahan) it is refused with a sentence saying why.

    picker = LocationPicker(data_dir=...)
    picker.locationChanged.connect(...)  # PickedLocation, or None when refused
    LocationPickerDialog.ask(parent) -> PickedLocation | None
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import QStringListModel, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_shared.geo.boundaries import Boundaries, KelurahanInfo, load_boundaries
from crm_shared.geo.datadir import find_data_dir
from officer_app.views.map_view import MapProfile, MapView
from officer_app.workers import run_in_worker

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PickedLocation:
    lat: float
    lon: float
    kelurahan: KelurahanInfo

    @property
    def kelurahan_code(self) -> str | None:
        return self.kelurahan.code


class LocationPicker(QWidget):
    """A map to click on, a kelurahan search, and what the point falls in."""

    locationChanged = Signal(object)  # noqa: N815 - PickedLocation | None
    boundariesLoaded = Signal()  # noqa: N815

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        data_dir: Path | str | None = None,
        cache_dir: Path | None = None,
        profile: MapProfile | None = None,
        boundaries: Boundaries | None = None,
    ) -> None:
        super().__init__(parent)
        self._boundaries: Boundaries | None = boundaries
        self._names: dict[str, str] = {}  # completer text -> kelurahan code
        self.location: PickedLocation | None = None

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Cari kelurahan, mis. Gambir"))
        self.search.setAccessibleName(self.tr("Cari kelurahan"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self._search_entered)
        self.search_button = QPushButton(self.tr("Cari"), self)
        self.search_button.clicked.connect(self._search_entered)
        self.completer = QCompleter(self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setModel(QStringListModel(self))
        self.completer.activated.connect(self._completion_chosen)
        self.search.setCompleter(self.completer)

        self.map = MapView(
            self, data_dir=data_dir, cache_dir=cache_dir, profile=profile, picker=True
        )
        self.map.locationClicked.connect(self.pick)
        self.map.setMinimumSize(420, 320)

        self.kelurahan_label = QLabel("–", self)
        self.kecamatan_label = QLabel("–", self)
        self.kota_label = QLabel("–", self)
        self.coordinates_label = QLabel("–", self)
        for label in (
            self.kelurahan_label,
            self.kecamatan_label,
            self.kota_label,
            self.coordinates_label,
        ):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = QLabel(self.tr("Klik lokasi kejadian di peta atau cari kelurahannya."), self)
        self.message.setObjectName("pickerMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.search_button)
        form = QFormLayout()
        form.addRow(self.tr("Kelurahan"), self.kelurahan_label)
        form.addRow(self.tr("Kecamatan"), self.kecamatan_label)
        form.addRow(self.tr("Kota/Kabupaten"), self.kota_label)
        form.addRow(self.tr("Koordinat"), self.coordinates_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.map, 1)
        layout.addLayout(form)
        layout.addWidget(self.message)

        if self._boundaries is None:
            self.search.setEnabled(False)
            self.search_button.setEnabled(False)
            run_in_worker(
                lambda _ctx: _load(data_dir),
                on_success=self._boundaries_ready,
                on_failure=self._boundaries_failed,
                name="picker-boundaries",
            )
        else:
            self._boundaries_ready(self._boundaries)

    # --- boundaries ---------------------------------------------------------------------

    def _boundaries_ready(self, boundaries: Boundaries | None) -> None:
        if not shiboken6.isValid(self.search):
            return  # closed meanwhile
        if boundaries is None:
            self._boundaries_failed(FileNotFoundError("no data directory"))
            return
        self._boundaries = boundaries
        self._names = {}
        for info in boundaries.kelurahan_list():
            text = self.tr("{kel} — Kec. {kec}, {kota}").format(
                kel=info.display_name, kec=info.kecamatan_name, kota=info.kota_name
            )
            self._names[text] = info.code or ""
        model = self.completer.model()
        assert isinstance(model, QStringListModel)
        model.setStringList(sorted(self._names))
        self.search.setEnabled(True)
        self.search_button.setEnabled(True)
        self.boundariesLoaded.emit()

    def _boundaries_failed(self, exc: BaseException) -> None:
        log.error("boundaries for the picker not available: %s", type(exc).__name__)
        self.message.setText(
            self.tr("Data batas wilayah tidak tersedia: lokasi tidak dapat diperiksa.")
        )

    @property
    def ready(self) -> bool:
        return self._boundaries is not None

    # --- picking ------------------------------------------------------------------------

    @Slot(float, float)
    def pick(self, lat: float, lon: float) -> bool:
        """Check a point and fill in its kelurahan; False (and a message) when refused."""
        if self._boundaries is None:
            self.message.setText(self.tr("Data batas wilayah belum siap. Coba lagi sebentar."))
            return False
        info = self._boundaries.locate(lat, lon)
        if info is None:
            self._refuse(
                self.tr(
                    "Titik ini berada di luar DKI Jakarta. Pilih lokasi di dalam wilayah "
                    "DKI Jakarta (termasuk Kepulauan Seribu)."
                )
            )
            return False
        if not info.is_admin_unit:
            self._refuse(
                self.tr(
                    "Titik ini berada di {name}, yang bukan wilayah kelurahan. "
                    "Pilih titik di daratan kelurahan terdekat."
                ).format(name=info.display_name)
            )
            return False
        self.location = PickedLocation(lat, lon, info)
        self.kelurahan_label.setText(info.display_name)
        self.kecamatan_label.setText(info.kecamatan_name)
        self.kota_label.setText(info.kota_name)
        self.coordinates_label.setText(f"{lat:.6f}, {lon:.6f}")
        self.message.setText(self.tr("Lokasi berada di dalam wilayah DKI Jakarta."))
        self.map.set_pick(lat, lon)
        self.locationChanged.emit(self.location)
        return True

    def _refuse(self, message: str) -> None:
        self.location = None
        for label in (
            self.kelurahan_label,
            self.kecamatan_label,
            self.kota_label,
            self.coordinates_label,
        ):
            label.setText("–")
        self.message.setText(message)
        self.locationChanged.emit(None)

    def search_kelurahan(self, name: str) -> bool:
        """Centre on a kelurahan by name and pick a point inside it."""
        if self._boundaries is None:
            return False
        code = self._names.get(name.strip())
        info = self._boundaries.kelurahan(code) if code else None
        if info is None:
            first = name.split("—", 1)[0].strip()
            info = self._boundaries.find_by_name(first) if first else None
        if info is None or info.code is None:
            self.message.setText(
                self.tr("Kelurahan \u201c{name}\u201d tidak ditemukan.").format(
                    name=name.strip()[:80]
                )
            )
            return False
        point = self._boundaries.kelurahan_geometry(info.code).representative_point()
        ok = self.pick(point.y, point.x)
        if ok:
            self.map.set_pick(point.y, point.x, centre=True, zoom=15)
        return ok

    def _search_entered(self) -> None:
        self.search_kelurahan(self.search.text())

    def _completion_chosen(self, text: str) -> None:
        self.search_kelurahan(text)


def _load(data_dir: Path | str | None) -> Boundaries | None:
    found = find_data_dir(data_dir)
    return load_boundaries(found) if found is not None else None


class LocationPickerDialog(QDialog):
    """The picker in a dialog: OK only once a valid location is chosen."""

    def __init__(self, parent: QWidget | None = None, **picker_options: object) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pilih lokasi kejadian"))
        self.picker = LocationPicker(self, **picker_options)  # type: ignore[arg-type]
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.picker.locationChanged.connect(lambda loc: ok.setEnabled(loc is not None))
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 640)

    @property
    def location(self) -> PickedLocation | None:
        return self.picker.location

    @classmethod
    def ask(cls, parent: QWidget | None = None, **picker_options: object) -> PickedLocation | None:
        dialog = cls(parent, **picker_options)
        return dialog.location if dialog.exec() == QDialog.DialogCode.Accepted else None

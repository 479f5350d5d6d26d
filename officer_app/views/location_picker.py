"""Where did it happen? The walk-in desk's location picker.

The officer clicks on the map or searches. The search finds kelurahan and
kecamatan names offline, from the boundary data (a kelurahan is picked, a
kecamatan is shown on the map to click in); where IT configured an address search
(``geocoder_url``, a Nominatim-compatible API: ``maps.geocode``), any other text
is sent there in a worker and the streets and places it finds inside Jakarta are
listed to choose from. Every point is checked against the boundaries
(``maps.boundaries``): inside Jakarta the kelurahan, kecamatan and kota are filled
in from the polygon that contains it; outside (or in a lake, a reservoir: no
kelurahan) it is refused with a sentence saying why.

    picker = LocationPicker(data_dir=...)
    picker.locationChanged.connect(...)  # PickedLocation, or None when refused
    LocationPickerDialog.ask(parent) -> PickedLocation | None
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QStringListModel, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_shared.geo.boundaries import Boundaries, KelurahanInfo, load_boundaries, name_key
from crm_shared.geo.datadir import find_data_dir
from officer_app.maps.geocode import GeocodeError, Geocoder, Place
from officer_app.views import map_settings
from officer_app.workers import run_in_worker

if TYPE_CHECKING:
    from officer_app.views.map_view import MapProfile

_FROM_PROFILE = object()  # the geocoder of the map profile (IT's setting)

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
    """A map to click on, a place search, and what the point falls in."""

    locationChanged = Signal(object)  # noqa: N815 - PickedLocation | None
    boundariesLoaded = Signal()  # noqa: N815
    searchFinished = Signal(str)  # noqa: N815 - the address search answered (its message)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        data_dir: Path | str | None = None,
        cache_dir: Path | None = None,
        profile: MapProfile | None = None,
        boundaries: Boundaries | None = None,
        geocoder: Geocoder | None | object = _FROM_PROFILE,
    ) -> None:
        super().__init__(parent)
        self._boundaries: Boundaries | None = boundaries
        self._names: dict[str, tuple[str, str]] = {}  # completer text -> ("kel"|"kec", code)
        self.location: PickedLocation | None = None
        self._search_generation = 0

        self.map: Any
        if profile is None and map_settings.map_mode(QGuiApplication.platformName()) == "separate":
            # In the map process, as the map page (issue 22): QtWebEngine stays out of
            # the window's process on the desk's PCs too.
            from officer_app.views.map_remote import RemoteMapView

            self.map = RemoteMapView(self, data_dir=data_dir, cache_dir=cache_dir, picker=True)
        else:
            from officer_app.views.map_view import MapView

            self.map = MapView(
                self, data_dir=data_dir, cache_dir=cache_dir, profile=profile, picker=True
            )
        self.map.locationClicked.connect(self.pick)
        self.map.setMinimumSize(420, 320)
        if geocoder is _FROM_PROFILE:
            map_profile = getattr(self.map, "profile", None)  # a MapView's web profile
            geocoder = map_profile.geocoder if map_profile is not None else map_settings.geocoder()
        self.geocoder: Geocoder | None = geocoder if isinstance(geocoder, Geocoder) else None

        self.search = QLineEdit(self)
        if self.geocoder is not None:
            self.search.setPlaceholderText(self.tr("Cari alamat, tempat, kelurahan atau kecamatan"))
        else:
            self.search.setPlaceholderText(self.tr("Cari kelurahan atau kecamatan, mis. Gambir"))
        self.search.setAccessibleName(self.tr("Cari lokasi"))
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
        # Places the address search found: chosen with a click or Enter.
        self.results = QListWidget(self)
        self.results.setObjectName("pickerResults")
        self.results.setAccessibleName(self.tr("Hasil pencarian alamat"))
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.itemActivated.connect(self._result_chosen)
        self.results.itemClicked.connect(self._result_chosen)
        self.results.hide()

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
        layout.addWidget(self.results)
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
            self._names[text] = ("kel", info.code or "")
        for kec in boundaries.kecamatan_list():
            text = self.tr("Kecamatan {kec} — {kota}").format(
                kec=kec.display_name, kota=kec.kota_name
            )
            self._names[text] = ("kec", kec.code)
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
        info = self._find_kelurahan(name)
        if info is None or info.code is None:
            self.message.setText(
                self.tr("Kelurahan \u201c{name}\u201d tidak ditemukan.").format(
                    name=name.strip()[:80]
                )
            )
            return False
        return self._pick_kelurahan(info)

    def _find_kelurahan(self, name: str) -> KelurahanInfo | None:
        assert self._boundaries is not None
        kind, code = self._names.get(name.strip(), ("", ""))
        if kind == "kel" and code:
            return self._boundaries.kelurahan(code)
        if kind:
            return None
        first = name.split("\u2014", 1)[0].strip()
        return self._boundaries.find_by_name(first) if first else None

    def _find_kecamatan(self, name: str) -> str | None:
        assert self._boundaries is not None
        kind, code = self._names.get(name.strip(), ("", ""))
        if kind == "kec":
            return code
        wanted = name_key(name.split("\u2014", 1)[0])
        if not wanted:
            return None
        for kec in self._boundaries.kecamatan_list():
            if name_key(kec.display_name) == wanted:
                return kec.code
        return None

    def _pick_kelurahan(self, info: KelurahanInfo) -> bool:
        assert self._boundaries is not None
        assert info.code is not None
        point = self._boundaries.kelurahan_geometry(info.code).representative_point()
        ok = self.pick(point.y, point.x)
        if ok:
            self.map.set_pick(point.y, point.x, centre=True, zoom=15)
        return ok

    def search_place(self, text: str) -> str:
        """Search what was typed: a kelurahan ("kelurahan", picked), a kecamatan
        ("kecamatan", shown on the map), else the address search ("address": the
        answer comes later, ``searchFinished``) or nothing ("none")."""
        text = text.strip()
        self._search_generation += 1  # an address answer still on its way is for an older search
        self.results.clear()
        self.results.hide()
        if not text:
            return "none"
        if self._boundaries is None:
            self.message.setText(self.tr("Data batas wilayah belum siap. Coba lagi sebentar."))
            return "none"
        info = self._find_kelurahan(text)
        if info is not None and info.code is not None:
            self._pick_kelurahan(info)
            return "kelurahan"
        kec_code = self._find_kecamatan(text)
        if kec_code is not None:
            self._show_kecamatan(kec_code)
            return "kecamatan"
        if self.geocoder is not None:
            self._ask_geocoder(text)
            return "address"
        self.message.setText(
            self.tr(
                "Kelurahan atau kecamatan \u201c{name}\u201d tidak ditemukan. Periksa ejaannya, "
                "atau klik lokasinya di peta."
            ).format(name=text[:80])
        )
        return "none"

    def _show_kecamatan(self, code: str) -> None:
        assert self._boundaries is not None
        kec = self._boundaries.kecamatan(code)
        west, south, east, north = self._boundaries.kecamatan_geometry(code).bounds
        self.map.show_area(south, west, north, east)
        self.message.setText(
            self.tr(
                "Peta menunjukkan Kecamatan {kec} ({kota}). Klik lokasi kejadian di peta."
            ).format(kec=kec.display_name, kota=kec.kota_name)
        )

    # --- the address search (IT's geocoder, in a worker) --------------------------------

    def _ask_geocoder(self, text: str) -> None:
        geocoder = self.geocoder
        boundaries = self._boundaries
        assert geocoder is not None
        assert boundaries is not None
        generation = self._search_generation
        self.message.setText(self.tr("Mencari alamat\u2026"))

        def work(_ctx: object) -> list[tuple[Place, KelurahanInfo]]:
            found = []
            for place in geocoder.search(text):
                info = boundaries.locate(place.lat, place.lon)
                if info is not None and info.is_admin_unit:
                    found.append((place, info))
            return found

        run_in_worker(
            work,
            on_success=lambda found: self._geocoded(generation, text, found),
            on_failure=lambda exc: self._geocode_failed(generation, exc),
            name="picker-geocode",
            owner=self.results,
        )

    def _geocoded(
        self, generation: int, text: str, found: list[tuple[Place, KelurahanInfo]]
    ) -> None:
        if generation != self._search_generation:
            return  # a newer search was started
        self.results.clear()
        for place, info in found:
            label = self.tr("{place} (Kel. {kel})").format(place=place.name, kel=info.display_name)
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, (place.lat, place.lon))
            self.results.addItem(item)
        if found:
            rows = min(len(found), 5)  # as tall as its results (up to five), the map keeps the rest
            self.results.setFixedHeight(
                self.results.sizeHintForRow(0) * rows + 2 * self.results.frameWidth() + 2
            )
            self.results.show()
            self.results.setCurrentRow(0)
            message = self.tr(
                "%n tempat ditemukan. Pilih salah satu di daftar hasil, lalu periksa titiknya "
                "di peta.",
                "",
                len(found),
            )
        else:
            message = self.tr(
                "Alamat \u201c{name}\u201d tidak ditemukan di DKI Jakarta. Periksa ejaannya, "
                "cari nama kelurahan, atau klik lokasinya di peta."
            ).format(name=text[:80])
        self.message.setText(message)
        self.searchFinished.emit(message)

    def _geocode_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._search_generation:
            return
        kind = exc.kind if isinstance(exc, GeocodeError) else "answer"
        if not isinstance(exc, GeocodeError):
            log.error("address search failed", exc_info=(type(exc), exc, exc.__traceback__))
        fallback = self.tr("Cari nama kelurahan atau kecamatan, atau klik lokasinya di peta.")
        if kind == "unreachable":
            reason = self.tr(
                "Layanan pencarian alamat tidak dapat dihubungi (komputer sedang luring atau "
                "layanan mati)."
            )
        elif kind == "timeout":
            reason = self.tr("Layanan pencarian alamat tidak menjawab tepat waktu.")
        elif kind == "status":
            reason = self.tr("Layanan pencarian alamat menolak permintaan (kode {code}).").format(
                code=exc.detail if isinstance(exc, GeocodeError) else "?"
            )
        else:
            reason = self.tr("Jawaban layanan pencarian alamat tidak dapat dibaca.")
        message = f"{reason} {fallback}"
        self.message.setText(message)
        self.searchFinished.emit(message)

    def _result_chosen(self, item: QListWidgetItem) -> None:
        where = item.data(Qt.ItemDataRole.UserRole)
        if not where:
            return
        lat, lon = float(where[0]), float(where[1])
        if self.pick(lat, lon):
            self.map.set_pick(lat, lon, centre=True, zoom=17)

    def _search_entered(self) -> None:
        self.search_place(self.search.text())

    def _completion_chosen(self, text: str) -> None:
        self.search_place(text)


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

    def done(self, result: int) -> None:
        park = getattr(self.picker.map, "park", None)
        if park is not None:
            park()  # its map process (issue 22) kept a few minutes for the next walk-in
        super().done(result)

    @classmethod
    def ask(cls, parent: QWidget | None = None, **picker_options: object) -> PickedLocation | None:
        dialog = cls(parent, **picker_options)
        try:
            return dialog.location if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()  # not one hidden dialog (and map) per walk-in

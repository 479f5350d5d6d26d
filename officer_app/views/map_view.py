"""The report map: a QWebEngineView showing the folium page, fed through QWebChannel.

    view = MapView(data_dir=..., cache_dir=...)
    view.reportClicked.connect(window.select_report)     # click on a point
    window.report_selected.connect(view.select_report)   # list -> centre + highlight
    view.set_points_source(services.map_points)          # (ListQuery) -> rows, worker
    window.query_changed.connect(view.set_query)          # filters -> the same set

The page is built once (``maps.page.build_page``, in a worker), written to a file
and loaded through the app's own scheme (``crmmap://app/...``, never ``file://``).
Points travel as one JSON text of parallel arrays (``maps.payload``); the page
draws them on a canvas. Everything the page may do in return goes through
``MapBridge.cmd`` (validated there), reached from an isolated JavaScript world
(``resources/map/relay.js``): the page's own scripts never hold a Qt object.

The web profile is off the record, serves the page, its assets and tiles through
``crmmap:`` and blocks every request to another scheme (``RequestGuard``);
neither file URLs nor remote URLs are reachable. Call ``register_map_schemes()``
before the QApplication.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QFile, QIODevice, QObject, QUrl, Signal, Slot
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import (
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineScript,
    QWebEngineSettings,
)
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QLabel, QStackedLayout, QWidget

from crm_shared.domain import Status
from crm_shared.geo.boundaries import load_boundaries
from crm_shared.geo.datadir import find_data_dir
from officer_app.maps.geocode import Geocoder
from officer_app.maps.page import BOUNDARY_SOURCE, PageOptions, build_page, resources_dir
from officer_app.maps.payload import (
    EMPTY_PAYLOAD,
    STATUS_ORDER,
    PointsPayload,
    build_points_payload,
)
from officer_app.maps.tiles import TileConfig, TileStore
from officer_app.views import map_settings
from officer_app.views.map_bridge import PAGE_MESSAGES, MapBridge
from officer_app.views.map_release import ReleasedWhenHidden
from officer_app.views.tile_scheme import (
    TILE_SCHEME,
    RequestGuard,
    TileSchemeHandler,
    register_map_schemes,
)
from officer_app.workers import run_in_worker

log = logging.getLogger(__name__)

__all__ = [
    "MapProfile",
    "MapView",
    "default_map_profile",
    "register_map_schemes",
    "release_default_map_profile",
]

PointsSource = Callable[[Any], Iterable[Any]]


class MapProfile(QObject):
    """An off-the-record web profile for map pages: tile scheme + request guard.

    It also holds what every map of the application shares: whether the person
    keeps the legend open (``legend_open``; None until they chose) and the address
    search service IT configured for the location picker (``geocoder``).
    """

    def __init__(self, tiles: TileStore | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        register_map_schemes()  # before the first web engine object (a no-op after)
        self.legend_open: bool | None = None
        self.geocoder: Geocoder | None = None
        self.profile = QWebEngineProfile(self)  # no storage name: off the record
        self.guard = RequestGuard(self)
        self.tiles = TileSchemeHandler(tiles, self)
        self.profile.setUrlRequestInterceptor(self.guard)
        self.profile.installUrlSchemeHandler(TILE_SCHEME, self.tiles)
        settings = self.profile.settings()
        settings.setAttribute(
            QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls, False
        )
        settings.setAttribute(QWebEngineSettings.WebAttribute.LocalContentCanAccessFileUrls, False)
        settings.setAttribute(QWebEngineSettings.WebAttribute.JavascriptCanOpenWindows, False)
        settings.setAttribute(QWebEngineSettings.WebAttribute.PluginsEnabled, False)

    def set_tiles(self, config: TileConfig | TileStore | None) -> None:
        """Change where tiles come from (settings changed); open pages keep working."""
        if isinstance(config, TileConfig):
            try:
                config = TileStore(config)
            except ValueError as exc:  # an unusable tile source: the map without tiles
                log.warning("tile settings unusable (%s): no background tiles", exc)
                config = None
        self.tiles.set_store(config)

    def set_geocoder(self, geocoder: Geocoder | None) -> None:
        """The address search of the location picker (IT's ``geocoder_url``), or none."""
        self.geocoder = geocoder


_default_profile: MapProfile | None = None
# The channel's world: not the page's own (MainWorld), so its scripts never see it.
BRIDGE_WORLD = QWebEngineScript.ScriptWorldId.ApplicationWorld
_relay_source: str | None = None


def relay_script() -> QWebEngineScript:
    """Qt's qwebchannel.js and our relay, for the isolated world, before the page runs."""
    global _relay_source
    if _relay_source is None:
        qrc = QFile(":/qtwebchannel/qwebchannel.js")
        if not qrc.open(QIODevice.OpenModeFlag.ReadOnly):
            raise FileNotFoundError("qwebchannel.js not found in QtWebEngine's resources")
        channel_js = bytes(qrc.readAll().data()).decode("utf-8")
        qrc.close()
        relay_js = (resources_dir() / "relay.js").read_text(encoding="utf-8")
        _relay_source = channel_js + "\n" + relay_js
    script = QWebEngineScript()
    script.setName("crm-relay")
    script.setSourceCode(_relay_source)
    script.setWorldId(BRIDGE_WORLD)
    script.setInjectionPoint(QWebEngineScript.InjectionPoint.DocumentCreation)
    script.setRunsOnSubFrames(False)
    return script


def default_map_profile() -> MapProfile:
    """The application's map profile (created on first use, lives with the app)."""
    global _default_profile
    if _default_profile is None:
        from PySide6.QtCore import QCoreApplication

        _default_profile = MapProfile(parent=QCoreApplication.instance())
        map_settings.on_change(_apply_map_settings)
        _apply_map_settings()
    return _default_profile


def _apply_map_settings() -> None:
    """The app's tile and address-search settings, onto the default profile."""
    profile = _default_profile
    if profile is None or not map_settings.configured():
        return
    profile.set_tiles(map_settings.tiles())
    profile.set_geocoder(map_settings.geocoder())


def release_default_map_profile() -> None:
    """Delete the application's map profile (call after every map widget is deleted,
    before the QApplication goes: a profile outliving its pages crashes at exit)."""
    global _default_profile
    profile, _default_profile = _default_profile, None
    map_settings.forget(_apply_map_settings)
    if profile is not None and shiboken6.isValid(profile):
        profile.tiles.shutdown()
        shiboken6.delete(profile)


class MapPage(QWebEnginePage):
    """Stays on its own file: no navigation elsewhere, no new windows."""

    def __init__(self, profile: QWebEngineProfile, parent: QObject | None = None) -> None:
        super().__init__(profile, parent)
        self.home: QUrl | None = None

    def acceptNavigationRequest(  # noqa: N802 (Qt)
        self, url: QUrl | str, nav_type: QWebEnginePage.NavigationType, is_main_frame: bool
    ) -> bool:
        target = QUrl(url)
        if not is_main_frame or (self.home is not None and target == self.home):
            return True
        log.warning("map page: navigation away refused (%s)", target.scheme())
        return False

    def createWindow(  # type: ignore[override]  # noqa: N802 (Qt)
        self, _type: QWebEnginePage.WebWindowType
    ) -> QWebEnginePage | None:
        return None

    def javaScriptConsoleMessage(  # noqa: N802 (Qt)
        self,
        level: QWebEnginePage.JavaScriptConsoleMessageLevel,
        message: str,
        line: int,
        source: str,
    ) -> None:
        if level == QWebEnginePage.JavaScriptConsoleMessageLevel.ErrorMessageLevel:
            log.error("map page: %s (%s:%d)", message[:300], Path(source).name, line)
        else:
            log.debug("map page: %s", message[:300])


class MapView(ReleasedWhenHidden):
    """Reports on the map, linked to the list."""

    reportClicked = Signal(str)  # noqa: N815 - Qt-style signal names (the brief's API)
    ready = Signal()
    pointsDrawn = Signal(int)  # noqa: N815
    locationClicked = Signal(float, float)  # noqa: N815 - lat, lon (picker mode)
    loadFailed = Signal(str)  # noqa: N815

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        data_dir: Path | str | None = None,
        cache_dir: Path | None = None,
        profile: MapProfile | None = None,
        picker: bool = False,
        boundaries: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mapView")
        self._profile = profile or default_map_profile()
        self._cache_dir = cache_dir or _default_cache_dir()
        self._data_dir = data_dir
        self._picker = picker
        self._with_boundaries = boundaries
        self._is_ready = False
        self._pending: dict[str, str] = {}  # kind -> JSON, sent once the page is ready
        self._payload: PointsPayload = EMPTY_PAYLOAD
        self._selected_id: str | None = None
        self._points_source: PointsSource | None = None
        self._query_generation = 0
        self._fit_next = True

        self.bridge = MapBridge(self)
        self.bridge.ready.connect(self._page_ready)
        self.bridge.selected.connect(self._clicked)
        self.bridge.picked.connect(self.locationClicked)
        self.bridge.drawn.connect(self.pointsDrawn)
        self.bridge.legendToggled.connect(self._legend_toggled)
        if self._profile.legend_open is None:
            self._profile.legend_open = _read_legend_state(self._cache_dir)

        self._create_web_view()

        self.status = QLabel(self.tr("Memuat peta…"), self)
        self.status.setObjectName("mapStatus")
        self.status.setWordWrap(True)
        self._stack = QStackedLayout(self)
        self._stack.setContentsMargins(0, 0, 0, 0)
        self._stack.addWidget(self.status)
        self._stack.addWidget(self.view)
        self._stack.setCurrentWidget(self.view)

        self._init_release()
        self._build_page()

    def _create_web_view(self) -> None:
        """The web view, its page and channel (at start, and again after a release)."""
        self.view = QWebEngineView(self)
        self.page = MapPage(self._profile.profile, self.view)
        self.channel = QWebChannel(self.page)
        # Only the narrow endpoint, and only in the isolated world of the relay script:
        # page scripts never hold a Qt object (issue 18).
        self.channel.registerObject("endpoint", self.bridge.endpoint)
        self.page.setWebChannel(self.channel, BRIDGE_WORLD)
        self.page.scripts().insert(relay_script())
        self.view.setPage(self.page)
        self.page.loadFinished.connect(self._load_finished)

    # --- page ---------------------------------------------------------------------------

    def page_options(self) -> PageOptions:
        texts = {
            "basemap": self.tr("Peta dasar"),
            "kota": self.tr("Batas kota"),
            "kecamatan": self.tr("Batas kecamatan"),
            "kelurahan": self.tr("Batas kelurahan"),
            "reports": self.tr("Laporan"),
            "legend_title": self.tr("Status laporan"),
            "legend_show": self.tr("Tampilkan legenda"),
            "legend_hide": self.tr("Lipat legenda"),
            "overdue": self.tr("Lewat tenggat (cincin hitam)"),
            "overdue_short": self.tr("Lewat tenggat"),
            "cluster": self.tr("Kelompok: angka = jumlah laporan, warna cincin = status"),
            "cluster_overdue": self.tr("Lencana hitam = jumlah yang lewat tenggat"),
            "reports_in_group": self.tr("laporan"),
            "kelurahan_prefix": self.tr("Kel."),
            "kecamatan_prefix": self.tr("Kec."),
            "picked": self.tr("Titik dipilih"),
            "attribution": self.tr("Batas administrasi: %1").replace("%1", BOUNDARY_SOURCE),
        }
        labels = [status_label(s) for s in STATUS_ORDER]
        store = self._profile.tiles.store
        attribution = store.config.attribution if store is not None else ""
        return PageOptions(
            texts=texts,
            status_labels=labels,
            tile_attribution=attribution,
            picker=self._picker,
            show_legend=not self._picker,
        )

    def _build_page(self) -> None:
        options = self.page_options()
        cache_dir = self._cache_dir
        data_dir = self._data_dir
        with_boundaries = self._with_boundaries

        def work(_ctx: object) -> Path:
            boundaries = None
            if with_boundaries:
                found = find_data_dir(data_dir)
                if found is None:
                    log.warning("no boundary data: the map shows tiles and points only")
                else:
                    boundaries = load_boundaries(found)
            return build_page(cache_dir, boundaries, options)

        run_in_worker(
            work, on_success=self._page_built, on_failure=self._page_failed, name="map-page"
        )

    def _page_built(self, path: Path) -> None:
        # Served through the app's own scheme, never as a file:// URL (issue 18).
        url = QUrl(self._profile.tiles.add_page(path))
        if self._released:
            self._home = url  # loaded when the map is shown again
            return
        if not shiboken6.isValid(self.page):
            return  # the widget was closed while the page was being built
        self.page.home = url
        self.page.load(url)

    def _page_failed(self, exc: BaseException) -> None:
        log.error("map page could not be built: %s", type(exc).__name__, exc_info=exc)
        self._show_failure()

    def _show_failure(self) -> None:
        self.status.setText(self.tr("Peta tidak dapat dimuat. Daftar laporan tetap bisa dipakai."))
        self._stack.setCurrentWidget(self.status)
        self.loadFailed.emit(self.status.text())

    def _load_finished(self, ok: bool) -> None:
        if not ok:
            log.error("map page failed to load")
            self._show_failure()

    def _page_ready(self) -> None:
        self._is_ready = True
        if self._profile.legend_open is not None:  # what the person chose last
            self.bridge.send("legend", {"open": self._profile.legend_open})
        for kind in ("points", "fit", "area", "select", "info", "pick"):
            if kind in self._pending:
                self.bridge.send_raw(kind, self._pending.pop(kind))
        self.ready.emit()

    def _legend_toggled(self, open_: bool) -> None:
        """Remembered for every map of the app, and in the map cache for the next start."""
        self._profile.legend_open = open_
        _write_legend_state(self._cache_dir, open_)

    @property
    def is_ready(self) -> bool:
        return self._is_ready

    def _post(self, kind: str, json_text: str) -> None:
        if self._is_ready:
            self.bridge.send_raw(kind, json_text)
        else:
            self._pending[kind] = json_text

    # --- points -------------------------------------------------------------------------

    @Slot(object)
    def set_points(self, points: PointsPayload | Iterable[Any]) -> None:
        """Show these reports (a payload, or rows: id, lat, lon, status, overdue, number)."""
        payload = points if isinstance(points, PointsPayload) else build_points_payload(points)
        self._show_payload(payload, payload.to_json())

    def _show_payload(self, payload: PointsPayload, json_text: str) -> None:
        self._payload = payload
        self.bridge.set_known_ids(payload.ids)
        self._post("points", json_text)
        if self._fit_next and len(payload):
            self._fit_next = False
            if self._selected_id is None:
                self._post("fit", "{}")
        if self._selected_id is not None:
            self._post("select", json.dumps({"id": self._selected_id, "centre": False}))

    def show_points_json(self, payload: PointsPayload, json_text: str) -> None:
        """Show a payload whose JSON text is already made (the map process)."""
        self._show_payload(payload, json_text)

    def post_raw(self, kind: str, json_text: str) -> None:
        """A page message as JSON text, sent once the page is ready (the map process)."""
        if kind not in PAGE_MESSAGES:
            raise ValueError(f"not a page message: {kind}")
        self._post(kind, json_text)

    @property
    def payload(self) -> PointsPayload:
        return self._payload

    def set_points_source(self, source: PointsSource | None) -> None:
        """``source(query) -> rows`` (runs in a worker); ``set_query`` calls it."""
        self._points_source = source

    @Slot(object)
    def set_query(self, query: Any) -> None:
        """The list's filters changed: show the same set (queried in a worker)."""
        source = self._points_source
        if source is None:
            return
        self._query_generation += 1
        generation = self._query_generation

        def work(_ctx: object) -> tuple[PointsPayload, str]:
            rows = source(query)
            payload = rows if isinstance(rows, PointsPayload) else build_points_payload(rows)
            return payload, payload.to_json()

        def landed(result: tuple[PointsPayload, str]) -> None:
            if not shiboken6.isValid(self.bridge):
                return
            if generation == self._query_generation:
                self._show_payload(*result)

        run_in_worker(work, on_success=landed, name="map-points")

    @Slot()
    def fit_points(self) -> None:
        self._post("fit", "{}")

    # --- selection ----------------------------------------------------------------------

    @Slot(str)
    def select_report(self, report_id: str) -> None:
        """Centre on the report and highlight it (list selection)."""
        self._selected_id = report_id or None
        self._post("select", json.dumps({"id": report_id or "", "centre": True}))

    def _clicked(self, report_id: str) -> None:
        self._selected_id = report_id
        self.reportClicked.emit(report_id)

    @Slot(str, str, str)
    def show_report_info(self, report_id: str, title: str, text: str) -> None:
        """A popup at the report with its number/category and description (as text)."""
        self._post("info", json.dumps({"id": report_id, "title": title, "text": text}))

    # --- picker -------------------------------------------------------------------------

    @property
    def profile(self) -> MapProfile:
        return self._profile

    def show_area(self, south: float, west: float, north: float, east: float) -> None:
        """Fit the map to an area (a kecamatan found by name)."""
        area = {"south": south, "west": west, "north": north, "east": east}
        self._post("area", json.dumps(area))

    def set_pick(self, lat: float, lon: float, *, centre: bool = False, zoom: int = 15) -> None:
        """Mark a picked location on the map."""
        self._post("pick", json.dumps({"lat": lat, "lon": lon, "centre": centre, "zoom": zoom}))

    # --- memory: the web view released while the map is not shown (issue 22) ----------
    #
    # A shown map costs the client ~300 MB more (QtWebEngine's browser side, the
    # page's compositor, docs/performance.md). Hidden for ``release_delay_ms`` (the
    # person went to another page; not a minimised window), the web view, its page
    # and channel are deleted; shown again, they are made anew, the page reloads
    # from its file and gets the current points and selection. The widget, its
    # signals, the bridge and the points stay, so callers see no difference.

    _home: QUrl | None  # the built page's file, kept while released

    def _init_release(self) -> None:
        super()._init_release()
        self._home = None

    @Slot()
    def release_web_view(self) -> None:
        """Delete the web view (and with it the page, channel and renderer)."""
        if self._released or self.isVisible():
            return
        self._released = True
        self._is_ready = False
        self._home = self.page.home if shiboken6.isValid(self.page) else None
        self.status.setText(self.tr("Memuat peta…"))
        self._stack.setCurrentWidget(self.status)
        self._stack.removeWidget(self.view)
        view = self.view
        view.setParent(None)
        shiboken6.delete(view)  # now: the page and channel are its children
        log.info("map: web view released while the map is not shown")

    def restore_web_view(self) -> None:
        """Make the web view again and reload the page with the current points."""
        if not self._released:
            return
        self._released = False
        self._create_web_view()
        self._stack.addWidget(self.view)
        self._stack.setCurrentWidget(self.view)
        # Sent once the new page says it is ready (``_page_ready``); newer ones win.
        self._pending.setdefault("points", self._payload.to_json())
        if self._selected_id is not None:
            self._pending.setdefault(
                "select", json.dumps({"id": self._selected_id, "centre": True})
            )
        elif len(self._payload):
            self._pending.setdefault("fit", "{}")
        if self._home is not None:
            self.page.home = self._home
            self.page.load(self._home)
        # else: the page is still being built; ``_page_built`` loads it.

    # --- tests and tools ----------------------------------------------------------------

    def run_js(self, script: str, callback: Callable[[Any], None] | None = None) -> None:
        if callback is None:
            self.page.runJavaScript(script, 0)
        else:
            self.page.runJavaScript(script, 0, callback)

    @property
    def guard(self) -> RequestGuard:
        return self._profile.guard


def status_label(status: Status) -> str:
    """The status name in the interface language (Indonesian source strings)."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Status", status.label)


_LEGEND_FILE = "map-view.json"


def _read_legend_state(cache_dir: Path) -> bool | None:
    try:
        value = json.loads((cache_dir / _LEGEND_FILE).read_text(encoding="utf-8")).get("legend")
    except (OSError, ValueError, AttributeError):
        return None
    return value if isinstance(value, bool) else None


def _write_legend_state(cache_dir: Path, open_: bool) -> None:
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        (cache_dir / _LEGEND_FILE).write_text(json.dumps({"legend": open_}), encoding="utf-8")
    except OSError:
        log.warning("map: the legend's state could not be kept", exc_info=True)


def _default_cache_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir("crm-officer-workstation", appauthor=False)) / "map"

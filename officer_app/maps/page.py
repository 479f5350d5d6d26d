"""The map page, built once with folium from local files only (Qt-free).

The page is a ``folium.Map`` whose scripts and stylesheets are all local: Leaflet
1.9.4 from the ``django-js-lib-leaflet`` package, Qt's ``qwebchannel.js`` from
the qrc resources of QtWebEngine, and our own ``resources/map/map.js`` and
``map.css``. Nothing is fetched from a CDN; background tiles come through the
view's ``crmmap:`` scheme (a tile layer ``map.js`` adds once the first view is
set). On top come the kota, kecamatan and kelurahan outlines (simplified,
coordinates rounded to ~1 m) as folium GeoJson layers.

Report points are NOT in the page: the view pushes them through QWebChannel as
compact arrays (``maps/payload.py``) and ``map.js`` draws them on a canvas.

The page is written to a file in a cache directory (``QWebEngineView.setHtml``
fails above 2 MB) and served, like every script, stylesheet and tile it loads,
through the app's own URL scheme ``crmmap://app/`` (``views/tile_scheme.py``):
the page never gets ``file://`` access. The file name carries a hash of its
content, so a rebuilt page never collides with an open one.

The page is an untrusted document: no text from a configuration or from data
reaches the DOM as markup (Leaflet's attribution control, which takes HTML, is
off; ``map.js`` writes the credit line with ``textContent``; layer names are
escaped), and ``content_security_policy(html)`` allows only the app's own
scripts and the page's own inline blocks (by hash).
"""

from __future__ import annotations

import base64
import hashlib
import html as html_lib
import json
import logging
import os
import re
import sys
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources as importlib_resources
from pathlib import Path
from typing import Any

import folium
import shapely
from branca.element import MacroElement
from folium.template import Template
from folium.utilities import JsCode
from shapely.geometry import mapping
from shapely.geometry.base import BaseGeometry
from shapely.ops import polylabel

from crm_shared.domain import Status
from crm_shared.geo.boundaries import Boundaries

from .payload import STATUS_ORDER

log = logging.getLogger(__name__)

SCHEME = "crmmap"
APP_ORIGIN = f"{SCHEME}://app"
TILE_URL_TEMPLATE = f"{APP_ORIGIN}/tiles/{{z}}/{{x}}/{{y}}"
PAGE_NAME = re.compile(r"^crm-map-[0-9a-f]{16}\.html$")
BOUNDARY_SOURCE = "BPS / HDX COD-AB (CC BY-IGO)"
# Indonesian default; the map view passes the text in the interface language.
BOUNDARY_ATTRIBUTION = f"Batas administrasi: {BOUNDARY_SOURCE}"
JAKARTA_CENTER = (-6.2, 106.845)
MAX_ZOOM = 19
MIN_ZOOM = 9
# The mainland of Jakarta (Kepulauan Seribu lies far to the north).
JAKARTA_MAINLAND = ((-6.38, 106.68), (-6.08, 107.0))

# Simplification per layer, in degrees (1e-4 degree ~ 11 m), and the rounding.
_TOLERANCE = {"kota": 0.0003, "kecamatan": 0.00015, "kelurahan": 0.00008}
_DIGITS = 5

# From this zoom on, kelurahan names are drawn as labels where the base map has no tiles.
LABEL_ZOOM = 14
# The legend starts open only where the map has this room (CSS px); else folded.
LEGEND_ROOM = (900, 620)

# Each status in a shape of its own besides its colour (never colour alone); map.js
# draws them, the legend shows them. Statuses sharing a colour share the shape.
STATUS_SHAPES: dict[Status, str] = {
    Status.MENUNGGU: "circle",
    Status.PROSES: "square",
    Status.MENUNGGU_VALIDASI: "diamond",
    Status.SELESAI: "triangle",
    Status.KOORDINASI: "plus",
    Status.DISPOSISI: "plus",
    Status.TL_DITOLAK: "triangle-down",
    Status.DITOLAK: "cross",
}

# Texts of the page: the view passes them translated (Indonesian source strings).
DEFAULT_TEXTS: dict[str, str] = {
    "basemap": "Peta dasar",
    "kota": "Batas kota",
    "kecamatan": "Batas kecamatan",
    "kelurahan": "Batas kelurahan",
    "reports": "Laporan",
    "legend_title": "Status laporan",
    "legend_show": "Tampilkan legenda",
    "legend_hide": "Lipat legenda",
    "overdue": "Lewat tenggat (cincin hitam)",
    "overdue_short": "Lewat tenggat",
    "cluster": "Kelompok: jumlah laporan; warna cincin = status",
    "cluster_overdue": "Angka di lencana hitam = lewat tenggat",
    "reports_in_group": "laporan",
    "kelurahan_prefix": "Kel.",
    "kecamatan_prefix": "Kec.",
    "picked": "Titik dipilih",
    "attribution": BOUNDARY_ATTRIBUTION,
}


def resources_dir() -> Path:
    """``resources/map`` of the repository, or of a frozen bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources" / "map"
    return Path(__file__).resolve().parents[2] / "resources" / "map"


def leaflet_dir() -> Path:
    """Where Leaflet 1.9.4's files are (the ``django-js-lib-leaflet`` package)."""
    root = importlib_resources.files("js_lib_leaflet") / "static" / "js_lib_leaflet"
    return Path(str(root))


def asset_files() -> dict[str, Path]:
    """Every file the page may load, by its path under ``crmmap://app/`` (an allow-list)."""
    leaflet = leaflet_dir()
    ours = resources_dir()
    files = {
        "leaflet.js": leaflet / "leaflet.js",
        "leaflet.css": leaflet / "leaflet.css",
        "map.js": ours / "map.js",
        "map.css": ours / "map.css",
    }
    for path in files.values():
        if not path.is_file():
            raise FileNotFoundError(f"map asset missing: {path}")
    images = leaflet / "images"
    if images.is_dir():
        for image in sorted(images.glob("*.png")):
            files[f"images/{image.name}"] = image
    return files


def asset_urls() -> dict[str, str]:
    """The URLs of every script and stylesheet the page loads (the app's own scheme)."""
    asset_files()  # fail early when one is missing
    return {
        "leaflet": f"{APP_ORIGIN}/leaflet.js",
        "leaflet_css": f"{APP_ORIGIN}/leaflet.css",
        "crm_map": f"{APP_ORIGIN}/map.js",
        "crm_map_css": f"{APP_ORIGIN}/map.css",
    }


_INLINE = re.compile(r"<(script|style)(\s[^>]*)?>(.*?)</\1\s*>", re.DOTALL | re.IGNORECASE)


def content_security_policy(page_html: str, *, hashes: bool = True) -> str:
    """The page's Content-Security-Policy: the app's own files, and its own inline
    blocks by hash; nothing else runs, loads or connects (no network, no file://).

    ``hashes=False`` gives the same policy with ``'unsafe-inline'`` in place of the
    hashes: the scheme handler sends that one as a header (QtWebEngine lowercases
    header values, which breaks base64 hashes), and the page's own ``<meta>`` adds the
    strict one; a browser enforces both, so inline code runs only by hash.
    """
    scripts: list[str] = []
    styles: list[str] = []
    for match in _INLINE.finditer(page_html if hashes else ""):
        tag, attrs, body = match.group(1).lower(), match.group(2) or "", match.group(3)
        if tag == "script" and "src=" in attrs.lower():
            continue
        digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode()
        (scripts if tag == "script" else styles).append(f"'sha256-{digest}'")
    if not hashes:
        scripts = styles = ["'unsafe-inline'"]
    return "; ".join(
        (
            "default-src 'none'",
            f"script-src {APP_ORIGIN} {' '.join(sorted(set(scripts)))}".strip(),
            f"style-src {APP_ORIGIN} {' '.join(sorted(set(styles)))}".strip(),
            f"img-src {APP_ORIGIN} data:",
            "connect-src 'none'",
            "font-src 'none'",
            "object-src 'none'",
            "media-src 'none'",
            "frame-src 'none'",
            "worker-src 'none'",
            "form-action 'none'",
            "base-uri 'none'",
        )
    )


class LocalMap(folium.Map):
    """A folium Map whose scripts and stylesheets are local files only."""

    def __init__(self, assets: Mapping[str, str], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        # Instance lists: folium's class-level defaults point at CDNs.
        self.default_js = [
            ("leaflet", assets["leaflet"]),
            ("crm_map", assets["crm_map"]),
        ]
        self.default_css = [
            ("leaflet_css", assets["leaflet_css"]),
            ("crm_map_css", assets["crm_map_css"]),
        ]


class _CrmSetup(MacroElement):
    """Hands the folium map and its boundary layers to ``CrmMap.init`` (map.js)."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        CrmMap.init({{ this._parent.get_name() }}, {
            {%- for key, layer in this.layers.items() %}
            {{ key|tojson }}: {{ layer.get_name() }},
            {%- endfor %}
        }, {{ this.config|tojson }});
        {% endmacro %}
        """
    )

    def __init__(self, layers: Mapping[str, folium.GeoJson], config: Mapping[str, Any]) -> None:
        super().__init__()
        self._name = "CrmSetup"
        self.layers = dict(layers)
        self.config = dict(config)


# --- boundary data -----------------------------------------------------------------------


def _round_coords(value: Any) -> Any:
    if isinstance(value, float):
        return round(value, _DIGITS)
    if isinstance(value, list | tuple):
        return [_round_coords(v) for v in value]
    return value


def _geometry(geometry: BaseGeometry, tolerance: float) -> dict[str, Any]:
    simple = shapely.simplify(geometry, tolerance, preserve_topology=True)
    if simple.is_empty:
        simple = geometry
    data = mapping(simple)
    return {"type": data["type"], "coordinates": _round_coords(data["coordinates"])}


def _label_point(geometry: BaseGeometry) -> list[float]:
    """Where a polygon's name goes: the pole of inaccessibility of its largest part
    (well inside, not on a thin arm), as [lat, lon]."""
    parts = list(getattr(geometry, "geoms", [geometry]))
    largest = max(parts, key=lambda part: part.area)
    try:
        point = polylabel(largest, tolerance=0.0002)
    except Exception:  # noqa: BLE001 - an odd polygon gets a plain inner point
        point = largest.representative_point()
    return [round(point.y, _DIGITS), round(point.x, _DIGITS)]


def boundary_collections(boundaries: Boundaries) -> dict[str, dict[str, Any]]:
    """GeoJSON FeatureCollections of the three levels, simplified and rounded.

    Kelurahan features carry their name and their kecamatan and kota names (shown
    together on hover) and ``lp``, the point where their name label goes (inside
    the polygon); kecamatan and kota carry their name.
    """
    kota = [
        {
            "type": "Feature",
            "properties": {"name": info.display_name, "code": info.code},
            "geometry": _geometry(boundaries.kota_geometry(info.code), _TOLERANCE["kota"]),
        }
        for info in boundaries.kota_list()
    ]
    kecamatan = [
        {
            "type": "Feature",
            "properties": {"name": info.display_name, "code": info.code, "kota": info.kota_name},
            "geometry": _geometry(
                boundaries.kecamatan_geometry(info.code), _TOLERANCE["kecamatan"]
            ),
        }
        for info in boundaries.kecamatan_list()
    ]
    kelurahan = [
        {
            "type": "Feature",
            "properties": {
                "name": info.display_name,
                "code": info.code or "",
                "kec": info.kecamatan_name,
                "kota": info.kota_name,
                "admin": info.is_admin_unit,
                "lp": _label_point(boundaries.polygon_geometry(info)),
            },
            "geometry": _geometry(boundaries.polygon_geometry(info), _TOLERANCE["kelurahan"]),
        }
        for info in boundaries.all_polygons()
    ]
    return {
        name: {"type": "FeatureCollection", "features": features}
        for name, features in (("kota", kota), ("kecamatan", kecamatan), ("kelurahan", kelurahan))
    }


# --- the page ----------------------------------------------------------------------------


@dataclass(frozen=True)
class PageOptions:
    """What the page is built with (everything that changes its content)."""

    texts: Mapping[str, str] = field(default_factory=lambda: dict(DEFAULT_TEXTS))
    status_labels: Sequence[str] = ()  # translated, in STATUS_ORDER; default: Status.label
    tile_attribution: str = ""  # of the configured tile source, e.g. "© OpenStreetMap"
    picker: bool = False  # a click on the map (not on a point) picks a location
    show_legend: bool = True


def status_palette(labels: Sequence[str] = ()) -> list[dict[str, Any]]:
    """``[{code, colour, label, shape}]`` in wire order (payload status codes)."""
    palette = []
    for code, status in enumerate(STATUS_ORDER):
        label = labels[code] if code < len(labels) else status.label
        palette.append(
            {
                "code": code,
                "colour": status.colour,
                "label": label,
                "shape": STATUS_SHAPES.get(status, "circle"),
            }
        )
    return palette


# Drawn last = on top: the statuses that need someone's action first.
_DRAW_PRIORITY: tuple[Status, ...] = (
    Status.DITOLAK,
    Status.SELESAI,
    Status.MENUNGGU_VALIDASI,
    Status.PROSES,
    Status.DISPOSISI,
    Status.KOORDINASI,
    Status.TL_DITOLAK,
    Status.MENUNGGU,
)


def render_page(boundaries: Boundaries | None, options: PageOptions = PageOptions()) -> str:
    """The HTML of the map page. ``boundaries=None`` gives a map without outlines."""
    texts = {**DEFAULT_TEXTS, **dict(options.texts)}
    fmap = LocalMap(
        asset_urls(),
        location=JAKARTA_CENTER,
        zoom_start=11,
        tiles=None,
        max_zoom=MAX_ZOOM,  # explicit: with tiles=None folium would drop it
        min_zoom=MIN_ZOOM,
        control_scale=True,
        prefer_canvas=False,
        zoom_control=True,
        attribution_control=False,  # Leaflet's takes HTML: map.js shows the credits as text
    )
    # Leaflet's layer control writes layer names as HTML: escaped, they show as typed.
    # The base map's tile layer is map.js's (made once the first view is set).
    names = {k: html_lib.escape(texts[k]) for k in ("basemap", "kota", "kecamatan", "kelurahan")}

    layers: dict[str, folium.GeoJson] = {}
    if boundaries is not None:
        data = boundary_collections(boundaries)
        layers["kelurahan"] = folium.GeoJson(
            data["kelurahan"],
            name=names["kelurahan"],
            style_function=lambda _f: {
                "color": "#5b6b7b",
                "weight": 0.8,
                "opacity": 0.7,
                "fill": True,
                "fillColor": "#5b6b7b",
                "fillOpacity": 0.03,
            },
            highlight_function=lambda _f: {"weight": 2.5, "color": "#1f3a5a", "fillOpacity": 0.1},
            smooth_factor=1.0,
            on_each_feature=JsCode("CrmMap.boundaryFeature"),
        )
        layers["kecamatan"] = folium.GeoJson(
            data["kecamatan"],
            name=names["kecamatan"],
            style_function=lambda _f: {
                "color": "#34495e",
                "weight": 1.6,
                "opacity": 0.75,
                "fill": False,
            },
            smooth_factor=1.0,
            interactive=False,
        )
        layers["kota"] = folium.GeoJson(
            data["kota"],
            name=names["kota"],
            style_function=lambda _f: {
                "color": "#1b2631",
                "weight": 2.6,
                "opacity": 0.85,
                "fill": False,
                "dashArray": "6 4",
            },
            smooth_factor=1.0,
            interactive=False,
        )
        for layer in layers.values():
            layer.add_to(fmap)
        folium.LayerControl(position="topright", collapsed=True).add_to(fmap)

    config = {
        "texts": texts,
        "statuses": status_palette(options.status_labels),
        "drawOrder": [STATUS_ORDER.index(s) for s in _DRAW_PRIORITY],
        "attribution": texts["attribution"] if boundaries is not None else "",
        "tileAttribution": options.tile_attribution,  # text, never markup
        "maxZoom": MAX_ZOOM,
        "picker": options.picker,
        "legend": options.show_legend,
        "legendRoom": list(LEGEND_ROOM),
        "tileUrl": TILE_URL_TEMPLATE,
        "labelZoom": LABEL_ZOOM,
        "home": [list(JAKARTA_MAINLAND[0]), list(JAKARTA_MAINLAND[1])],
    }
    _CrmSetup(layers, config).add_to(fmap)
    html: str = _stable_names(fmap.get_root().render())
    # The policy also as the page's first element (the scheme handler sends it as a
    # header too): it holds even where a header would be lost.
    meta = (
        '<meta http-equiv="Content-Security-Policy" content="'
        + html_lib.escape(content_security_policy(html))
        + '">'
    )
    return html.replace("<head>", "<head>\n    " + meta, 1)


_FOLIUM_ID = re.compile(r"_([0-9a-f]{32})(?![0-9a-f])")


def _stable_names(html: str) -> str:
    """folium names its JS variables with random uuids; number them in order of
    appearance instead, so that the same inputs give the same page (and file)."""
    names: dict[str, str] = {}

    def stable(match: re.Match[str]) -> str:
        key = match.group(1)
        if key not in names:
            names[key] = f"{len(names):032x}"
        return "_" + names[key]

    return _FOLIUM_ID.sub(stable, html)


def build_page(
    cache_dir: Path,
    boundaries: Boundaries | None,
    options: PageOptions = PageOptions(),
) -> Path:
    """Write the page into ``cache_dir`` (once per content) and return its path."""
    html = render_page(boundaries, options)
    digest = hashlib.sha256(html.encode("utf-8")).hexdigest()[:16]
    cache_dir.mkdir(parents=True, exist_ok=True)
    path = cache_dir / f"crm-map-{digest}.html"
    if not path.exists():
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(html, encoding="utf-8")
        tmp.replace(path)
        log.info("map page written: %s (%d kB)", path.name, len(html) // 1024)
        # Older pages (other texts, other data) are of no use any more.
        for old in cache_dir.glob("crm-map-*.html"):
            if old != path and time.time() - old.stat().st_mtime > _KEEP_OLD_PAGES_S:
                old.unlink(missing_ok=True)
    return path


_KEEP_OLD_PAGES_S = 24 * 3600  # another window may still be starting on one


def config_json(options: PageOptions) -> str:
    """The page config alone (for tests and tools)."""
    return json.dumps({"statuses": status_palette(options.status_labels)})

"""Street and place search through a Nominatim-compatible search API (Qt-free).

Only where IT configured one (machine config ``geocoder_url``, e.g. the
province's own Nominatim at ``https://geocode.jakarta.go.id/search``): what an
officer types at the desk is a citizen's address, and it goes nowhere IT did not
choose. The picker calls ``Geocoder.search`` in a worker; every failure is a
``GeocodeError`` whose ``kind`` the view turns into a sentence.

The request is Nominatim's ``/search`` with ``format=jsonv2``, limited to the
Jakarta area (``viewbox`` + ``bounded=1``, ``countrycodes=id``), with this
application's User-Agent; the answer is a list of places with ``lat``, ``lon``
and ``display_name``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Literal

import requests

from .tiles import USER_AGENT

# West, north, east, south: Jakarta with Kepulauan Seribu.
JAKARTA_VIEWBOX = (106.35, -5.15, 107.1, -6.45)
MAX_QUERY = 200
MAX_RESULTS = 8
MAX_ANSWER_BYTES = 512 * 1024

ErrorKind = Literal["unreachable", "timeout", "status", "answer", "empty_query"]


class GeocodeError(Exception):
    def __init__(self, kind: ErrorKind, detail: str = "") -> None:
        super().__init__(f"{kind}: {detail}" if detail else kind)
        self.kind = kind
        self.detail = detail


@dataclass(frozen=True)
class Place:
    lat: float
    lon: float
    name: str  # display_name: text from the service, shown as plain text only


class Geocoder:
    """Searches one Nominatim-compatible endpoint (thread-safe enough for a worker)."""

    def __init__(
        self,
        url: str,
        *,
        verify: str | bool = True,
        timeout: tuple[float, float] = (3.0, 8.0),
        session: requests.Session | None = None,
        language: str = "id",
    ) -> None:
        self.url = url
        self.verify = verify
        self.timeout = timeout
        self.language = language
        self._session = session

    def _http(self) -> requests.Session:
        if self._session is None:
            self._session = requests.Session()
            self._session.headers["User-Agent"] = USER_AGENT
            self._session.headers["Accept"] = "application/json"
        return self._session

    def search(self, text: str) -> list[Place]:
        query = " ".join(text.split())[:MAX_QUERY]
        if not query:
            raise GeocodeError("empty_query")
        west, north, east, south = JAKARTA_VIEWBOX
        params = {
            "q": query,
            "format": "jsonv2",
            "limit": str(MAX_RESULTS),
            "countrycodes": "id",
            "viewbox": f"{west},{north},{east},{south}",
            "bounded": "1",
            "accept-language": self.language,
        }
        try:
            response = self._http().get(
                self.url, params=params, timeout=self.timeout, verify=self.verify
            )
        except requests.Timeout as exc:
            raise GeocodeError("timeout", type(exc).__name__) from None
        except requests.RequestException as exc:
            raise GeocodeError("unreachable", type(exc).__name__) from None
        if response.status_code != 200:
            raise GeocodeError("status", str(response.status_code))
        if len(response.content) > MAX_ANSWER_BYTES:
            raise GeocodeError("answer", "too large")
        try:
            data = response.json()
        except ValueError:
            raise GeocodeError("answer", "not JSON") from None
        return parse_places(data)


def parse_places(data: Any) -> list[Place]:
    """The usable places of a Nominatim answer; ``GeocodeError("answer")`` if it is none."""
    if not isinstance(data, list):
        raise GeocodeError("answer", "not a list")
    places: list[Place] = []
    for item in data[:MAX_RESULTS]:
        if not isinstance(item, dict):
            continue
        try:
            lat, lon = float(item["lat"]), float(item["lon"])
        except (KeyError, TypeError, ValueError):
            continue
        if not (math.isfinite(lat) and math.isfinite(lon)):
            continue
        if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):
            continue
        name = item.get("display_name")
        name = " ".join(str(name).split())[:200] if name else f"{lat:.5f}, {lon:.5f}"
        places.append(Place(lat, lon, name))
    return places

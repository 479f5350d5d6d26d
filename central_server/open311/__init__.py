"""The Open311 GeoReport v2 face of the reference central server (/open311/v2/).

Public and read-mostly: services, service definitions, service requests (GET),
discovery; POST requests needs an API key (``create_api_key``). It never shows a
reporter's identity, and private reports appear without description and photos.
See docs/open311.md.
"""

from .apikeys import create_api_key
from .routes import router

__all__ = ["create_api_key", "router"]

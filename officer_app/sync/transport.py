"""The transport rules of a server address, without the HTTP backend's models.

Split from ``http_backend`` so that a headless sync with nothing new
(``sync.nothing_new``) checks the same rules without importing pydantic and the
wire models (docs/performance.md, issue 22).
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit


class InsecureTransportError(ValueError):
    """The server address or CA bundle breaks the transport rules; ``message`` is for people."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class TransportPolicy:
    """How the workstation may talk to a server (settings / ``--ca-bundle``)."""

    ca_bundle: Path | None = None  # PEM file of the CAs to trust; None: the usual roots
    allow_insecure_http: bool = False  # plain http to a non-loopback host (never by default)
    # REQUESTS_CA_BUNDLE / CURL_CA_BUNDLE may name the CAs (only where IT allows it)
    trust_env_ca: bool = False

    def verify(self) -> str | bool:
        """The ``requests`` ``verify`` value: always verifying, never False.

        Without a CA bundle: certifi's roots named explicitly, so that requests does
        not take REQUESTS_CA_BUNDLE / CURL_CA_BUNDLE from the environment (it does
        for ``verify=True``): the environment never widens trust unless
        ``trust_env_ca`` (IT's setting) allows it.
        """
        if self.ca_bundle is None:
            if self.trust_env_ca:
                return True
            import certifi

            return str(certifi.where())
        bundle = Path(self.ca_bundle)
        if not bundle.is_file():
            raise InsecureTransportError(
                "ca_bundle_missing", f"Berkas sertifikat CA tidak ditemukan: {bundle}"
            )
        return str(bundle)

    def check_url(self, url: str) -> None:
        """Refuse an address the rules do not allow (clear Indonesian message)."""
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme == "https" and parts.hostname:
            return
        if scheme == "http" and parts.hostname:
            if is_loopback(parts.hostname) or self.allow_insecure_http:
                return
            raise InsecureTransportError(
                "insecure_http",
                "Alamat server memakai http tanpa enkripsi. Gunakan https:// "
                "(http hanya diizinkan ke komputer ini sendiri, kecuali pengaturan "
                "mengizinkannya secara tegas).",
            )
        raise InsecureTransportError(
            "bad_url", "Alamat server tidak valid: harus diawali https:// dan berisi nama host."
        )


def is_loopback(host: str) -> bool:
    """This PC by its name or address alone: ``localhost`` and loopback IPs. Names under
    ``.localhost`` are not taken on trust (a resolver may send them anywhere)."""
    host = host.strip("[]").lower().rstrip(".")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def device_name() -> str:
    """The PC's network name, as a header may carry it (printable ASCII, bounded)."""
    name = "".join(c for c in socket.gethostname() if c.isascii() and c.isprintable())
    return name.strip()[:100] or "unknown"

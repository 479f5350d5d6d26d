"""Transport rules: TLS always verified (configurable CA bundle), no plain http off
this computer unless allowed, no redirects followed, timeouts everywhere.

A real HTTPS server on 127.0.0.1 with a certificate from a test CA made here with
``cryptography``.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from officer_app.sync.backend import ProtocolError, TransientError
from officer_app.sync.http_backend import HttpBackend, InsecureTransportError, TransportPolicy

SHA = "a" * 64


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def _make_pki(directory: Path) -> tuple[Path, Path, Path]:
    """A CA (like a government PKI root) and a server certificate for 127.0.0.1."""
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (
        x509.CertificateBuilder()
        .subject_name(_name("Test Pemprov CA"))
        .issuer_name(_name("Test Pemprov CA"))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name("127.0.0.1"))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), False
        )
        .sign(ca_key, hashes.SHA256())
    )
    ca_pem, cert_pem, key_pem = directory / "ca.pem", directory / "cert.pem", directory / "key.pem"
    ca_pem.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    cert_pem.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_pem.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return ca_pem, cert_pem, key_pem


class _Handler(BaseHTTPRequestHandler):
    def do_HEAD(self) -> None:
        if self.path.endswith("/redirect" + SHA[8:]):
            self.send_response(302)
            self.send_header("Location", "http://203.0.113.9/api/v1/media/" + SHA)
        else:
            self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def https_server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    ca_pem, cert_pem, key_pem = _make_pki(tmp_path)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_pem, key_pem)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{server.server_address[1]}", ca_pem
    server.shutdown()
    server.server_close()


def test_untrusted_certificate_is_refused_without_the_ca_bundle(
    https_server: tuple[str, Path],
) -> None:
    url, _ = https_server
    backend = HttpBackend(url)
    with pytest.raises(ProtocolError) as err:
        backend.media_head(SHA)
    assert err.value.code == "tls_untrusted"
    assert "Sertifikat server tidak tepercaya" in err.value.message
    assert backend.http.verify not in (False, None, "")  # verification on, not skipped


def test_the_configured_ca_bundle_is_trusted(https_server: tuple[str, Path]) -> None:
    url, ca_pem = https_server
    backend = HttpBackend(url, transport=TransportPolicy(ca_bundle=ca_pem))
    assert backend.media_head(SHA) is True


def test_redirects_are_not_followed(https_server: tuple[str, Path]) -> None:
    url, ca_pem = https_server
    backend = HttpBackend(url, transport=TransportPolicy(ca_bundle=ca_pem))
    with pytest.raises(ProtocolError) as err:  # a 302 to plain http is an error, not followed
        backend.media_head("redirect" + SHA[8:])
    assert err.value.code == "http_302"


def test_missing_ca_bundle_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InsecureTransportError, match="sertifikat CA tidak ditemukan"):
        HttpBackend("https://crm.example.go.id", transport=TransportPolicy(tmp_path / "no.pem"))


@pytest.mark.parametrize(
    ("url", "allowed"),
    [
        ("http://127.0.0.1:8000", True),
        ("http://localhost:8000", True),
        ("http://[::1]:8000", True),
        ("http://crm.example.go.id", False),
        ("http://10.1.2.3:8000", False),
        ("ftp://crm.example.go.id", False),
        ("https://crm.example.go.id", True),
        ("crm.example.go.id", False),
    ],
)
def test_plain_http_only_to_loopback(url: str, allowed: bool) -> None:
    if allowed:
        HttpBackend(url).close()
        return
    with pytest.raises(InsecureTransportError) as err:
        HttpBackend(url)
    assert "http" in err.value.message or "Alamat server" in err.value.message


def test_plain_http_allowed_only_by_an_explicit_setting() -> None:
    HttpBackend("http://10.1.2.3:8000", transport=TransportPolicy(allow_insecure_http=True)).close()
    with pytest.raises(InsecureTransportError):  # the setting never allows other schemes
        HttpBackend("ftp://10.1.2.3", transport=TransportPolicy(allow_insecure_http=True))


def test_a_server_that_never_answers_times_out() -> None:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)  # accepts the connection, never answers
    port = listener.getsockname()[1]
    try:
        backend = HttpBackend(f"http://127.0.0.1:{port}", connect_timeout=1, read_timeout=0.5)
        start = time.monotonic()
        with pytest.raises(TransientError) as err:
            backend.media_head(SHA)
        assert err.value.code == "timeout"
        assert time.monotonic() - start < 30  # the 0.5 s timeout, not the 60 s default
    finally:
        listener.close()
    with pytest.raises(ValueError, match="positive"):
        HttpBackend("http://127.0.0.1:1", read_timeout=0)


def test_cli_refuses_plain_http_to_a_remote_server(tmp_path: Path) -> None:
    import subprocess
    import sys

    run = subprocess.run(
        [sys.executable, "-m", "officer_app", "sync", "--profile", str(tmp_path / "p"),
         "--server", "http://crm.example.go.id", "--user", "officer.demo", "--password-stdin"],
        input="sandi\n", capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert run.returncode == 1
    assert "http tanpa enkripsi" in run.stderr
    assert not (tmp_path / "p" / "profile.key").exists()  # no profile made for nothing

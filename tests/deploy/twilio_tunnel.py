"""Twilio for a deployment package that cannot be told where Twilio is.

The deployed sender calls https://api.twilio.com with the twilio SDK, and no setting moves it
(only a test's own http_client can). A process that runs the package as built is pointed at
this instead with the standard proxy variables: HTTPS_PROXY (and HTTP_PROXY) to the tunnel,
REQUESTS_CA_BUNDLE to a certificate authority made for the test. The tunnel accepts a CONNECT
to api.twilio.com:443 only, ends TLS there with a certificate that authority signed, and hands
each request inside it to tests/fakes' FakeTwilio over plain HTTP, Host header unchanged.
Every other request (another host, or plain HTTP through the proxy) is refused with 403 and
recorded, so a test can tell that the package reached nothing else.
"""

from __future__ import annotations

import contextlib
import http.client
import ssl
import threading
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import cast
from urllib.parse import urlsplit

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

TWILIO_API = "api.twilio.com:443"
# Hop-by-hop headers, and the two every response gets from BaseHTTPRequestHandler anyway.
_NOT_FORWARDED = frozenset(
    {"connection", "keep-alive", "proxy-connection", "transfer-encoding", "server", "date"}
)


def _pem(path: Path, *blocks: bytes) -> Path:
    path.write_bytes(b"".join(blocks))
    return path


def issue_certificates(directory: Path, host: str) -> tuple[Path, Path, Path]:
    """A day-long test CA (ca.pem) and a server certificate (cert.pem, key.pem) for `host`."""
    now = datetime.now(UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "deploy-check test CA")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=False,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    certificate = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host)]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(host)]), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), False
        )
        .sign(ca_key, hashes.SHA256())
    )
    encoding = serialization.Encoding.PEM
    private = serialization.PrivateFormat.PKCS8
    return (
        _pem(directory / "ca.pem", ca.public_bytes(encoding)),
        _pem(directory / "cert.pem", certificate.public_bytes(encoding)),
        _pem(
            directory / "key.pem",
            key.private_bytes(encoding, private, serialization.NoEncryption()),
        ),
    )


class _TunnelServer(ThreadingHTTPServer):
    daemon_threads = True
    tls: ssl.SSLContext
    upstream: tuple[str, int]
    asked: list[str]
    refused: list[str]
    lock: threading.Lock


class _TunnelHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = 10  # an idle pooled connection must not hold a thread forever
    tunnelled = False

    @property
    def tunnel(self) -> _TunnelServer:
        return cast(_TunnelServer, self.server)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the bodies hold phone numbers and texts."""

    def _refuse(self, target: str) -> None:
        with self.tunnel.lock:
            self.tunnel.refused.append(target)
        self.send_error(403, "Only api.twilio.com is reachable from this test")
        self.close_connection = True

    def do_CONNECT(self) -> None:
        with self.tunnel.lock:
            self.tunnel.asked.append(self.path)
        if self.path != TWILIO_API or self.tunnelled:
            self._refuse(self.path)
            return
        self.send_response(200, "Connection established")
        self.end_headers()
        # From here the same connection speaks TLS, and HTTP inside it.
        self.connection = self.tunnel.tls.wrap_socket(self.connection, server_side=True)
        self.rfile = self.connection.makefile("rb")
        self.wfile = self.connection.makefile("wb")
        self.tunnelled = True
        self.close_connection = False  # http.client asks in HTTP/1.0; the tunnel stays open

    def _forward(self) -> None:
        if not self.tunnelled:  # plain HTTP through the proxy: "GET http://host/..."
            self._refuse(f"{self.command} {self.path}")
            return
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else None
        headers = {k: v for k, v in self.headers.items() if k.lower() not in _NOT_FORWARDED}
        upstream = http.client.HTTPConnection(*self.tunnel.upstream, timeout=10)
        try:
            upstream.request(self.command, self.path, body=body, headers=headers)
            response = upstream.getresponse()
            data = response.read()
        finally:
            upstream.close()
        self.send_response(response.status, response.reason)
        for name, value in response.getheaders():
            if name.lower() not in {*_NOT_FORWARDED, "content-length"}:
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        self._forward()

    def do_POST(self) -> None:
        self._forward()

    def finish(self) -> None:
        with contextlib.suppress(OSError):
            super().finish()
        if self.tunnelled:
            with contextlib.suppress(OSError):
                self.connection.close()


class TwilioTunnel:
    """An HTTPS proxy on 127.0.0.1 whose only destination is a FakeTwilio (its base_url)."""

    def __init__(self, fake_base_url: str, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        self.ca_bundle, certificate, key = issue_certificates(directory, "api.twilio.com")
        self._tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        self._tls.load_cert_chain(certificate, key)
        upstream = urlsplit(fake_base_url)
        self._upstream = (upstream.hostname or "127.0.0.1", upstream.port or 80)
        self._server: _TunnelServer | None = None
        self._thread: threading.Thread | None = None

    def __enter__(self) -> TwilioTunnel:
        server = _TunnelServer(("127.0.0.1", 0), _TunnelHandler)
        server.tls, server.upstream = self._tls, self._upstream
        server.asked, server.refused, server.lock = [], [], threading.Lock()
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    @property
    def _running(self) -> _TunnelServer:
        if self._server is None:
            raise RuntimeError("the tunnel is not started")
        return self._server

    @property
    def proxy_url(self) -> str:
        host, port = self._running.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def asked(self) -> list[str]:
        """Every CONNECT target asked for, in order."""
        with self._running.lock:
            return list(self._running.asked)

    @property
    def refused(self) -> list[str]:
        """Every request refused: CONNECTs elsewhere, plain HTTP through the proxy."""
        with self._running.lock:
            return list(self._running.refused)

    def environment(self) -> dict[str, str]:
        """The variables that send a process's HTTP(S) here, 127.0.0.1 excepted."""
        return {
            "HTTPS_PROXY": self.proxy_url,
            "HTTP_PROXY": self.proxy_url,
            "NO_PROXY": "127.0.0.1,localhost",
            "REQUESTS_CA_BUNDLE": str(self.ca_bundle),
        }

"""The laptop's HTTP client for the team server (httpx): versions on every request, one-line errors.

HTTPS is verified against the system's certificate store or a CA file given at join; plain HTTP
is accepted only for a server on this computer (loopback).
"""

from __future__ import annotations

import functools
import hashlib
import ipaddress
import ssl
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx

from asfdesk.storage.output_files import write_text_atomically
from asfdesk.sync import protocol
from asfdesk.sync.errors import TeamError, UntrustedCertificate

TIMEOUT = httpx.Timeout(30.0, connect=10.0)
# answers without a sentence of the server's own (a malformed request, an address that is no team server)
UNCLEAR = {
    404: "Adressen svarar inte som en teamserver. Kontrollera serveradressen.",
    422: "Teamservern förstod inte förfrågan (en kod ser ut som ABCD-EFGH-JKLM-NPQR).",
}


@dataclass(frozen=True)
class ServerCertificate:
    pem: str
    fingerprint: str  # SHA-256 of the certificate, "AB:CD:…", to compare with the coordinator's


def server_certificate(url: str) -> ServerCertificate:
    """The certificate a server shows, read without trusting it: to be confirmed by its fingerprint."""
    parts = urlsplit(check_url(url))
    if parts.scheme != "https" or parts.hostname is None:
        raise TeamError(f"{url} använder inte HTTPS.")
    try:
        pem = ssl.get_server_certificate((parts.hostname, parts.port or 443), timeout=10)
        der = ssl.PEM_cert_to_DER_cert(pem)
    except (OSError, ValueError) as exc:
        raise TeamError(f"Serverns certifikat kunde inte läsas ({url}).") from exc
    digest = hashlib.sha256(der).hexdigest().upper()
    return ServerCertificate(pem, ":".join(digest[i : i + 2] for i in range(0, len(digest), 2)))


def pin_certificate(url: str, certificate: ServerCertificate, folder: Path) -> Path:
    """Keep a confirmed server certificate in `folder`; the file to join and sync with (as a CA file)."""
    parts = urlsplit(check_url(url))
    name = f"{parts.hostname}-{parts.port or 443}.pem".replace(":", "_")
    folder.mkdir(parents=True, exist_ok=True)
    return write_text_atomically(folder / name, certificate.pem)


def check_url(url: str) -> str:
    text = url.strip()
    parts = urlsplit(text)
    shown = text or "(tom)"
    if any(c.isspace() for c in text) or parts.scheme not in ("http", "https") or not parts.hostname:
        raise TeamError(f"{shown} är ingen serveradress (https://…).")
    try:
        parts.port  # noqa: B018 - a port that is not a number raises here
    except ValueError as exc:
        raise TeamError(f"{shown} är ingen serveradress (porten ska vara ett tal).") from exc
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise TeamError(f"Ange bara serverns adress, utan sökväg: {parts.scheme}://{parts.netloc}")
    if parts.scheme == "http" and not _loopback(parts.hostname):
        raise TeamError("Teamservern måste nås med https:// (http:// bara på den egna datorn).")
    return text.rstrip("/")


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _tls(url: str, ca_file: Path | None) -> Any:
    """How the server's certificate is checked: against the CA file, else the system's store (read
    once per process); plain HTTP (loopback only) checks nothing."""
    if url.startswith("http://"):
        return False
    if ca_file is None:
        return _context(None, 0)
    try:
        changed = ca_file.stat().st_mtime_ns
    except OSError:
        changed = 0  # the context's own error names the file
    return _context(str(ca_file), changed)


@functools.cache
def _context(ca_file: str | None, _changed: int) -> ssl.SSLContext:
    context = ssl.create_default_context(cafile=ca_file)
    if ca_file is not None:  # the file may hold the server's own certificate, confirmed by its fingerprint
        context.verify_flags |= ssl.VERIFY_X509_PARTIAL_CHAIN
    return context


class TeamClient:
    def __init__(self, url: str, token: str | None = None, ca_file: Path | None = None, schema: str = "") -> None:
        self.url = check_url(url)
        headers = {protocol.PROTOCOL_HEADER: str(protocol.PROTOCOL), protocol.SCHEMA_HEADER: schema}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        if ca_file is not None and not ca_file.is_file():
            raise TeamError(f"{ca_file} är ingen fil." if ca_file.exists() else f"{ca_file} finns inte.")
        try:
            verify = _tls(self.url, ca_file)
        except (ssl.SSLError, OSError, ValueError) as exc:
            raise TeamError(f"{ca_file} är inget CA-certifikat (PEM).") from exc
        self._http = httpx.Client(base_url=self.url, headers=headers, timeout=TIMEOUT, verify=verify)
        self._held_understood = True  # the server takes a pull that says what is held (POST /v1/pull)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> TeamClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _call(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        return self.body(self.fetch(method, path, **kwargs))

    def fetch(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        """The server's answer, read whole (an error answer raises TeamError); `body` reads it."""
        try:
            response = self._http.request(method, path, **kwargs)
        except httpx.ConnectError as exc:
            if "CERTIFICATE_VERIFY_FAILED" in str(exc):
                message = "Servern har ett certifikat som datorn inte litar på (ange samordnarens CA-certifikat)."
                raise UntrustedCertificate(message) from exc
            if "SSL" in str(exc):
                raise TeamError(f"{self.url} svarar inte med HTTPS (fel port, eller en server utan HTTPS?).") from exc
            raise TeamError(f"Teamservern svarar inte ({self.url}).") from exc
        except httpx.TimeoutException as exc:
            raise TeamError("Teamservern svarade inte i tid. Försök igen senare.") from exc
        except httpx.RemoteProtocolError as exc:
            message = f"{self.url} svarar inte som en teamserver (använder den https://?)."
            raise TeamError(message) from exc
        except httpx.InvalidURL as exc:
            raise TeamError(f"{self.url} är ingen serveradress.") from exc
        except httpx.HTTPError as exc:
            raise TeamError(f"Kontakten med teamservern bröts ({type(exc).__name__}).") from exc
        if response.status_code >= 400:
            try:
                detail = response.json().get("detail")
            except ValueError:
                detail = None
            if not isinstance(detail, str) or response.status_code == 404:
                detail = UNCLEAR.get(response.status_code, f"Teamservern svarade {response.status_code}.")
            raise TeamError(detail, response.status_code)
        return response

    @staticmethod
    def body(response: httpx.Response) -> dict[str, Any]:
        try:
            body = response.json()
        except ValueError as exc:
            raise TeamError("Teamservern svarade med något som inte går att läsa.") from exc
        if not isinstance(body, dict):
            raise TeamError("Teamservern svarade med något som inte går att läsa.")
        return body

    def enrol(self, code: str, device_name: str) -> dict[str, Any]:
        return self._call("POST", "/v1/enrol", json={"code": code, "device_name": device_name})

    def preview(self, code: str, orgnrs: list[str], codes: list[str]) -> dict[str, Any]:
        return self._call("POST", "/v1/preview", json={"code": code, "orgnrs": orgnrs, "codes": codes})

    def me(self) -> dict[str, Any]:
        return self._call("GET", "/v1/me")

    def push(self, batch: dict[str, Any] | str) -> dict[str, Any]:
        """Send a batch (its JSON text as the outbox keeps it, or the message itself)."""
        if isinstance(batch, str):
            headers = {"Content-Type": "application/json"}
            return self._call("POST", "/v1/push", content=batch.encode(), headers=headers)
        return self._call("POST", "/v1/push", json=batch)

    def audit(self, entries: list[dict[str, Any]]) -> dict[str, Any]:
        return self._call("POST", "/v1/audit", json={"entries": entries})

    def pull(self, after: int, limit: int) -> dict[str, Any]:
        return self.body(self.fetch_pull(after, limit))

    def fetch_pull(self, after: int, limit: int, held: list[list[Any]] | None = None) -> httpx.Response:
        """A page's answer, not yet read into records (see TeamService's pull: fetched ahead in a
        thread of its own, read where it is written). `held`: [table, id, sequence] of records this
        laptop holds beyond `after`, which the server then does not send again."""
        if held and self._held_understood:
            try:
                return self.fetch("POST", "/v1/pull", json={"after": after, "limit": limit, "held": held})
            except TeamError as exc:
                if exc.status not in (404, 405):
                    raise
                self._held_understood = False  # a server from before it was asked this way
        return self.fetch("GET", "/v1/pull", params={"after": after, "limit": limit})

    def resolve(self, conflict_id: str, value: Any) -> dict[str, Any]:
        return self._call("POST", f"/v1/conflicts/{conflict_id}/resolve", json={"value": value})

"""Request bodies an attacker or a careless client sends (issue 17, items 7 and 9): multipart
only to upload routes and only from a caller allowed to upload, decided before the body is
read; unparseable bodies answered in German.

"Before the body is read" is checked over a real socket: the request announces 20 MB and sends
a few bytes; an answer that arrives while the client is still holding back the rest proves the
server did not wait for it.
"""

from __future__ import annotations

import json
import socket
import time
from urllib.parse import urlsplit

import pytest

from tests.fixtures.builders import make_pdf
from tests.search_api.access_fixture import AccessWorld, access_world  # noqa: F401
from tests.search_api.test_schemathesis import live_world  # noqa: F401

ANNOUNCED = 20 * 1024 * 1024


def _announce_big_multipart(
    base: str, path: str, headers: dict[str, str], content_type: str
) -> tuple[int, dict, float]:  # type: ignore[type-arg]
    """POST announcing 20 MB, send 1 KB, wait for the answer without sending the rest."""
    url = urlsplit(base)
    lines = [
        f"POST {path} HTTP/1.1",
        f"Host: {url.hostname}:{url.port}",
        f"Content-Type: {content_type}",
        f"Content-Length: {ANNOUNCED}",
        *(f"{k}: {v}" for k, v in headers.items()),
        "",
        "",
    ]
    started = time.monotonic()
    with socket.create_connection((url.hostname, url.port), timeout=5) as sock:
        sock.sendall("\r\n".join(lines).encode() + b"--x\r\n" + b"a" * 1024)
        received = b""
        while b"\r\n\r\n" not in received or not _complete(received):
            chunk = sock.recv(65536)  # socket.timeout: the server is waiting for the 20 MB
            if not chunk:
                break
            received += chunk
    head, _, body = received.partition(b"\r\n\r\n")
    status = int(head.split()[1])
    return status, json.loads(body), time.monotonic() - started


def _complete(received: bytes) -> bool:
    head, _, body = received.partition(b"\r\n\r\n")
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            return len(body) >= int(line.split(b":")[1])
    return False


@pytest.mark.parametrize(
    ("path", "role", "status"),
    [
        ("/search", "anonymous", 415),
        ("/search", "staff", 415),
        ("/admin/ingest", "anonymous", 415),
        ("/admin/ingest", "staff", 415),
        ("/documents", "anonymous", 403),  # the staff-only upload route
        ("/documents", "member", 403),
        ("/tags/suggest", "anonymous", 403),
        ("/tags/suggest", "member", 403),
    ],
)
def test_multipart_is_refused_before_the_body_is_read(
    live_world: tuple[str, AccessWorld],  # noqa: F811
    path: str,
    role: str,
    status: int,
) -> None:
    base, world = live_world
    for content_type in ("multipart/form-data; boundary=x", "Multipart/Mixed; boundary=x"):
        got, problem, seconds = _announce_big_multipart(
            base, path, world.headers[role], content_type
        )
        assert (got, problem["status"]) == (status, status), problem
        assert seconds < 5
        assert problem["detail"] and problem["title"] in {
            "Nicht unterstütztes Format",
            "Keine Berechtigung",
            "Nicht angemeldet",
        }


def test_an_unknown_key_gets_401_before_the_upload_is_read(
    live_world: tuple[str, AccessWorld],  # noqa: F811
) -> None:
    base, _ = live_world
    got, problem, _ = _announce_big_multipart(
        base,
        "/documents",
        {"Authorization": "Bearer fdk_erfunden"},
        "multipart/form-data; boundary=x",
    )
    assert got == 401 and problem["title"] == "Nicht angemeldet"


def test_staff_still_upload(access_world: AccessWorld) -> None:  # noqa: F811
    client, staff = access_world.client, access_world.headers["staff"]
    files = {"file": ("hochladen.pdf", make_pdf(["Satzung über Hundesteuer", "§ 1 Steuer"]))}
    response = client.post("/documents", files=files, headers=staff)
    assert response.status_code in (201, 409), response.text
    assert client.post("/tags/suggest", files=files, headers=staff).status_code == 200


@pytest.mark.parametrize(
    ("body", "content_type", "expected"),
    [
        (b'{"query": ', "application/json", "kein gültiges JSON"),
        (b"\xff\xfe\x00", "application/json", "nicht lesbar"),
        (b"[1, 2]", "application/json", "JSON-Objekt"),
        (b"query=Hund", "text/plain", "JSON-Objekt"),
        (b'{"query": 5}', "application/json", "muss Text sein"),
        (b'{"query": "Hund", "limit": "viele"}', "application/json", "ganze Zahl"),
    ],
)
def test_unparseable_bodies_are_answered_in_german(
    access_world: AccessWorld,  # noqa: F811
    body: bytes,
    content_type: str,
    expected: str,
) -> None:
    response = access_world.client.post(
        "/search", content=body, headers={"Content-Type": content_type}
    )
    assert response.status_code in (400, 422)
    assert response.headers["content-type"] == "application/problem+json"
    assert expected in response.json()["detail"], response.json()


def test_a_broken_upload_form_is_answered_in_german(access_world: AccessWorld) -> None:  # noqa: F811
    response = access_world.client.post(
        "/documents",
        content=b"--x\r\nKopfzeile ohne Doppelpunkt\r\n\r\ninhalt\r\n--x--\r\n",
        headers={
            **access_world.headers["staff"],
            "Content-Type": "multipart/form-data; boundary=x",
        },
    )
    assert 400 <= response.status_code < 500
    assert response.json()["title"] == "Ungültige Anfrage", response.text
    assert "parsing" not in response.text and "error" not in response.text

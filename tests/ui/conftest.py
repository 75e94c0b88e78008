"""A real Fundus API on a loopback port, serving the sample corpus, and a member's API key,
for the UI tests.

The index is the session's `sample_resources` (tests/conftest.py: the sample corpus ingested
with `ingest_paths` into a temporary data dir), so a full test run ingests it once.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import uvicorn

from runtime.resources import Resources

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "ui" / "app.py"
READY_TIMEOUT = 300.0


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def closed_port_url() -> str:
    """A loopback URL nothing listens on (the port was free a moment ago)."""
    return f"http://127.0.0.1:{free_port()}"


def wait_until(url: str, *, timeout: float, alive: threading.Thread | None = None) -> None:
    deadline = time.monotonic() + timeout
    last: object = None
    while time.monotonic() < deadline:
        if alive is not None and not alive.is_alive():
            raise RuntimeError(f"server thread ended before {url} answered")
        try:
            response = httpx.get(url, timeout=5)
            if response.status_code == 200:
                return
            last = response.status_code
        except httpx.HTTPError as exc:
            last = exc
        time.sleep(0.3)
    raise TimeoutError(f"{url} not ready after {timeout:.0f} s (last: {last!r})")


@pytest.fixture(scope="session")
def api_key(sample_resources: Resources) -> str:
    """A member administration's API key: most sample documents are for members only."""
    from core.keys import create_key

    _, key = create_key(sample_resources.db, name="Fundus-UI (Tests)", role="member")
    return key


UI_MEMBER = "ui.mitglied@musterstadt.example"
UI_MEMBER_PASSWORD = "Mitglied-Passwort-2026"


UI_STAFF = "ui.redaktion@verband.example"
UI_STAFF_PASSWORD = "Redaktion-Passwort-2026"


def _sign_in(
    api_url: str, resources: Resources, email: str, password: str, role: str, organisation: str
) -> dict[str, object]:
    """A person signed in at the API as "Anmelden" does it: what ui/signin.py keeps in a
    browser session (token and person), to seed an AppTest with."""
    import contextlib

    from accounts import users
    from core.people import UserCreate
    from ui.client import SESSION_KEY
    from ui.signin import USER_KEY

    with contextlib.suppress(users.Conflict):
        users.create_user(
            resources.db,
            UserCreate(email=email, name=email.split("@")[0], organisation=organisation,
                       role=role, password=password),  # type: ignore[arg-type]
            actor="test",
        )  # fmt: skip
    response = httpx.post(
        f"{api_url}/auth/login", json={"email": email, "password": password}, timeout=30
    )
    assert response.status_code == 200, response.text
    body = response.json()
    return {SESSION_KEY: body["token"], USER_KEY: body["user"]}


@pytest.fixture(scope="session")
def member_sign_in(api_url: str, sample_resources: Resources) -> dict[str, object]:
    """A member person of a member city, signed in."""
    return _sign_in(
        api_url, sample_resources, UI_MEMBER, UI_MEMBER_PASSWORD, "member", "Stadt Musterstadt"
    )


@pytest.fixture(scope="session")
def staff_sign_in(api_url: str, sample_resources: Resources) -> dict[str, object]:
    """A person of the association's office (Geschäftsstelle), signed in."""
    return _sign_in(
        api_url, sample_resources, UI_STAFF, UI_STAFF_PASSWORD, "staff", "Geschäftsstelle"
    )


@pytest.fixture(scope="session")
def api_url(sample_resources: Resources) -> Iterator[str]:
    """Base URL of a running API (uvicorn in a background thread) over the sample corpus."""
    from search_api.main import create_app

    app = create_app(sample_resources.settings, resources=sample_resources)
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on")
    )
    thread = threading.Thread(target=server.run, name="fundus-api-for-ui", daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until(f"{url}/ready", timeout=READY_TIMEOUT, alive=thread)
        yield url
    finally:
        server.should_exit = True
        thread.join(timeout=30)

"""OpenID Connect sign-in through the API against a provider on loopback (real HTTP, see
tests/search_api/oidc_provider.py): start → provider → callback → one-time code → session.
Covers roles from the groups claim, matching an existing account by e-mail, a state that was
not issued here, a token for another audience or from another issuer, an expired token, a
person in no Fundus group, and the one-time code working once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from fastapi.testclient import TestClient

from accounts import users
from core.people import UserCreate
from core.settings import OidcParams
from encoder.embedding import Encoder
from runtime.resources import Resources
from search_api.main import create_app
from tests.conftest import local_settings
from tests.search_api.oidc_provider import CLIENT_ID, CLIENT_SECRET, Provider, running_provider

API = "http://testserver"  # the TestClient's address, as the browser reaches the API
UI = "http://ui.example"
PEOPLE: dict[str, dict[str, Any]] = {
    "anna": {"sub": "a-1", "email": "anna@verband.example", "email_verified": True,
             "name": "Dr. Anna Beispiel", "groups": ["fundus-gs"]},
    "bert": {"sub": "b-2", "email": "bert@musterstadt.example", "email_verified": True,
             "name": "Bert Kranich", "groups": ["fundus-mitglieder", "kantine"]},
    "clara": {"sub": "c-3", "email": "Clara@Verband.example", "email_verified": True,
              "given_name": "Clara", "family_name": "Referentin", "groups": "fundus-gs"},
    "dora": {"sub": "d-4", "email": "dora@verband.example", "email_verified": True,
             "name": "Dora Ohnegruppe", "groups": ["kantine"]},
}  # fmt: skip


@pytest.fixture(scope="module")
def provider() -> Iterator[Provider]:
    with running_provider(API + "/auth/oidc/callback", PEOPLE) as running:
        yield running


@pytest.fixture(scope="module")
def client(
    provider: Provider, tmp_path_factory: pytest.TempPathFactory, model_dir: Path,
    encoder: Encoder,
) -> Iterator[TestClient]:  # fmt: skip
    settings = local_settings(
        tmp_path_factory.mktemp("oidc-api") / "data",
        model_dir,
        rate_limit_ip=0,
        rate_limit_auth_failures=0,
        ui_url=UI,
        oidc=OidcParams(
            issuer=provider.issuer,
            client_id=CLIENT_ID,
            client_secret=CLIENT_SECRET,  # type: ignore[arg-type]
            groups_claim="groups",
            group_roles={"fundus-mitglieder": "member", "fundus-gs": "staff"},
            organisation="Verband (SSO)",
            public_url=API,
            timeout_s=5,
        ),
    )
    with Resources(settings, encoder=encoder) as resources:
        app = create_app(settings, resources=resources)
        with TestClient(app, base_url=API, raise_server_exceptions=False) as test_client:
            yield test_client


def _back_at_the_ui(
    client: TestClient, provider: Provider, person: str, *, state: str | None = None
) -> dict[str, str]:
    """What a browser does: start at the API, approve at the provider, come back to the
    callback; returns the query of the UI page the API finally sends the browser to."""
    client.cookies.clear()
    provider.signed_in = person
    start = client.get("/auth/oidc/start", follow_redirects=False)
    assert start.status_code == 303, start.text
    assert start.headers["location"].startswith(provider.issuer + "/authorize?")
    assert "code_challenge=" in start.headers["location"]
    cookie = start.headers["set-cookie"]
    assert "HttpOnly" in cookie and "Path=/auth/oidc" in cookie
    at_provider = httpx.get(start.headers["location"], follow_redirects=False, timeout=10)
    assert at_provider.status_code == 302, at_provider.text
    callback = at_provider.headers["location"]
    assert callback.startswith(API + "/auth/oidc/callback?")
    if state is not None:
        query = parse_qs(urlsplit(callback).query)
        callback = f"{API}/auth/oidc/callback?code={query['code'][0]}&state={state}"
    back = client.get(callback, follow_redirects=False)
    assert back.status_code == 303, back.text
    target = urlsplit(back.headers["location"])
    assert f"{target.scheme}://{target.netloc}{target.path}" == UI + "/anmelden"
    return {k: v[0] for k, v in parse_qs(target.query).items()}


def _session(client: TestClient, code: str) -> dict[str, Any]:
    exchanged = client.post("/auth/exchange", json={"code": code})
    assert exchanged.status_code == 200, exchanged.text
    token = exchanged.json()["token"]
    me = client.get("/auth/me", headers={"Authorization": f"Bearer {token}"})
    assert me.status_code == 200, me.text
    return me.json()  # type: ignore[no-any-return]


def test_offered_with_the_start_address(client: TestClient) -> None:
    info = client.get("/auth/oidc")
    assert info.status_code == 200
    assert info.json()["start_url"] == API + "/auth/oidc/start"


def test_sign_in_creates_the_person_with_the_role_of_their_group(
    client: TestClient, provider: Provider
) -> None:
    query = _back_at_the_ui(client, provider, "anna")
    assert "fehler" not in query, query
    me = _session(client, query["anmeldung"])
    assert me["name"] == "Dr. Anna Beispiel" and me["email"] == "anna@verband.example"
    assert me["role"] == "staff" and me["auth_source"] == "oidc"
    assert me["organisation"]["name"] == "Verband (SSO)"
    again = _session(client, _back_at_the_ui(client, provider, "anna")["anmeldung"])
    assert again["id"] == me["id"]  # the same account on the next sign-in

    bert = _session(client, _back_at_the_ui(client, provider, "bert")["anmeldung"])
    assert bert["role"] == "member"


def test_existing_account_is_matched_by_email(client: TestClient, provider: Provider) -> None:
    db = client.app.state.resources.db  # type: ignore[attr-defined]
    local = users.create_user(
        db,
        UserCreate(email="clara@verband.example", name="Clara R.", organisation="Geschäftsstelle",
                   role="member", password="Lokales-Passwort-1"),  # type: ignore[arg-type]
        actor="cli",
    )  # fmt: skip
    me = _session(client, _back_at_the_ui(client, provider, "clara")["anmeldung"])
    assert me["id"] == local.id and me["role"] == "staff"  # one string claim, mapped
    assert me["name"] == "Clara Referentin"


def test_one_time_code_works_once(client: TestClient, provider: Provider) -> None:
    code = _back_at_the_ui(client, provider, "bert")["anmeldung"]
    _session(client, code)
    assert client.post("/auth/exchange", json={"code": code}).status_code == 404


def test_state_not_issued_here_is_refused(client: TestClient, provider: Provider) -> None:
    before = provider.token_requests
    query = _back_at_the_ui(client, provider, "anna", state="fremder-zustand-123")
    assert "anmeldung" not in query
    assert "nicht hier begonnen" in query["fehler"]
    assert provider.token_requests == before  # the code was never redeemed


def test_callback_without_the_start_cookie_is_refused(
    client: TestClient, provider: Provider
) -> None:
    client.cookies.clear()
    provider.signed_in = "anna"
    start = client.get("/auth/oidc/start", follow_redirects=False)
    at_provider = httpx.get(start.headers["location"], follow_redirects=False, timeout=10)
    client.cookies.clear()  # another browser
    back = client.get(at_provider.headers["location"], follow_redirects=False)
    assert "fehler" in parse_qs(urlsplit(back.headers["location"]).query)


@pytest.mark.parametrize(
    "tamper",
    [
        {"aud": "ein-anderer-client"},
        {"iss": "http://127.0.0.1:1/falscher-anbieter"},
        {"exp": 1_000_000_000, "iat": 999_999_000},  # expired in 2001
        {"nonce": "nicht-die-eigene"},
    ],
    ids=["audience", "issuer", "expired", "nonce"],
)
def test_invalid_id_token_is_refused(
    client: TestClient, provider: Provider, tamper: dict[str, Any]
) -> None:
    provider.tamper = dict(tamper)
    query = _back_at_the_ui(client, provider, "anna")
    assert provider.tamper == {}  # the tampered token was issued and checked
    assert "anmeldung" not in query
    assert "ungültig oder abgelaufen" in query["fehler"]


def test_person_in_no_fundus_group_is_refused(client: TestClient, provider: Provider) -> None:
    query = _back_at_the_ui(client, provider, "dora")
    assert "keiner Fundus-Gruppe" in query["fehler"]
    settings = client.app.state.resources.settings  # type: ignore[attr-defined]
    settings.oidc.default_role = "member"
    try:
        me = _session(client, _back_at_the_ui(client, provider, "dora")["anmeldung"])
    finally:
        settings.oidc.default_role = None
    assert me["role"] == "member"


def test_provider_cancel_and_missing_configuration(client: TestClient) -> None:
    cancelled = client.get("/auth/oidc/callback?error=access_denied", follow_redirects=False)
    assert "abgebrochen" in parse_qs(urlsplit(cancelled.headers["location"]).query)["fehler"][0]
    settings = client.app.state.resources.settings  # type: ignore[attr-defined]
    issuer = settings.oidc.issuer
    settings.oidc.issuer = None
    try:
        for path in ("/auth/oidc", "/auth/oidc/start", "/auth/oidc/callback?code=x&state=y"):
            assert client.get(path, follow_redirects=False).status_code == 404, path
    finally:
        settings.oidc.issuer = issuer

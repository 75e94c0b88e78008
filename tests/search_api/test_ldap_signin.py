"""Directory sign-in through the API against a real OpenLDAP server on loopback (slapd, see
tests/search_api/slapd.py): bind with the directory password, groups mapped to roles (the
highest wins), no mapped group refused or given `FUNDUS_LDAP__DEFAULT_ROLE`, a person blocked
in Fundus refused although the directory still accepts them, a directory that does not answer
is a 503 in German."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from accounts import users
from core.settings import LdapParams
from encoder.embedding import Encoder
from runtime.resources import Resources
from search_api.main import create_app
from tests.conftest import local_settings
from tests.search_api.slapd import GROUPS, PEOPLE, Directory, group, person, running_slapd

PASSWORDS = {"anna": "Apfelbaum-2026", "bert": "Birnbaum-2026", "carl": "Kastanie-2026",
             "dora": "Lindenbaum-2026", "erik": "Eschenholz-2026", "fritz": "Fichte-2026"}  # fmt: skip


@pytest.fixture(scope="module")
def directory(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Directory]:
    with running_slapd(tmp_path_factory.mktemp("slapd")) as server:
        server.add(
            person("anna", "Dr. Anna Beispiel", PASSWORDS["anna"], "anna@verband.example")
            + person("bert", "Bert Kranich", PASSWORDS["bert"], "bert@musterstadt.example")
            + person("carl", "Carl Admin", PASSWORDS["carl"], "carl@verband.example")
            + person("dora", "Dora Ohnegruppe", PASSWORDS["dora"], "dora@verband.example")
            + person("erik", "Erik Gesperrt", PASSWORDS["erik"], "erik@verband.example")
            + person("fritz", "Fritz Ohnepost", PASSWORDS["fritz"], None)
            + group("fundus-gs", "anna", "carl")
            + group("fundus-mitglieder", "bert", "carl", "erik", "fritz")
            + group("fundus-admins", "carl")
            + group("kantine", "dora")
        )
        yield server


@pytest.fixture(scope="module")
def client(
    directory: Directory, tmp_path_factory: pytest.TempPathFactory, model_dir: Path,
    encoder: Encoder,
) -> Iterator[TestClient]:  # fmt: skip
    settings = local_settings(
        tmp_path_factory.mktemp("ldap-api") / "data",
        model_dir,
        rate_limit_ip=0,
        rate_limit_auth_failures=0,
        sign_in_max_failures=50,
        ldap=LdapParams(
            url=directory.url,
            user_dn_template="uid={login}," + PEOPLE,
            group_base=GROUPS,
            group_roles={
                "fundus-mitglieder": "member",
                "fundus-gs": "staff",
                "fundus-admins": "admin",
            },  # fmt: skip
            organisation="Verband (Verzeichnis)",
            timeout_s=5,
        ),
    )
    with Resources(settings, encoder=encoder) as resources:
        app = create_app(settings, resources=resources)
        with TestClient(app, raise_server_exceptions=False) as test_client:
            yield test_client


def _login(client: TestClient, login: str, password: str | None = None):  # type: ignore[no-untyped-def]
    return client.post(
        "/auth/login", json={"email": login, "password": password or PASSWORDS[login]}
    )


def _me(client: TestClient, token: str) -> dict:  # type: ignore[type-arg]
    response = client.get("/auth/me", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200, response.text
    return response.json()  # type: ignore[no-any-return]


def test_bind_creates_the_person_with_the_directorys_name_and_role(client: TestClient) -> None:
    response = _login(client, "anna")
    assert response.status_code == 200, response.text
    me = _me(client, response.json()["token"])
    assert me["name"] == "Dr. Anna Beispiel" and me["email"] == "anna@verband.example"
    assert me["role"] == "staff" and me["auth_source"] == "ldap"
    assert me["organisation"]["name"] == "Verband (Verzeichnis)"
    again = _login(client, "anna")  # second sign-in: the same account, not a new one
    assert _me(client, again.json()["token"])["id"] == me["id"]


def test_member_group_gives_member_and_highest_group_wins(client: TestClient) -> None:
    bert = _login(client, "bert")
    assert bert.status_code == 200, bert.text
    assert _me(client, bert.json()["token"])["role"] == "member"
    carl = _login(client, "carl")  # in member, staff and admin groups
    assert _me(client, carl.json()["token"])["role"] == "admin"


def test_wrong_password_unknown_login_and_injection_are_refused(client: TestClient) -> None:
    for login, password in (("anna", "Falsch-2026-xx"), ("niemand", "Irgendwas-2026"),
                            ("*", "Apfelbaum-2026"), ("anna)(uid=*", "Apfelbaum-2026"),
                            ("anna,ou=groups", PASSWORDS["anna"])):  # fmt: skip
        response = _login(client, login, password)
        assert response.status_code == 401, (login, response.text)
        assert "Kennung oder Passwort ist falsch" in response.json()["detail"]


def test_no_mapped_group_is_refused_unless_a_default_role_is_set(client: TestClient) -> None:
    refused = _login(client, "dora")  # only in "kantine"
    assert refused.status_code == 403, refused.text
    assert "keiner Fundus-Gruppe" in refused.json()["detail"]
    settings = client.app.state.resources.settings  # type: ignore[attr-defined]
    settings.ldap.default_role = "member"
    try:
        allowed = _login(client, "dora")
        assert allowed.status_code == 200, allowed.text
        assert _me(client, allowed.json()["token"])["role"] == "member"
    finally:
        settings.ldap.default_role = None


def test_directory_person_without_mail_is_refused(client: TestClient) -> None:
    response = _login(client, "fritz")
    assert response.status_code == 403, response.text
    assert "E-Mail-Adresse" in response.json()["detail"]


def test_disabled_in_fundus_is_refused_though_the_directory_accepts(client: TestClient) -> None:
    first = _login(client, "erik")
    assert first.status_code == 200, first.text
    token = first.json()["token"]
    user_id = _me(client, token)["id"]
    resources = client.app.state.resources  # type: ignore[attr-defined]
    users.update_user(resources.db, user_id, actor="cli", state="disabled")
    assert client.get("/auth/me", headers={"Authorization": f"Bearer {token}"}).status_code == 401
    again = _login(client, "erik")
    assert again.status_code == 403, again.text
    assert "gesperrt" in again.json()["detail"]
    assert users.find(resources.db, str(user_id)).state == "disabled"  # stays blocked


def test_directory_not_answering_is_503(client: TestClient) -> None:
    settings = client.app.state.resources.settings  # type: ignore[attr-defined]
    url = settings.ldap.url
    settings.ldap.url = "ldap://127.0.0.1:9"  # nothing listens on the discard port
    try:
        response = _login(client, "anna")
    finally:
        settings.ldap.url = url
    assert response.status_code == 503, response.text
    assert "Verzeichnisdienst" in response.json()["detail"]

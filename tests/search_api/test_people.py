"""People at the API: sign-in (429 with Retry-After), logout, the walk over every route as a
signed-in person (member of organisation X) looking for another person's subscriptions and
for documents above their level, and the admin routes."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from accounts import users
from core.people import UserCreate
from encoder.embedding import Encoder
from tests.search_api.access_fixture import MARKERS, AccessWorld, build_access_world
from tests.search_api.test_access import assert_no_route_leaks

PASSWORD = "Lindenblatt-2026"
B_MARKER = "Kranichabo"  # in the name of person B's subscription
B_EMAIL = "kranich.b@lindenau.example"


@pytest.fixture(scope="module")
def people_world(
    tmp_path_factory: pytest.TempPathFactory, model_dir: Path, encoder: Encoder
) -> Iterator[AccessWorld]:
    for world in build_access_world(
        tmp_path_factory.mktemp("people"),
        model_dir,
        encoder,
        sign_in_max_failures=3,
        rate_limit_auth_failures=0,
    ):
        db = world.resources.db
        for email, name, org, kind, role in (
            ("anna@musterstadt.example", "Dr. Anna Beispiel", "Stadt Musterstadt", "Stadt", "member"),
            ("bert@lindenau.example", "Bert Kranich", "Gemeinde Lindenau", "Gemeinde", "member"),
            ("clara@verband.example", "Clara Referentin", "Geschäftsstelle", "Geschäftsstelle", "staff"),
            ("dora@verband.example", "Dora Admin", "Geschäftsstelle", "Geschäftsstelle", "admin"),
        ):  # fmt: skip
            users.create_user(
                db,
                UserCreate(email=email, name=name, organisation=org, organisation_kind=kind,  # type: ignore[arg-type]
                           role=role, password=PASSWORD),  # type: ignore[arg-type]
                actor="cli",
            )  # fmt: skip
        for who, email in (("A", "anna"), ("B", "bert"), ("S", "clara"), ("ADMIN", "dora")):
            address = f"{email}@{'musterstadt' if who == 'A' else 'lindenau' if who == 'B' else 'verband'}.example"
            response = world.client.post(
                "/auth/login", json={"email": address, "password": PASSWORD}
            )
            assert response.status_code == 200, response.text
            world.headers[who] = {"Authorization": f"Bearer {response.json()['token']}"}
        yield world


def sign_in(world: AccessWorld, email: str) -> dict[str, str]:
    response = world.client.post("/auth/login", json={"email": email, "password": PASSWORD})
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['token']}"}


def test_sign_in_me_and_logout(people_world: AccessWorld) -> None:
    client = people_world.client
    login = client.post(
        "/auth/login", json={"email": "ANNA@musterstadt.example", "password": PASSWORD}
    )
    assert login.status_code == 200
    body = login.json()
    headers = {"Authorization": f"Bearer {body['token']}"}
    me = client.get("/auth/me", headers=headers).json()
    assert me["name"] == "Dr. Anna Beispiel" and me["organisation"]["name"] == "Stadt Musterstadt"
    assert me["role"] == "member" and "password" not in str(me).lower()
    assert client.get("/auth/me").status_code == 401  # anonymous
    assert client.post("/auth/logout", headers=headers).status_code == 204
    after = client.get("/auth/me", headers=headers)
    assert after.status_code == 401 and "abgelaufen" in after.json()["detail"]


def test_lockout_answers_429_with_retry_after(people_world: AccessWorld) -> None:
    client = people_world.client
    wrong = {"email": "bert@lindenau.example", "password": "daneben-daneben"}
    for _ in range(3):
        response = client.post("/auth/login", json=wrong)
        assert response.status_code == 401
        assert response.headers["content-type"] == "application/problem+json"
    locked = client.post(
        "/auth/login", json={"email": "bert@lindenau.example", "password": PASSWORD}
    )
    assert locked.status_code == 429
    assert int(locked.headers["retry-after"]) > 0
    assert "Zu viele" in locked.json()["detail"]


def test_people_see_their_level_and_staff_pages(people_world: AccessWorld) -> None:
    """The document walk of test_access, with people's sessions instead of keys (sessions of
    their own: the walk also signs out)."""
    member, staff = (
        sign_in(people_world, "anna@musterstadt.example"),
        sign_in(people_world, "clara@verband.example"),
    )
    assert people_world.client.get("/drafts", headers=member).status_code == 403
    assert people_world.client.get("/drafts", headers=staff).status_code == 200
    world = AccessWorld(
        people_world.client,
        people_world.ids,
        {"anonymous": {}, "member": member, "staff": staff},
        people_world.resources,
        people_world.levels,
    )
    assert_no_route_leaks(world)


def test_edit_history_records_the_person(people_world: AccessWorld) -> None:
    world = people_world
    doc = world.ids["public"]
    response = world.client.patch(
        f"/documents/{doc}", json={"title": f"Friedhofsgebühren {MARKERS['public']} neu"},
        headers=world.headers["S"],
    )  # fmt: skip
    assert response.status_code == 200, response.text
    history = world.client.get(f"/documents/{doc}/history", headers=world.headers["S"]).json()
    assert history[-1]["editor"] == "Clara Referentin"


def test_person_a_never_reaches_person_b(
    people_world: AccessWorld, caplog: pytest.LogCaptureFixture
) -> None:
    """Every route as A (member, Stadt Musterstadt), aimed at B's subscription and feed: B's
    subscription name and address never appear; B's things answer 404 (or 401/403/422)."""
    client, a, b = people_world.client, people_world.headers["A"], people_world.headers["B"]
    created = client.post(
        "/subscriptions",
        json={"name": f"Friedhof {B_MARKER}", "filters": {"topics": ["friedhofswesen"]},
              "email": B_EMAIL},
        headers=b,
    )  # fmt: skip
    assert created.status_code == 201, created.text
    sub_b = created.json()
    own = client.post(
        "/subscriptions",
        json={"name": "Friedhof Anna", "filters": {"topics": ["friedhofswesen"]},
              "email": "anna@musterstadt.example"},
        headers=a,
    ).json()  # fmt: skip
    assert client.get(sub_b["feed_path"]).status_code == 200  # B's own feed works
    with caplog.at_level(logging.INFO, logger="uvicorn.access"):  # as uvicorn logs a request
        logging.getLogger("uvicorn.access").info(
            '%s - "%s %s HTTP/%s" %d', "127.0.0.1:5000", "GET", sub_b["feed_path"], "1.1", 200
        )
    assert f"/feeds/searches/{sub_b['id']}.atom?token=[entfernt]" in caplog.text
    assert sub_b["token"] not in caplog.text

    schema = client.get("/openapi.json").json()
    checked = 0
    for path, item in schema["paths"].items():
        for method in item:
            if path == "/auth/logout":
                continue
            url = path.replace("{subscription_id}", str(sub_b["id"]))
            url = url.replace("{document_id}", people_world.ids["members"])
            url = url.replace("{user_id}", "2").replace("{topic}", "friedhofswesen")
            for headers in (a, {}):
                response = client.request(method.upper(), url, headers=headers, json={})
                text = response.text + str(response.headers)
                assert B_MARKER.lower() not in text.lower(), (method, url)
                assert B_EMAIL not in text and "Bert Kranich" not in text, (method, url)
                assert response.status_code < 500, (method, url, response.text)
                if "{subscription_id}" in path:
                    assert response.status_code in (401, 403, 404, 405, 422), (method, url)
                checked += 1
    assert checked > 40
    # A's token does not open B's feed, nor B's subscription list; B's is untouched.
    feed_b = f"/feeds/searches/{sub_b['id']}.atom"
    assert client.get(feed_b, params={"token": own["token"]}).status_code == 404
    assert [s["id"] for s in client.get("/subscriptions", headers=a).json()] == [own["id"]]
    assert [s["id"] for s in client.get("/subscriptions", headers=b).json()] == [sub_b["id"]]
    digest = client.get("/digest", params={"week": "2026-W47"}, headers=a)
    assert "Ausgabe für Dr. Anna Beispiel, Stadt Musterstadt" in digest.text
    assert B_MARKER not in digest.text


def test_admin_routes(people_world: AccessWorld) -> None:
    client, admin = people_world.client, people_world.headers["ADMIN"]
    for who in ("A", "S"):
        assert client.get("/users", headers=people_world.headers[who]).status_code == 403
    assert client.get("/users").status_code == 403
    listed = client.get("/users", headers=admin).json()
    assert {u["email"] for u in listed} >= {"anna@musterstadt.example", "bert@lindenau.example"}
    invited = client.post(
        "/users",
        json={"email": "eva@musterstadt.example", "name": "Eva Neu",
              "organisation": "Stadt Musterstadt"},
        headers=admin,
    )  # fmt: skip
    assert invited.status_code == 201, invited.text
    body = invited.json()
    assert body["user"]["state"] == "invited" and "invite=" in body["link"]  # no SMTP: link
    token = body["link"].split("invite=")[1]
    redeemed = client.post("/auth/redeem", json={"token": token, "password": "Eva-Passwort-1"})
    assert redeemed.status_code == 200 and redeemed.json()["user"]["state"] == "active"
    again = client.post("/auth/redeem", json={"token": token, "password": "Eva-Passwort-1"})
    assert again.status_code == 404
    eva = body["user"]["id"]
    role = client.patch(f"/users/{eva}", json={"role": "staff"}, headers=admin)
    assert role.json()["role"] == "staff"
    assert (
        client.patch(f"/users/{eva}", json={"state": "disabled"}, headers=admin).status_code == 200
    )
    eva_headers = {"Authorization": f"Bearer {redeemed.json()['token']}"}
    assert client.get("/auth/me", headers=eva_headers).status_code == 401  # disabled: out
    assert client.delete(f"/users/{eva}", headers=admin).status_code == 204
    audit = client.get("/audit", headers=admin).json()
    events = {e["event"] for e in audit}
    assert {"signin", "signin.failed", "user.role", "user.state", "user.deleted"} <= events
    assert "eva" not in str(audit).lower()

"""The HTTP side: /subscriptions (own only), Atom feeds with the feed token, and the member's
own-topics digest."""

from __future__ import annotations

from collections.abc import Iterator
from xml.etree import ElementTree as ET

import pytest
from fastapi.testclient import TestClient

from search_api.main import create_app
from tests.notify.conftest import World

ATOM = "{http://www.w3.org/2005/Atom}"
GRUNDSTEUER = "Die Grundsteuer wird ab 2027 nach neuen Hebesätzen erhoben. Die Städte müssen ihre Hebesatzsatzungen bis zum Jahresende anpassen und die Bescheide neu versenden."


@pytest.fixture
def client(world: World) -> Iterator[TestClient]:
    with TestClient(create_app(world.resources.settings, resources=world.resources)) as c:
        yield c


def auth(world: World, who: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {world.keys[who]}"}


def grundsteuer_abo(**extra: object) -> dict[str, object]:
    return {"name": "Grundsteuer", "filters": {"topics": ["grundsteuer"]},
            "email": "steueramt@musterstadt.de", **extra}  # fmt: skip


def test_members_see_and_delete_only_their_own(world: World, client: TestClient) -> None:
    muster, linden = auth(world, "Stadt Musterstadt"), auth(world, "Stadt Lindenau")
    created = client.post(
        "/subscriptions", json=grundsteuer_abo(mode="woechentlich"), headers=muster
    )
    assert created.status_code == 201, created.text
    sub = created.json()
    assert sub["mode"] == "woechentlich" and sub["filters"]["topics"] == ["grundsteuer"]
    assert sub["feed_path"] == f"/feeds/searches/{sub['id']}.atom?token={sub['token']}"

    assert [s["id"] for s in client.get("/subscriptions", headers=muster).json()] == [sub["id"]]
    assert client.get("/subscriptions", headers=linden).json() == []
    assert client.get(f"/subscriptions/{sub['id']}", headers=linden).status_code == 404
    assert client.delete(f"/subscriptions/{sub['id']}", headers=linden).status_code == 404
    assert client.get(f"/subscriptions/{sub['id']}", headers=muster).status_code == 200
    assert client.delete(f"/subscriptions/{sub['id']}", headers=muster).status_code == 204
    assert client.get("/subscriptions", headers=muster).json() == []


@pytest.mark.parametrize(
    ("body", "status", "detail"),
    [
        (grundsteuer_abo(email="kein-mail"), 422, "keine gültige E-Mail-Adresse"),
        (grundsteuer_abo(email=""), 422, "E-Mail-Adresse: darf nicht leer sein"),
        (grundsteuer_abo(mode="monatlich"), 422, "unbekannter Wert"),
        (grundsteuer_abo(email=" a@musterstadt.de"), 422, "keine gültige E-Mail-Adresse"),
        (grundsteuer_abo(filters={"topics": ["gibt-es-nicht"]}), 404, "Unbekanntes Thema"),
        (grundsteuer_abo(filters={"aktenplan": "99.99"}), 404, "Unbekannter Aktenplan-Knoten"),
    ],
)
def test_invalid_subscriptions_are_refused_in_german(
    world: World, client: TestClient, body: dict[str, object], status: int, detail: str
) -> None:
    response = client.post("/subscriptions", json=body, headers=auth(world, "Stadt Musterstadt"))
    assert response.status_code == status and detail in response.json()["detail"]


def test_a_subscription_without_criteria_reports_everything_visible(
    world: World, client: TestClient
) -> None:
    body = {"name": "Alles Neue", "email": "hauptamt@musterstadt.de"}
    assert (
        client.post(
            "/subscriptions", json=body, headers=auth(world, "Stadt Musterstadt")
        ).status_code
        == 201
    )
    world.write("rs-1", "Grundsteuer: neue Hebesätze", GRUNDSTEUER, topics=["grundsteuer"])
    world.write("vermerk", "Vermerk Wiedehopf", GRUNDSTEUER, topics=["grundsteuer"], access="staff")
    world.ingest()
    [mail] = world.inbox.wait(1)
    assert "Grundsteuer: neue Hebesätze" in mail.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert "Wiedehopf" not in mail.as_string()


def test_anonymous_callers_have_no_subscriptions(client: TestClient) -> None:
    assert client.get("/subscriptions").status_code == 401
    assert client.post("/subscriptions", json=grundsteuer_abo()).status_code == 401


def _entries(xml: bytes) -> list[str]:
    root = ET.fromstring(xml)
    assert root.tag == f"{ATOM}feed"
    return [e.findtext(f"{ATOM}title") or "" for e in root.iter(f"{ATOM}entry")]


def test_feeds_respect_the_owners_access_level(world: World, client: TestClient) -> None:
    world.write("rs-mitglieder", "Grundsteuer: neue Hebesätze", GRUNDSTEUER, topics=["grundsteuer"])
    world.write("rs-oeffentlich", "Grundsteuer: Bürgerinformation", GRUNDSTEUER,
                topics=["grundsteuer"], access="public")  # fmt: skip
    world.write("vermerk", "Grundsteuer: Vermerk Wiedehopf", GRUNDSTEUER, topics=["grundsteuer"],
                access="staff")  # fmt: skip
    world.ingest()
    sub = client.post(
        "/subscriptions", json=grundsteuer_abo(), headers=auth(world, "Stadt Musterstadt")
    ).json()

    own = client.get(sub["feed_path"])
    assert own.status_code == 200 and own.headers["content-type"].startswith("application/atom+xml")
    assert sorted(_entries(own.content)) == [
        "Grundsteuer: Bürgerinformation",
        "Grundsteuer: neue Hebesätze",
    ]
    assert b"https://fundus.example/ui/dokument?id=" in own.content

    topic = client.get("/feeds/topics/grundsteuer.atom", params={"token": sub["token"]})
    assert sorted(_entries(topic.content)) == sorted(_entries(own.content))
    # The token is scoped to its subscription: not a key to every topic at the owner's level.
    other_topic = client.get("/feeds/topics/friedhofswesen.atom", params={"token": sub["token"]})
    assert other_topic.status_code == 404
    # Stored only as a hash: listing shows no token; renewing gives a new one, the old stops.
    listed = client.get("/subscriptions", headers=auth(world, "Stadt Musterstadt")).json()
    assert listed[0]["token"] is None and listed[0]["feed_path"] is None
    with world.resources.db() as session:
        from sqlalchemy import text

        stored = session.execute(text("SELECT token_hash FROM subscriptions")).scalars().all()
    assert sub["token"] not in str(stored)
    renewed = client.post(
        f"/subscriptions/{sub['id']}/feed-token", headers=auth(world, "Stadt Musterstadt")
    ).json()
    assert client.get(sub["feed_path"]).status_code == 404
    assert client.get(renewed["feed_path"]).status_code == 200
    sub = renewed
    public = client.get("/feeds/topics/grundsteuer.atom")  # no token, no header: public only
    assert _entries(public.content) == ["Grundsteuer: Bürgerinformation"]
    staff = client.get("/feeds/topics/grundsteuer.atom", headers=auth(world, "Geschäftsstelle"))
    assert "Grundsteuer: Vermerk Wiedehopf" in _entries(staff.content)

    assert (
        client.get(f"/feeds/searches/{sub['id']}.atom", params={"token": "falsch"}).status_code
        == 404
    )
    other = client.post(
        "/subscriptions", json=grundsteuer_abo(), headers=auth(world, "Stadt Lindenau")
    ).json()
    assert (
        client.get(
            f"/feeds/searches/{other['id']}.atom", params={"token": sub["token"]}
        ).status_code
        == 404
    )
    assert client.get("/feeds/topics/gibt-es-nicht.atom").status_code == 404
    client.delete(f"/subscriptions/{sub['id']}", headers=auth(world, "Stadt Musterstadt"))
    assert client.get(sub["feed_path"]).status_code == 404  # unsubscribed: the feed is gone


def test_saved_search_feed_lists_its_top_results(world: World, client: TestClient) -> None:
    body = {"name": "Hitze", "query": "Hitzeschutz Hitzeaktionsplan", "email": "a@musterstadt.de"}
    sub = client.post("/subscriptions", json=body, headers=auth(world, "Stadt Musterstadt")).json()
    titles = _entries(client.get(sub["feed_path"]).content)
    assert 1 <= len(titles) <= world.resources.settings.notify_top_k
    assert "Hitzeaktionspläne für Städte" in titles


def test_digest_with_only_the_members_topics(world: World, client: TestClient) -> None:
    world.write("rs-1", "Grundsteuer: neue Hebesätze", GRUNDSTEUER, topics=["grundsteuer"])
    world.write("rs-2", "Hundesteuer: neue Rassenliste", "Die Liste gefährlicher Hunde wird um zwei Rassen erweitert und gilt ab dem Jahr 2027 in allen Städten des Landes.",
                topics=["oertliche-steuern"])  # fmt: skip
    world.ingest()
    muster = auth(world, "Stadt Musterstadt")
    client.post("/subscriptions", json=grundsteuer_abo(mode="woechentlich"), headers=muster)
    everything = client.get("/digest", params={"week": "2026-W47"}, headers=muster).text
    assert "Grundsteuer: neue Hebesätze" in everything and "Hundesteuer" in everything
    mine = client.get("/digest", params={"week": "2026-W47", "nur_abos": True}, headers=muster).text
    assert "Grundsteuer: neue Hebesätze" in mine and "Hundesteuer" not in mine
    assert "Abo: Grundsteuer" in mine

"""Bad values (issue 17, item 6): control characters, absurd dates, null for fields every
document has, and weeks at the calendar's edge are clear 4xx answers, never a 500."""

from __future__ import annotations

from tests.search_api.access_fixture import AccessWorld, access_world  # noqa: F401


def test_patch_bad_values_are_422(access_world: AccessWorld) -> None:  # noqa: F811
    client, staff = access_world.client, access_world.headers["staff"]
    doc = access_world.ids["public"]
    bad = [
        {"title": None},
        {"access": None},
        {"status": None},
        {"doc_type": None},
        {"date": "0001-01-01"},
        {"date": "9999-12-31"},
        {"valid_from": "9999-12-31"},
        {"title": "\x00\x07"},
        {"access": "vertraulich"},
    ]
    for body in bad:
        response = client.patch(f"/documents/{doc}", json=body, headers=staff)
        assert response.status_code == 422, (body, response.text)
    assert client.get(f"/documents/{doc}").json()["title"].startswith("Friedhofsgebühren")


def test_control_characters_are_stripped(access_world: AccessWorld) -> None:  # noqa: F811
    client, staff = access_world.client, access_world.headers["staff"]
    doc = access_world.ids["public"]
    original = client.get(f"/documents/{doc}").json()["title"]
    response = client.patch(
        f"/documents/{doc}", json={"title": "Glocke\x07 und\x00 Null"}, headers=staff
    )
    assert response.status_code == 200, response.text
    assert response.json()["title"] == "Glocke und Null"
    client.patch(f"/documents/{doc}", json={"title": original}, headers=staff)


def test_weeks_at_the_edge_of_the_calendar(access_world: AccessWorld) -> None:  # noqa: F811
    for week in ("9999-W52", "0001-W01", "2026-W53", "2026-W47"):
        response = access_world.client.get("/digest", params={"week": week})
        assert response.status_code < 500, (week, response.text)
    assert access_world.client.get("/digest", params={"week": "9999-W52"}).status_code == 404

"""Staff set version links and dates by PATCH (issue 15, point 3): the replaced document leaves
current-only searches and is folded under its successor, both document pages link each other,
a mistyped successor is refused, clearing the link makes it current again, and the edit
survives re-ingestion of a changed file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from encoder.embedding import Encoder
from ingest.api import ingest_paths
from tests.search_api.access_fixture import MARKERS, AccessWorld, build_access_world

pytestmark = pytest.mark.slow


@pytest.fixture
def world(tmp_path: Path, model_dir: Path, encoder: Encoder) -> Iterator[AccessWorld]:
    yield from build_access_world(tmp_path, model_dir, encoder)


def _patch(world: AccessWorld, doc_id: str, body: dict[str, object]) -> dict:  # type: ignore[type-arg]
    response = world.client.patch(f"/documents/{doc_id}", json=body, headers=world.headers["staff"])
    assert response.status_code == 200, response.text
    return response.json()


def _search(world: AccessWorld, query: str, **filters: object) -> dict:  # type: ignore[type-arg]
    response = world.client.post(
        "/search",
        json={"query": query, "limit": 50, "filters": filters},
        headers=world.headers["member"],
    )
    assert response.status_code == 200, response.text
    return response.json()


def _external_ids(result: dict) -> set[str]:  # type: ignore[type-arg]
    return {h["external_id"] for h in result["hits"]}


def test_staff_link_two_versions(world: AccessWorld) -> None:
    old, new = world.ids["public"], world.ids["members"]
    assert "dok-public" in _external_ids(_search(world, MARKERS["public"]))

    _patch(world, old, {"superseded_by": "dok-members", "valid_to": "2026-12-31"})

    # the old version is no longer current: gone from a current-only search ...
    assert "dok-public" not in _external_ids(_search(world, MARKERS["public"]))
    assert "dok-public" in _external_ids(_search(world, MARKERS["public"], all_versions=True))
    # ... and shown folded under its successor
    hits = _search(world, "Friedhofsgebühren Erdgräber")["hits"]
    successor = next(h for h in hits if h["external_id"] == "dok-members")
    assert [v["external_id"] for v in successor["earlier_versions"]] == ["dok-public"]
    # both document pages link each other
    page_old = world.client.get(f"/documents/{old}", headers=world.headers["member"]).json()
    page_new = world.client.get(f"/documents/{new}", headers=world.headers["member"]).json()
    assert page_old["version"] == "ersetzt" and page_old["valid_to"] == "2026-12-31"
    assert [s["external_id"] for s in page_old["successors"]] == ["dok-members"]
    assert [p["external_id"] for p in page_new["predecessors"]] == ["dok-public"]

    # the edit survives re-ingestion of a changed file
    source = world.resources.settings.data_dir.parent / "docs" / "public.md"
    source.write_text(source.read_text(encoding="utf-8") + "\nNachtrag.\n", encoding="utf-8")
    report = ingest_paths([source.parent], world.resources, progress=False)
    assert report.failed == []
    page_old = world.client.get(f"/documents/{old}", headers=world.headers["member"]).json()
    assert "Nachtrag" in page_old["text"] and page_old["version"] == "ersetzt"

    # null makes it current again; the history records both changes
    _patch(world, old, {"superseded_by": None})
    assert "dok-public" in _external_ids(_search(world, MARKERS["public"]))
    history = world.client.get(f"/documents/{old}/history", headers=world.headers["staff"])
    fields = [entry["field"] for entry in history.json()]
    assert fields.count("superseded_by") == 2 and "valid_to" in fields


def test_a_successor_must_exist(world: AccessWorld) -> None:
    doc = world.ids["public"]
    for successor, reason in [("dok-gibt-es-nicht", "kein Dokument"), ("dok-public", "selbst")]:
        response = world.client.patch(
            f"/documents/{doc}", json={"superseded_by": successor}, headers=world.headers["staff"]
        )
        assert response.status_code == 422, response.text
        assert reason in response.json()["detail"]
    # nothing changed
    assert "dok-public" in _external_ids(_search(world, MARKERS["public"]))


def test_members_cannot_set_versions(world: AccessWorld) -> None:
    response = world.client.patch(
        f"/documents/{world.ids['public']}",
        json={"superseded_by": "dok-members"},
        headers=world.headers["member"],
    )
    assert response.status_code == 403

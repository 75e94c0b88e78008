"""Staff capture over HTTP with the real model: suggest -> upload -> edit -> confirm -> search,
and that members see nothing of it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from encoder.embedding import Encoder
from search_api.main import create_app
from tagging.suggest import Tagger
from tests.tagging.world import NEW_CIRCULAR, TaggingWorld, build_tagging_world

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def world(
    tmp_path_factory: pytest.TempPathFactory, model_dir: Path, encoder: Encoder
) -> Iterator[TaggingWorld]:
    yield from build_tagging_world(tmp_path_factory.mktemp("tags"), model_dir, encoder)


@pytest.fixture(scope="module")
def client(world: TaggingWorld) -> Iterator[TestClient]:
    app = create_app(world.resources.settings, resources=world.resources)
    app.state.tagger = Tagger(world.resources)
    app.state.tagger.refresh()  # requests wait only briefly for a first training
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


def _upload(client: TestClient, world: TaggingWorld, name: str, data: bytes) -> dict:  # type: ignore[type-arg]
    response = client.post(
        "/documents", files={"file": (name, data, "text/markdown")}, headers=world.staff
    )
    assert response.status_code == 201, response.text
    return response.json()


def _search(client: TestClient, headers: dict[str, str], **body: object) -> dict:  # type: ignore[type-arg]
    response = client.post("/search", json=body, headers=headers)
    assert response.status_code == 200, response.text
    return response.json()


def test_suggest_for_a_text(client: TestClient, world: TaggingWorld) -> None:
    text = (
        "Die Hundesteuer ist eine örtliche Aufwandsteuer nach § 5 KAG. Für gefährliche Hunde "
        "kann ein erhöhter Steuersatz festgesetzt werden; Steuerbefreiungen gelten für "
        "Blindenführhunde. Die Steuer wird durch Bescheid festgesetzt."
    )
    response = client.post(
        "/tags/suggest",
        json={"title": "Mustersatzung über die Erhebung der Hundesteuer", "text": text},
        headers=world.staff,
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["trained_on"] >= 60
    assert body["metadata"]["citations"] == ["§ 5 KAG"]
    assert body["metadata"]["doc_type"] == "Mustersatzung"
    for field in ("doc_type", "topics", "aktenplan"):
        scores = [s["confidence"] for s in body[field]]
        assert scores and all(0.05 <= s <= 1.0 for s in scores), field  # no "0 %" noise
        assert scores == sorted(scores, reverse=True), field
    assert sum(s["confidence"] for s in body["doc_type"]) <= 1.0001
    assert body["doc_type"][0]["label"] == "Mustersatzung"
    assert "oertliche-steuern" in [s["label"] for s in body["topics"][:3]]
    assert "20.40" in [s["label"] for s in body["aktenplan"][:3]]
    assert isinstance(body["unsicher"], bool)


def test_suggest_for_an_uploaded_file(client: TestClient, world: TaggingWorld) -> None:
    response = client.post(
        "/tags/suggest",
        files={"file": ("rs.md", NEW_CIRCULAR.encode(), "text/markdown")},
        headers=world.staff,
    )
    assert response.status_code == 200, response.text
    body = response.json()
    meta = body["metadata"]
    assert meta["number"] == "Rundschreiben Nr. 219/2026"
    assert meta["date"] == "2026-11-24"
    assert meta["aktenzeichen"] == "60.30/219-26"
    assert meta["aktenplan"] == "60.30"
    assert meta["referat"] == "Referat 6 – Ordnung, Sicherheit und Kultur"
    assert meta["citations"] == ["§ 5 Abs. 2 KAG", "§ 2 KAG", "§ 8 KAG"]
    assert body["doc_type"][0]["label"] == "Rundschreiben"
    assert "friedhofswesen" in [s["label"] for s in body["topics"][:3]]


def test_upload_edit_confirm_then_searchable(client: TestClient, world: TaggingWorld) -> None:
    draft = _upload(client, world, "../../rs-219-2026.md", NEW_CIRCULAR.encode())
    assert draft["state"] == "draft"
    assert draft["file_name"] == "rs-219-2026.md"
    proposed = draft["proposed"]
    assert proposed["doc_type"] == "Rundschreiben"  # the text says so
    assert proposed["number"] == "Rundschreiben Nr. 219/2026"
    assert proposed["aktenplan"] == "60.30"  # from the file reference
    assert proposed["access"] == "members"
    document_id = draft["id"]

    # A draft is nowhere to be seen: not for members, not in search, not as a document.
    for headers in (world.member, world.staff, {}):
        assert client.get(f"/documents/{document_id}", headers=headers).status_code == 404
    found = _search(client, world.staff, query="Trauerweidenmerkmal", limit=5)
    assert document_id not in {h["document_id"] for h in found["hits"]}
    assert client.get(f"/drafts/{document_id}", headers=world.staff).json()["id"] == document_id
    assert document_id in {d["id"] for d in client.get("/drafts", headers=world.staff).json()}

    # Staff correct the topics and confirm; the corrections win over the proposal.
    response = client.post(
        f"/documents/{document_id}/confirm",
        json={"topics": ["friedhofswesen", "kommunalabgaben"], "title": "Friedhofsgebühren 2027"},
        headers=world.staff,
    )
    assert response.status_code == 200, response.text
    doc = response.json()
    assert doc["id"] == document_id
    assert doc["title"] == "Friedhofsgebühren 2027"
    assert doc["topics"] == ["friedhofswesen", "kommunalabgaben"]
    assert doc["doc_type"] == "Rundschreiben" and doc["aktenplan"] == "60.30"
    assert doc["file_name"] == "rs-219-2026.md" and doc["has_file"]
    assert "§ 5 Abs. 2 KAG" in doc["citations"]

    # Now members find it, by its words and by the confirmed tags.
    member_doc = client.get(f"/documents/{document_id}", headers=world.member)
    assert member_doc.status_code == 200
    hits = _search(
        client,
        world.member,
        query="Trauerweidenmerkmal Friedhofsgebühren",
        filters={"topics": ["kommunalabgaben"], "aktenplan": "60"},
    )["hits"]
    assert hits and hits[0]["document_id"] == document_id
    by_norm = _search(client, world.member, query="Friedhof", filters={"citations": ["§ 5 KAG"]})
    assert document_id in {h["document_id"] for h in by_norm["hits"]}
    assert by_norm["facets"]["citations"].get("§ 5 KAG", 0) >= 1
    original = client.get(f"/documents/{document_id}/file", headers=world.member)
    assert original.status_code == 200 and original.content == NEW_CIRCULAR.encode()

    again = client.post(f"/documents/{document_id}/confirm", json={}, headers=world.staff)
    assert again.status_code == 409
    assert client.get("/drafts?state=confirmed", headers=world.staff).json()[0]["confirmed"][
        "topics"
    ] == ["friedhofswesen", "kommunalabgaben"]

    # Uploading the very same file again is refused; the PATCH route edits it from now on.
    repeat = client.post(
        "/documents",
        files={"file": ("rs-219-2026.md", NEW_CIRCULAR.encode(), "text/markdown")},
        headers=world.staff,
    )
    assert repeat.status_code == 409
    patched = client.patch(
        f"/documents/{document_id}", json={"aktenplan": "20.50"}, headers=world.staff
    )
    assert patched.status_code == 200 and patched.json()["aktenplan"] == "20.50"


def test_the_tagger_learns_from_confirmed_documents(
    client: TestClient, world: TaggingWorld
) -> None:
    tagger = client.app.state.tagger  # type: ignore[attr-defined]
    tagger.refresh()  # earlier tests added documents; a background run may have begun
    before = tagger.status().trained_on
    draft = _upload(client, world, "bibliothek.md", b"# Benutzungsordnung der Stadtbibliothek\n\n"
                    b"Die Stadtbibliothek verleiht Medien gegen Entgelt. Die Leihfrist betraegt "
                    b"vier Wochen; Mahngebuehren werden nach der Entgeltordnung erhoben.")  # fmt: skip
    confirmed = client.post(
        f"/documents/{draft['id']}/confirm",
        json={"doc_type": "Satzung", "topics": ["kultur"], "aktenplan": "60.40"},
        headers=world.staff,
    )
    assert confirmed.status_code == 200, confirmed.text
    assert tagger.status().stale
    assert tagger.refresh()
    assert tagger.status().trained_on == before + 1


def test_unsicher_leaves_fields_empty(client: TestClient, world: TaggingWorld) -> None:
    """Far from anything tagged: no confident guess, so nothing is pre-filled."""
    text = b"Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor."
    draft = _upload(client, world, "lorem.txt", text)
    assert draft["suggestions"]["unsicher"] is True
    assert draft["proposed"]["topics"] == []
    response = client.post(f"/documents/{draft['id']}/confirm", json={}, headers=world.staff)
    assert response.status_code == 422  # a type must be chosen by a person
    assert "Dokumenttyp" in response.json()["detail"]
    assert client.delete(f"/drafts/{draft['id']}", headers=world.staff).status_code == 204
    assert client.get(f"/drafts/{draft['id']}", headers=world.staff).status_code == 404


def test_a_short_note_gets_no_guesses(client: TestClient, world: TaggingWorld) -> None:
    """Five words say nothing about type or topic, however sure a model sounds."""
    draft = _upload(
        client, world, "notiz.txt", "Bitte Rückruf wegen Kita-Gebühren morgen.".encode()
    )
    suggestions = draft["suggestions"]
    assert suggestions["too_short"] is True and suggestions["unsicher"] is True
    assert suggestions["doc_type"] == suggestions["topics"] == suggestions["aktenplan"] == []
    assert draft["proposed"]["doc_type"] is None and draft["proposed"]["topics"] == []
    assert client.delete(f"/drafts/{draft['id']}", headers=world.staff).status_code == 204


@pytest.mark.parametrize(
    ("name", "data", "status"),
    [
        ("programm.exe", b"MZ\x90\x00" + b"\x00" * 100, 422),
        ("bild.pdf", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, 422),
        ("leer.txt", b"   ", 422),
        ("falsch.pdf", b"kein pdf, nur text", 422),
        ("tabelle.xlsx", b"PK\x03\x04 kaputt", 422),
    ],
)
def test_uploads_are_checked_by_content(
    client: TestClient, world: TaggingWorld, name: str, data: bytes, status: int
) -> None:
    response = client.post(
        "/documents", files={"file": (name, data, "application/pdf")}, headers=world.staff
    )
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")


def test_members_and_anonymous_cannot_use_staff_routes(
    client: TestClient, world: TaggingWorld
) -> None:
    draft = _upload(client, world, "entwurf.md", b"# Interner Entwurf\n\nGeheimer Kiebitzvermerk.")
    upload = {"file": ("x.md", b"# Titel\n\nText mit genug Worten.", "text/markdown")}
    for headers in (world.member, {}):
        calls = [
            client.post("/tags/suggest", json={"text": "Hundesteuer"}, headers=headers),
            client.post("/tags/suggest", files=upload, headers=headers),
            client.get("/tags/model", headers=headers),
            client.post("/documents", files=upload, headers=headers),
            client.get("/drafts", headers=headers),
            client.get(f"/drafts/{draft['id']}", headers=headers),
            client.delete(f"/drafts/{draft['id']}", headers=headers),
            client.post(f"/documents/{draft['id']}/confirm", json={}, headers=headers),
        ]
        for response in calls:
            assert response.status_code == 403, (response.request.url, response.text)
            assert "Kiebitz" not in response.text
        assert client.get(f"/documents/{draft['id']}", headers=headers).status_code == 404
        found = _search(client, headers, query="Kiebitzvermerk", limit=10)
        assert all("Kiebitz" not in h["snippet"] for h in found["hits"])


def test_auto_accept_indexes_at_once(client: TestClient, world: TaggingWorld) -> None:
    resources = world.resources
    original = resources.settings
    resources.settings = original.model_copy(
        update={"tag_auto_accept": 0.0, "tag_min_confidence": 0.0}
    )
    try:
        draft = _upload(client, world, "rs-auto.md", NEW_CIRCULAR.replace("219", "220").encode())
    finally:
        resources.settings = original
    assert draft["state"] == "confirmed" and draft["auto_accepted"] is True
    doc = client.get(f"/documents/{draft['id']}", headers=world.member)
    assert doc.status_code == 200
    assert doc.json()["topics"] == draft["proposed"]["topics"]

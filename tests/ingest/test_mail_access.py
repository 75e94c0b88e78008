"""An e-mail's attachments are never more open than the mail: not by their own front matter,
not by the default level, not by a later edit of either."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from core.keys import create_key
from core.tables import DocumentRow
from ingest.api import ingest_paths
from runtime.resources import Resources
from search_api.main import create_app
from tests.search_api.access_fixture import write_mail


@pytest.fixture
def mails(resources: Resources, tmp_path: Path) -> Iterator[tuple[TestClient, dict[str, str]]]:
    folder = tmp_path / "post"
    folder.mkdir()
    write_mail(folder, "intern.eml", access="staff", marker="Rotmilan", attachment_access="public")
    write_mail(folder, "mitglieder.eml", access=None, marker="Kranich", attachment_access="public")
    write_mail(folder, "geheim.eml", access="members", marker="Uhu", attachment_access="staff")
    report = ingest_paths([folder], resources, progress=False)
    assert report.failed == [] and report.documents_written == 12
    _, key = create_key(resources.db, name="Sachbearbeitung", role="staff")
    with TestClient(create_app(resources.settings, resources=resources)) as client:
        client.headers["Authorization"] = f"Bearer {key}"
        yield client, _levels(resources)


def _levels(resources: Resources) -> dict[str, str]:
    with resources.db() as session:
        return {r.source_key: r.access for r in session.scalars(select(DocumentRow))}


def _id(resources: Resources, key: str) -> str:
    with resources.db() as session:
        row = session.scalar(select(DocumentRow).where(DocumentRow.source_key == key))
        assert row is not None
        return row.id


def test_attachments_inherit_the_mail_level(mails: tuple[TestClient, dict[str, str]]) -> None:
    _, levels = mails
    for name in ("anlage-intern.txt", "anlage.md", "anlage.pdf"):
        assert levels[f"intern.eml#{_number(name)}-{name}"] == "staff", name
        # a mail without a stated level has the default (members); a public claim cannot beat it
        assert levels[f"mitglieder.eml#{_number(name)}-{name}"] == "members", name
    assert levels["intern.eml"] == "staff" and levels["mitglieder.eml"] == "members"
    # stricter than its mail is allowed: the attachment's own "staff" stays
    assert levels["geheim.eml#2-anlage.md"] == "staff"
    assert levels["geheim.eml#1-anlage-intern.txt"] == "members"


def test_anonymous_gets_no_attachment(
    mails: tuple[TestClient, dict[str, str]], resources: Resources
) -> None:
    client, levels = mails
    anonymous = TestClient(client.app)
    for key in levels:
        doc_id = _id(resources, key)
        assert anonymous.get(f"/documents/{doc_id}").status_code == 404, key
        assert anonymous.get(f"/documents/{doc_id}/original").status_code == 404, key
    for marker in ("Rotmilan", "Kranich", "Uhu"):
        assert (
            anonymous.post("/search", json={"query": marker}).json()["hits"] == []
        )  # no public doc


def test_an_attachment_cannot_be_opened_beyond_its_mail(
    mails: tuple[TestClient, dict[str, str]], resources: Resources
) -> None:
    client, _ = mails
    attachment = _id(resources, "intern.eml#3-anlage.pdf")
    response = client.patch(f"/documents/{attachment}", json={"access": "members"})
    assert response.status_code == 422
    assert "Anhang kann nicht offener sein als seine E-Mail" in response.json()["detail"]
    assert _levels(resources)["intern.eml#3-anlage.pdf"] == "staff"


def test_closing_a_mail_closes_its_attachments(
    mails: tuple[TestClient, dict[str, str]], resources: Resources
) -> None:
    client, _ = mails
    mail = _id(resources, "mitglieder.eml")
    response = client.patch(f"/documents/{mail}", json={"access": "staff"})
    assert response.status_code == 200, response.text
    levels = _levels(resources)
    assert {k: v for k, v in levels.items() if k.startswith("mitglieder.eml")} == {
        "mitglieder.eml": "staff",
        "mitglieder.eml#1-anlage-intern.txt": "staff",
        "mitglieder.eml#2-anlage.md": "staff",
        "mitglieder.eml#3-anlage.pdf": "staff",
    }
    member = TestClient(client.app)
    _, key = create_key(resources.db, name="Stadt Musterstadt", role="member")
    member.headers["Authorization"] = f"Bearer {key}"
    closed = {_id(resources, k) for k in levels if k.startswith("mitglieder.eml")}
    hits = member.post("/search", json={"query": "Kranich", "limit": 50}).json()["hits"]
    assert closed.isdisjoint(h["document_id"] for h in hits)
    history = client.get(f"/documents/{_id(resources, 'mitglieder.eml#2-anlage.md')}/history")
    assert [h["new"] for h in history.json()] == ["staff"]


def _number(name: str) -> int:
    return {"anlage-intern.txt": 1, "anlage.md": 2, "anlage.pdf": 3}[name]

"""An index holding one document per access level, each with a unique marker word."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from core.keys import create_key
from core.settings import Settings
from encoder.embedding import Encoder
from ingest.api import ingest_paths
from runtime.resources import Resources
from search_api.main import create_app

MARKERS = {"public": "Zaunkoenigmerkmal", "members": "Eisvogelmerkmal", "staff": "Wiedehopfmerkmal"}
TEXTS = {
    "public": "Die Friedhofsgebühren für Urnengräber werden angepasst.",
    "members": "Die Friedhofsgebühren für Erdgräber steigen im Jahr 2026 deutlich.",
    "staff": "Interner Vermerk: Die Friedhofsgebühren sollen politisch vorbereitet werden.",
}


@dataclass
class AccessWorld:
    client: TestClient
    ids: dict[str, str]  # access level -> the one Markdown document of that level
    headers: dict[str, dict[str, str]]  # role -> request headers
    resources: Resources
    levels: dict[str, str]  # every document id -> its access level (mails and attachments too)


def write_mail(
    folder: Path, name: str, *, access: str | None, marker: str, attachment_access: str
) -> None:
    """An e-mail whose sidecar sets `access`, with a text, a Markdown (front matter claiming
    `attachment_access`) and a PDF attachment, each carrying `marker`."""
    from email.message import EmailMessage

    from tests.fixtures.builders import make_pdf

    mail = EmailMessage()
    mail["From"] = "Geschäftsstelle <gs@verband.example>"
    mail["To"] = "Referat <referat@verband.example>"
    mail["Subject"] = f"Vermerk Haushaltsplanung {marker}"
    mail["Date"] = "Tue, 17 Nov 2026 10:00:00 +0100"
    mail.set_content(f"Anbei die Unterlagen zur Haushaltsplanung, Kennwort {marker}.")
    mail.add_attachment(
        f"Interne Anlage zur Haushaltsplanung mit Kennwort {marker}.".encode(),
        maintype="text",
        subtype="plain",
        filename="anlage-intern.txt",
    )
    markdown = (
        f"---\ntitle: Anlage Haushalt {marker}\naccess: {attachment_access}\n---\n"
        f"# Anlage Haushalt {marker}\n\nDie Haushaltsplanung mit Kennwort {marker} im Detail.\n"
    )
    mail.add_attachment(
        markdown.encode(), maintype="text", subtype="markdown", filename="anlage.md"
    )
    pdf = make_pdf([f"Anlage als PDF zur Haushaltsplanung {marker}", "Zweite Zeile des Vermerks."])
    mail.add_attachment(pdf, maintype="application", subtype="pdf", filename="anlage.pdf")
    (folder / name).write_bytes(mail.as_bytes())
    if access is not None:
        (folder / f"{name}.meta.yaml").write_text(f"access: {access}\n", encoding="utf-8")


def _write_documents(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for level, marker in MARKERS.items():
        (folder / f"{level}.md").write_text(
            f"---\nid: dok-{level}\ntitle: Friedhofsgebühren {marker}\ndoc_type: Rundschreiben\n"
            f"number: Rundschreiben Nr. {len(level)}/2026\ndate: 2026-11-17\n"
            f"topics: [friedhofswesen, {marker.lower()}]\naktenplan: '60.10'\naccess: {level}\n---\n"
            f"# Friedhofsgebühren {marker}\n\n{TEXTS[level]} Kennwort {marker}.\n\n"
            f"§ 1 Geltung\n\nDiese Regel mit dem Merkmal {marker} gilt ab sofort.\n",
            encoding="utf-8",
        )
    # A staff mail whose Markdown attachment claims to be public: all of it stays staff.
    write_mail(
        folder,
        "intern-post.eml",
        access="staff",
        marker=MARKERS["staff"],
        attachment_access="public",
    )


def build_access_world(
    tmp_path: Path, model_dir: Path, encoder: Encoder, **overrides: object
) -> Iterator[AccessWorld]:
    settings = Settings(
        data_dir=tmp_path / "data",
        model_dir=model_dir,
        qdrant_url=None,
        database_url=None,
        _env_file=None,  # type: ignore[call-arg]
        **{"rate_limit_ip": 0, "rate_limit_key": 0, **overrides},  # type: ignore[arg-type]
    )
    _write_documents(tmp_path / "docs")
    with Resources(settings, encoder=encoder) as resources:
        report = ingest_paths([tmp_path / "docs"], resources, progress=False)
        assert report.failed == [] and report.documents_written == 7
        with resources.db() as session:
            from sqlalchemy import select

            from core.tables import DocumentRow

            rows = list(session.scalars(select(DocumentRow)))
            ids = {r.access: r.id for r in rows if r.source_key.startswith("dok-")}
            levels = {r.id: r.access for r in rows}
        headers: dict[str, dict[str, str]] = {"anonymous": {}}
        for role in ("member", "staff"):
            _, key = create_key(resources.db, name=f"Test {role}", role=role)
            headers[role] = {"Authorization": f"Bearer {key}"}
        app = create_app(settings, resources=resources)
        with TestClient(app, raise_server_exceptions=False) as client:
            yield AccessWorld(client, ids, headers, resources, levels)


@pytest.fixture(scope="module")
def access_world(
    tmp_path_factory: pytest.TempPathFactory, model_dir: Path, encoder: Encoder
) -> Iterator[AccessWorld]:
    yield from build_access_world(tmp_path_factory.mktemp("access"), model_dir, encoder)

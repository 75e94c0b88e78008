"""A real SMTP server on loopback (aiosmtpd) and a small world for subscriptions: an index
with background documents, member and staff keys, and helpers to write and ingest circulars."""

from __future__ import annotations

import email
import shutil
import socket
import textwrap
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.policy import default as default_policy
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller

from core.keys import Principal, create_key
from core.settings import Settings
from encoder.embedding import Encoder
from ingest.api import IngestReport, ingest_paths
from notify.worker import NotificationWorker, attach_notifications
from runtime.resources import Resources

TAXONOMY = Path(__file__).resolve().parents[2] / "corpus" / "taxonomy.yaml"

# Background documents, so that a saved search has competitors: a document only "ranks" for
# it when it beats these.
BACKGROUND = {
    "hitzeaktionsplan": (
        "Hitzeaktionspläne für Städte",
        ["klimaanpassung"],
        "Hitzewellen gefährden ältere Menschen, Kleinkinder und Kranke. Ein Hitzeaktionsplan "
        "regelt Warnketten, kühle Orte und die Betreuung gefährdeter Gruppen in Kitas, Schulen "
        "und Pflegeheimen. Trinkwasser und Verschattung gehören dazu.",
    ),
    "kita-gebuehren": (
        "Elternbeiträge in Kindertagesstätten",
        ["kindertagesbetreuung"],
        "Die Elternbeiträge für Kindertagesstätten werden nach Einkommen gestaffelt. "
        "Kindertagesstätten in freier Trägerschaft erhalten einen Zuschuss. Die Satzung über "
        "Elternbeiträge in Kindertagesstätten ist neu zu fassen.",
    ),
    "sonnenschutz-schulen": (
        "Sommerlicher Wärmeschutz in Schulen und Kitas",
        ["ganztag-schule"],
        "Außenliegender Sonnenschutz, Nachtlüftung und begrünte Schulhöfe senken die "
        "Temperaturen in Klassenräumen und Gruppenräumen von Kitas an heißen Tagen deutlich.",
    ),
    "hundesteuer": (
        "Hundesteuer für gefährliche Hunde",
        ["oertliche-steuern"],
        "Für gefährliche Hunde kann ein erhöhter Steuersatz festgesetzt werden. Die "
        "Hundesteuersatzung nennt die Rassen und das Verfahren der Einzelfallprüfung.",
    ),
    "friedhof": (
        "Friedhofsgebühren für Urnengräber",
        ["friedhofswesen"],
        "Die Gebühren für Urnengräber und Baumbestattungen werden nach den Kosten der "
        "Friedhofsunterhaltung kalkuliert. Ruhezeiten und Nutzungsrechte sind zu beachten.",
    ),
    "vergabe": (
        "Wertgrenzen für Direktaufträge",
        ["vergaberecht"],
        "Direktaufträge sind bis zu einem geschätzten Auftragswert von 15.000 Euro zulässig. "
        "Die Wirtschaftlichkeit ist zu dokumentieren und Unternehmen sollen wechseln.",
    ),
    "datenschutz": (
        "Auftragsverarbeitung nach Art. 28 DSGVO",
        ["datenschutz"],
        "Verträge zur Auftragsverarbeitung regeln Weisungen, technische und organisatorische "
        "Maßnahmen und die Unterauftragsverarbeitung durch IT-Dienstleister.",
    ),
    "strassenreinigung": (
        "Straßenreinigung und Winterdienst",
        ["strassen"],
        "Die Satzung über die Straßenreinigung überträgt den Winterdienst auf Gehwegen den "
        "Anliegern. Räum- und Streuzeiten sind festzulegen.",
    ),
}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Inbox:
    """aiosmtpd handler: keeps every message that arrived, parsed."""

    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]  # noqa: N802
        message = email.message_from_bytes(envelope.content, policy=default_policy)
        self.messages.append(message)  # type: ignore[arg-type]
        return "250 Message accepted for delivery"

    def wait(self, count: int, timeout: float = 10.0) -> list[EmailMessage]:
        deadline = time.monotonic() + timeout
        while len(self.messages) < count and time.monotonic() < deadline:
            time.sleep(0.05)
        return list(self.messages)

    def clear(self) -> None:
        self.messages.clear()


def body_text(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain",))
    assert part is not None
    return part.get_content()


def body_html(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("html",))
    assert part is not None
    return part.get_content()


@pytest.fixture
def smtp_server() -> Iterator[tuple[Inbox, int]]:
    inbox = Inbox()
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


@dataclass
class World:
    resources: Resources
    inbox: Inbox
    folder: Path
    principals: dict[str, Principal] = field(default_factory=dict)
    keys: dict[str, str] = field(default_factory=dict)
    notifications: NotificationWorker | None = None

    def write(
        self,
        name: str,
        title: str,
        text: str,
        *,
        topics: list[str],
        access: str = "members",
        doc_type: str = "Rundschreiben",
        date: str = "2026-11-18",
        number: str | None = None,
    ) -> Path:
        path = self.folder / f"{name}.md"
        numbering = f"number: '{number}'\n" if number else ""
        path.write_text(
            f"---\nid: {name}\ntitle: '{title}'\ndoc_type: {doc_type}\n{numbering}"
            f"date: {date}\ntopics: [{', '.join(topics)}]\naccess: {access}\n"
            f"referat: 'Referat 2 – Finanzen'\n---\n"
            f"# {title}\n\n" + textwrap.fill(text, 100) + "\n",
            encoding="utf-8",
        )
        return path

    def ingest(self) -> IngestReport:
        """Ingest, then wait for the notification worker: notices are sent by the worker the
        process attached (as `fundus ingest` and the API do), never by the ingestion itself."""
        report = ingest_paths([self.folder], self.resources, source="test", progress=False)
        assert report.failed == [], report.failed
        if self.notifications is not None:
            self.notifications.drain()
        return report

    def document_id(self, name: str) -> str:
        from core.models import document_id_for

        return document_id_for("test", name)


def world_settings(
    data_dir: Path, model_dir: Path, smtp_port: int, **overrides: object
) -> Settings:
    return Settings(
        data_dir=data_dir,
        model_dir=model_dir,
        qdrant_url=None,
        database_url=None,
        taxonomy_file=TAXONOMY,
        smtp_host="127.0.0.1",
        smtp_port=smtp_port,
        smtp_tls="none",
        smtp_sender="Städtetag Musterland <nachrichtendienst@staedtetag.example>",
        ui_url="https://fundus.example/ui",
        rate_limit_ip=0,
        rate_limit_key=0,
        _env_file=None,  # type: ignore[call-arg]
        **overrides,  # type: ignore[arg-type]
    )


@dataclass
class Template:
    root: Path
    principals: dict[str, Principal]
    keys: dict[str, str]


@pytest.fixture(scope="session")
def world_template(
    tmp_path_factory: pytest.TempPathFactory, model_dir: Path, encoder: Encoder
) -> Template:
    """The background index and the keys, built once; each test works on a copy."""
    root = tmp_path_factory.mktemp("notify-template")
    (root / "eingang").mkdir()
    template = Template(root, {}, {})
    settings = world_settings(root / "data", model_dir, smtp_port=1)
    with Resources(settings, encoder=encoder) as resources:
        world = World(resources, Inbox(), root / "eingang")
        for name, (title, topics, text) in BACKGROUND.items():
            world.write(
                name, title, text, topics=topics, doc_type="Handreichung", date="2025-06-01"
            )
        world.ingest()
        for name, role in (("Stadt Musterstadt", "member"), ("Stadt Lindenau", "member"),
                           ("Geschäftsstelle", "staff")):  # fmt: skip
            info, key = create_key(resources.db, name=name, role=role)
            template.principals[name] = Principal(role=role, name=name, key_id=info.id)  # type: ignore[arg-type]
            template.keys[name] = key
    return template


@pytest.fixture
def world(
    tmp_path: Path,
    model_dir: Path,
    encoder: Encoder,
    smtp_server: tuple[Inbox, int],
    world_template: Template,
) -> Iterator[World]:
    inbox, port = smtp_server
    shutil.copytree(world_template.root, tmp_path / "welt")
    settings = world_settings(tmp_path / "welt" / "data", model_dir, port, notify_top_k=3)
    with Resources(settings, encoder=encoder) as resources:
        notifications = attach_notifications(resources)
        yield World(
            resources,
            inbox,
            tmp_path / "welt" / "eingang",
            dict(world_template.principals),
            dict(world_template.keys),
            notifications,
        )
        notifications.close()

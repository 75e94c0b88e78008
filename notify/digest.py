"""The Nachrichtendienst: the week's circulars and statements, grouped by Referat and topic,
each with its key sentences and a link into the UI, and the Referat's Ansprechpartner.

The same model carries a subscriber's notices and weekly mail, so all mails look alike. What
goes in is decided before: only documents the reader may see are ever passed in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from pydantic import BaseModel, Field
from sqlalchemy import select

from core.models import Document
from core.tables import DocumentRow
from core.taxonomy import Contact, Taxonomy, Verband, load_taxonomy
from core.weeks import IsoWeek
from documents.repository import load_document
from notify.sentences import key_sentences
from runtime.resources import Resources

DIGEST_TYPES = ("Rundschreiben", "Stellungnahme")
NO_TOPIC = "Allgemeines"
OTHER_REFERAT = "Weitere Dokumente"


class DigestEntry(BaseModel):
    document_id: str
    title: str
    doc_type: str
    number: str | None = None
    date: dt.date | None = None
    topics: list[str] = Field(default_factory=list, description="Topic names.")
    url: str
    sentences: list[str] = Field(default_factory=list)
    reasons: list[str] = Field(default_factory=list, description="Subscriptions it matched.")
    updated: bool = False


class TopicSection(BaseModel):
    name: str
    entries: list[DigestEntry]


class ReferatSection(BaseModel):
    name: str
    contact: Contact | None = None
    topics: list[TopicSection]

    @property
    def count(self) -> int:
        return sum(len(t.entries) for t in self.topics)


class Digest(BaseModel):
    title: str
    subtitle: str
    verband: Verband
    recipient: str | None = None
    generated_at: dt.datetime
    ui_url: str
    sections: list[ReferatSection]

    @property
    def count(self) -> int:
        return sum(s.count for s in self.sections)

    def entries(self) -> list[DigestEntry]:
        return [e for s in self.sections for t in s.topics for e in t.entries]


def document_url(ui_url: str, document_id: str) -> str:
    return f"{ui_url.rstrip('/')}/dokument?id={document_id}"


def week_documents(resources: Resources, week: IsoWeek, access: Iterable[str]) -> list[Document]:
    """Circulars and statements dated in the week that this access level may see."""
    with resources.db() as session:
        rows = session.scalars(
            select(DocumentRow).where(
                DocumentRow.state == "indexed",
                DocumentRow.doc_type.in_(DIGEST_TYPES),
                DocumentRow.access.in_(sorted(access)),
            )
        )
        docs = [load_document(r) for r in rows]
    return [d for d in docs if week.contains(d.date)]


def build_digest(
    resources: Resources,
    documents: list[Document],
    *,
    title: str,
    subtitle: str,
    recipient: str | None = None,
    reasons: dict[str, list[str]] | None = None,
    updated: frozenset[str] = frozenset(),
) -> Digest:
    settings = resources.settings
    taxonomy = load_taxonomy(settings.taxonomy_file)
    names = taxonomy.topic_names()
    grouped: dict[tuple[str, str], list[DigestEntry]] = {}
    for doc in documents:
        entry = DigestEntry(
            document_id=doc.id,
            title=doc.title,
            doc_type=doc.doc_type,
            number=doc.number,
            date=doc.date,
            topics=[names.get(t, t) for t in doc.topics],
            url=document_url(settings.ui_url, doc.id),
            sentences=key_sentences(
                doc.text, doc.title, resources.encoder, cache=resources.embedding_cache
            ),
            reasons=(reasons or {}).get(doc.id, []),
            updated=doc.id in updated,
        )
        grouped.setdefault(_place(doc, taxonomy), []).append(entry)
    return Digest(
        title=title,
        subtitle=subtitle,
        verband=taxonomy.verband,
        recipient=recipient,
        generated_at=dt.datetime.now(dt.UTC),
        ui_url=settings.ui_url,
        sections=_sections(grouped, taxonomy),
    )


def _place(doc: Document, taxonomy: Taxonomy) -> tuple[str, str]:
    """(Referat name, topic name): the document's Referat, and its first topic of that Referat
    (a circular of Referat 6 on homelessness and social benefits is filed under Ordnung)."""
    names = taxonomy.topic_names()
    referat = taxonomy.referat_named(doc.referat)
    if referat is None and doc.topics:
        referat = taxonomy.referat_of_topic(doc.topics[0])
    own = {t.id for t in referat.topics} if referat else set()
    topic = next((t for t in doc.topics if t in own), doc.topics[0] if doc.topics else None)
    referat_name = referat.name if referat else (doc.referat or OTHER_REFERAT)
    return referat_name, names.get(topic, topic) if topic else NO_TOPIC


def _sections(
    grouped: dict[tuple[str, str], list[DigestEntry]], taxonomy: Taxonomy
) -> list[ReferatSection]:
    referat_order = {r.name: i for i, r in enumerate(taxonomy.referate)}
    topic_order = {t.name: i for r in taxonomy.referate for i, t in enumerate(r.topics)}
    by_referat: dict[str, dict[str, list[DigestEntry]]] = {}
    for (referat, topic), entries in grouped.items():
        by_referat.setdefault(referat, {})[topic] = entries
    sections = []
    for referat in sorted(by_referat, key=lambda r: (referat_order.get(r, 999), r)):
        topics = by_referat[referat]
        known = taxonomy.referat_named(referat)
        sections.append(
            ReferatSection(
                name=referat,
                contact=known.ansprechpartner if known else None,
                topics=[
                    TopicSection(
                        name=topic,
                        entries=sorted(
                            topics[topic], key=lambda e: (e.date or dt.date.min, e.title)
                        ),
                    )
                    for topic in sorted(topics, key=lambda t: (topic_order.get(t, 999), t))
                ],
            )
        )
    return sections


def nachrichtendienst(
    resources: Resources,
    week: IsoWeek,
    *,
    access: Iterable[str],
    recipient: str | None = None,
    only_subscribed: str | None = None,
) -> Digest:
    """The week's digest at one access level; with `only_subscribed` (an owner, 'user:ID' or
    'key:ID'), only what that owner's subscriptions (topics, Aktenplan nodes, types, saved
    searches) select."""
    docs = week_documents(resources, week, access)
    reasons: dict[str, list[str]] = {}
    if only_subscribed is not None:
        docs, reasons = _subscribed(resources, docs, only_subscribed)
    subtitle = f"{week.label} · {week.start.strftime('%d.%m.')}–{week.end.strftime('%d.%m.%Y')}"
    return build_digest(
        resources,
        docs,
        title="Nachrichtendienst",
        subtitle=subtitle,
        recipient=recipient,
        reasons=reasons,
    )


def _subscribed(
    resources: Resources, docs: list[Document], owner: str
) -> tuple[list[Document], dict[str, list[str]]]:
    from notify.matching import SearcherFactory, matching_documents
    from notify.store import subscribers

    factory = SearcherFactory(resources)
    reasons: dict[str, list[str]] = {}
    for subscriber in subscribers(resources.db, owner=owner):
        for doc in matching_documents(subscriber, docs, factory, resources.settings.notify_top_k):
            reasons.setdefault(doc.id, []).append(subscriber.subscription.name)
    return [d for d in docs if d.id in reasons], reasons

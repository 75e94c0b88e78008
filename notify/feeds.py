"""Atom feeds per topic and per subscription, for feed readers and intranet portals.

Feed readers cannot send an Authorization header, so a subscription's secret token in the URL
stands for its owner's key: the feed shows what that key may see, never more.
"""

from __future__ import annotations

import datetime as dt
from xml.etree import ElementTree as ET

from pydantic import BaseModel
from sqlalchemy import select

from core.models import Document
from core.tables import DocumentRow
from documents.repository import load_documents
from notify.digest import document_url
from notify.matching import SearcherFactory, passes_filters, ranked_ids
from notify.sentences import key_sentences
from notify.store import Subscriber
from runtime.resources import Resources

ATOM_NS = "http://www.w3.org/2005/Atom"
ATOM_MEDIA_TYPE = "application/atom+xml"
FEED_SIZE = 20


class FeedEntry(BaseModel):
    id: str
    title: str
    updated: dt.datetime
    link: str
    summary: str
    categories: list[str]


def _when(doc: Document, updated_at: dt.datetime | None) -> dt.datetime:
    """The entry's date: the document's own date (what readers sort by), else when it was
    indexed."""
    if doc.date:
        return dt.datetime.combine(doc.date, dt.time(), tzinfo=dt.UTC)
    moment = updated_at or dt.datetime.now(dt.UTC)
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _visible(resources: Resources, access: frozenset[str]) -> list[Document]:
    """Metadata of every document this access level may see (text left out: a feed needs the
    text of its few newest entries only)."""
    with resources.db() as session:
        metas = session.scalars(
            select(DocumentRow.meta).where(
                DocumentRow.state == "indexed", DocumentRow.access.in_(sorted(access))
            )
        ).all()
    return [Document.model_validate({**meta, "text": ""}) for meta in metas]


def _newest(resources: Resources, docs: list[Document]) -> list[Document]:
    docs = sorted(docs, key=lambda d: d.date or dt.date.min, reverse=True)[:FEED_SIZE]
    by_id = {d.id: d for d in load_documents(resources, [d.id for d in docs])}
    return [by_id[d.id] for d in docs if d.id in by_id]


def topic_documents(resources: Resources, access: frozenset[str], topic: str) -> list[Document]:
    """The newest visible documents of a topic, newest first."""
    return _newest(resources, [d for d in _visible(resources, access) if topic in d.topics])


def subscription_documents(resources: Resources, subscriber: Subscriber) -> list[Document]:
    """What the subscription selects now, newest first: a saved search's top results (the
    same top k that decides its notices), or the newest documents its filters let through."""
    sub = subscriber.subscription
    if sub.query:
        top_k = resources.settings.notify_top_k
        ids = ranked_ids(SearcherFactory(resources)(), subscriber, top_k)
        docs = [d for d in load_documents(resources, ids) if d.access in subscriber.access]
        return sorted(docs, key=lambda d: d.date or dt.date.min, reverse=True)
    visible = _visible(resources, subscriber.access)
    return _newest(resources, [d for d in visible if passes_filters(d, sub.filters)])


def entries(resources: Resources, docs: list[Document], names: dict[str, str]) -> list[FeedEntry]:
    with resources.db() as session:
        updated = dict(
            session.execute(
                select(DocumentRow.id, DocumentRow.updated_at).where(
                    DocumentRow.id.in_([d.id for d in docs])
                )
            ).all()
        )
    out = []
    for doc in docs:
        sentences = key_sentences(
            doc.text, doc.title, resources.encoder, cache=resources.embedding_cache
        )
        meta = " · ".join(
            part
            for part in (
                doc.number or doc.doc_type,
                doc.date.strftime("%d.%m.%Y") if doc.date else "",
            )
            if part
        )
        out.append(
            FeedEntry(
                id=f"urn:uuid:{doc.id}",
                title=doc.title,
                updated=_when(doc, updated.get(doc.id)),
                link=document_url(resources.settings.ui_url, doc.id),
                summary="\n".join([meta, *(" ".join(s.split()) for s in sentences)]),
                categories=[names.get(t, t) for t in doc.topics],
            )
        )
    return out


def atom(
    *, feed_id: str, title: str, self_url: str, alternate: str, items: list[FeedEntry]
) -> bytes:
    """Atom 1.0 (RFC 4287); ElementTree escapes everything the documents bring."""
    ET.register_namespace("", ATOM_NS)

    def sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
        element = ET.SubElement(parent, f"{{{ATOM_NS}}}{tag}", attrs)
        if text is not None:
            element.text = text
        return element

    feed = ET.Element(f"{{{ATOM_NS}}}feed", {"xml:lang": "de"})
    sub(feed, "id", feed_id)
    sub(feed, "title", title)
    newest = max((e.updated for e in items), default=dt.datetime(2000, 1, 1, tzinfo=dt.UTC))
    sub(feed, "updated", newest.isoformat())
    sub(feed, "link", rel="self", href=self_url, type=ATOM_MEDIA_TYPE)
    sub(feed, "link", rel="alternate", href=alternate, type="text/html")
    author = sub(feed, "author")
    sub(author, "name", "Fundus")
    sub(feed, "generator", "Fundus")
    for item in items:
        entry = sub(feed, "entry")
        sub(entry, "id", item.id)
        sub(entry, "title", item.title)
        sub(entry, "updated", item.updated.isoformat())
        sub(entry, "link", rel="alternate", href=item.link, type="text/html")
        sub(entry, "summary", item.summary, type="text")
        for category in item.categories:
            sub(entry, "category", term=category)
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)

"""Atom feeds per topic and per subscription. Feed readers cannot send headers, so `token`
(a subscription's secret, see POST /subscriptions) opens that one subscription's feed, and the
topic feeds of the topics it subscribes, at its owner's level; without one the usual
Authorization header applies, and without that only public documents appear. The token never
reaches the logs (search_api/http/redact.py)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Path, Query, Request, Response
from starlette.concurrency import run_in_threadpool

from core.access import levels_for
from core.errors import NotFound
from core.taxonomy import load_taxonomy
from notify.feeds import ATOM_MEDIA_TYPE, atom, entries, subscription_documents, topic_documents
from notify.store import subscriber_by_token
from search_api.http.auth import get_principal
from search_api.http.deps import ResourcesDep

router = APIRouter(prefix="/feeds", tags=["Feeds"])
_ATOM: dict[int | str, dict[str, Any]] = {
    200: {"content": {ATOM_MEDIA_TYPE: {}}, "description": "Atom-Feed (RFC 4287)"}
}
Token = Query(default=None, max_length=64, description="Geheimnis eines Abos (für Feed-Reader).")


def _feed(content: bytes) -> Response:
    return Response(content, media_type=f"{ATOM_MEDIA_TYPE}; charset=utf-8")


@router.get("/topics/{topic}.atom", response_class=Response, responses=_ATOM)
async def topic_feed(
    request: Request,
    resources: ResourcesDep,
    topic: str = Path(max_length=100, description="Themen-ID, z. B. grundsteuer."),
    token: str | None = Token,
) -> Response:
    """The newest documents of a topic the reader may see."""
    if token:
        subscriber = subscriber_by_token(resources.db, token)
        if subscriber is None or topic not in subscriber.subscription.filters.topics:
            raise NotFound("Feed nicht gefunden.")
        access = subscriber.access
    else:
        access = levels_for(get_principal(request).role)
    names = load_taxonomy(resources.settings.taxonomy_file).topic_names()
    if topic not in names:
        raise NotFound("Thema nicht gefunden.")

    def build() -> bytes:
        docs = topic_documents(resources, access, topic)
        return atom(
            feed_id=f"urn:fundus:thema:{topic}",
            title=f"Fundus – {names[topic]}",
            self_url=str(request.url),
            alternate=f"{resources.settings.ui_url.rstrip('/')}/themen",
            items=entries(resources, docs, names),
        )

    return _feed(await run_in_threadpool(build))


@router.get("/searches/{subscription_id}.atom", response_class=Response, responses=_ATOM)
async def subscription_feed(
    request: Request,
    resources: ResourcesDep,
    subscription_id: int = Path(ge=1, le=2**31 - 1),
    token: str = Query(min_length=1, max_length=64, description="Geheimnis des Abos."),
) -> Response:
    """What a subscription selects now: a saved search's top results, or the newest documents
    of its topics, Aktenplan node or types; at the owning key's access level."""
    subscriber = subscriber_by_token(resources.db, token)
    if subscriber is None or subscriber.subscription.id != subscription_id:
        raise NotFound("Feed nicht gefunden.")
    names = load_taxonomy(resources.settings.taxonomy_file).topic_names()

    def build() -> bytes:
        docs = subscription_documents(resources, subscriber)
        return atom(
            feed_id=f"urn:fundus:abo:{subscription_id}",
            title=f"Fundus – {subscriber.subscription.name}",
            self_url=str(request.url),
            alternate=f"{resources.settings.ui_url.rstrip('/')}/abos",
            items=entries(resources, docs, names),
        )

    return _feed(await run_in_threadpool(build))

"""Abos: a person's subscriptions (or a machine's, for an API key). Every operation sees only
the caller's own subscriptions (someone else's answer 404, as if they did not exist)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Path

from core.keys import Principal
from core.taxonomy import load_taxonomy
from notify import store
from notify.models import Subscription, SubscriptionCreate
from search_api.http.auth import Unauthorized
from search_api.http.deps import PrincipalDep, ResourcesDep
from search_api.http.schemas import Problem

router = APIRouter(prefix="/subscriptions", tags=["Abos"])
SubscriptionId = Path(ge=1, le=2**31 - 1, description="Nummer des Abos.")


def _owner(principal: Principal) -> str:
    if principal.owner is None:
        raise Unauthorized("Abos gehören zu einer Person. Bitte melden Sie sich an.")
    return principal.owner


_TOO_MANY: dict[int | str, dict[str, Any]] = {
    409: {
        "model": Problem,
        "description": f"Höchstens {store.MAX_PER_KEY} Abos je Person oder Schlüssel",
        "content": {"application/problem+json": {}},
    }
}


@router.post("", response_model=Subscription, status_code=201, responses=_TOO_MANY)
def create(
    body: SubscriptionCreate, resources: ResourcesDep, principal: PrincipalDep
) -> Subscription:
    """Subscribe to topics, an Aktenplan node, document types or a saved search (`query`).

    `mode` "sofort" mails each new match right after indexing; "woechentlich" collects them
    for the weekly mail. The answer's `feed_path` is the subscription's Atom feed (with its
    secret token, shown only now: treat the address like a password).
    """
    _owner(principal)
    taxonomy = load_taxonomy(resources.settings.taxonomy_file)
    return store.create_subscription(resources.db, principal, body, taxonomy)


@router.get("", response_model=list[Subscription])
def list_own(resources: ResourcesDep, principal: PrincipalDep) -> list[Subscription]:
    """The caller's subscriptions."""
    return store.list_subscriptions(resources.db, _owner(principal))


@router.get("/{subscription_id}", response_model=Subscription)
def get_one(
    resources: ResourcesDep, principal: PrincipalDep, subscription_id: int = SubscriptionId
) -> Subscription:
    return store.get_subscription(resources.db, _owner(principal), subscription_id)


@router.delete("/{subscription_id}", status_code=204)
def delete(
    resources: ResourcesDep, principal: PrincipalDep, subscription_id: int = SubscriptionId
) -> None:
    """Unsubscribe: no further mail, also none of what was waiting for the weekly mail."""
    store.delete_subscription(resources.db, _owner(principal), subscription_id)


@router.post("/{subscription_id}/feed-token", response_model=Subscription)
def renew_feed_token(
    resources: ResourcesDep, principal: PrincipalDep, subscription_id: int = SubscriptionId
) -> Subscription:
    """A new secret feed address for this subscription; the old one stops working at once.
    The address is shown only in this answer (the server keeps a hash)."""
    return store.renew_feed_token(resources.db, _owner(principal), subscription_id)

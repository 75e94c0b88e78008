"""Subscriptions in the relational store. Every read and delete is scoped to the owning key,
so a member can only ever see and end their own subscriptions."""

from __future__ import annotations

import datetime as dt
import re
import secrets
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import sessionmaker

from core.access import levels_for
from core.errors import FundusError, InvalidRequest, NotFound
from core.keys import Principal
from core.models import SearchFilters
from core.tables import ApiKeyRow, SubscriptionMatchRow, SubscriptionRow
from core.taxonomy import Taxonomy
from notify.models import EMAIL_PATTERN, Subscription, SubscriptionCreate

MAX_PER_KEY = 50
_EMAIL = re.compile(EMAIL_PATTERN)


class TooManySubscriptions(FundusError):
    status = 409
    title = "Zu viele Abos"


@dataclass(frozen=True)
class Subscriber:
    """A subscription with what its owner may see (looked up fresh: a role can change)."""

    subscription: Subscription
    key_id: int
    role: str
    access: frozenset[str]


def _out(row: SubscriptionRow) -> Subscription:
    return Subscription(
        id=row.id,
        name=row.name,
        query=row.query,
        filters=SearchFilters.model_validate(row.filters or {}),
        email=row.email,
        mode=row.mode,  # type: ignore[arg-type]
        created_at=_aware(row.created_at),
        token=row.token,
        feed_path=f"/feeds/searches/{row.id}.atom?token={row.token}",
    )


def _aware(moment: dt.datetime) -> dt.datetime:
    """SQLite hands back naive datetimes; they were written in UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def require_key(principal: Principal) -> int:
    if principal.key_id is None:
        raise InvalidRequest(
            "Abos gehören zu einem API-Schlüssel. Bitte melden Sie sich mit Ihrem Schlüssel an."
        )
    return principal.key_id


def validate(data: SubscriptionCreate, taxonomy: Taxonomy) -> None:
    """German reasons for what the schema does not say. Topics and Aktenplan nodes must exist
    (404 like any unknown resource): a typo would otherwise be an Abo that never reports."""
    if not _EMAIL.match(data.email):
        raise InvalidRequest(f"„{data.email}“ ist keine gültige E-Mail-Adresse.")
    f = data.filters
    known = taxonomy.topic_names()
    unknown = [t for t in f.topics if t not in known]
    if known and unknown:
        raise NotFound(f"Unbekanntes Thema: {', '.join(unknown)}.")
    codes = taxonomy.aktenplan_codes()
    if codes and f.aktenplan and f.aktenplan not in codes:
        raise NotFound(f"Unbekannter Aktenplan-Knoten: {f.aktenplan}.")


def create_subscription(
    db: sessionmaker, principal: Principal, data: SubscriptionCreate, taxonomy: Taxonomy
) -> Subscription:
    key_id = require_key(principal)
    validate(data, taxonomy)
    with db.begin() as session:
        count = session.scalar(
            select(func.count())
            .select_from(SubscriptionRow)
            .where(SubscriptionRow.key_id == key_id)
        )
        if (count or 0) >= MAX_PER_KEY:
            raise TooManySubscriptions(f"Höchstens {MAX_PER_KEY} Abos je Schlüssel.")
        row = SubscriptionRow(
            key_id=key_id,
            name=data.name,
            query=data.query,
            filters=data.filters.model_dump(mode="json", exclude_defaults=True),
            email=data.email,
            mode=data.mode,
            token=secrets.token_urlsafe(24),
        )
        session.add(row)
        session.flush()
        return _out(row)


def list_subscriptions(db: sessionmaker, key_id: int) -> list[Subscription]:
    with db() as session:
        rows = session.scalars(
            select(SubscriptionRow)
            .where(SubscriptionRow.key_id == key_id)
            .order_by(SubscriptionRow.id)
        )
        return [_out(r) for r in rows]


def get_subscription(db: sessionmaker, key_id: int, subscription_id: int) -> Subscription:
    with db() as session:
        row = session.get(SubscriptionRow, subscription_id)
        if row is None or row.key_id != key_id:
            raise NotFound("Abo nicht gefunden.")
        return _out(row)


def delete_subscription(db: sessionmaker, key_id: int, subscription_id: int) -> None:
    """Matches go with it (explicitly: SQLite does not enforce foreign keys here), so nothing
    still waiting for the weekly mail is sent after unsubscribing."""
    with db.begin() as session:
        row = session.get(SubscriptionRow, subscription_id)
        if row is None or row.key_id != key_id:
            raise NotFound("Abo nicht gefunden.")
        session.execute(
            delete(SubscriptionMatchRow).where(
                SubscriptionMatchRow.subscription_id == subscription_id
            )
        )
        session.delete(row)


def subscribers(db: sessionmaker, *, key_id: int | None = None) -> list[Subscriber]:
    """Subscriptions of active keys with their owners' current access; revoked keys' are
    skipped, so revoking a key also stops its mail and feeds."""
    query = (
        select(SubscriptionRow, ApiKeyRow.role)
        .join(ApiKeyRow, ApiKeyRow.id == SubscriptionRow.key_id)
        .where(ApiKeyRow.revoked_at.is_(None))
        .order_by(SubscriptionRow.id)
    )
    if key_id is not None:
        query = query.where(SubscriptionRow.key_id == key_id)
    with db() as session:
        rows = session.execute(query).all()
    return [Subscriber(_out(row), row.key_id, role, levels_for(role)) for row, role in rows]


def subscriber_by_token(db: sessionmaker, token: str) -> Subscriber | None:
    """The subscription a feed token belongs to (None for unknown tokens or revoked keys)."""
    if not token or len(token) > 64:
        return None
    with db() as session:
        row = session.execute(
            select(SubscriptionRow, ApiKeyRow.role)
            .join(ApiKeyRow, ApiKeyRow.id == SubscriptionRow.key_id)
            .where(SubscriptionRow.token == token, ApiKeyRow.revoked_at.is_(None))
        ).first()
    if row is None or not secrets.compare_digest(row[0].token, token):
        return None
    sub, role = row
    return Subscriber(_out(sub), sub.key_id, role, levels_for(role))


def principal_by_key_name(db: sessionmaker, name: str) -> Principal:
    """For `fundus digest --member NAME`: the member's active key."""
    with db() as session:
        row = session.scalar(
            select(ApiKeyRow)
            .where(ApiKeyRow.name == name, ApiKeyRow.revoked_at.is_(None))
            .order_by(ApiKeyRow.id.desc())
        )
    if row is None:
        raise NotFound(f"Kein aktiver Schlüssel „{name}“.")
    return Principal(role=row.role, name=row.name, key_id=row.id)  # type: ignore[arg-type]

"""Subscriptions in the relational store. Every read and delete is scoped to the owner (a
signed-in person or an API key), so nobody can see or end another's subscriptions."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import secrets
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, delete, func, or_, select
from sqlalchemy.orm import sessionmaker

from core.access import levels_for
from core.errors import FundusError, InvalidRequest, NotFound
from core.keys import Principal
from core.models import SearchFilters
from core.tables import ApiKeyRow, OrganisationRow, SubscriptionMatchRow, SubscriptionRow, UserRow
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
    owner: str  # 'user:ID' or 'key:ID'
    role: str
    access: frozenset[str]


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _owner_of(row: SubscriptionRow) -> str:
    return f"user:{row.user_id}" if row.user_id is not None else f"key:{row.key_id}"


def _owned_by(owner: str) -> ColumnElement[bool]:
    kind, _, number = owner.partition(":")
    column = SubscriptionRow.user_id if kind == "user" else SubscriptionRow.key_id
    return column == int(number)


def _out(row: SubscriptionRow, token: str | None = None) -> Subscription:
    """`token` only right after it was made: the database keeps its hash alone."""
    return Subscription(
        id=row.id,
        name=row.name,
        query=row.query,
        filters=SearchFilters.model_validate(row.filters or {}),
        email=row.email,
        mode=row.mode,  # type: ignore[arg-type]
        created_at=_aware(row.created_at),
        token=token,
        feed_path=f"/feeds/searches/{row.id}.atom?token={token}" if token else None,
    )


def _aware(moment: dt.datetime) -> dt.datetime:
    """SQLite hands back naive datetimes; they were written in UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def require_owner(principal: Principal) -> str:
    if principal.owner is None:
        raise InvalidRequest("Abos gehören zu einer Person. Bitte melden Sie sich an.")
    return principal.owner


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
    owner = require_owner(principal)
    validate(data, taxonomy)
    token = secrets.token_urlsafe(24)
    with db.begin() as session:
        count = session.scalar(
            select(func.count()).select_from(SubscriptionRow).where(_owned_by(owner))
        )
        if (count or 0) >= MAX_PER_KEY:
            raise TooManySubscriptions(f"Höchstens {MAX_PER_KEY} Abos je Person oder Schlüssel.")
        row = SubscriptionRow(
            key_id=principal.key_id if principal.user_id is None else None,
            user_id=principal.user_id,
            name=data.name,
            query=data.query,
            filters=data.filters.model_dump(mode="json", exclude_defaults=True),
            email=data.email,
            mode=data.mode,
            token_hash=hash_token(token),
        )
        session.add(row)
        session.flush()
        return _out(row, token)


def list_subscriptions(db: sessionmaker, owner: str) -> list[Subscription]:
    with db() as session:
        rows = session.scalars(
            select(SubscriptionRow).where(_owned_by(owner)).order_by(SubscriptionRow.id)
        )
        return [_out(r) for r in rows]


def get_subscription(db: sessionmaker, owner: str, subscription_id: int) -> Subscription:
    with db() as session:
        row = session.get(SubscriptionRow, subscription_id)
        if row is None or _owner_of(row) != owner:
            raise NotFound("Abo nicht gefunden.")
        return _out(row)


def renew_feed_token(db: sessionmaker, owner: str, subscription_id: int) -> Subscription:
    """A new feed secret (the old address stops working); shown this once."""
    token = secrets.token_urlsafe(24)
    with db.begin() as session:
        row = session.get(SubscriptionRow, subscription_id)
        if row is None or _owner_of(row) != owner:
            raise NotFound("Abo nicht gefunden.")
        row.token_hash = hash_token(token)
        return _out(row, token)


def delete_subscription(db: sessionmaker, owner: str, subscription_id: int) -> None:
    """Matches go with it (explicitly: SQLite does not enforce foreign keys here), so nothing
    still waiting for the weekly mail is sent after unsubscribing."""
    with db.begin() as session:
        row = session.get(SubscriptionRow, subscription_id)
        if row is None or _owner_of(row) != owner:
            raise NotFound("Abo nicht gefunden.")
        session.execute(
            delete(SubscriptionMatchRow).where(
                SubscriptionMatchRow.subscription_id == subscription_id
            )
        )
        session.delete(row)


def _active_owners():  # type: ignore[no-untyped-def]
    """Subscriptions with their owner's current role: keys not revoked, people active."""
    return (
        select(SubscriptionRow, func.coalesce(UserRow.role, ApiKeyRow.role))
        .outerjoin(ApiKeyRow, ApiKeyRow.id == SubscriptionRow.key_id)
        .outerjoin(UserRow, UserRow.id == SubscriptionRow.user_id)
        .where(
            or_(
                and_(SubscriptionRow.key_id.is_not(None), ApiKeyRow.revoked_at.is_(None)),
                and_(SubscriptionRow.user_id.is_not(None), UserRow.state == "active"),
            )
        )
    )


def subscribers(db: sessionmaker, *, owner: str | None = None) -> list[Subscriber]:
    """Subscriptions of active owners with their current access; a revoked key's or a disabled
    person's are skipped, so that also stops their mail and feeds."""
    query = _active_owners().order_by(SubscriptionRow.id)
    if owner is not None:
        query = query.where(_owned_by(owner))
    with db() as session:
        rows = session.execute(query).all()
    return [Subscriber(_out(row), _owner_of(row), role, levels_for(role)) for row, role in rows]


def subscriber_by_token(db: sessionmaker, token: str) -> Subscriber | None:
    """The one subscription a feed token belongs to (None for unknown tokens, revoked keys
    or disabled people). The token is looked up by its hash."""
    if not token or len(token) > 64:
        return None
    with db() as session:
        row = session.execute(
            _active_owners().where(SubscriptionRow.token_hash == hash_token(token))
        ).first()
    if row is None:
        return None
    sub, role = row
    return Subscriber(_out(sub), _owner_of(sub), role, levels_for(role))


def principal_by_key_name(db: sessionmaker, name: str) -> Principal:
    """For `fundus digest --member NAME`: the member's active key, or an active person by
    e-mail address."""
    with db() as session:
        user = session.execute(
            select(UserRow, OrganisationRow.name)
            .join(OrganisationRow, OrganisationRow.id == UserRow.organisation_id)
            .where(func.lower(UserRow.email) == name.strip().lower(), UserRow.state == "active")
        ).first()
        if user is not None:
            person, organisation = user
            return Principal(
                role=person.role,  # type: ignore[arg-type]
                name=person.name,
                user_id=person.id,
                organisation=organisation,
            )
        row = session.scalar(
            select(ApiKeyRow)
            .where(ApiKeyRow.name == name, ApiKeyRow.revoked_at.is_(None))
            .order_by(ApiKeyRow.id.desc())
        )
    if row is None:
        raise NotFound(f"Kein aktiver Schlüssel und keine aktive Person „{name}“.")
    return Principal(role=row.role, name=row.name, key_id=row.id)  # type: ignore[arg-type]

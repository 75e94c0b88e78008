"""People and their organisations: create, invite, list, change role, disable, delete.

Deleting a person removes their personal data and subscriptions; what others need to keep
(edit history, drafts) is re-labelled with a pseudonym, and the audit log only ever held one."""

from __future__ import annotations

import datetime as dt
import re

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session, sessionmaker

from accounts import audit
from accounts.passwords import hash_password
from core.errors import FundusError, InvalidRequest, NotFound
from core.people import (
    ORGANISATION_KINDS,
    USER_ROLES,
    Organisation,
    OrganisationCreate,
    User,
    UserCreate,
)
from core.tables import (
    DraftRow,
    EditRow,
    OrganisationRow,
    SubscriptionMatchRow,
    SubscriptionRow,
    UserLinkRow,
    UserRow,
    UserSessionRow,
)
from notify.models import EMAIL_PATTERN

_EMAIL = re.compile(EMAIL_PATTERN)


class Conflict(FundusError):
    status = 409
    title = "Schon vorhanden"


def _aware(moment: dt.datetime | None) -> dt.datetime | None:
    if moment is None:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def to_user(row: UserRow, organisation: OrganisationRow) -> User:
    return User(
        id=row.id,
        email=row.email,
        name=row.name,
        organisation=Organisation(
            id=organisation.id,
            name=organisation.name,
            kind=organisation.kind,  # type: ignore[arg-type]
        ),
        role=row.role,  # type: ignore[arg-type]
        state=row.state,  # type: ignore[arg-type]
        auth_source=row.auth_source,  # type: ignore[arg-type]
        created_at=_aware(row.created_at),  # type: ignore[arg-type]
        last_sign_in_at=_aware(row.last_sign_in_at),
    )


def load(session: Session, user_id: int) -> User:
    row = session.get(UserRow, user_id)
    if row is None:
        raise NotFound("Person nicht gefunden.")
    return to_user(row, session.get_one(OrganisationRow, row.organisation_id))


def organisation_row(session: Session, name: str, kind: str | None = None) -> OrganisationRow:
    """The organisation of that name, created (with `kind`, default Stadt) when missing."""
    clean = " ".join(name.split())
    if not clean:
        raise InvalidRequest("Eine Person gehört zu einer Organisation.")
    row = session.scalar(select(OrganisationRow).where(OrganisationRow.name == clean))
    if row is None:
        kind = kind or ("Geschäftsstelle" if clean == "Geschäftsstelle" else "Stadt")
        if kind not in ORGANISATION_KINDS:
            raise InvalidRequest(
                f"Unbekannte Art „{kind}“, erlaubt: {', '.join(ORGANISATION_KINDS)}."
            )
        row = OrganisationRow(name=clean, kind=kind)
        session.add(row)
        session.flush()
    return row


def create_organisation(db: sessionmaker, data: OrganisationCreate) -> Organisation:
    with db.begin() as session:
        row = organisation_row(session, data.name, data.kind)
        return Organisation(id=row.id, name=row.name, kind=row.kind)  # type: ignore[arg-type]


def list_organisations(db: sessionmaker) -> list[Organisation]:
    with db() as session:
        rows = session.scalars(select(OrganisationRow).order_by(OrganisationRow.name))
        return [Organisation(id=r.id, name=r.name, kind=r.kind) for r in rows]  # type: ignore[arg-type]


def normal_email(email: str) -> str:
    clean = email.strip().lower()
    if not _EMAIL.match(clean):
        raise InvalidRequest(f"„{email}“ ist keine gültige E-Mail-Adresse.")
    return clean


def create_user(
    db: sessionmaker,
    data: UserCreate,
    *,
    actor: str | None,
    auth_source: str = "local",
    external_id: str | None = None,
) -> User:
    """A local account is active at once when it gets a password, else invited."""
    email = normal_email(data.email)
    if data.role not in USER_ROLES:
        raise InvalidRequest(f"Unbekannte Rolle '{data.role}', erlaubt: {', '.join(USER_ROLES)}.")
    password_hash = hash_password(data.password) if data.password else None
    with db.begin() as session:
        if session.scalar(select(UserRow.id).where(UserRow.email == email)) is not None:
            raise Conflict("Für diese E-Mail-Adresse gibt es schon ein Konto.")
        organisation = organisation_row(session, data.organisation, data.organisation_kind)
        active = password_hash is not None or auth_source != "local"
        row = UserRow(
            email=email,
            name=" ".join(data.name.split()),
            organisation_id=organisation.id,
            role=data.role,
            state="active" if active else "invited",
            password_hash=password_hash,
            auth_source=auth_source,
            external_id=external_id,
        )
        session.add(row)
        session.flush()
        audit.record(
            session, "user.created", actor=actor, subject=f"user:{row.id}", role=row.role,
            state=row.state, source=auth_source,
        )  # fmt: skip
        return to_user(row, organisation)


def list_users(db: sessionmaker) -> list[User]:
    with db() as session:
        rows = session.execute(
            select(UserRow, OrganisationRow)
            .join(OrganisationRow, OrganisationRow.id == UserRow.organisation_id)
            .order_by(OrganisationRow.name, UserRow.name)
        ).all()
        return [to_user(user, organisation) for user, organisation in rows]


def find(db: sessionmaker, email_or_id: str) -> User:
    with db() as session:
        if email_or_id.isdigit():
            return load(session, int(email_or_id))
        user_id = session.scalar(
            select(UserRow.id).where(UserRow.email == email_or_id.strip().lower())
        )
        if user_id is None:
            raise NotFound("Person nicht gefunden.")
        return load(session, user_id)


def update_user(
    db: sessionmaker,
    user_id: int,
    *,
    actor: str | None,
    role: str | None = None,
    state: str | None = None,
) -> User:
    """Change role or state; disabling ends the person's sessions at once."""
    with db.begin() as session:
        row = session.get(UserRow, user_id)
        if row is None:
            raise NotFound("Person nicht gefunden.")
        if role is not None and role != row.role:
            if role not in USER_ROLES:
                raise InvalidRequest(f"Unbekannte Rolle '{role}'.")
            audit.record(
                session, "user.role", actor=actor, subject=f"user:{row.id}", old=row.role, new=role
            )
            row.role = role
        if state is not None and state != row.state:
            if state not in ("active", "disabled"):
                raise InvalidRequest(f"Unbekannter Zustand '{state}'.")
            if state == "active" and row.auth_source == "local" and not row.password_hash:
                raise InvalidRequest("Eingeladene Personen werden mit ihrem Einladungslink aktiv.")
            audit.record(
                session, "user.state", actor=actor, subject=f"user:{row.id}", old=row.state,
                new=state,
            )  # fmt: skip
            row.state = state
            if state == "disabled":
                session.execute(delete(UserSessionRow).where(UserSessionRow.user_id == row.id))
        return to_user(row, session.get_one(OrganisationRow, row.organisation_id))


def delete_user(db: sessionmaker, user_id: int, *, actor: str | None) -> None:
    """DSGVO erasure: the account, its sessions, links and subscriptions go; edit history and
    drafts keep a pseudonym instead of the name; the audit log keeps `user:ID` only."""
    with db.begin() as session:
        row = session.get(UserRow, user_id)
        if row is None:
            raise NotFound("Person nicht gefunden.")
        pseudonym = f"gelöschte Person {row.id}"
        subscription_ids = list(
            session.scalars(select(SubscriptionRow.id).where(SubscriptionRow.user_id == row.id))
        )
        if subscription_ids:
            session.execute(
                delete(SubscriptionMatchRow).where(
                    SubscriptionMatchRow.subscription_id.in_(subscription_ids)
                )
            )
            session.execute(delete(SubscriptionRow).where(SubscriptionRow.id.in_(subscription_ids)))
        session.execute(delete(UserSessionRow).where(UserSessionRow.user_id == row.id))
        session.execute(delete(UserLinkRow).where(UserLinkRow.user_id == row.id))
        session.execute(update(EditRow).where(EditRow.editor == row.name).values(editor=pseudonym))
        session.execute(
            update(DraftRow).where(DraftRow.created_by == row.name).values(created_by=pseudonym)
        )
        session.execute(
            update(DraftRow).where(DraftRow.confirmed_by == row.name).values(confirmed_by=pseudonym)
        )
        audit.record(session, "user.deleted", actor=actor, subject=f"user:{row.id}")
        session.delete(row)


def count_users(db: sessionmaker) -> int:
    with db() as session:
        return int(session.scalar(select(func.count()).select_from(UserRow)) or 0)

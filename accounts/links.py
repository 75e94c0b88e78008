"""One-time links: invitations, password resets and the OIDC hand-over to the UI.

A link carries a random token; the database keeps its SHA-256, an expiry
(`FUNDUS_LINK_VALID_HOURS`; 2 minutes for the OIDC hand-over) and when it was used. Redeeming
marks it used in the same transaction that sets the password, so a link works once."""

from __future__ import annotations

import datetime as dt
import secrets
from typing import Literal
from urllib.parse import urlencode

from sqlalchemy import delete, select
from sqlalchemy.orm import sessionmaker

from accounts import audit
from accounts.passwords import hash_password
from accounts.users import load
from core.errors import FundusError, NotFound
from core.people import User
from core.settings import Settings
from core.tables import UserLinkRow, UserRow
from notify.mailer import OutgoingMail, mail_configured, send_mails

Purpose = Literal["invite", "reset", "oidc"]
HANDOVER_S = 120


class LinkInvalid(FundusError):
    """Unknown, used or expired: 404, like anything that is not (or no longer) there."""

    status = 404
    title = "Link ungültig"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _aware(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _hash(token: str) -> str:
    from accounts.sessions import token_hash

    return token_hash(token)


def issue(db: sessionmaker, settings: Settings, user_id: int, purpose: Purpose) -> str:
    """A new token for `purpose`; earlier unused ones of the same purpose stop working."""
    token = secrets.token_urlsafe(32)
    valid = (
        dt.timedelta(seconds=HANDOVER_S)
        if purpose == "oidc"
        else dt.timedelta(hours=settings.link_valid_hours)
    )
    with db.begin() as session:
        session.execute(
            delete(UserLinkRow).where(
                UserLinkRow.user_id == user_id, UserLinkRow.purpose == purpose
            )
        )
        session.add(
            UserLinkRow(
                token_hash=_hash(token), user_id=user_id, purpose=purpose, expires_at=_now() + valid
            )
        )
    return token


def link_url(settings: Settings, purpose: Purpose, token: str) -> str:
    """Where the link leads: the UI's sign-in page, which asks for the new password."""
    return f"{settings.ui_url.rstrip('/')}/anmelden?{urlencode({str(purpose): token})}"


def consume(db: sessionmaker, token: str, purposes: tuple[Purpose, ...]) -> int:
    """The user id of a valid, unused link of one of `purposes`; marks it used."""
    with db.begin() as session:
        row = session.get(UserLinkRow, _hash(token))
        if row is None or row.purpose not in purposes:
            raise LinkInvalid("Dieser Link ist unbekannt. Bitte einen neuen anfordern.")
        if row.used_at is not None:
            raise LinkInvalid("Dieser Link wurde schon benutzt. Bitte einen neuen anfordern.")
        if _aware(row.expires_at) < _now():
            raise LinkInvalid("Dieser Link ist abgelaufen. Bitte einen neuen anfordern.")
        row.used_at = _now()
        return row.user_id


def redeem(db: sessionmaker, token: str, password: str) -> User:
    """Accept an invitation or reset a password: set it, activate the account."""
    new_hash = hash_password(password)  # the rule first: a short password keeps the link
    user_id = consume(db, token, ("invite", "reset"))
    with db.begin() as session:
        row = session.get(UserRow, user_id)
        if row is None or row.state == "disabled":
            raise LinkInvalid("Dieses Konto ist gesperrt.")
        row.password_hash = new_hash
        was = row.state
        row.state = "active"
        audit.record(
            session, "user.password", actor=f"user:{row.id}", subject=f"user:{row.id}", was=was
        )
        return load(session, row.id)


def send_link(settings: Settings, user: User, purpose: Purpose, token: str) -> bool:
    """Mail the link; False when no SMTP server is configured (the caller shows the link)."""
    if not mail_configured(settings):
        return False
    url = link_url(settings, purpose, token)
    hours = settings.link_valid_hours
    if purpose == "invite":
        subject = "Einladung zu Fundus"
        lead = (
            f"Guten Tag {user.name},\n\nSie wurden zu Fundus eingeladen "
            f"({user.organisation.name}). Über diesen Link legen Sie Ihr Passwort fest:"
        )
    else:
        subject = "Fundus: Passwort zurücksetzen"
        lead = f"Guten Tag {user.name},\n\nüber diesen Link legen Sie ein neues Passwort fest:"
    tail = (
        f"Der Link gilt {hours} Stunden und nur einmal. Wenn Sie ihn nicht angefordert haben, "
        "können Sie diese Nachricht ignorieren."
    )
    text = f"{lead}\n\n{url}\n\n{tail}\n"
    from html import escape

    html = (
        f"<p>{escape(lead).replace(chr(10), '<br>')}</p>"
        f'<p><a href="{escape(url)}">{escape(url)}</a></p><p>{escape(tail)}</p>'
    )
    sent = send_mails(
        settings, [OutgoingMail(to=user.email, subject=subject, text=text, html=html)]
    )
    return bool(sent and sent[0])


def user_for_email(db: sessionmaker, email: str) -> User:
    with db() as session:
        user_id = session.scalar(select(UserRow.id).where(UserRow.email == email.strip().lower()))
        if user_id is None:
            raise NotFound("Person nicht gefunden.")
        return load(session, user_id)

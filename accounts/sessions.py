"""Sign-in and sessions. The API issues a random session token (`fds_…`), keeps only its
SHA-256 and ends it on logout, after `FUNDUS_SESSION_IDLE_MINUTES` without a request, or
`FUNDUS_SESSION_MAX_HOURS` after sign-in. Repeated failures for one login name make further
attempts wait (429 with Retry-After), whether the account exists or not."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import math
import secrets

from sqlalchemy import delete, select
from sqlalchemy.orm import sessionmaker

from accounts import audit
from accounts.passwords import hash_password, needs_rehash, verify_password
from accounts.users import load, to_user
from core.errors import FundusError
from core.keys import Principal
from core.people import SessionOut, User
from core.settings import Settings
from core.tables import OrganisationRow, SignInThrottleRow, UserRow, UserSessionRow

logger = logging.getLogger(__name__)
SESSION_PREFIX = "fds_"
MAX_LOCKOUT_S = 3600


class SignInFailed(FundusError):
    status = 401
    title = "Anmeldung fehlgeschlagen"


class TooManyAttempts(FundusError):
    status = 429
    title = "Zu viele Versuche"

    def __init__(self, retry_after: int) -> None:
        minutes = max(1, math.ceil(retry_after / 60))
        super().__init__(
            f"Zu viele fehlgeschlagene Anmeldungen. Bitte in {minutes} Minute"
            f"{'n' if minutes != 1 else ''} erneut versuchen."
        )
        self.retry_after = retry_after
        self.headers = {"Retry-After": str(retry_after)}


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _aware(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _login_hash(login: str) -> str:
    return hashlib.sha256(("login:" + login.strip().lower()).encode()).hexdigest()


# -- throttle ----------------------------------------------------------------------------


def check_throttle(db: sessionmaker, login: str) -> None:
    with db() as session:
        row = session.get(SignInThrottleRow, _login_hash(login))
    if row is not None and row.locked_until is not None:
        wait = (_aware(row.locked_until) - _now()).total_seconds()
        if wait > 0:
            raise TooManyAttempts(math.ceil(wait))


def note_failure(db: sessionmaker, settings: Settings, login: str, user_id: int | None) -> None:
    """Count a failure; from the n-th on, wait `sign_in_lockout_s`, doubling, at most 1 h."""
    with db.begin() as session:
        key = _login_hash(login)
        row = session.get(SignInThrottleRow, key)
        if row is None:
            row = SignInThrottleRow(login_hash=key, failures=0)
            session.add(row)
        row.failures += 1
        over = row.failures - settings.sign_in_max_failures
        if over >= 0:
            wait = min(settings.sign_in_lockout_s * 2**over, MAX_LOCKOUT_S)
            row.locked_until = _now() + dt.timedelta(seconds=wait)
        audit.record(
            session,
            "signin.failed",
            subject=f"user:{user_id}" if user_id is not None else None,
            failures=row.failures,
        )


def _clear_failures(db: sessionmaker, login: str) -> None:
    with db.begin() as session:
        session.execute(
            delete(SignInThrottleRow).where(SignInThrottleRow.login_hash == _login_hash(login))
        )


# -- sign-in -----------------------------------------------------------------------------


def sign_in_local(db: sessionmaker, settings: Settings, email: str, password: str) -> User:
    """The active local account with this e-mail and password (SignInFailed otherwise)."""
    with db() as session:
        row = session.scalar(select(UserRow).where(UserRow.email == email.strip().lower()))
        stored = row.password_hash if row is not None and row.auth_source == "local" else None
        user_id = row.id if row is not None else None
        state = row.state if row is not None else None
    if not verify_password(stored, password) or state != "active":
        note_failure(db, settings, email, user_id)
        raise SignInFailed("E-Mail-Adresse oder Passwort ist falsch, oder das Konto ist gesperrt.")
    if stored and needs_rehash(stored):
        with db.begin() as session:
            session.get_one(UserRow, user_id).password_hash = hash_password(password)
    with db() as session:
        return load(session, user_id)  # type: ignore[arg-type]


def start_session(
    db: sessionmaker, settings: Settings, user: User, *, login: str, how: str
) -> SessionOut:
    token = SESSION_PREFIX + secrets.token_urlsafe(32)
    with db.begin() as session:
        row = session.get_one(UserRow, user.id)
        row.last_sign_in_at = _now()
        session.add(UserSessionRow(token_hash=token_hash(token), user_id=user.id))
        audit.record(session, "signin", actor=f"user:{user.id}", subject=f"user:{user.id}", via=how)
    _clear_failures(db, login)
    fresh = user.model_copy(update={"last_sign_in_at": _now()})
    return SessionOut(token=token, user=fresh, idle_minutes=settings.session_idle_minutes)


def principal_for_session(db: sessionmaker, settings: Settings, token: str) -> Principal | None:
    """The signed-in person, or None when the session is unknown, idle too long, too old,
    or the person is no longer active. Each use moves the idle deadline."""
    now = _now()
    with db.begin() as session:
        found = session.execute(
            select(UserSessionRow, UserRow, OrganisationRow)
            .join(UserRow, UserRow.id == UserSessionRow.user_id)
            .join(OrganisationRow, OrganisationRow.id == UserRow.organisation_id)
            .where(UserSessionRow.token_hash == token_hash(token))
        ).first()
        if found is None:
            return None
        row, user, organisation = found
        idle = now - _aware(row.last_seen_at) > dt.timedelta(minutes=settings.session_idle_minutes)
        old = now - _aware(row.created_at) > dt.timedelta(hours=settings.session_max_hours)
        if idle or old or user.state != "active":
            session.delete(row)
            return None
        if (now - _aware(row.last_seen_at)).total_seconds() > 5:  # fewer writes under load
            row.last_seen_at = now
        return Principal(
            role=user.role,  # type: ignore[arg-type]
            name=user.name,
            user_id=user.id,
            organisation=organisation.name,
        )


def end_session(db: sessionmaker, token: str) -> None:
    with db.begin() as session:
        row = session.get(UserSessionRow, token_hash(token))
        if row is not None:
            audit.record(session, "signout", actor=f"user:{row.user_id}")
            session.delete(row)


def user_of(db: sessionmaker, user_id: int) -> User:
    with db() as session:
        row = session.get_one(UserRow, user_id)
        return to_user(row, session.get_one(OrganisationRow, row.organisation_id))


def sign_in(db: sessionmaker, settings: Settings, login: str, password: str) -> SessionOut:
    """Password sign-in: a local account by e-mail, else (when configured) an LDAP bind."""
    from accounts.directory import NoRole, provision, role_for
    from accounts.ldap import ldap_bind

    check_throttle(db, login)
    with db() as session:
        local = session.scalar(
            select(UserRow.id).where(
                UserRow.email == login.strip().lower(), UserRow.auth_source == "local"
            )
        )
    if local is None and settings.ldap.url:
        person = ldap_bind(settings.ldap, login, password)
        if person is None:
            note_failure(db, settings, login, None)
            raise SignInFailed("Kennung oder Passwort ist falsch.")
        role = role_for(person.groups, settings.ldap.group_roles) or settings.ldap.default_role
        if role is None:
            note_failure(db, settings, login, None)
            raise NoRole("Ihr Verzeichniskonto ist keiner Fundus-Gruppe zugeordnet.")
        user = provision(
            db, person, source="ldap", role=role, organisation=settings.ldap.organisation
        )
        return start_session(db, settings, user, login=login, how="ldap")
    user = sign_in_local(db, settings, login, password)
    return start_session(db, settings, user, login=login, how="passwort")


def user_of_or_404(db: sessionmaker, user_id: int) -> User:
    with db() as session:
        return load(session, user_id)

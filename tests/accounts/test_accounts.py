"""People without the API: Argon2id hashes, lockout, sessions (idle, maximum age, logout),
one-time links (single use, expiry, mailed through a real SMTP server on loopback) and the
DSGVO erasure. SQLite in a temporary data dir; no model needed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import sessionmaker

from accounts import audit, links, sessions, users
from accounts.passwords import hash_password, verify_password
from core.database import open_database
from core.errors import InvalidRequest
from core.people import UserCreate
from core.settings import Settings
from core.tables import AuditRow, SubscriptionRow, UserLinkRow, UserSessionRow
from tests.conftest import local_settings
from tests.notify.conftest import Inbox, body_text, smtp_server  # noqa: F401

PASSWORD = "Kirschbaum-2026!"


@pytest.fixture
def db_settings(tmp_path: Path) -> Settings:
    return local_settings(tmp_path / "data", tmp_path / "models", sign_in_lockout_s=30)


@pytest.fixture
def db(db_settings: Settings) -> sessionmaker:
    return open_database(db_settings)


def _anna(db: sessionmaker, password: str | None = PASSWORD, role: str = "member"):  # type: ignore[no-untyped-def]
    return users.create_user(
        db,
        UserCreate(
            email="Anna.Beispiel@Musterstadt.example",
            name="Dr. Anna Beispiel",
            organisation="Stadt Musterstadt",
            role=role,  # type: ignore[arg-type]
            password=password,
        ),
        actor="cli",
    )


def test_argon2id_hash_and_verify() -> None:
    stored = hash_password(PASSWORD)
    assert stored.startswith("$argon2id$")
    assert PASSWORD not in stored
    assert verify_password(stored, PASSWORD)
    assert not verify_password(stored, PASSWORD + "x")
    assert not verify_password(None, PASSWORD)
    assert hash_password(PASSWORD) != stored  # salted
    with pytest.raises(InvalidRequest, match="mindestens 10 Zeichen"):
        hash_password("kurz")


def test_sign_in_and_lockout(db: sessionmaker, db_settings: Settings) -> None:
    user = _anna(db)
    assert user.email == "anna.beispiel@musterstadt.example" and user.state == "active"
    session = sessions.sign_in(db, db_settings, "anna.beispiel@musterstadt.example", PASSWORD)
    assert session.token.startswith("fds_")
    for _ in range(db_settings.sign_in_max_failures):
        with pytest.raises(sessions.SignInFailed):
            sessions.sign_in(db, db_settings, user.email, "falsches Passwort")
    with pytest.raises(sessions.TooManyAttempts) as locked:
        sessions.sign_in(db, db_settings, user.email, PASSWORD)  # even the right password waits
    assert 0 < locked.value.retry_after <= 30
    assert locked.value.headers["Retry-After"] == str(locked.value.retry_after)
    # An unknown address is throttled the same way (no hint which accounts exist).
    for _ in range(db_settings.sign_in_max_failures):
        with pytest.raises(sessions.SignInFailed):
            sessions.sign_in(db, db_settings, "niemand@musterstadt.example", "x" * 12)
    with pytest.raises(sessions.TooManyAttempts):
        sessions.sign_in(db, db_settings, "niemand@musterstadt.example", "x" * 12)
    events = [e.event for e in audit.entries(db)]
    assert events.count("signin.failed") == 2 * db_settings.sign_in_max_failures
    assert "signin" in events


def test_session_idle_timeout_max_age_and_logout(db: sessionmaker, db_settings: Settings) -> None:
    user = _anna(db)
    first = sessions.sign_in(db, db_settings, user.email, PASSWORD)
    principal = sessions.principal_for_session(db, db_settings, first.token)
    assert principal is not None and principal.user_id == user.id
    assert principal.signature == "Dr. Anna Beispiel, Stadt Musterstadt"
    assert principal.owner == f"user:{user.id}"

    def age(column: str, minutes: int) -> None:
        with db.begin() as s:
            s.execute(
                update(UserSessionRow).values(
                    {column: dt.datetime.now(dt.UTC) - dt.timedelta(minutes=minutes)}
                )
            )

    age("last_seen_at", db_settings.session_idle_minutes + 1)
    assert sessions.principal_for_session(db, db_settings, first.token) is None
    second = sessions.sign_in(db, db_settings, user.email, PASSWORD)
    age("created_at", db_settings.session_max_hours * 60 + 1)
    assert sessions.principal_for_session(db, db_settings, second.token) is None
    third = sessions.sign_in(db, db_settings, user.email, PASSWORD)
    assert sessions.principal_for_session(db, db_settings, third.token) is not None
    sessions.end_session(db, third.token)
    assert sessions.principal_for_session(db, db_settings, third.token) is None
    fourth = sessions.sign_in(db, db_settings, user.email, PASSWORD)
    users.update_user(db, user.id, actor="cli", state="disabled")
    assert sessions.principal_for_session(db, db_settings, fourth.token) is None
    with pytest.raises(sessions.SignInFailed):
        sessions.sign_in(db, db_settings, user.email, PASSWORD)


def test_invitation_link_single_use_and_expiring(
    tmp_path: Path,
    smtp_server: tuple[Inbox, int],  # noqa: F811
) -> None:
    inbox, port = smtp_server
    settings = local_settings(
        tmp_path / "data", tmp_path / "models", smtp_host="127.0.0.1", smtp_port=port,
        smtp_tls="none", ui_url="https://fundus.example/ui",
    )  # fmt: skip
    db = open_database(settings)
    user = _anna(db, password=None)
    assert user.state == "invited"
    with pytest.raises(sessions.SignInFailed):
        sessions.sign_in(db, settings, user.email, PASSWORD)
    token = links.issue(db, settings, user.id, "invite")
    assert links.send_link(settings, user, "invite", token)
    (message,) = inbox.wait(1)
    assert message["To"] == user.email
    text = body_text(message)
    url = links.link_url(settings, "invite", token)
    assert url in text and url.startswith("https://fundus.example/ui/anmelden?invite=")
    with pytest.raises(InvalidRequest):
        links.redeem(db, token, "kurz")  # a refused password keeps the link usable
    activated = links.redeem(db, token, PASSWORD)
    assert activated.state == "active"
    with pytest.raises(links.LinkInvalid, match="schon benutzt"):
        links.redeem(db, token, PASSWORD)
    assert sessions.sign_in(db, settings, user.email, PASSWORD).token

    reset = links.issue(db, settings, user.id, "reset")
    with db.begin() as s:
        s.execute(
            update(UserLinkRow).values(expires_at=dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1))
        )
    with pytest.raises(links.LinkInvalid, match="abgelaufen"):
        links.redeem(db, reset, "Neues-Passwort-1")
    with pytest.raises(links.LinkInvalid, match="unbekannt"):
        links.redeem(db, "erfunden-erfunden", "Neues-Passwort-1")


def test_delete_user_erases_personal_data(db: sessionmaker) -> None:
    user = _anna(db)
    with db.begin() as s:
        s.add(
            SubscriptionRow(
                user_id=user.id, name="Grundsteuer", filters={}, email=user.email,
                mode="sofort", token_hash="0" * 64,
            )
        )  # fmt: skip
    users.update_user(db, user.id, actor="cli", role="staff")
    users.delete_user(db, user.id, actor="cli")
    with db() as s:
        assert list(s.scalars(select(SubscriptionRow))) == []
        entries = list(s.scalars(select(AuditRow)))
    logged = " ".join(f"{e.event} {e.actor} {e.subject} {e.detail}" for e in entries)
    assert f"user:{user.id}" in logged and "user.deleted" in logged
    assert "anna" not in logged.lower() and "musterstadt" not in logged.lower()
    assert users.list_users(db) == []


def test_audit_retention(db: sessionmaker) -> None:
    _anna(db)
    with db.begin() as s:
        s.execute(update(AuditRow).values(at=dt.datetime.now(dt.UTC) - dt.timedelta(days=400)))
    assert audit.entries(db, retention_days=365) == []

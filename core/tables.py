"""SQLAlchemy tables. Schema changes go through an Alembic migration in migrations/versions."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    pass


class DocumentRow(Base):
    """One document as ingested. `state` is 'writing' while its chunks are being replaced, so a
    run killed mid-document is detected and repaired on the next run."""

    __tablename__ = "documents"
    __table_args__ = (UniqueConstraint("source", "source_key", name="uq_documents_source_key"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    source: Mapped[str] = mapped_column(String(200), index=True)
    source_key: Mapped[str] = mapped_column(String(1000))
    origin: Mapped[str | None] = mapped_column(String(1000))
    external_id: Mapped[str | None] = mapped_column(String(500), index=True)
    title: Mapped[str] = mapped_column(Text)
    doc_type: Mapped[str] = mapped_column(String(50))
    access: Mapped[str] = mapped_column(String(20), index=True)
    meta: Mapped[dict[str, Any]] = mapped_column(JSON)
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    file_sha256: Mapped[str | None] = mapped_column(String(64))
    fingerprint: Mapped[str] = mapped_column(String(64))
    file_name: Mapped[str | None] = mapped_column(String(500))
    media_type: Mapped[str | None] = mapped_column(String(100))
    text: Mapped[str] = mapped_column(Text)
    chunk_count: Mapped[int] = mapped_column(Integer, default=0)
    state: Mapped[str] = mapped_column(String(20), default="writing")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), default=_now, onupdate=_now
    )


class IndexIntentRow(Base):
    """A document whose index payload is being changed to match its row (a metadata edit).

    Written and committed before the index is touched, deleted once the index matches: a
    process killed in between, a full disk or a locked database leave the row, and
    `reconcile_index` (API start, `fundus ingest`, the next edit) rewrites the index from the
    database, which is the truth."""

    __tablename__ = "index_intents"

    document_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)


class ApiKeyRow(Base):
    """An API key, stored as the SHA-256 of a 256-bit random token (high entropy: no KDF needed)."""

    __tablename__ = "api_keys"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    prefix: Mapped[str] = mapped_column(String(12))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class EditRow(Base):
    """Who changed which metadata field of a document, from what to what."""

    __tablename__ = "document_edits"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    editor: Mapped[str] = mapped_column(String(200))
    field: Mapped[str] = mapped_column(String(50))
    old_value: Mapped[Any] = mapped_column(JSON)
    new_value: Mapped[Any] = mapped_column(JSON)
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)


class SubscriptionRow(Base):
    """What a person (a user) or a machine (an API key) wants to hear about, and where to send it.

    Exactly one of `user_id` and `key_id` is the owner. `query` empty: the filters alone decide
    (topics, Aktenplan node, document types); set: a saved search, matched by rank.
    `token_hash` is the SHA-256 of the feed secret for feed readers, which cannot send headers:
    the secret is shown once (on creation or renewal) and opens only this subscription's feeds,
    read-only, at the owner's access level.
    """

    __tablename__ = "subscriptions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    key_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("api_keys.id", ondelete="CASCADE"), index=True
    )
    user_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    query: Mapped[str | None] = mapped_column(Text)
    filters: Mapped[dict[str, Any]] = mapped_column(JSON)
    email: Mapped[str] = mapped_column(String(320))
    mode: Mapped[str] = mapped_column(String(20))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)


class SubscriptionMatchRow(Base):
    """A document (in one version: its content hash) that matched a subscription. Unique per
    subscription, document and version, so re-ingesting never notifies twice; `sent_at` stays
    empty until the notice or weekly digest carrying it went out."""

    __tablename__ = "subscription_matches"
    __table_args__ = (
        UniqueConstraint(
            "subscription_id", "document_id", "version", name="uq_subscription_matches"
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    subscription_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("subscriptions.id", ondelete="CASCADE"), index=True
    )
    document_id: Mapped[str] = mapped_column(String(36), index=True)
    version: Mapped[str] = mapped_column(String(64))
    matched_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)
    sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class DraftRow(Base):
    """An uploaded document waiting for staff to confirm its metadata; never in the index.

    Drafts live apart from `documents` so no member route can reach them by forgetting a state
    check. `id` is the id the document will have once confirmed, so a second upload of the same
    file (or a new version with the same front-matter id) lands on the same draft.
    """

    __tablename__ = "drafts"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    source_key: Mapped[str] = mapped_column(String(1000))
    stage_name: Mapped[str] = mapped_column(String(500))
    file_name: Mapped[str] = mapped_column(String(500))
    media_type: Mapped[str | None] = mapped_column(String(100))
    file_sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    raw_meta: Mapped[dict[str, Any]] = mapped_column(JSON)
    extracted: Mapped[dict[str, Any]] = mapped_column(JSON)
    suggestions: Mapped[dict[str, Any]] = mapped_column(JSON)
    proposed: Mapped[dict[str, Any]] = mapped_column(JSON)
    confirmed: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    state: Mapped[str] = mapped_column(String(20), default="draft", index=True)
    created_by: Mapped[str] = mapped_column(String(200))
    confirmed_by: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), default=_now, onupdate=_now
    )
    confirmed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class OrganisationRow(Base):
    """A member administration (Stadt, Gemeinde, Landkreis) or the association's office.

    Documents can later be shared with chosen organisations (`document_shares`); today the
    role levels decide what a person sees."""

    __tablename__ = "organisations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(30))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)


class DocumentShareRow(Base):
    """A document opened to one organisation beyond its access level (not enforced yet)."""

    __tablename__ = "document_shares"

    document_id: Mapped[str] = mapped_column(
        String(36), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )
    organisation_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("organisations.id", ondelete="CASCADE"), primary_key=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)


class UserRow(Base):
    """A person who signs in. `password_hash` is Argon2id (local accounts) or empty (invited,
    or signing in through LDAP/OIDC: `auth_source`, `external_id`)."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    email: Mapped[str] = mapped_column(String(320), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    organisation_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("organisations.id"), index=True
    )
    role: Mapped[str] = mapped_column(String(20))
    state: Mapped[str] = mapped_column(String(20), default="invited")
    password_hash: Mapped[str | None] = mapped_column(String(200))
    auth_source: Mapped[str] = mapped_column(String(20), default="local")
    external_id: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)
    last_sign_in_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class UserSessionRow(Base):
    """A signed-in browser session: the SHA-256 of its random token, ended by logout, by
    `FUNDUS_SESSION_IDLE_MINUTES` without use, or `FUNDUS_SESSION_MAX_HOURS` after sign-in."""

    __tablename__ = "user_sessions"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)
    last_seen_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now)


class UserLinkRow(Base):
    """A one-time link (invitation, password reset, OIDC hand-over): SHA-256 of its token,
    valid until `expires_at` and only until `used_at` is set."""

    __tablename__ = "user_links"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    purpose: Mapped[str] = mapped_column(String(20))
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    used_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class SignInThrottleRow(Base):
    """Failed sign-ins per login name (its SHA-256, known or not, so the answer never tells
    whether an account exists) and until when further attempts are refused."""

    __tablename__ = "sign_in_throttle"

    login_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class AuditRow(Base):
    """Sign-ins, failed sign-ins, role, state and access changes. Pseudonymous: people appear
    as `user:ID` (a deleted user's id points to nobody), never by name or e-mail."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_now, index=True)
    event: Mapped[str] = mapped_column(String(40))
    actor: Mapped[str | None] = mapped_column(String(40))
    subject: Mapped[str | None] = mapped_column(String(40))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON)

"""API keys: created and revoked by the CLI, checked by the API.

Keys are random tokens shown once; only their SHA-256 is stored. An OIDC provider can be
plugged in later as another way to produce a `Principal` (see search_api/http/auth.py).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from typing import Literal

from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from core.errors import InvalidRequest, NotFound
from core.tables import ApiKeyRow

Role = Literal["member", "staff", "admin"]
ROLES: tuple[str, ...] = ("member", "staff", "admin")
_PREFIX = "fdk_"


class Principal(BaseModel):
    """Who is calling: a role and a name for the edit history."""

    role: Literal["anonymous", "member", "staff", "admin"]
    name: str
    key_id: int | None = None
    user_id: int | None = None  # a signed-in person (a session), not a machine's key
    organisation: str | None = None

    @property
    def owner(self) -> str | None:
        """Who owns subscriptions made by this caller: 'user:ID' or 'key:ID' (None: nobody)."""
        if self.user_id is not None:
            return f"user:{self.user_id}"
        return f"key:{self.key_id}" if self.key_id is not None else None

    @property
    def signature(self) -> str:
        """'Dr. Anna Beispiel, Stadt Musterstadt': whom a personal digest is for."""
        return f"{self.name}, {self.organisation}" if self.organisation else self.name


class ApiKeyInfo(BaseModel):
    id: int
    name: str
    role: str
    prefix: str
    created_at: dt.datetime
    revoked_at: dt.datetime | None


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def create_key(db: sessionmaker, *, name: str, role: str) -> tuple[ApiKeyInfo, str]:
    if role not in ROLES:
        raise InvalidRequest(f"Unbekannte Rolle '{role}', erlaubt: {', '.join(ROLES)}.")
    if not name.strip():
        raise InvalidRequest("Ein Schlüssel braucht einen Namen.")
    key = _PREFIX + secrets.token_urlsafe(32)
    with db.begin() as session:
        row = ApiKeyRow(name=name.strip(), role=role, key_hash=hash_key(key), prefix=key[:12])
        session.add(row)
        session.flush()
        info = _info(row)
    return info, key


def revoke_key(db: sessionmaker, name_or_id: str) -> int:
    with db.begin() as session:
        query = select(ApiKeyRow).where(ApiKeyRow.revoked_at.is_(None))
        if name_or_id.isdigit():
            query = query.where(ApiKeyRow.id == int(name_or_id))
        else:
            query = query.where(ApiKeyRow.name == name_or_id)
        rows = list(session.scalars(query))
        if not rows:
            raise NotFound(f"Kein aktiver Schlüssel '{name_or_id}'.")
        for row in rows:
            row.revoked_at = dt.datetime.now(dt.UTC)
    return len(rows)


def list_keys(db: sessionmaker) -> list[ApiKeyInfo]:
    with db() as session:
        return [_info(r) for r in session.scalars(select(ApiKeyRow).order_by(ApiKeyRow.id))]


def principal_for_key(db: sessionmaker, key: str) -> Principal | None:
    with db() as session:
        row = session.scalar(
            select(ApiKeyRow).where(
                ApiKeyRow.key_hash == hash_key(key), ApiKeyRow.revoked_at.is_(None)
            )
        )
    if row is None:
        return None
    return Principal(role=row.role, name=row.name, key_id=row.id)  # type: ignore[arg-type]


def _info(row: ApiKeyRow) -> ApiKeyInfo:
    return ApiKeyInfo(
        id=row.id,
        name=row.name,
        role=row.role,
        prefix=row.prefix,
        created_at=row.created_at,
        revoked_at=row.revoked_at,
    )

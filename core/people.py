"""People and organisations as the API takes and returns them (the UI uses these too).

A person has a role (what level of documents they see and which pages they may use), a state
and an organisation; machines keep API keys (core/keys.py)."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

UserRole = Literal["member", "staff", "admin"]
USER_ROLES: tuple[str, ...] = ("member", "staff", "admin")
UserState = Literal["invited", "active", "disabled"]
ROLE_LABELS = {"member": "Mitglied", "staff": "Geschäftsstelle", "admin": "Administration"}
STATE_LABELS = {"invited": "eingeladen", "active": "aktiv", "disabled": "gesperrt"}
OrganisationKind = Literal["Stadt", "Gemeinde", "Landkreis", "Geschäftsstelle"]
ORGANISATION_KINDS: tuple[str, ...] = ("Stadt", "Gemeinde", "Landkreis", "Geschäftsstelle")
AuthSource = Literal["local", "ldap", "oidc"]

_STRICT = ConfigDict(extra="forbid")
PASSWORD_MIN_LENGTH = 10  # the one password rule (accounts/passwords.py checks it too)


class Organisation(BaseModel):
    id: int
    name: str
    kind: OrganisationKind


class OrganisationCreate(BaseModel):
    model_config = _STRICT
    name: str = Field(min_length=1, max_length=200, examples=["Stadt Musterstadt"])
    kind: OrganisationKind = "Stadt"


class User(BaseModel):
    id: int
    email: str
    name: str
    organisation: Organisation
    role: UserRole
    state: UserState
    auth_source: AuthSource
    created_at: dt.datetime
    last_sign_in_at: dt.datetime | None = None

    @property
    def signature(self) -> str:
        """'Dr. Anna Beispiel, Stadt Musterstadt' (the digest's recipient line)."""
        return f"{self.name}, {self.organisation.name}"


class UserCreate(BaseModel):
    """A new person. Without `password` they are invited: a one-time link goes to `email`."""

    model_config = _STRICT
    email: str = Field(min_length=3, max_length=320, examples=["anna.beispiel@musterstadt.de"])
    name: str = Field(min_length=1, max_length=200, examples=["Dr. Anna Beispiel"])
    organisation: str = Field(min_length=1, max_length=200, examples=["Stadt Musterstadt"])
    organisation_kind: OrganisationKind | None = Field(
        default=None,
        description="For a new organisation (default: Stadt; Geschäftsstelle by its name).",
    )
    role: UserRole = "member"
    password: str | None = Field(default=None, min_length=PASSWORD_MIN_LENGTH, max_length=1000)


class UserUpdate(BaseModel):
    model_config = _STRICT
    role: UserRole | None = None
    state: Literal["active", "disabled"] | None = None


class SignIn(BaseModel):
    model_config = _STRICT
    email: str = Field(min_length=1, max_length=320, description="E-Mail-Adresse oder Kennung.")
    password: str = Field(min_length=1, max_length=1000)


class SessionOut(BaseModel):
    """A session token for `Authorization: Bearer …`; only the API keeps its state."""

    token: str
    user: User
    idle_minutes: int


class LinkRedeem(BaseModel):
    """Accept an invitation or reset a password with the token of a one-time link."""

    model_config = _STRICT
    token: str = Field(min_length=10, max_length=200)
    password: str = Field(min_length=PASSWORD_MIN_LENGTH, max_length=1000)


class ResetRequest(BaseModel):
    model_config = _STRICT
    email: str = Field(min_length=3, max_length=320)


class OidcInfo(BaseModel):
    """Sign-in with the association's account (OpenID Connect) is offered; a browser starts
    it at `start_url` (the API as browsers reach it)."""

    start_url: str


class CodeExchange(BaseModel):
    """The one-time code the OIDC callback hands to the UI, traded for a session."""

    model_config = _STRICT
    code: str = Field(min_length=10, max_length=200)


class AuditEntry(BaseModel):
    id: int
    at: dt.datetime
    event: str
    actor: str | None
    subject: str | None
    detail: dict[str, object]


class Invitation(BaseModel):
    """What creating or inviting a person returns: the person and, when no mail went out,
    the one-time link to hand over (admins only)."""

    user: User
    link: str | None = None
    mailed: bool = False

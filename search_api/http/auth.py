"""Authentication: `Authorization: Bearer TOKEN` -> Principal. A token is a person's session
(`fds_…`, issued by POST /auth/login, LDAP or OIDC) or a machine's API key (`fdk_…`). Callers
without one are anonymous (`FUNDUS_ANONYMOUS_ROLE`)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from accounts.sessions import SESSION_PREFIX, principal_for_session
from core.access import levels_for
from core.errors import FundusError
from core.keys import Principal, principal_for_key
from runtime.resources import Resources


class Unauthorized(FundusError):
    status = 401
    title = "Nicht angemeldet"


class Forbidden(FundusError):
    status = 403
    title = "Keine Berechtigung"


def bearer_key(header: str) -> str | None:
    """The key of `Bearer KEY` (scheme in any case, surrounding spaces ignored), else None."""
    scheme, _, key = header.strip().partition(" ")
    if scheme.lower() != "bearer" or not key.strip():
        return None
    return key.strip()


def principal_for_token(resources: Resources, key: str) -> Principal | None:
    """Who a bearer token belongs to (None: unknown, expired or revoked); the rate limit
    (ratelimit.py) asks the same question before the route does."""
    if key.startswith(SESSION_PREFIX):
        return principal_for_session(resources.db, resources.settings, key)
    return principal_for_key(resources.db, key)


def get_principal(request: Request) -> Principal:
    cached = getattr(request.state, "principal", None)
    if cached is not None:
        return cached
    header = request.headers.get("authorization", "")
    resources = request.app.state.resources
    if not header:
        role = resources.settings.anonymous_role
        principal = Principal(role="anonymous" if role == "public" else role, name="anonym")
    else:
        key = bearer_key(header)
        if key is None:
            raise Unauthorized("Erwartet wird der Kopf 'Authorization: Bearer <Schlüssel>'.")
        found = principal_for_token(resources, key)
        if found is None and key.startswith(SESSION_PREFIX):
            raise Unauthorized("Die Anmeldung ist abgelaufen. Bitte erneut anmelden.")
        if found is None:
            raise Unauthorized("Der API-Schlüssel ist unbekannt oder widerrufen.")
        principal = found
    request.state.principal = principal
    return principal


PrincipalDep = Annotated[Principal, Depends(get_principal)]


def get_access(principal: PrincipalDep) -> frozenset[str]:
    return levels_for(principal.role)


def require_staff(principal: PrincipalDep) -> Principal:
    if principal.role not in ("staff", "admin"):
        raise Forbidden("Nur für die Geschäftsstelle.")
    return principal


def require_admin(principal: PrincipalDep) -> Principal:
    if principal.role != "admin":
        raise Forbidden("Nur für Administratoren.")
    return principal


AdminDep = Annotated[Principal, Depends(require_admin)]
AccessDep = Annotated[frozenset[str], Depends(get_access)]
StaffDep = Annotated[Principal, Depends(require_staff)]


def session_token(request: Request) -> str | None:
    """The caller's session token, when they are signed in as a person."""
    key = bearer_key(request.headers.get("authorization", ""))
    return key if key is not None and key.startswith(SESSION_PREFIX) else None

"""People: sign-in, sign-out, one-time links (invitation, password reset), OIDC, and the
administration of people, organisations and the audit log (admins only).

Sessions are the API's: the UI only holds the token it got here."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Path, Request, Response
from starlette.concurrency import run_in_threadpool

from accounts import audit, links, sessions, users
from core.errors import NotFound
from core.people import (
    AuditEntry,
    CodeExchange,
    Invitation,
    LinkRedeem,
    Organisation,
    OrganisationCreate,
    ResetRequest,
    SessionOut,
    SignIn,
    User,
    UserCreate,
    UserUpdate,
)
from search_api.http.auth import Unauthorized, session_token
from search_api.http.deps import AdminDep, PrincipalDep, ResourcesDep
from search_api.http.schemas import Problem

router = APIRouter(tags=["Anmeldung"])
admin_router = APIRouter(tags=["Personen"])
UserId = Path(ge=1, le=2**31 - 1, description="Nummer der Person.")


def _problem(status: int, description: str) -> dict[int | str, dict[str, Any]]:
    return {
        status: {
            "model": Problem,
            "description": description,
            "content": {"application/problem+json": {}},
        }
    }


@router.post(
    "/auth/login",
    response_model=SessionOut,
    responses={**_problem(429, "Zu viele Fehlversuche (Retry-After)")},
)
def login(body: SignIn, resources: ResourcesDep) -> SessionOut:
    """Sign in with e-mail and password (or the directory login when LDAP is configured).
    The answer's `token` goes into `Authorization: Bearer …`; it ends on logout or after
    `idle_minutes` without a request."""
    return sessions.sign_in(resources.db, resources.settings, body.email, body.password)


@router.post("/auth/logout", status_code=204)
def logout(request: Request, resources: ResourcesDep) -> None:
    """End this session (other sessions of the person stay)."""
    token = session_token(request)
    if token:
        sessions.end_session(resources.db, token)


@router.get("/auth/me", response_model=User)
def me(principal: PrincipalDep, resources: ResourcesDep) -> User:
    """The signed-in person (401 for API keys and anonymous callers)."""
    if principal.user_id is None:
        raise Unauthorized("Nicht als Person angemeldet.")
    return sessions.user_of(resources.db, principal.user_id)


@router.post("/auth/password-reset", status_code=202)
def request_reset(body: ResetRequest, resources: ResourcesDep) -> dict[str, str]:
    """Mail a one-time link to set a new password. The answer is the same whether the address
    has an account or not."""
    try:
        user = links.user_for_email(resources.db, body.email)
    except NotFound:
        user = None
    if user is not None and user.state == "active" and user.auth_source == "local":
        token = links.issue(resources.db, resources.settings, user.id, "reset")
        links.send_link(resources.settings, user, "reset", token)
    return {"detail": "Wenn es ein Konto mit dieser Adresse gibt, ist ein Link unterwegs."}


@router.post(
    "/auth/redeem",
    response_model=SessionOut,
    responses=_problem(404, "Link unbekannt, benutzt oder abgelaufen"),
)
def redeem(body: LinkRedeem, resources: ResourcesDep) -> SessionOut:
    """Accept an invitation or reset the password with a one-time link's token; signs in."""
    user = links.redeem(resources.db, body.token, body.password)
    return sessions.start_session(
        resources.db, resources.settings, user, login=user.email, how="link"
    )


@router.post(
    "/auth/exchange",
    response_model=SessionOut,
    responses=_problem(404, "Code unbekannt, benutzt oder abgelaufen"),
)
def exchange(body: CodeExchange, resources: ResourcesDep) -> SessionOut:
    """Trade the one-time code of an OIDC sign-in (2 minutes, once) for a session."""
    user_id = links.consume(resources.db, body.code, ("oidc",))
    user = sessions.user_of(resources.db, user_id)
    if user.state != "active":
        raise Unauthorized("Dieses Konto ist gesperrt.")
    return sessions.start_session(
        resources.db, resources.settings, user, login=user.email, how="oidc"
    )


# -- administration (admins) --------------------------------------------------------------


@admin_router.get("/users", response_model=list[User])
def list_users(resources: ResourcesDep, _admin: AdminDep) -> list[User]:
    return users.list_users(resources.db)


@admin_router.post("/users", response_model=Invitation, status_code=201)
async def create_user(body: UserCreate, resources: ResourcesDep, admin: AdminDep) -> Invitation:
    """Create a person. With `password` the account is active at once; without, an invitation
    link goes out by mail (no SMTP configured: the link is in the answer, for the admin)."""

    def work() -> Invitation:
        user = users.create_user(resources.db, body, actor=audit.actor_of(admin))
        if user.state == "active":
            return Invitation(user=user)
        return _invite(resources, user)

    return await run_in_threadpool(work)


def _invite(resources: Any, user: User) -> Invitation:
    token = links.issue(resources.db, resources.settings, user.id, "invite")
    if links.send_link(resources.settings, user, "invite", token):
        return Invitation(user=user, mailed=True)
    return Invitation(user=user, link=links.link_url(resources.settings, "invite", token))


@admin_router.post("/users/{user_id}/invitation", response_model=Invitation)
async def reinvite(resources: ResourcesDep, admin: AdminDep, user_id: int = UserId) -> Invitation:
    """A new invitation link (the old one stops working)."""
    user = sessions.user_of_or_404(resources.db, user_id)
    if user.state != "invited":
        raise NotFound("Keine offene Einladung für diese Person.")
    return await run_in_threadpool(_invite, resources, user)


@admin_router.patch("/users/{user_id}", response_model=User)
def update_user(
    body: UserUpdate, resources: ResourcesDep, admin: AdminDep, user_id: int = UserId
) -> User:
    """Change role or state (`disabled` ends their sessions at once)."""
    return users.update_user(
        resources.db, user_id, actor=audit.actor_of(admin), role=body.role, state=body.state
    )


@admin_router.delete("/users/{user_id}", status_code=204)
def delete_user(resources: ResourcesDep, admin: AdminDep, user_id: int = UserId) -> Response:
    """Erase a person (DSGVO): account, sessions and subscriptions; the audit log keeps
    a pseudonymous entry."""
    users.delete_user(resources.db, user_id, actor=audit.actor_of(admin))
    return Response(status_code=204)


@admin_router.get("/organisations", response_model=list[Organisation])
def list_organisations(resources: ResourcesDep, _admin: AdminDep) -> list[Organisation]:
    return users.list_organisations(resources.db)


@admin_router.post("/organisations", response_model=Organisation, status_code=201)
def create_organisation(
    body: OrganisationCreate, resources: ResourcesDep, _admin: AdminDep
) -> Organisation:
    return users.create_organisation(resources.db, body)


@admin_router.get("/audit", response_model=list[AuditEntry])
def audit_log(resources: ResourcesDep, _admin: AdminDep) -> list[AuditEntry]:
    """The newest 200 entries (older than `FUNDUS_AUDIT_RETENTION_DAYS` are deleted)."""
    return audit.entries(resources.db, retention_days=resources.settings.audit_retention_days)

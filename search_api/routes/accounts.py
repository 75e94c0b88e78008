"""People: sign-in, sign-out, one-time links (invitation, password reset), OIDC, and the
administration of people, organisations and the audit log (admins only).

Sessions are the API's: the UI only holds the token it got here."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Path, Query, Request, Response
from fastapi.responses import RedirectResponse
from starlette.concurrency import run_in_threadpool

from accounts import audit, links, oidc, sessions, users
from accounts.directory import NoRole, provision, role_for
from core.errors import FundusError, NotFound
from core.people import (
    AuditEntry,
    CodeExchange,
    Invitation,
    LinkRedeem,
    OidcInfo,
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


@router.get(
    "/auth/oidc", response_model=OidcInfo, responses=_problem(404, "OIDC nicht eingerichtet")
)
def oidc_info(resources: ResourcesDep) -> OidcInfo:
    """Whether sign-in with the association's account (OpenID Connect) is offered, and where
    a browser starts it."""
    if not resources.settings.oidc.issuer:
        raise NotFound("Die Anmeldung mit dem Verbandskonto ist nicht eingerichtet.")
    return OidcInfo(start_url=oidc.public_url(resources.settings) + "/auth/oidc/start")


@router.get(
    "/auth/oidc/start",
    status_code=303,
    response_class=RedirectResponse,
    responses=_problem(404, "OIDC nicht eingerichtet"),
)
def oidc_start(resources: ResourcesDep) -> RedirectResponse:
    """Send the browser to the provider (authorization code flow with PKCE). State, nonce and
    code verifier go into an HttpOnly cookie for the callback."""
    settings = resources.settings
    if not settings.oidc.issuer:
        raise NotFound("Die Anmeldung mit dem Verbandskonto ist nicht eingerichtet.")
    url, cookie = oidc.start(settings)
    response = RedirectResponse(url, status_code=303)
    response.set_cookie(
        oidc.COOKIE,
        cookie,
        max_age=oidc.COOKIE_MAX_AGE_S,
        path="/auth/oidc",
        httponly=True,
        secure=oidc.public_url(settings).startswith("https://"),
        samesite="lax",  # the provider's redirect back is a top-level navigation
    )
    return response


@router.get(
    "/auth/oidc/callback",
    status_code=303,
    response_class=RedirectResponse,
    responses=_problem(404, "OIDC nicht eingerichtet"),
)
def oidc_callback(
    request: Request,
    resources: ResourcesDep,
    code: str | None = Query(default=None, max_length=2000),
    state: str | None = Query(default=None, max_length=500),
    error: str | None = Query(default=None, max_length=200),
) -> RedirectResponse:
    """Where the provider sends the browser back: code -> tokens -> verified ID token -> the
    person (created on first sign-in, matched by e-mail; role from the groups claim). The UI's
    "Anmelden" page gets a two-minute one-time code (`?anmeldung=…`) that it trades for a
    session at `POST /auth/exchange`; a failure goes there as a German sentence (`?fehler=…`)."""
    settings = resources.settings
    if not settings.oidc.issuer:
        raise NotFound("Die Anmeldung mit dem Verbandskonto ist nicht eingerichtet.")
    page = f"{settings.ui_url.rstrip('/')}/anmelden?"
    try:
        if error or not code or not state:
            raise oidc.OidcFailed("Die Anmeldung beim Anmeldedienst wurde abgebrochen.")
        person = oidc.finish(
            settings, code=code, state=state, cookie=request.cookies.get(oidc.COOKIE)
        )
        role = role_for(person.groups, settings.oidc.group_roles) or settings.oidc.default_role
        if role is None:
            raise NoRole("Ihr Verbandskonto ist keiner Fundus-Gruppe zugeordnet.")
        user = provision(
            resources.db, person, source="oidc", role=role, organisation=settings.oidc.organisation
        )
        code_for_ui = links.issue(resources.db, settings, user.id, "oidc")
        target = page + urlencode({"anmeldung": code_for_ui})
    except FundusError as exc:
        target = page + urlencode({"fehler": exc.detail})
    response = RedirectResponse(target, status_code=303)
    response.delete_cookie(oidc.COOKIE, path="/auth/oidc")
    return response


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

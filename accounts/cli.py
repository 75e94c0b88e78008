"""`fundus users create|invite|list|disable|set-role|delete|reset`, registered in fundus/cli.py.

The first admin is made here. Invitation and reset links go out by mail when SMTP is
configured (FUNDUS_SMTP_HOST); otherwise the link is printed for the admin to hand over."""

from __future__ import annotations

from typing import Annotated

import typer

from core.errors import FundusError
from core.people import ROLE_LABELS, STATE_LABELS, UserCreate
from core.settings import get_settings

users_app = typer.Typer(help="People who sign in: create, invite, list, disable, set roles.")

Email = Annotated[str, typer.Argument(help="E-mail address (or number) of the person.")]
Role = Annotated[str, typer.Option(help="member, staff or admin.")]


def _fail(exc: Exception) -> typer.Exit:
    message = exc.detail if isinstance(exc, FundusError) else str(exc)
    typer.secho(f"Fehler: {message}", err=True, fg="red")
    return typer.Exit(code=1)


def _db():  # type: ignore[no-untyped-def]
    from core.database import open_database

    return open_database(get_settings())


def _send_or_print(user_id: int, purpose: str) -> None:
    from accounts import links
    from accounts.sessions import user_of_or_404

    settings, db = get_settings(), _db()
    user = user_of_or_404(db, user_id)
    token = links.issue(db, settings, user.id, purpose)  # type: ignore[arg-type]
    if links.send_link(settings, user, purpose, token):  # type: ignore[arg-type]
        typer.echo(f"Link an {user.email} gesendet.")
    else:
        typer.echo("Kein Mailserver eingestellt (FUNDUS_SMTP_HOST). Diesen Link weitergeben:")
        typer.echo(links.link_url(settings, purpose, token))  # type: ignore[arg-type]


@users_app.command("create")
def create(
    email: Email,
    name: Annotated[str, typer.Option(help='Full name, e.g. "Dr. Anna Beispiel".')],
    organisation: Annotated[str, typer.Option(help='e.g. "Stadt Musterstadt".')],
    role: Role = "member",
    kind: Annotated[str, typer.Option(help="Stadt, Gemeinde, Landkreis, Geschäftsstelle.")] = "",
    password: Annotated[
        str | None,
        typer.Option(help="Set a password now (else: asked for; empty = invite instead)."),
    ] = None,
) -> None:
    """Create a person with a password (asked for, not echoed); the first admin starts here."""
    from accounts import users

    if password is None:
        password = typer.prompt("Passwort (leer = Einladungslink)", default="", hide_input=True)
    try:
        user = users.create_user(
            _db(),
            UserCreate(
                email=email, name=name, organisation=organisation,
                organisation_kind=kind or ("Geschäftsstelle" if role != "member" else "Stadt"),  # type: ignore[arg-type]
                role=role, password=password or None,  # type: ignore[arg-type]
            ),
            actor="cli",
        )  # fmt: skip
        typer.echo(
            f"Person {user.id} angelegt ({ROLE_LABELS[user.role]}, {user.organisation.name})."
        )
        if user.state == "invited":
            _send_or_print(user.id, "invite")
    except FundusError as exc:
        raise _fail(exc) from exc


@users_app.command("invite")
def invite(
    email: Email,
    name: Annotated[str, typer.Option(help="Full name.")],
    organisation: Annotated[str, typer.Option(help='e.g. "Landkreis Musterkreis".')],
    role: Role = "member",
    kind: Annotated[str, typer.Option(help="Stadt, Gemeinde, Landkreis, Geschäftsstelle.")] = "",
) -> None:
    """Invite a person: a one-time link to set their password (mailed, or printed)."""
    create(email, name, organisation, role, kind, password="")


@users_app.command("list")
def list_users() -> None:
    """People with role, state and organisation."""
    from accounts import users

    for user in users.list_users(_db()):
        typer.echo(
            f"{user.id:>4}  {ROLE_LABELS[user.role]:<15} {STATE_LABELS[user.state]:<10} "
            f"{user.email:<36} {user.name} ({user.organisation.name})"
        )


@users_app.command("disable")
def disable(email: Email) -> None:
    """Disable a person at once (their sessions end, their subscriptions fall silent)."""
    from accounts import users

    try:
        user = users.update_user(_db(), users.find(_db(), email).id, actor="cli", state="disabled")
    except FundusError as exc:
        raise _fail(exc) from exc
    typer.echo(f"Person {user.id} gesperrt.")


@users_app.command("set-role")
def set_role(
    email: Email, role: Annotated[str, typer.Argument(help="member, staff or admin.")]
) -> None:
    """Change a person's role."""
    from accounts import users

    try:
        user = users.update_user(_db(), users.find(_db(), email).id, actor="cli", role=role)
    except FundusError as exc:
        raise _fail(exc) from exc
    typer.echo(f"Person {user.id} ist jetzt {ROLE_LABELS[user.role]}.")


@users_app.command("delete")
def delete(
    email: Email, yes: Annotated[bool, typer.Option("--yes", help="Do not ask.")] = False
) -> None:
    """Erase a person (DSGVO): account and subscriptions; the audit log keeps a pseudonym."""
    from accounts import users

    try:
        user = users.find(_db(), email)
        if not yes:
            typer.confirm(f"{user.name} ({user.email}) endgültig löschen?", abort=True)
        users.delete_user(_db(), user.id, actor="cli")
    except FundusError as exc:
        raise _fail(exc) from exc
    typer.echo(f"Person {user.id} gelöscht.")


@users_app.command("reset")
def reset(email: Email) -> None:
    """A password-reset link for a local account (mailed, or printed)."""
    from accounts import users

    try:
        _send_or_print(users.find(_db(), email).id, "reset")
    except FundusError as exc:
        raise _fail(exc) from exc

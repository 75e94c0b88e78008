"""`fundus digest` and `fundus notify send`, registered on the main command in fundus/cli.py.

Neither needs the vector index unless saved searches are evaluated (`--nur-abos`), so both
run beside `fundus serve`; scheduling them (cron, a compose service) is the deployment's job.
"""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from core.errors import FundusError
from core.settings import get_settings

notify_app = typer.Typer(help="Subscriptions: send pending notices and weekly mails.")


class DigestFormat(StrEnum):
    html = "html"
    pdf = "pdf"


class Level(StrEnum):
    public = "public"
    members = "members"
    staff = "staff"


def _fail(exc: Exception) -> typer.Exit:
    message = exc.detail if isinstance(exc, FundusError) else str(exc)
    typer.secho(f"Fehler: {message}", err=True, fg="red")
    return typer.Exit(code=1)


def digest_command(
    week: Annotated[
        str | None,
        typer.Option(help="Calendar week: KW 47, 47/2026 or 2026-W47 (default: the last one)."),
    ] = None,
    format: Annotated[DigestFormat, typer.Option("--format", help="html or pdf.")] = (
        DigestFormat.html
    ),
    member: Annotated[
        str | None, typer.Option(help="API key name: that member's copy (their access level).")
    ] = None,
    only_subscribed: Annotated[
        bool,
        typer.Option("--nur-abos", help="With --member: only what their subscriptions select."),
    ] = False,
    access: Annotated[
        Level, typer.Option(help="Access level without --member (members: what all members see).")
    ] = Level.members,
    out: Annotated[
        Path | None,
        typer.Option(help="Output file ('-' = stdout); default nachrichtendienst-WEEK.EXT."),
    ] = None,
) -> None:
    """Build the Nachrichtendienst: the week's circulars and statements by Referat and topic."""
    from core.access import levels_for
    from core.weeks import last_complete_week, parse_week
    from notify.digest import nachrichtendienst
    from notify.render import digest_html, digest_pdf
    from notify.store import principal_by_key_name
    from runtime.resources import Resources

    if only_subscribed and not member:
        raise _fail(FundusError("--nur-abos braucht --member."))
    try:
        iso_week = parse_week(week) if week else last_complete_week()
        with Resources(get_settings()) as resources:
            levels, recipient, owner = levels_for(access.value), None, None
            if member:
                principal = principal_by_key_name(resources.db, member)
                levels, recipient, owner = (
                    levels_for(principal.role),
                    principal.signature,
                    principal.owner,
                )
            built = nachrichtendienst(
                resources,
                iso_week,
                access=levels,
                recipient=recipient,
                only_subscribed=owner if only_subscribed else None,
            )
            data = digest_pdf(built) if format is DigestFormat.pdf else digest_html(built).encode()
    except FundusError as exc:
        raise _fail(exc) from exc
    if out is not None and str(out) == "-":
        sys.stdout.buffer.write(data)
        return
    target = out or Path(f"nachrichtendienst-{iso_week}.{format.value}")
    target.write_bytes(data)
    typer.echo(f"{built.count} Dokumente, {target}")


@notify_app.command("send")
def send_command(
    weekly: Annotated[
        bool, typer.Option("--weekly", help="Also the weekly mails (run once a week).")
    ] = False,
) -> None:
    """Send pending notices (and with --weekly the weekly mails) to subscribers."""
    from notify.delivery import send_pending
    from notify.mailer import mail_configured
    from runtime.resources import Resources

    settings = get_settings()
    if not mail_configured(settings):
        raise _fail(FundusError("FUNDUS_SMTP_HOST ist nicht gesetzt: kein Mailversand möglich."))
    try:
        with Resources(settings) as resources:
            modes = ["sofort", "woechentlich"] if weekly else ["sofort"]
            for mode in modes:
                report = send_pending(resources, mode)  # type: ignore[arg-type]
                typer.echo(
                    f"{mode}: {report.mails} Mails ({report.documents} Dokumente), "
                    f"{report.failed} fehlgeschlagen"
                )
    except (FundusError, OSError) as exc:
        raise _fail(exc) from exc

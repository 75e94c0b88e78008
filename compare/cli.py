"""`fundus compare ID ID ...`: a comparison on the command line, thin over the API.

Like `fundus search`, it asks the running API (FUNDUS_API_URL, with FUNDUS_API_KEY), so the
same access rules apply; `--file` compares local files instead (no server, no index), which is
handy for an adviser checking a draft against the model statute.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import httpx
import typer

from compare.diff import ClauseDiff, render_markdown
from compare.service import Comparison, StatuteInput, compare_statutes

app = typer.Typer(help="Compare statutes clause by clause (Satzungsvergleich).")


def _fetch(ids: list[str]) -> Comparison:
    from core.settings import Settings

    settings = Settings()
    headers = {}
    if settings.api_key is not None:
        headers["Authorization"] = f"Bearer {settings.api_key.get_secret_value()}"
    try:
        response = httpx.get(
            f"{settings.api_url.rstrip('/')}/compare",
            params={"documents": ",".join(ids)},
            headers=headers,
            timeout=60,
        )
    except httpx.HTTPError as exc:
        raise typer.BadParameter(f"API not reachable at {settings.api_url}: {exc}") from exc
    if response.status_code >= 400:
        body: Any = response.json() if "json" in response.headers.get("content-type", "") else {}
        sys.stderr.write(f"{body.get('detail') or response.text}\n")
        raise typer.Exit(1)
    return Comparison.model_validate(response.json())


def _print(result: Comparison, diffs: bool) -> None:
    names = {d.id: d.issuer or d.title for d in result.documents}
    reference = result.document(result.reference_id)
    out = [
        f"Bezug: {names[reference.id]} ({result.kind.label if result.kind else 'Art unbekannt'})"
    ]
    for clause in result.clauses:
        found = {m.document_id: m for m in clause.matches}
        out.append(f"\n{clause.label}")
        for doc in result.documents[1:]:
            match = found.get(doc.id)
            if match is None:
                out.append(f"  {names[doc.id]}: –")
                continue
            heads = ", ".join(doc.sections[p].label for p in match.sections)
            sim = match.diff.similarity if match.diff else match.score
            out.append(f"  {names[doc.id]}: {heads} (Übereinstimmung {sim:.0%})")
            if diffs and isinstance(match.diff, ClauseDiff) and match.diff.changed:
                out.append("    " + render_markdown(match.diff))
    for doc_id, positions in result.only_in.items():
        if positions:
            labels = ", ".join(result.document(doc_id).sections[p].label for p in positions)
            out.append(f"\nNur {names[doc_id]}: {labels}")
    sys.stdout.write("\n".join(out) + "\n")


@app.command("compare")
def compare_command(
    documents: Annotated[
        list[str],
        typer.Argument(help="Document IDs (or paths with --file); the first is the reference."),
    ],
    file: Annotated[
        bool,
        typer.Option(
            "--file", help="Compare local text/Markdown files instead of indexed documents."
        ),
    ] = False,
    diffs: Annotated[
        bool, typer.Option("--diffs/--no-diffs", help="Print word differences.")
    ] = False,
    json_out: Annotated[
        bool, typer.Option("--json", help="Print the full result as JSON.")
    ] = False,
) -> None:
    """Align the § sections of two or more statutes by content and show what differs."""
    if len(documents) < 2:
        raise typer.BadParameter("at least two documents are needed")
    if file:
        inputs = [
            StatuteInput(
                id=p, title=Path(p).stem, text=Path(p).read_text(encoding="utf-8", errors="replace")
            )
            for p in documents
        ]
        result = compare_statutes(inputs)
    else:
        result = _fetch(documents)
    if json_out:
        sys.stdout.write(result.model_dump_json(indent=2) + "\n")
    else:
        _print(result, diffs)

"""Satzungsvergleich over HTTP: compare statutes, find precedents, check against the model.

Access is enforced exactly as for `GET /documents/{id}`: a document the caller may not see
answers 404 like a missing one, so its existence does not leak, and precedent lists only ever
contain documents of the caller's access levels.
"""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Query
from fastapi.responses import Response
from pydantic import BaseModel
from sqlalchemy import func, select
from starlette.concurrency import run_in_threadpool

from compare.export import table_to_csv, table_to_xlsx, to_csv, to_xlsx
from compare.figure_table import FigureRow, FigureTable
from compare.kinds import StatuteKind, kind_of
from compare.model_deviation import ModelDeviation, deviations_from_model
from compare.service import MAX_DOCUMENTS, Comparison, StatuteInput, compare_statutes
from core.errors import InvalidRequest, NotFound
from core.tables import DocumentRow
from ingest.issuer import issuer_of
from runtime.resources import Resources
from search_api.http.deps import AccessDep, ResourcesDep

router = APIRouter(tags=["Vergleich"])

_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class Precedent(BaseModel):
    id: str
    title: str
    issuer: str | None
    doc_type: str
    is_model: bool


class PrecedentsOut(BaseModel):
    document_id: str
    kind: StatuteKind | None
    issuer: str | None
    precedents: list[Precedent]


def _visible(resources: Resources, document_id: str, access: frozenset[str]) -> DocumentRow:
    """The same 404 for a missing and a forbidden document (as in routes/documents.py)."""
    with resources.db() as session:
        row = session.get(DocumentRow, document_id)
    if row is None or row.state != "indexed" or row.access not in access:
        raise NotFound("Dokument nicht gefunden.")
    return row


def _issuer(title: str, text: str, meta: dict[str, object]) -> str | None:
    found = issuer_of(title, text, meta)
    return found.label if found else None


def _input(row: DocumentRow) -> StatuteInput:
    return StatuteInput(
        id=row.id,
        title=row.title,
        issuer=_issuer(row.title, row.text, row.meta),
        text=row.text,
        doc_type=row.doc_type,
    )


def _ids(documents: str) -> list[str]:
    ids = [i.strip() for i in documents.split(",") if i.strip()]  # a repeated id compares alike
    if len(ids) < 2:
        raise InvalidRequest("Für einen Vergleich werden mindestens zwei Dokumente benötigt.")
    if len(ids) > MAX_DOCUMENTS:
        raise InvalidRequest(f"Es können höchstens {MAX_DOCUMENTS} Dokumente verglichen werden.")
    return ids


def _compare(resources: Resources, ids: list[str], access: frozenset[str]) -> Comparison:
    inputs = [_input(_visible(resources, i, access)) for i in ids]
    return compare_statutes(inputs)


# Two to MAX_DOCUMENTS comma-separated ids, in the schema itself so that clients (and the
# schema tests) know a single id is not a comparison.
DocumentsQuery = Query(
    description="Komma-getrennte Dokument-IDs (2 bis 12); das erste ist die Bezugssatzung.",
    min_length=3,
    max_length=2000,
    pattern=r"^[^,]*[^,\s][^,]*(,[^,]*[^,\s][^,]*){1,11}$",
)


@router.get("/compare", response_model=Comparison)
async def compare(
    documents: str = DocumentsQuery, *, resources: ResourcesDep, access: AccessDep
) -> Comparison:
    """The statutes clause by clause: per clause of the first, the matching sections of the
    others with word differences, and the sections only some statutes have."""
    ids = _ids(documents)
    return await run_in_threadpool(_compare, resources, ids, access)


@router.get(
    "/compare/figures",
    responses={
        200: {
            "model": FigureTable | list[FigureRow],
            "description": "Die Werte der Klausel: nebeneinander (layout=wide, eine Zeile je "
            "Wert, eine Spalte je Kommune) oder als Liste (layout=long); als JSON, CSV oder "
            "Excel-Datei (format).",
            "content": {"text/csv": {}, _XLSX: {}},
        }
    },
)
async def compare_figures(
    documents: str = DocumentsQuery,
    *,
    resources: ResourcesDep,
    access: AccessDep,
    clause: int = Query(ge=0, description="Nummer der Klausel (Zeile) im Vergleich, ab 0"),
    layout: Literal["wide", "long"] = Query(
        "wide",
        description="wide: eine Zeile je Wert, eine Spalte je Kommune; long: eine Zeile je "
        "Wert und Kommune mit Fundstelle",
    ),
    format: Literal["json", "csv", "xlsx"] = "json",
) -> Response:
    """The values (€, %, Fristen, Stunden, Alter) of one clause across the statutes, the same
    value of every city in one line ("für den zweiten Hund: A 192 €, B 216 €")."""
    ids = _ids(documents)
    result = await run_in_threadpool(_compare, resources, ids, access)
    if clause >= len(result.clauses):
        raise NotFound("Diese Klausel gibt es im Vergleich nicht.")
    rows = result.figures_table(clause)
    table = result.figures_side_by_side(clause)
    wide = layout == "wide"
    if format == "csv":
        return Response(
            table_to_csv(table) if wide else to_csv(rows),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": 'attachment; filename="vergleich-werte.csv"'},
        )
    if format == "xlsx":
        return Response(
            table_to_xlsx(table, rows) if wide else to_xlsx(rows),
            media_type=_XLSX,
            headers={"Content-Disposition": 'attachment; filename="vergleich-werte.xlsx"'},
        )
    if wide:
        return Response(table.model_dump_json(), media_type="application/json")
    return Response(
        "[" + ",".join(r.model_dump_json() for r in rows) + "]", media_type="application/json"
    )


@router.get("/compare/model", response_model=ModelDeviation)
async def compare_with_model(
    resources: ResourcesDep,
    access: AccessDep,
    document: str = Query(description="ID der Satzung der Kommune"),
    model: str = Query(description="ID der Mustersatzung"),
) -> ModelDeviation:
    """Abweichungen vom Muster: clauses the city added, left out or changed."""

    def run() -> ModelDeviation:
        city = _input(_visible(resources, document, access))
        muster = _input(_visible(resources, model, access))
        return deviations_from_model(city, muster)

    return await run_in_threadpool(run)


def _precedents(resources: Resources, document_id: str, access: frozenset[str]) -> PrecedentsOut:
    row = _visible(resources, document_id, access)
    kind = kind_of(row.title, row.doc_type, row.text)
    issuer = _issuer(row.title, row.text, row.meta)
    if kind is None:
        return PrecedentsOut(document_id=row.id, kind=None, issuer=issuer, precedents=[])
    with resources.db() as session:
        candidates = session.execute(
            select(
                DocumentRow.id,
                DocumentRow.title,
                DocumentRow.doc_type,
                DocumentRow.meta,
                func.substr(DocumentRow.text, 1, 3000),
            ).where(
                DocumentRow.state == "indexed",
                DocumentRow.access.in_(sorted(access)),
                DocumentRow.id != row.id,
            )
        ).all()
    out = []
    for cid, title, doc_type, meta, head in candidates:
        other_kind = kind_of(title, doc_type, head or "")
        if other_kind is None or other_kind.key != kind.key:
            continue
        other_issuer = _issuer(title, head or "", meta or {})
        is_model = doc_type == "Mustersatzung"
        if not is_model and issuer and other_issuer == issuer:
            continue  # precedent means other cities; an older version of our own is not one
        out.append(
            Precedent(
                id=cid, title=title, issuer=other_issuer, doc_type=doc_type, is_model=is_model
            )
        )
    out.sort(key=lambda p: (not p.is_model, p.issuer or "", p.title))
    return PrecedentsOut(document_id=row.id, kind=kind, issuer=issuer, precedents=out)


@router.get("/documents/{document_id}/precedents", response_model=PrecedentsOut)
async def precedents(document_id: str, resources: ResourcesDep, access: AccessDep) -> PrecedentsOut:
    """Statutes of the same kind from other issuers (and the matching Mustersatzung)."""
    return await run_in_threadpool(_precedents, resources, document_id, access)


__all__ = ["FigureRow", "FigureTable", "router"]

"""Response schemas beyond the shared models in fundus.models."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, Field

from fundus.models import Hit


class ChunkOut(BaseModel):
    id: str
    position: int
    heading: str | None = None
    text: str


class DocumentOut(BaseModel):
    id: str
    external_id: str | None = None
    source: str
    source_key: str
    title: str
    doc_type: str
    number: str | None = None
    date: dt.date | None = None
    valid_from: dt.date | None = None
    status: str
    topics: list[str]
    aktenplan: str | None = None
    referat: str | None = None
    aktenzeichen: str | None = None
    access: str
    file_name: str | None = None
    media_type: str | None = None
    has_file: bool
    ocr: bool | None = Field(
        default=None, description="Text (partly) from OCR of scanned pages; None: not recorded."
    )
    text_quality: float | None = Field(
        default=None, description="0..1, share of the text that reads like German words."
    )
    extra: dict[str, Any] = Field(default_factory=dict)
    citations: list[str] = Field(default_factory=list)
    text: str
    chunks: list[ChunkOut]


class SimilarOut(BaseModel):
    document_id: str
    hits: list[Hit]


class TopicOut(BaseModel):
    id: str
    name: str
    documents: int


class Ansprechpartner(BaseModel):
    name: str | None = None
    email: str | None = None
    telefon: str | None = None


class ReferatOut(BaseModel):
    id: str
    name: str
    ansprechpartner: Ansprechpartner | None = None
    topics: list[TopicOut]


class AktenplanNode(BaseModel):
    code: str
    title: str


class TaxonomyOut(BaseModel):
    referate: list[ReferatOut]
    aktenplan: list[AktenplanNode]


class IngestRequest(BaseModel):
    paths: list[str] = Field(min_length=1)
    source: str | None = None
    prune: bool = False


class Problem(BaseModel):
    """RFC 9457 problem details; `detail` is German and safe to show to users."""

    type: str = "about:blank"
    title: str
    status: int
    detail: str
    instance: str | None = None


def _problem(description: str) -> dict[str, Any]:
    return {
        "model": Problem,
        "description": description,
        "content": {"application/problem+json": {}},
    }


PROBLEM_RESPONSES: dict[int | str, dict[str, Any]] = {
    401: _problem("API-Schlüssel im falschen Format, ist unbekannt oder widerrufen"),
    403: _problem("Rolle reicht nicht aus"),
    404: _problem("Nicht gefunden (auch: nicht sichtbar für diese Rolle)"),
    413: _problem("Anfrage zu groß"),
    422: _problem("Ungültige Eingabe"),
    429: _problem("Zu viele Anfragen"),
    503: _problem("Zeitüberschreitung oder nicht bereit"),
}

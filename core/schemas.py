"""The API's response shapes that the UI reads too: defined once, here, so the UI cannot drift
from the API (it imports these instead of keeping copies)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, Field

from core.models import Hit, VersionRef
from core.taxonomy import AktenplanNode, Contact


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
    issuer: str | None = None
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
    version: str = Field(default="aktuell", description="'aktuell' or 'ersetzt' (superseded).")
    valid_to: dt.date | None = None
    frist: dt.date | None = Field(default=None, description="Reply deadline of a circular.")
    predecessors: list[VersionRef] = Field(
        default_factory=list, description="Earlier versions this document replaces."
    )
    successors: list[VersionRef] = Field(
        default_factory=list, description="Later versions that replace this document."
    )
    text: str
    chunks: list[ChunkOut]


class SimilarOut(BaseModel):
    document_id: str
    hits: list[Hit]


class TopicOut(BaseModel):
    id: str
    name: str
    documents: int = 0


class ReferatOut(BaseModel):
    id: str
    name: str
    ansprechpartner: Contact | None = None
    topics: list[TopicOut] = Field(default_factory=list)


class TaxonomyOut(BaseModel):
    referate: list[ReferatOut] = Field(default_factory=list)
    aktenplan: list[AktenplanNode] = Field(default_factory=list)

    def topic_names(self) -> dict[str, str]:
        return {t.id: t.name for r in self.referate for t in r.topics}

    def aktenplan_titles(self) -> dict[str, str]:
        return {n.code: n.title for n in self.aktenplan}

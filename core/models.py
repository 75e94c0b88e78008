"""Typed data shared by every stage: documents, chunks and search hits."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, WithJsonSchema, model_validator

from core.access import ACCESS_LEVELS, Access
from core.lifecycle import lifecycle
from core.values import CleanText, CleanTitle, SaneDate

DocType = Literal[
    "Rundschreiben",
    "Stellungnahme",
    "Satzung",
    "Mustersatzung",
    "Vertragsmuster",
    "Handreichung",
    "Geschäftsbericht",
    "Gesetz",
    "Verordnung",
    "Verwaltungsvorschrift",
    "Richtlinie",
    "Sonstiges",
]
DOC_TYPES: tuple[str, ...] = DocType.__args__  # type: ignore[attr-defined]
# The types that are statutes: what the Satzungsvergleich compares (compare/, ui/).
STATUTE_TYPES: tuple[DocType, ...] = ("Satzung", "Mustersatzung")
Status = Literal["in Kraft", "aufgehoben", "Entwurf"]
STATUSES: tuple[str, ...] = Status.__args__  # type: ignore[attr-defined]
# Chunk ids must be UUIDs for Qdrant; deriving them from (document id, position) makes
# re-ingestion overwrite instead of duplicate.
_CHUNK_NAMESPACE = uuid.UUID("6f1c7a52-4c1e-4f43-9d55-3b1f1f0e7a10")


def document_id_for(source: str, key: str) -> str:
    """Stable document id from the source name and the key the source gave it."""
    return str(uuid.uuid5(_CHUNK_NAMESPACE, f"doc:{source}:{key}"))


def chunk_id_for(document_id: str, position: int) -> str:
    return str(uuid.uuid5(_CHUNK_NAMESPACE, f"chunk:{document_id}:{position}"))


class DocumentMeta(BaseModel):
    """Metadata a document carries; free front-matter fields are kept in `extra`."""

    model_config = ConfigDict(extra="ignore")

    title: CleanText
    doc_type: DocType = "Sonstiges"
    number: CleanText | None = None
    date: dt.date | None = None
    valid_from: dt.date | None = None
    status: Status = "in Kraft"
    topics: list[str] = Field(default_factory=list)
    aktenplan: str | None = None
    referat: str | None = None
    aktenzeichen: str | None = None
    # The municipality or district that issued the document ("Gemeinde Aichelberg"): precedent
    # means "other cities". From metadata, OParl, or (statutes only) the title and text.
    issuer: str | None = None
    access: Access = "members"
    extra: dict[str, Any] = Field(default_factory=dict)


class Document(DocumentMeta):
    id: str
    source: str
    source_key: str
    origin: str | None = None  # the file (relative key) the document came from
    external_id: str | None = None
    content_hash: str
    file_sha256: str | None = None
    file_name: str | None = None
    media_type: str | None = None
    citations: list[str] = Field(
        default_factory=list, description="Normalised legal citations ('§ 5 Abs. 2 KAG')."
    )
    text: str = ""


# payload fields that belong to one chunk; every other field is the document's (`Chunk.payload`)
CHUNK_FIELDS = frozenset({"chunk_position", "text", "heading"})


class Chunk(BaseModel):
    """One retrievable passage; `payload()` is what Qdrant filters and displays need."""

    id: str
    document_id: str
    position: int
    text: str
    heading: str | None = None
    embed_text: str

    def payload(self, doc: Document) -> dict[str, Any]:
        return {
            "document_id": self.document_id,
            "chunk_position": self.position,
            "text": self.text,
            "heading": self.heading,
            **document_payload(doc),
        }


def document_payload(doc: Document) -> dict[str, Any]:
    """The payload every chunk of a document shares; a metadata edit rewrites exactly this."""
    return {
        "title": doc.title,
        "external_id": doc.external_id,
        "source": doc.source,
        "source_key": doc.source_key,
        "doc_type": doc.doc_type,
        "number": doc.number,
        "number_key": normalize_number(doc.number) if doc.number else None,
        "date": doc.date.isoformat() if doc.date else None,
        "year": doc.date.year if doc.date else None,
        "status": doc.status,
        "topics": doc.topics,
        "aktenplan": doc.aktenplan,
        "aktenplan_path": aktenplan_prefixes(doc.aktenplan),
        "referat": doc.referat,
        "issuer": doc.issuer,
        "access": doc.access,
        "citations": citation_keys(doc.citations),
        **lifecycle_payload(doc),
    }


def lifecycle_payload(doc: DocumentMeta) -> dict[str, Any]:
    """Version fields (core/lifecycle.py): links, validity, Frist, and `version` for the
    current-only filter."""
    facts = lifecycle(doc.extra)
    return {
        "supersedes": facts.supersedes,
        "superseded_by": facts.superseded_by,
        "version": facts.version,
        "valid_from": doc.valid_from.isoformat() if doc.valid_from else None,
        "valid_to": facts.valid_to.isoformat() if facts.valid_to else None,
        "frist": facts.deadline.isoformat() if facts.deadline else None,
    }


def normalize_number(number: str) -> str:
    """'Rundschreiben Nr. 41/2025' -> '41/2025': the part users type."""
    found = re.search(r"(\d+)\s*/\s*(\d{2,4})", number)
    return f"{int(found.group(1))}/{found.group(2)}" if found else number.strip().lower()


def aktenplan_prefixes(code: str | None) -> list[str]:
    """'20.30.1' -> ['20', '20.30', '20.30.1'] so a filter on a node finds its children."""
    if not code:
        return []
    parts = code.split(".")
    return [".".join(parts[: i + 1]) for i in range(len(parts))]


_CITATION_DETAIL = re.compile(r" (?:Abs\.|UAbs\.|Satz|Halbsatz|Nr\.|Ziff\.|Buchst\.|Alt\.) \S+")


def citation_section(citation: str) -> str:
    """'§ 5 Abs. 2 Satz 1 KAG' -> '§ 5 KAG' (the form core/citations.py writes)."""
    return _CITATION_DETAIL.sub("", citation)


def citation_keys(citations: list[str]) -> list[str]:
    """Each citation and its section, so a filter on '§ 5 KAG' finds '§ 5 Abs. 2 KAG'."""
    keys: dict[str, None] = {}
    for citation in citations:
        keys.setdefault(citation)
        keys.setdefault(citation_section(citation))
    return list(keys)


EDITABLE_FIELDS = (
    "title", "doc_type", "number", "date", "valid_from", "status",
    "topics", "aktenplan", "referat", "aktenzeichen", "access",
)  # fmt: skip


class DocumentPatch(BaseModel):
    """Metadata staff may correct; only the fields sent are changed."""

    model_config = ConfigDict(extra="forbid")

    # Optional, but never null (see `_no_null_for_required`): the schema says so to clients.
    title: Annotated[
        CleanTitle | None,
        WithJsonSchema(
            {
                "type": "string",
                "minLength": 1,
                "maxLength": 500,
                # something besides spaces and control characters (those are removed)
                "pattern": "[^\\s\\u0000-\\u001f\\u007f-\\u009f]",
            }
        ),
    ] = Field(default=None, min_length=1, max_length=500)
    doc_type: Annotated[
        DocType | None, WithJsonSchema({"type": "string", "enum": list(DOC_TYPES)})
    ] = None
    number: CleanText | None = Field(default=None, max_length=100)
    date: SaneDate | None = None
    valid_from: SaneDate | None = None
    status: Annotated[Status | None, WithJsonSchema({"type": "string", "enum": list(STATUSES)})] = (
        None
    )
    topics: list[CleanText] | None = Field(default=None, max_length=20)
    aktenplan: CleanText | None = Field(default=None, max_length=50)
    referat: CleanText | None = Field(default=None, max_length=200)
    aktenzeichen: CleanText | None = Field(default=None, max_length=100)
    issuer: CleanText | None = Field(default=None, max_length=200)
    access: Annotated[
        Access | None, WithJsonSchema({"type": "string", "enum": list(ACCESS_LEVELS)})
    ] = None
    # Version links and dates (core/lifecycle.py); they live in the document's `extra`.
    supersedes: list[CleanText] | None = Field(
        default=None,
        max_length=20,
        description="Kennungen (external_id) oder Nummern der Fassungen, die es ersetzt; "
        "[] hebt die Verknüpfungen auf.",
    )
    superseded_by: CleanText | None = Field(
        default=None,
        max_length=200,
        description="Kennung (external_id) der Fassung, die es ersetzt; null: wieder aktuell.",
    )
    valid_to: SaneDate | None = Field(default=None, description="Gilt bis; null: unbefristet.")
    frist: SaneDate | None = Field(default=None, description="Rückmeldefrist; null: keine.")

    @model_validator(mode="before")
    @classmethod
    def _no_null_for_required(cls, data: Any) -> Any:
        """Omitting a field leaves it alone; `null` would erase what every document has."""
        if isinstance(data, dict):
            nulls = [
                k
                for k in ("title", "doc_type", "status", "access")
                if k in data and data[k] is None
            ]
            if nulls:
                fields = ", ".join(nulls)
                raise ValueError(f"Diese Felder dürfen nicht leer (null) sein: {fields}.")
        return data


class VersionRef(BaseModel):
    """Another version of a document, as a link."""

    document_id: str
    external_id: str | None = None
    title: str
    date: dt.date | None = None
    status: str | None = None


class Hit(BaseModel):
    """One document in a result list, represented by its best chunk."""

    document_id: str
    external_id: str | None = None
    title: str
    doc_type: str
    date: dt.date | None = None
    topics: list[str] = Field(default_factory=list)
    status: str | None = None
    number: str | None = None
    source_key: str | None = None
    issuer: str | None = None
    score: float
    snippet: str
    chunk_id: str
    version: str = Field(default="aktuell", description="'aktuell' or 'ersetzt' (superseded).")
    supersedes: list[str] = Field(default_factory=list)
    superseded_by: str | None = None
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    frist: dt.date | None = Field(default=None, description="Reply deadline of a circular.")
    earlier_versions: list[VersionRef] = Field(
        default_factory=list, description="Superseded versions folded under this hit."
    )


SortOrder = Literal["relevance", "date"]
SearchMode = Literal["hybrid", "dense", "sparse"]


class SearchFilters(BaseModel):
    model_config = ConfigDict(extra="forbid")

    doc_type: list[DocType] = Field(default_factory=list)
    topics: list[str] = Field(default_factory=list)
    year_from: int | None = Field(default=None, ge=1900, le=2100)
    year_to: int | None = Field(default=None, ge=1900, le=2100)
    referat: str | None = None
    aktenplan: str | None = None
    status: list[Status] = Field(default_factory=list)
    issuer: list[str] = Field(
        default_factory=list, max_length=20, description="Kommunen, z. B. 'Gemeinde Aichelberg'."
    )
    citations: list[str] = Field(
        default_factory=list,
        max_length=20,
        description="Rechtsnormen, z. B. '§ 5 KAG' (findet auch '§ 5 Abs. 2 KAG').",
    )
    all_versions: bool = Field(
        default=False,
        description="Auch ersetzte Fassungen als eigene Treffer (sonst unter der geltenden "
        "gefaltet; ein Jahresfilter zeigt immer alle Fassungen).",
    )


MAX_QUERY_CHARS = 500


class SearchQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")

    query: str = Field(min_length=1, max_length=MAX_QUERY_CHARS, pattern=r"\S")
    filters: SearchFilters = Field(default_factory=SearchFilters)
    sort: SortOrder = "relevance"
    limit: int = Field(default=10, ge=1, le=100)
    offset: int = Field(default=0, ge=0, le=1000)
    mode: SearchMode = "hybrid"


class SearchResult(BaseModel):
    total: int = Field(description="Relevant documents (score at least `threshold`).")
    depth: int = Field(description="Chunks retrieved per channel to form the candidate set.")
    threshold: float = Field(default=0.0, description="The relevance threshold applied.")
    hits: list[Hit]
    facets: dict[str, dict[str, int]] = Field(description="Counts over the relevant documents.")
    weak_hits: list[Hit] = Field(
        default_factory=list,
        description="Closest documents below the threshold, only when nothing is relevant.",
    )
    suggestions: list[str] = Field(
        default_factory=list, description="Spelling suggestions when nothing is relevant."
    )

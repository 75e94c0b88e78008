"""Uploaded documents as drafts: extract, suggest, propose; confirm indexes them.

Confirming runs the ordinary ingestion (`ingest_paths`) on the stored original with the
confirmed metadata in a sidecar file, so an upload is converted, chunked and embedded exactly
like a document from the corpus, and the sidecar - which wins over front matter - makes the
confirmed values the ones indexed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import shutil
import threading
from contextlib import nullcontext
from pathlib import PurePosixPath
from typing import Any

import yaml
from pydantic import BaseModel, Field
from sqlalchemy import select

from core.errors import BadInput, FundusError, InvalidRequest, NotFound
from core.jsonable import jsonable
from core.models import DocumentPatch, document_id_for
from core.settings import Settings
from core.tables import DocumentRow, DraftRow
from core.taxonomy import Taxonomy, load_taxonomy
from documents.originals import original_path
from ingest.converters import SIDECAR_SUFFIX, convert_bytes
from ingest.metadata import _ALIASES, build_meta
from runtime.resources import Resources
from tagging.extract import ExtractedMetadata, extract_metadata
from tagging.suggest import Tagger, TagSuggestions
from tagging.uploads import check_upload

logger = logging.getLogger(__name__)

STAGING = "erfassung"  # below data_dir: per-draft folders that exist only while confirming


class Conflict(FundusError):
    status = 409
    title = "Konflikt"


class DraftMetadata(DocumentPatch):
    """Metadata of a draft: proposed by Fundus, then accepted or changed by staff. The same
    fields as a staff correction; in a confirmation only the fields sent change the proposal."""


class DraftOut(BaseModel):
    id: str = Field(description="Die Kennung, die das Dokument nach der Bestätigung trägt.")
    state: str = Field(description="'draft' (wartet auf Bestätigung) oder 'confirmed'.")
    file_name: str
    media_type: str | None = None
    size: int
    title: str
    created_by: str
    created_at: dt.datetime
    extracted: ExtractedMetadata
    suggestions: TagSuggestions
    proposed: DraftMetadata
    confirmed: DraftMetadata | None = None
    confirmed_by: str | None = None
    auto_accepted: bool = False


# -- create -------------------------------------------------------------------------------


def create_draft(
    resources: Resources,
    tagger: Tagger,
    data: bytes,
    file_name: str | None,
    *,
    editor: str,
    lock: threading.Lock | None = None,
) -> DraftOut:
    """Check, convert and tag an upload; store it as a draft (or index it at once when
    FUNDUS_TAG_AUTO_ACCEPT is set and every suggestion reaches it)."""
    settings = resources.settings
    _, name = check_upload(data, file_name, max_mb=settings.max_upload_mb)
    suffix = PurePosixPath(name).suffix
    converted = convert_bytes(data, suffix)
    text = clean_upload_text(converted.text, name)
    raw = dict(converted.meta)
    sha = hashlib.sha256(data).hexdigest()
    stage_name = f"{sha[:12]}-{name}"
    key = str(raw["id"]) if raw.get("id") else stage_name
    draft_id = document_id_for(settings.upload_source, key)
    base = build_meta(
        raw,
        text,
        fallback_title=PurePosixPath(name).stem.replace("_", " "),
        default_access=settings.default_access,
    )
    taxonomy = load_taxonomy(settings.taxonomy_file)
    extracted = extract_metadata(
        text,
        title=base.title,
        referate=[r.name for r in taxonomy.referate],
        aktenplan_codes=sorted(taxonomy.aktenplan_codes()),
    )
    suggestions = tagger.suggest(base.title, text)
    proposed = propose(raw, base.model_dump(), extracted, suggestions, taxonomy, settings)
    _store_original(data, sha, settings)
    with resources.db.begin() as session:
        existing = session.get(DocumentRow, draft_id)
        if existing is not None and existing.file_sha256 == sha and existing.state == "indexed":
            raise Conflict(f"Diese Datei ist bereits erfasst (Dokument {draft_id}).")
        row = session.get(DraftRow, draft_id) or DraftRow(id=draft_id)
        row.source_key, row.stage_name, row.file_name = key, stage_name, name
        row.media_type, row.file_sha256, row.size = converted.media_type, sha, len(data)
        row.title, row.text, row.raw_meta = base.title, text, jsonable(raw)
        row.extracted = extracted.model_dump(mode="json")
        row.suggestions = suggestions.model_dump(mode="json")
        row.proposed = proposed.model_dump(mode="json")
        row.confirmed, row.confirmed_by, row.confirmed_at = None, None, None
        row.state, row.created_by = "draft", editor
        session.add(row)
    logger.info("Draft %s from upload %s (unsicher: %s)", draft_id, name, suggestions.unsicher)
    threshold = settings.tag_auto_accept
    if threshold is not None and _sure_enough(suggestions, proposed, threshold):
        confirm_draft(
            resources, draft_id, DraftMetadata(), editor=f"{editor} (automatisch)", lock=lock
        )
        out = get_draft(resources, draft_id)
        out.auto_accepted = True
        return out
    return get_draft(resources, draft_id)


def clean_upload_text(text: str, name: str) -> str:
    """The ingestion cleaner, so suggestions see the text exactly as it will be indexed.
    Imported here: the API starts without Haystack and loads it with the first upload."""
    from haystack import Document as HDocument

    from ingest.components import TextCleaner

    result = TextCleaner().run(documents=[HDocument(content=text, meta={"path": name})])
    if not result["documents"]:
        raise BadInput("Die Datei enthält keinen lesbaren Text.")
    return result["documents"][0].content or ""


def propose(
    raw: dict[str, Any],
    base: dict[str, Any],
    extracted: ExtractedMetadata,
    suggestions: TagSuggestions,
    taxonomy: Taxonomy,
    settings: Settings,
) -> DraftMetadata:
    """What the form is filled with. Precedence: what the file's own metadata states, then
    what its text states (rules), then the model - and the model only where it is sure:
    an empty field is better than a wrong guess staff might wave through."""
    explicit = _explicit_fields(raw)

    def pick(field: str, *candidates: Any) -> Any:
        if field in explicit:
            return base.get(field)
        return next((c for c in candidates if c not in (None, "", [])), None)

    base = _within_limits(base)
    threshold = suggestions.threshold
    sure_type = _sure(suggestions.doc_type, threshold)
    topics = [] if "topics" in suggestions.unsicher_fields else suggestions.proposed_topics
    topics = pick("topics", topics) or []
    referat = pick("referat", extracted.referat, _referat_of(topics, taxonomy))
    values = dict(
        title=base.get("title"),
        doc_type=pick("doc_type", extracted.doc_type, sure_type),
        number=pick("number", extracted.number),
        date=pick("date", extracted.date),
        valid_from=base.get("valid_from"),
        status=base.get("status") or "in Kraft",
        topics=topics,
        aktenplan=pick("aktenplan", extracted.aktenplan, _sure(suggestions.aktenplan, threshold)),
        referat=referat,
        aktenzeichen=pick("aktenzeichen", extracted.aktenzeichen),
        access=base.get("access") if "access" in explicit else settings.default_access,
    )
    return _metadata(values)


def _metadata(values: dict[str, Any]) -> DraftMetadata:
    """Draft metadata from stored or proposed values. A field nobody filled is left unset,
    never an explicit null: DocumentPatch reads null for title, type, status or access as
    "erase it" and refuses it, and a draft may well have no type yet."""
    return DraftMetadata.model_validate({k: v for k, v in values.items() if v is not None})


def _within_limits(values: dict[str, Any]) -> dict[str, Any]:
    """Front matter may carry longer values than a confirmation accepts; cut them so the
    proposal itself is always a valid confirmation."""
    out = dict(values)
    for name, info in DraftMetadata.model_fields.items():
        limit = next((m.max_length for m in info.metadata if hasattr(m, "max_length")), None)
        value = out.get(name)
        if limit is not None and isinstance(value, str | list):
            out[name] = value[:limit]
    return out


def _sure(scores: list[Any], threshold: float) -> str | None:
    return scores[0].label if scores and scores[0].confidence >= threshold else None


def _explicit_fields(raw: dict[str, Any]) -> set[str]:
    lowered = {str(k).lower(): v for k, v in raw.items()}
    fields = {
        field
        for field, names in _ALIASES.items()
        if any(lowered.get(n) not in (None, "", []) for n in names)
    }
    return fields


def _referat_of(topics: list[str], taxonomy: Taxonomy) -> str | None:
    """Topics belong to a Referat; the first topic's Referat files the document."""
    for topic in topics:
        if (referat := taxonomy.referat_of_topic(topic)) is not None:
            return referat.name
    return None


def _sure_enough(suggestions: TagSuggestions, proposed: DraftMetadata, threshold: float) -> bool:
    if suggestions.unsicher or not proposed.doc_type or not proposed.title:
        return False
    chosen = {s.label: s.confidence for s in suggestions.topics}
    type_ok = bool(suggestions.doc_type) and suggestions.doc_type[0].confidence >= threshold
    topics_ok = all(chosen.get(t, 0.0) >= threshold for t in proposed.topics or [])
    return type_ok and topics_ok and bool(proposed.topics)


def _store_original(data: bytes, sha: str, settings: Settings) -> None:
    target = original_path(settings.originals_dir, sha)
    if target.exists():
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".tmp")
    tmp.write_bytes(data)
    tmp.replace(target)


# -- read, discard ------------------------------------------------------------------------


def get_draft(resources: Resources, draft_id: str) -> DraftOut:
    with resources.db() as session:
        row = session.get(DraftRow, draft_id)
        if row is None:
            raise NotFound("Entwurf nicht gefunden.")
        return _out(row)


def list_drafts(
    resources: Resources, *, state: str | None = "draft", limit: int = 100
) -> list[DraftOut]:
    with resources.db() as session:
        query = select(DraftRow).order_by(DraftRow.created_at.desc()).limit(limit)
        if state:
            query = query.where(DraftRow.state == state)
        return [_out(row) for row in session.scalars(query)]


def discard_draft(resources: Resources, draft_id: str) -> None:
    """Drop an unconfirmed draft and, if nothing else uses it, its stored original."""
    with resources.db.begin() as session:
        row = session.get(DraftRow, draft_id)
        if row is None or row.state != "draft":
            raise NotFound("Entwurf nicht gefunden.")
        sha = row.file_sha256
        session.delete(row)
        used = session.scalar(
            select(DocumentRow.id).where(DocumentRow.file_sha256 == sha)
        ) or session.scalar(
            select(DraftRow.id).where(DraftRow.file_sha256 == sha, DraftRow.id != draft_id)
        )
    if used is None:
        original_path(resources.settings.originals_dir, sha).unlink(missing_ok=True)


def _out(row: DraftRow) -> DraftOut:
    return DraftOut(
        id=row.id,
        state=row.state,
        file_name=row.file_name,
        media_type=row.media_type,
        size=row.size,
        title=row.title,
        created_by=row.created_by,
        created_at=row.created_at,
        extracted=ExtractedMetadata.model_validate(row.extracted),
        suggestions=TagSuggestions.model_validate(row.suggestions),
        proposed=_metadata(row.proposed),
        confirmed=_metadata(row.confirmed) if row.confirmed else None,
        confirmed_by=row.confirmed_by,
    )


# -- confirm ------------------------------------------------------------------------------


def confirm_draft(
    resources: Resources,
    draft_id: str,
    changes: DraftMetadata,
    *,
    editor: str,
    lock: threading.Lock | None = None,
) -> str:
    """Index the draft with its proposal overlaid by `changes`; returns the document id."""
    from ingest.api import ingest_paths

    settings = resources.settings
    with resources.db() as session:
        row = session.get(DraftRow, draft_id)
        if row is None:
            raise NotFound("Entwurf nicht gefunden.")
        if row.state != "draft":
            raise Conflict("Dieser Entwurf wurde bereits bestätigt.")
        proposed = _metadata(row.proposed)
        stage_name, file_name, sha = row.stage_name, row.file_name, row.file_sha256
    final = proposed.model_copy(update=changes.model_dump(exclude_unset=True))
    final = _metadata(final.model_dump())
    if not final.title:
        raise InvalidRequest("Bitte geben Sie einen Titel an.")
    if not final.doc_type:
        raise InvalidRequest("Bitte wählen Sie einen Dokumenttyp.")
    original = original_path(settings.originals_dir, sha)
    if not original.exists():
        raise NotFound("Die hochgeladene Datei fehlt im Datenordner.")
    stage_dir = settings.data_dir / STAGING / draft_id
    stage_dir.mkdir(parents=True, exist_ok=True)
    staged = stage_dir / stage_name
    try:
        shutil.copyfile(original, staged)
        sidecar = {k: v for k, v in final.model_dump(mode="json").items() if v not in (None, [])}
        staged.with_name(staged.name + SIDECAR_SUFFIX).write_text(
            yaml.safe_dump(sidecar, allow_unicode=True, sort_keys=False), encoding="utf-8"
        )
        with lock or nullcontext():
            report = ingest_paths(
                [staged], resources, source=settings.upload_source, progress=False
            )
        if report.failed:
            raise BadInput(report.failed[0].reason)
    finally:
        shutil.rmtree(stage_dir, ignore_errors=True)
    now = dt.datetime.now(dt.UTC)
    with resources.db.begin() as session:
        document = session.get(DocumentRow, draft_id)
        if document is None:
            raise BadInput("Das Dokument konnte nicht indexiert werden.")
        document.file_name = file_name  # the staged name carried a hash prefix
        document.meta = {**document.meta, "file_name": file_name}
        row = session.get(DraftRow, draft_id)
        assert row is not None
        row.state, row.confirmed = "confirmed", final.model_dump(mode="json")
        row.confirmed_by, row.confirmed_at = editor, now
    logger.info("Draft %s confirmed by %s", draft_id, editor)
    return draft_id


__all__ = [
    "Conflict",
    "DraftMetadata",
    "DraftOut",
    "confirm_draft",
    "create_draft",
    "discard_draft",
    "get_draft",
    "list_drafts",
]

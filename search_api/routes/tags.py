"""Tag suggestions for staff: `POST /tags/suggest` for a file or a text, `GET /tags/model`."""

from __future__ import annotations

import logging
import threading
from pathlib import PurePosixPath
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile as StarletteUploadFile

from core.errors import BadInput, InvalidRequest
from core.taxonomy import load_taxonomy
from ingest.converters import convert_bytes
from ingest.metadata import build_meta
from runtime.resources import Resources
from search_api.http.deps import ResourcesDep, StaffDep
from tagging.drafts import clean_upload_text
from tagging.extract import ExtractedMetadata, extract_metadata
from tagging.suggest import LabelScore, Tagger, TaggerStatus
from tagging.uploads import check_upload

logger = logging.getLogger(__name__)

router = APIRouter(prefix="/tags", tags=["Verschlagwortung"])
_TAGGER_LOCK = threading.Lock()


def get_tagger(request: Request) -> Tagger:
    """One tagger per app, created on first use (it learns lazily, too)."""
    state = request.app.state
    tagger = getattr(state, "tagger", None)
    if tagger is None:
        with _TAGGER_LOCK:
            tagger = getattr(state, "tagger", None)
            if tagger is None:
                tagger = Tagger(state.resources)
                state.tagger = tagger
    return tagger


TaggerDep = Annotated[Tagger, Depends(get_tagger)]


class SuggestText(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=60_000, pattern=r"\S")
    title: str | None = Field(default=None, max_length=500)


class SuggestOut(BaseModel):
    """Extracted fields and ranked suggestions; nothing here is stored."""

    metadata: ExtractedMetadata
    doc_type: list[LabelScore]
    topics: list[LabelScore]
    aktenplan: list[LabelScore]
    proposed_topics: list[str]
    unsicher: bool = Field(description="Typ oder Themen liegen unter der Sicherheitsschwelle.")
    unsicher_fields: list[str]
    threshold: float
    trained_on: int = Field(description="Dokumente, aus denen gelernt wurde.")
    ready: bool = Field(description="False: das Modell lernt noch; gleich erneut versuchen.")


_UPLOAD_SCHEMA = {
    "type": "object",
    "properties": {"file": {"type": "string", "format": "binary"}},
    "required": ["file"],
}
_SUGGEST_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": SuggestText.model_json_schema()},
            "multipart/form-data": {"schema": _UPLOAD_SCHEMA},
        },
    }
}


@router.post("/suggest", response_model=SuggestOut, openapi_extra=_SUGGEST_BODY)
async def suggest(
    request: Request, resources: ResourcesDep, tagger: TaggerDep, staff: StaffDep
) -> SuggestOut:
    """Suggest type, topics and Aktenplan for an uploaded file (multipart, field `file`) or a
    text (JSON `{text, title}`), with calibrated confidence. Staff only."""
    content_type = request.headers.get("content-type", "")
    if content_type.startswith("multipart/form-data"):
        form = await request.form()
        upload = form.get("file")
        if not isinstance(upload, StarletteUploadFile):
            raise InvalidRequest("Bitte eine Datei im Feld 'file' senden.")
        data = await upload.read()
        return await run_in_threadpool(_suggest_file, resources, tagger, data, upload.filename)
    try:
        body = SuggestText.model_validate_json(await request.body())
    except ValidationError as exc:
        raise RequestValidationError(exc.errors()) from None
    return await run_in_threadpool(_suggest_text, resources, tagger, body.text, body.title)


@router.get("/model", response_model=TaggerStatus)
def model_status(tagger: TaggerDep, staff: StaffDep) -> TaggerStatus:
    """What the suggestions are learned from (and starts learning if nothing is learned yet);
    also how the UI finds out it talks as staff."""
    tagger.start()
    return tagger.status()


def _suggest_file(
    resources: Resources, tagger: Tagger, data: bytes, file_name: str | None
) -> SuggestOut:
    _, name = check_upload(data, file_name, max_mb=resources.settings.max_upload_mb)
    try:
        converted = convert_bytes(data, PurePosixPath(name).suffix, ocr=resources.settings.ocr)
    except BadInput:
        raise
    except Exception as exc:  # a converter bug on a hostile upload is the file's fault, not a 500
        logger.warning("Upload %s could not be converted: %s", name, exc)
        raise BadInput("Die Datei konnte nicht gelesen werden.") from exc
    text = clean_upload_text(converted.text, name)
    title = build_meta(
        converted.meta,
        text,
        fallback_title=PurePosixPath(name).stem.replace("_", " "),
        default_access=resources.settings.default_access,
    ).title
    return _suggest_text(resources, tagger, text, title)


def _suggest_text(resources: Resources, tagger: Tagger, text: str, title: str | None) -> SuggestOut:
    title = (title or "").strip() or _first_line(text)
    taxonomy = load_taxonomy(resources.settings.taxonomy_file)
    metadata = extract_metadata(
        text,
        title=title,
        referate=[r.name for r in taxonomy.referate],
        aktenplan_codes=sorted(taxonomy.aktenplan_codes()),
    )
    found = tagger.suggest(title, text)
    return SuggestOut(
        metadata=metadata,
        doc_type=found.doc_type,
        topics=found.topics,
        aktenplan=found.aktenplan,
        proposed_topics=found.proposed_topics,
        unsicher=found.unsicher,
        unsicher_fields=found.unsicher_fields,
        threshold=found.threshold,
        trained_on=found.trained_on,
        ready=found.ready,
    )


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip().lstrip("#").strip()[:200]
    return "Ohne Titel"

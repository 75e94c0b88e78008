"""The staff capture endpoints for the UI: upload, suggestions, confirm, bulk PATCH.

Kept beside ui/client.py (and using its transport and error handling) so the member-facing
client stays small; every function here needs a staff key, anything else answers 403.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import Field

from ui.client import Document, FundusClient, _Model, _segment


class LabelScore(_Model):
    label: str
    confidence: float


class Suggestions(_Model):
    doc_type: list[LabelScore] = Field(default_factory=list)
    topics: list[LabelScore] = Field(default_factory=list)
    aktenplan: list[LabelScore] = Field(default_factory=list)
    proposed_topics: list[str] = Field(default_factory=list)
    unsicher: bool = True
    unsicher_fields: list[str] = Field(default_factory=list)
    threshold: float = 0.5
    trained_on: int = 0
    ready: bool = True
    too_short: bool = False  # too little text for suggestions (tagging/suggest.py)


class Extracted(_Model):
    doc_type: str | None = None
    doc_type_cue: str | None = None
    number: str | None = None
    date: dt.date | None = None
    dates: list[dt.date] = Field(default_factory=list)
    aktenzeichen: str | None = None
    aktenplan: str | None = None
    referat: str | None = None
    citations: list[str] = Field(default_factory=list)


class DraftMetadata(_Model):
    title: str | None = None
    doc_type: str | None = None
    number: str | None = None
    date: dt.date | None = None
    valid_from: dt.date | None = None
    status: str | None = None
    topics: list[str] | None = None
    aktenplan: str | None = None
    referat: str | None = None
    aktenzeichen: str | None = None
    access: str | None = None


class Draft(_Model):
    id: str
    state: str
    file_name: str
    title: str
    extracted: Extracted
    suggestions: Suggestions
    proposed: DraftMetadata
    confirmed: DraftMetadata | None = None
    auto_accepted: bool = False


class TaggerStatus(_Model):
    trained_on: int = 0
    stale: bool = False


def tagger_status(api: FundusClient) -> TaggerStatus:
    """Also the staff check: members and anonymous callers get 403."""
    return api._parse(TaggerStatus, api._request("GET", "/tags/model"))


def upload(api: FundusClient, file_name: str, data: bytes, mime: str | None = None) -> Draft:
    files = {"file": (file_name, data, mime or "application/octet-stream")}
    return api._parse(Draft, api._request("POST", "/documents", files=files))


def confirm(api: FundusClient, draft_id: str, metadata: dict[str, Any]) -> Document:
    body = DraftMetadata.model_validate(metadata).model_dump(mode="json", exclude_unset=True)
    response = api._request("POST", f"/documents/{_segment(draft_id)}/confirm", json=body)
    return api._parse(Document, response)


def discard(api: FundusClient, draft_id: str) -> None:
    api._request("DELETE", f"/drafts/{_segment(draft_id)}")


def patch(api: FundusClient, document_id: str, changes: dict[str, Any]) -> Document:
    response = api._request("PATCH", f"/documents/{_segment(document_id)}", json=changes)
    return api._parse(Document, response)

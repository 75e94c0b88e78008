"""Subscription data as the API takes and returns it."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from core.models import MAX_QUERY_CHARS, SearchFilters

Mode = Literal["sofort", "woechentlich"]
MODES: tuple[str, ...] = Mode.__args__  # type: ignore[attr-defined]
MODE_LABELS = {"sofort": "sofort", "woechentlich": "wöchentlich"}
# Deliberately plain: a mail server decides deliverability; this only catches typing errors
# and anything that could break a mail header. ASCII classes only, so that Python and the
# JSON Schema (ECMA) regex dialects agree on what matches.
_NOT_IN_ADDRESS = r"""@\x00-\x20\x7f<>"',;()\[\]\\"""
EMAIL_PATTERN = rf"^[^{_NOT_IN_ADDRESS}]+@[^{_NOT_IN_ADDRESS}]+\.[^{_NOT_IN_ADDRESS}.]{{2,}}$"


class SubscriptionCreate(BaseModel):
    """A topic, Aktenplan node or document type subscription is a subscription with filters
    and no query; a saved search has a query (and may have filters); with neither, every new
    document the member may see is reported."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "name": "Grundsteuer",
                    "filters": {"topics": ["grundsteuer"]},
                    "email": "steueramt@musterstadt.de",
                    "mode": "sofort",
                },
                {
                    "name": "Hitzeschutz in Kitas",
                    "query": "Hitzeschutz Kindertagesstätten",
                    "filters": {"doc_type": ["Rundschreiben", "Handreichung"]},
                    "email": "jugendamt@musterstadt.de",
                    "mode": "woechentlich",
                },
            ]
        },
    )

    name: str = Field(min_length=1, max_length=200, description="Name in „Meine Abos“.")
    query: str | None = Field(
        default=None, max_length=MAX_QUERY_CHARS, description="Suchanfrage (gespeicherte Suche)."
    )
    filters: SearchFilters = Field(default_factory=SearchFilters)
    email: str = Field(
        min_length=3,
        max_length=320,
        description="Empfänger der Nachrichten.",
        # In the schema, so clients know; checked (with a German message) in notify.store.
        json_schema_extra={"pattern": EMAIL_PATTERN},
    )
    mode: Mode = Field(default="sofort", description="sofort oder woechentlich (Wochenübersicht).")

    @field_validator("name")
    @classmethod
    def _tidy_name(cls, value: str) -> str:
        return " ".join(value.split()) or "Abo"

    @field_validator("query")
    @classmethod
    def _blank_is_none(cls, value: str | None) -> str | None:
        if value is None:
            return None
        return " ".join(value.split()) or None


class Subscription(BaseModel):
    id: int
    name: str
    query: str | None = None
    filters: SearchFilters
    email: str
    mode: Mode
    created_at: dt.datetime
    token: str | None = Field(
        default=None,
        description="Geheimnis für Feed-Reader (in der Feed-Adresse); nur beim Anlegen und "
        "Erneuern, gespeichert wird es nur als Hash.",
    )
    feed_path: str | None = Field(
        default=None, description="Atom-Feed dieses Abos, relativ zur API-Adresse (wie token)."
    )

    @property
    def is_search(self) -> bool:
        return bool(self.query)

"""Lenient pydantic models of the OParl 1.1 objects Fundus reads.

Real servers omit `type`, add vendor fields and write timestamps with microseconds or without a
zone; only `id` is required, unknown fields are ignored and a bad timestamp becomes None instead
of costing the object.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

SCHEMA = "https://schema.oparl.org/1.1/"


def parse_timestamp(raw: Any) -> dt.datetime | None:
    """ISO 8601 with or without microseconds, 'Z' or an offset; naive times count as UTC."""
    if raw is None or raw == "":
        return None
    if isinstance(raw, dt.datetime):
        value = raw
    else:
        text = str(raw).strip().replace("Z", "+00:00")
        try:
            value = dt.datetime.fromisoformat(text)
        except ValueError:
            try:
                value = dt.datetime.combine(dt.date.fromisoformat(text[:10]), dt.time())
            except ValueError:
                return None
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def parse_day(raw: Any) -> dt.date | None:
    if raw is None or raw == "":
        return None
    if isinstance(raw, dt.date):
        return raw
    try:
        return dt.date.fromisoformat(str(raw).strip()[:10])
    except ValueError:
        return None


def type_name(raw: str | None) -> str | None:
    """'https://schema.oparl.org/1.1/Paper' -> 'Paper'."""
    return raw.rstrip("/").rsplit("/", 1)[-1] if raw else None


class OparlObject(BaseModel):
    model_config = ConfigDict(extra="ignore", populate_by_name=True)

    id: str
    type: str | None = None  # missing on some servers
    name: str | None = None
    created: dt.datetime | None = None
    modified: dt.datetime | None = None
    deleted: bool = False
    web: str | None = None

    @field_validator("created", "modified", mode="before")
    @classmethod
    def _timestamp(cls, raw: Any) -> dt.datetime | None:
        return parse_timestamp(raw)

    @field_validator("deleted", mode="before")
    @classmethod
    def _deleted(cls, raw: Any) -> bool:
        return raw is True or str(raw).lower() == "true"


class File(OparlObject):
    file_name: str | None = Field(default=None, alias="fileName")
    mime_type: str | None = Field(default=None, alias="mimeType")
    date: dt.date | None = None
    size: int | None = None
    sha1_checksum: str | None = Field(default=None, alias="sha1Checksum")
    access_url: str | None = Field(default=None, alias="accessUrl")
    download_url: str | None = Field(default=None, alias="downloadUrl")
    paper: list[str] = Field(default_factory=list)

    @field_validator("date", mode="before")
    @classmethod
    def _day(cls, raw: Any) -> dt.date | None:
        return parse_day(raw)

    @field_validator("size", mode="before")
    @classmethod
    def _size(cls, raw: Any) -> int | None:
        try:
            return int(raw) if raw not in (None, "") else None
        except (TypeError, ValueError):
            return None

    def urls(self) -> list[str]:
        """accessUrl first (the spec's required one), downloadUrl as the fallback."""
        return [u for u in dict.fromkeys([self.access_url, self.download_url]) if u]


class Consultation(BaseModel):
    model_config = ConfigDict(extra="ignore")

    id: str | None = None
    meeting: str | None = None
    organization: list[str] = Field(default_factory=list)
    role: str | None = None

    @field_validator("organization", mode="before")
    @classmethod
    def _orgs(cls, raw: Any) -> list[str]:
        return _url_list(raw)


class Paper(OparlObject):
    body: str | None = None
    reference: str | None = None
    date: dt.date | None = None
    paper_type: str | None = Field(default=None, alias="paperType")
    main_file: File | None = Field(default=None, alias="mainFile")
    auxiliary_file: list[File] = Field(default_factory=list, alias="auxiliaryFile")
    consultation: list[Consultation] = Field(default_factory=list)
    under_direction_of: list[str] = Field(default_factory=list, alias="underDirectionOf")

    @field_validator("date", mode="before")
    @classmethod
    def _day(cls, raw: Any) -> dt.date | None:
        return parse_day(raw)

    @field_validator("auxiliary_file", "consultation", mode="before")
    @classmethod
    def _objects(cls, raw: Any) -> list[Any]:
        return [item for item in (raw or []) if isinstance(item, dict) and item.get("id")]

    @field_validator("main_file", mode="before")
    @classmethod
    def _main(cls, raw: Any) -> Any:
        return raw if isinstance(raw, dict) and raw.get("id") else None

    @field_validator("under_direction_of", mode="before")
    @classmethod
    def _orgs(cls, raw: Any) -> list[str]:
        return _url_list(raw)

    def files(self) -> list[File]:
        return ([self.main_file] if self.main_file else []) + self.auxiliary_file


class Location(BaseModel):
    model_config = ConfigDict(extra="ignore")

    description: str | None = None
    room: str | None = None
    street_address: str | None = Field(default=None, alias="streetAddress")
    locality: str | None = None

    def text(self) -> str | None:
        parts = [self.description, self.room, self.street_address, self.locality]
        return ", ".join(p for p in parts if p) or None


class Meeting(OparlObject):
    start: dt.datetime | None = None
    end: dt.datetime | None = None
    cancelled: bool = False
    meeting_state: str | None = Field(default=None, alias="meetingState")
    location: Location | None = None
    organization: list[str] = Field(default_factory=list)

    @field_validator("start", "end", mode="before")
    @classmethod
    def _when(cls, raw: Any) -> dt.datetime | None:
        return parse_timestamp(raw)

    @field_validator("location", mode="before")
    @classmethod
    def _location(cls, raw: Any) -> Any:
        return raw if isinstance(raw, dict) else None  # a bare URL: not worth a request

    @field_validator("organization", mode="before")
    @classmethod
    def _orgs(cls, raw: Any) -> list[str]:
        return _url_list(raw)


class Organization(OparlObject):
    short_name: str | None = Field(default=None, alias="shortName")
    organization_type: str | None = Field(default=None, alias="organizationType")
    classification: str | None = None


class Body(OparlObject):
    short_name: str | None = Field(default=None, alias="shortName")
    organization: str | None = None
    meeting: str | None = None
    paper: str | None = None
    file: str | None = None
    website: str | None = None
    ags: str | None = None


class System(OparlObject):
    oparl_version: str | None = Field(default=None, alias="oparlVersion")
    body: str | None = None
    vendor: str | None = None
    product: str | None = None


def _url_list(raw: Any) -> list[str]:
    if raw is None:
        return []
    if isinstance(raw, str):
        return [raw]
    return [item if isinstance(item, str) else str(item.get("id", "")) for item in raw if item]

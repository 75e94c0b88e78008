"""The association's taxonomy (settings.taxonomy_file), typed: digests need the Referat of a
topic, its order and its Ansprechpartner, and subscriptions must name topics that exist."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore")


class Contact(_Model):
    name: str | None = None
    email: str | None = None
    telefon: str | None = None


class Topic(_Model):
    id: str
    name: str


class Referat(_Model):
    id: str
    name: str
    ansprechpartner: Contact | None = None
    topics: list[Topic] = Field(default_factory=list)


class AktenplanNode(_Model):
    code: str
    title: str


class Verband(_Model):
    name: str = "Fundus"
    anschrift: str | None = None
    website: str | None = None


class Taxonomy(_Model):
    verband: Verband = Field(default_factory=Verband)
    referate: list[Referat] = Field(default_factory=list)
    aktenplan: list[AktenplanNode] = Field(default_factory=list)

    def topic_names(self) -> dict[str, str]:
        return {t.id: t.name for r in self.referate for t in r.topics}

    def referat_of_topic(self, topic_id: str) -> Referat | None:
        return next((r for r in self.referate if any(t.id == topic_id for t in r.topics)), None)

    def referat_named(self, name: str | None) -> Referat | None:
        """Documents name their Referat by its full name; ids are accepted too."""
        if not name:
            return None
        return next((r for r in self.referate if name in (r.name, r.id)), None)

    def aktenplan_codes(self) -> set[str]:
        return {n.code for n in self.aktenplan}


def load_taxonomy(path: Path) -> Taxonomy:
    """Cached per file version, so a digest or a feed request does not re-read YAML each time,
    yet an edited taxonomy is picked up without a restart."""
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        return Taxonomy()
    return _load(path.resolve(), mtime)


@lru_cache(maxsize=8)
def _load(path: Path, _mtime: int) -> Taxonomy:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    for node in data.get("aktenplan") or []:
        node["code"] = str(node.get("code"))  # YAML reads "20" as a number
    return Taxonomy.model_validate(data)

"""Whose statute it is: the municipality or district that issued it.

Precedent means "how did the other cities do it", so the issuer is the one fact a comparison
needs besides the kind. It is rarely a field of its own: it sits in the title ("Friedhofssatzung
der Gemeinde Aichelberg"), in front matter (`gemeinde: Aichelberg`), in the enacting clause
("hat der Gemeinderat der Gemeinde Bad Boll ... beschlossen") or, in scans, in a letterhead
("GEMEINDE LINSENGERICHT"). We try them in that order of reliability.
"""

from __future__ import annotations

import re
from typing import Any, Literal

import yaml
from pydantic import BaseModel

IssuerLevel = Literal["Gemeinde", "Stadt", "Landkreis", "Verband"]


class Issuer(BaseModel):
    """The issuing body: `name` is the place ("Bad Boll"), `label` how users read it."""

    level: IssuerLevel
    name: str

    @property
    def label(self) -> str:
        return f"{self.level} {self.name}"

    @property
    def key(self) -> str:
        """For grouping: "Zell u. A." and "Zell u.A." are one place."""
        return re.sub(r"[\s.]+", "", self.name.lower())


_LEVELS: dict[str, IssuerLevel] = {
    "gemeinde": "Gemeinde",
    "ortsgemeinde": "Gemeinde",
    "marktgemeinde": "Gemeinde",
    "markt": "Gemeinde",
    "stadt": "Stadt",
    "großen kreisstadt": "Stadt",
    "große kreisstadt": "Stadt",
    "hansestadt": "Stadt",
    "landkreis": "Landkreis",
    "landkreises": "Landkreis",
    "kreis": "Landkreis",
    "kreises": "Landkreis",
    "zweckverband": "Verband",
    "zweckverbandes": "Verband",
    "gemeindeverwaltungsverband": "Verband",
    "gemeindeverwaltungsverbandes": "Verband",
}
# One name token: a capitalised word ("Bad", "Zell", "Linsengericht", "Baden-Baden") or the
# small words inside place names ("u. A.", "am Neckar", "an der Fils", "ob der Tauber").
_CAP = r"[A-ZÄÖÜ][\wäöüß]*(?:-[A-ZÄÖÜ]?[\wäöüß]+)*\.?"
_SMALL = r"(?:u\.|a\.|i\.|am|an|der|im|ob|bei|vor|auf|in)"
_NAME = rf"{_CAP}(?:[ \t]+(?:{_SMALL}[ \t]+)*{_CAP}){{0,3}}"  # one line only
_LEVEL_WORDS = "|".join(sorted((re.escape(k) for k in _LEVELS), key=len, reverse=True))
_PATTERN = re.compile(rf"\b(?P<level>(?i:{_LEVEL_WORDS}))\s+(?P<name>{_NAME})")
_CAPS = re.compile(
    r"^\W*(?P<level>GEMEINDE|STADT|LANDKREIS)\W*\n?\W*(?P<name>[A-ZÄÖÜ][A-ZÄÖÜ\- ]{2,40})\b", re.M
)
# Words that follow a level word but are not a place: "Gemeinde Haushaltsplan", "Stadt Satzung".
_NOT_NAMES = re.compile(
    r"^(?:Satzung|Gemeinde|Stadt|Landkreis|Der|Die|Das|Ein|Eine|Für|Über|Vom|Von|Zur|Zum|Im|In|"
    r"Am|Und|Oder|Hat|Ist|Wird|Werden|Als|Nach|Bei|Mit|Finanzverwaltung|Gemeindevorstand|"
    r"Verwaltung|Bürgermeister|Gemeinderat|Stadtrat|Kreistag|Baden|Hessen|Bayern)\b"
)
_TRAILING = re.compile(r"(?:\s+(?:Vom|Von|Für|Über|In|Am|An|Der|Und))+$")


def _clean_name(name: str) -> str | None:
    name = _TRAILING.sub("", name.strip().rstrip(",;:"))
    name = re.sub(r"\s+", " ", name).strip()
    if name.isupper():  # a letterhead: "LINSENGERICHT DER GEMEINDEVORSTAND"
        name = name.split()[0].title()
    # A trailing abbreviation dot belongs to the name ("Zell u. A."), a sentence dot does not.
    if name.endswith(".") and not re.search(r"\b\w\.$", name):
        name = name[:-1]
    if not name or _NOT_NAMES.match(name) or len(name) < 3:
        return None
    return name


def _from_text(text: str) -> Issuer | None:
    for m in _PATTERN.finditer(text):
        word = m.group(0).split()[0]
        if not word[0].isupper():
            continue  # "die gemeinde Aichelberg" in running text is rare, "gemeinde" generic
        level = _LEVELS[m.group("level").lower()]
        name = _clean_name(m.group("name"))
        if name:
            return Issuer(level=level, name=name)
    return None


def _front_matter(text: str) -> dict[str, Any]:
    if not text.startswith("---"):
        return {}
    end = text.find("\n---", 3)
    if end < 0:
        return {}
    try:
        data = yaml.safe_load(text[3:end])
    except yaml.YAMLError:
        return {}
    return data if isinstance(data, dict) else {}


def issuer_of(title: str, text: str = "", meta: dict[str, Any] | None = None) -> Issuer | None:
    """The issuer from metadata, title, front matter or text, in that order; None if unknown."""
    meta = meta or {}
    for source in (meta, meta.get("extra") or {}, _front_matter(text)):
        value = source.get("issuer") if isinstance(source, dict) else None
        if isinstance(value, str) and value.strip():
            return _from_text(value) or Issuer(level="Gemeinde", name=value.strip())
    from_title = _from_text(title)
    if from_title:
        return from_title
    front = _front_matter(text)
    if front.get("ebene") == "kreis" and front.get("kreis"):
        return Issuer(level="Landkreis", name=str(front["kreis"]))
    if front.get("gemeinde"):
        level: IssuerLevel = (
            "Stadt" if re.search(r"\bStadt\b", str(front.get("titel", ""))) else "Gemeinde"
        )
        return Issuer(level=level, name=str(front["gemeinde"]))
    body = text[:4000]
    caps = _CAPS.search(body)
    from_body = _from_text(body)
    if from_body:
        return from_body
    if caps:
        return Issuer(
            level=_LEVELS[caps.group("level").lower()], name=caps.group("name").strip().title()
        )
    return None

"""Versions of a document: what it replaces, what replaced it, when it applies, its reply deadline.

Read from the front matter (`supersedes`, `superseded_by`, `valid_to`, `frist`), from staff
edits (they land in the same `extra` fields) and from the text ("ersetzt Rundschreiben Nr.
41/2025", "Frist: 15. Januar 2027"). "Current" means "not superseded": a draft is current until
something supersedes it; the `status` filter is separate and still filters on the status.
A successor that names its predecessor only in its own text is resolved at search time (the
predecessor is folded under it); a predecessor that names its successor (`superseded_by`) is
left out of current-only searches inside the index.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from pydantic import BaseModel, Field

CURRENT = "aktuell"
SUPERSEDED = "ersetzt"
# the `extra` keys staff may set by PATCH (core/models.py DocumentPatch)
VERSION_FIELDS = frozenset({"supersedes", "superseded_by", "valid_to", "frist"})

_MONTH_NAMES = "januar februar märz april mai juni juli august september oktober november dezember"
_MONTHS = {name: number for number, name in enumerate(_MONTH_NAMES.split(), start=1)}
_REPLACES = re.compile(
    r"\bersetzt\s+(?:das|die|den)?\s*(?:Rundschreiben|Satzung|Mustersatzung|Richtlinie)?\s*"
    r"(?:Nr\.\s*)?(\d{1,4}\s*/\s*\d{2,4})",
    re.I,
)
_DEADLINE = re.compile(
    r"\b(?:Frist|Rückmeldung|Stellungnahme)\w*\b[^.\n]{0,80}?\b(?:bis\s+(?:zum\s+)?|:\s*)"
    r"(\d{1,2})\.\s*(\d{1,2}\.|[A-Za-zäÄ]+)\s*(\d{4})",
    re.I,
)

# its own end: "Die Richtlinie tritt ... mit Ablauf des 31. Dezember 2028 außer Kraft"
_EXPIRES = re.compile(
    r"\b(?:tritt|treten)\b(?P<between>[^\n]{0,120}?)\b(?:am|mit\s+Ablauf\s+des)\s+"
    r"(\d{1,2})\.\s*(\d{1,2}\.|[A-Za-zäÄ]+)\s*(\d{4})\s+au(?:ß|ss)er\s+Kraft",
    re.I,
)
_SENTENCE_START = re.compile(r"(?<!\d)[.!?:]\s+(?=[A-ZÄÖÜ(])|\n")
# a clause about another text ("Gleichzeitig tritt die Satzung vom ... außer Kraft")
_OTHER_TEXT = re.compile(r"\bvom\b|\bbisherig|\bgleichzeitig|\bdie\s+\w*satzung\s+vom", re.I)


class Lifecycle(BaseModel):
    """The version facts of one document (stored in the index payload and on the API)."""

    supersedes: list[str] = Field(
        default_factory=list, description="External ids or numbers of the versions it replaces."
    )
    superseded_by: str | None = Field(default=None, description="External id of its successor.")
    valid_to: dt.date | None = None
    deadline: dt.date | None = Field(default=None, description="Reply deadline (Frist).")

    @property
    def version(self) -> str:
        return SUPERSEDED if self.superseded_by else CURRENT


def _strings(value: Any) -> list[str]:
    if value in (None, ""):
        return []
    if isinstance(value, list | tuple):
        return [str(v).strip() for v in value if str(v).strip()]
    return [s.strip() for s in str(value).split(",") if s.strip()]


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _german_date(day: str, month: str, year: str) -> dt.date | None:
    number = _MONTHS.get(month.lower()) if not month.endswith(".") else int(month[:-1])
    try:
        return dt.date(int(year), int(number), int(day)) if number else None
    except ValueError:
        return None


def lifecycle(extra: dict[str, Any], text: str = "") -> Lifecycle:
    """The version facts from front matter/staff edits (`extra`) and the text's own cues."""
    supersedes = _strings(extra.get("supersedes"))
    for found in _REPLACES.finditer(text[:5000]):
        number = re.sub(r"\s+", "", found.group(1))
        if number not in supersedes:
            supersedes.append(number)
    successor = _strings(extra.get("superseded_by"))
    deadline = _date(extra.get("frist") or extra.get("deadline"))
    if deadline is None:
        cue = _DEADLINE.search(text[:5000])
        deadline = _german_date(*cue.groups()) if cue else None
    return Lifecycle(
        supersedes=supersedes,
        superseded_by=successor[0] if successor else None,
        valid_to=_date(extra.get("valid_to")) or _own_expiry(text),
        deadline=deadline,
    )


def _own_expiry(text: str) -> dt.date | None:
    """The date a text says it expires itself ("tritt … mit Ablauf des 31. Dezember 2028
    außer Kraft"). A clause repealing another text names it ("Gleichzeitig tritt die
    Satzung vom … außer Kraft"): that is no date of this one, and which document it means
    cannot be told from a title and a date (model statutes leave the date blank), so it is
    not turned into a link either."""
    for found in _EXPIRES.finditer(text):
        starts = [m.end() for m in _SENTENCE_START.finditer(text, 0, found.start())]
        subject = text[starts[-1] if starts else 0 : found.start()]
        if _OTHER_TEXT.search(subject) or _OTHER_TEXT.search(found.group("between")):
            continue
        return _german_date(found.group(2), found.group(3), found.group(4))
    return None

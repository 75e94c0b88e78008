"""Rule-based metadata extraction from the text of a German circular, statute or statement.

These are the fields a document states about itself (its number, date, file reference, the
Referat that sent it, the laws it cites). Rules, not a model: the text says it outright, and a
rule that fires is right far more often than a learned guess, so the rules run first and the
suggestion model only fills in what a document cannot state (topics, Aktenplan).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from pydantic import BaseModel, Field

from core.citations import extract_citations

__all__ = [
    "ExtractedMetadata",
    "extract_aktenzeichen",
    "extract_citations",
    "extract_dates",
    "extract_doc_type",
    "extract_metadata",
    "extract_number",
    "extract_referat",
]

_HEAD_LINES = 40  # letterheads, titles and reference lines sit at the top
_SPACES = re.compile(r"[\u00a0\u202f\u2009\u2007\t ]+")
_MONTHS = {
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "april": 4, "mai": 5,
    "juni": 6, "juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11,
    "dezember": 12,
}  # fmt: skip
_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATE_TEXT = re.compile(rf"\b(\d{{1,2}})\.\s*({_MONTH_NAMES})\s+(\d{{4}})\b", re.IGNORECASE)
_DATE_NUMERIC = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?![\d])")
_DATE_ISO = re.compile(r"(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d])")
_DATE_LABEL = re.compile(r"\b(?:Datum|Stand|Ausfertigungsdatum)\s*:?\s*$", re.IGNORECASE)
_LETTERHEAD = re.compile(r"^[A-ZÄÖÜ][\w .\-/()]{1,60},\s*(?:den\s+)?$")

# "Rundschreiben Nr. 41/2025", "RS 41/2025", "Rdschr. Nr. 7/24"; a bare "Nr. 41/2025" only near
# the top, where it numbers this document rather than one it cites.
_CIRCULAR = re.compile(
    r"\b(Rundschreiben|Rdschr\.|RS|Stellungnahme|Rundverfügung)\s*(?:Nr\.|Nummer)?\s*"
    r"(\d{1,4})\s*/\s*(\d{2,4})\b"
)
_NUMBER_LABELS = {"Rdschr.": "Rundschreiben", "RS": "Rundschreiben"}
_BARE_NUMBER = re.compile(r"\b(?:Nr\.|Nummer)\s*(\d{1,4})\s*/\s*(\d{4})\b")
_AKTENZEICHEN = re.compile(
    r"(?:\bAktenzeichen|\bAz\.|\bAZ\b|\bGeschäftszeichen|\bGz\.|\bUnser Zeichen)\s*:?\s*"
    r"([A-Za-z0-9ÄÖÜäöü][\w./\-–]{1,40}(?: ?[-–/] ?[\w./\-]{1,20})?)"
)
_REFERAT = re.compile(
    r"\bReferat\s+(\d{1,2}|[IVX]{1,4})\b(?:\s*[–-]\s*([A-ZÄÖÜ][^\n·|;]{2,60}?))?"
    r"(?=\s*(?:$|\n|·|\||;|,\s*Az|\s{2}))",
    re.MULTILINE,
)

# Lower-case cue in title or heading -> document type; checked in order, specific first.
_TYPE_CUES: list[tuple[str, str]] = [
    (r"\bmustersatzung", "Mustersatzung"),
    (r"\b(?:vertragsmuster|mustervertrag|muster-vertrag|mustervereinbarung)", "Vertragsmuster"),
    (r"\bmuster (?:eines|einer|für)\b.{0,40}(?:vertrag|vereinbarung)", "Vertragsmuster"),
    (r"\brundschreiben\b", "Rundschreiben"),
    (r"\bstellungnahme\b", "Stellungnahme"),
    (r"\b(?:handreichung|handlungsempfehlung|leitfaden|arbeitshilfe|praxishilfe)", "Handreichung"),
    (r"\b(?:geschäftsbericht|jahresbericht|tätigkeitsbericht)", "Geschäftsbericht"),
    (r"(?:verwaltungsvorschrift|\bvwv\b)", "Verwaltungsvorschrift"),
    (r"richtlinie", "Richtlinie"),
    (r"verordnung", "Verordnung"),
    (r"satzung\b", "Satzung"),
    (r"(?:gesetz\b|gesetzbuch\b|\bgesetz zur\b|\bgesetz über\b)", "Gesetz"),
]


class TypeCue(BaseModel):
    doc_type: str
    cue: str = Field(description="Die Textstelle, an der der Typ erkannt wurde.")


class ExtractedMetadata(BaseModel):
    """What the text states about itself; every field may be missing."""

    title: str | None = None
    doc_type: str | None = None
    doc_type_cue: str | None = None
    number: str | None = None
    date: dt.date | None = None
    dates: list[dt.date] = Field(default_factory=list)
    aktenzeichen: str | None = None
    aktenplan: str | None = Field(
        default=None, description="Aktenplan-Code aus dem Aktenzeichen, falls bekannt."
    )
    referat: str | None = None
    citations: list[str] = Field(default_factory=list)


def extract_metadata(
    text: str,
    *,
    title: str | None = None,
    referate: Sequence[str] = (),
    aktenplan_codes: Sequence[str] = (),
) -> ExtractedMetadata:
    """All rules at once. `referate` (taxonomy names) turn "Referat 2" into its full name;
    `aktenplan_codes` let a file reference like "20.30/041-25" name its Aktenplan node."""
    text = _SPACES.sub(" ", text or "")
    head = "\n".join(text.splitlines()[:_HEAD_LINES])
    type_cue = extract_doc_type(title or "", head)
    dates = extract_dates(head)
    aktenzeichen = extract_aktenzeichen(head)
    return ExtractedMetadata(
        title=title,
        doc_type=type_cue.doc_type if type_cue else None,
        doc_type_cue=type_cue.cue if type_cue else None,
        number=extract_number(f"{title or ''}\n{head}"),
        date=document_date(head, title=title),
        dates=dates,
        aktenzeichen=aktenzeichen,
        aktenplan=aktenplan_from_reference(aktenzeichen, aktenplan_codes),
        referat=extract_referat(head, referate),
        citations=extract_citations(text),
    )


def extract_doc_type(title: str, head: str = "") -> TypeCue | None:
    """The title decides if it names a type; otherwise the first headings of the text do.

    The earliest cue wins: "Rundschreiben Nr. 201/2026: Neufassung der Mustersatzung" is a
    circular about a model statute, not a model statute."""
    for where in (title, *_headings(head)):
        lowered = where.lower()
        hits = [
            (found.start(), rank, doc_type, found)
            for rank, (pattern, doc_type) in enumerate(_TYPE_CUES)
            if (found := re.search(pattern, lowered))
        ]
        if hits:
            _, _, doc_type, found = min(hits, key=lambda h: (h[0], h[1]))
            start = max(0, found.start() - 20)
            return TypeCue(doc_type=doc_type, cue=where[start : found.end() + 20].strip())
    return None


def _headings(head: str) -> list[str]:
    """Markdown headings and short lines in the first lines: where a type is announced."""
    out = []
    for line in head.splitlines()[:15]:
        stripped = line.strip().strip("*#").strip()
        if stripped and (line.lstrip().startswith("#") or len(stripped.split()) <= 12):
            out.append(stripped)
    return out


def extract_number(text: str) -> str | None:
    """'Rundschreiben Nr. 41/2025' in the one spelling the corpus uses."""
    if found := _CIRCULAR.search(text):
        label = _NUMBER_LABELS.get(found[1], found[1])
        return f"{label} Nr. {int(found[2])}/{_year(found[3])}"
    head = "\n".join(text.splitlines()[:10])
    if found := _BARE_NUMBER.search(head):
        return f"Nr. {int(found[1])}/{found[2]}"
    return None


def _year(value: str) -> str:
    return value if len(value) == 4 else f"20{value}"


def extract_dates(text: str) -> list[dt.date]:
    """Every valid date in the text, in order, without duplicates."""
    found: list[tuple[int, dt.date]] = []
    for m in _DATE_TEXT.finditer(text):
        found += _valid(m.start(), int(m[3]), _MONTHS[m[2].lower()], int(m[1]))
    for m in _DATE_NUMERIC.finditer(text):
        found += _valid(m.start(), int(_year(m[3])), int(m[2]), int(m[1]))
    for m in _DATE_ISO.finditer(text):
        found += _valid(m.start(), int(m[1]), int(m[2]), int(m[3]))
    out: dict[dt.date, None] = {}
    for _, date in sorted(found, key=lambda pair: pair[0]):
        out.setdefault(date)
    return list(out)


def _valid(position: int, year: int, month: int, day: int) -> list[tuple[int, dt.date]]:
    if not 1900 <= year <= 2100:
        return []
    try:
        return [(position, dt.date(year, month, day))]
    except ValueError:
        return []


def document_date(head: str, *, title: str | None = None) -> dt.date | None:
    """The document's own date: a 'Datum:' line, a letterhead ('Musterstadt, 14. März 2025') or
    a 'vom …' in the title. Not just the first date near the top: in statutes and guides that
    is a cited law's date or a deadline, wrong more often than right on the sample corpus."""
    for line in head.splitlines():
        for pattern in (_DATE_TEXT, _DATE_NUMERIC, _DATE_ISO):
            for m in pattern.finditer(line):
                before = line[: m.start()]
                if _DATE_LABEL.search(before) or _LETTERHEAD.match(before.strip() + " "):
                    dates = extract_dates(m.group(0))
                    if dates:
                        return dates[0]
    if title and (vom := re.search(r"\bvom\s+(.{6,20})", title)):
        dates = extract_dates(vom[1])
        if dates:
            return dates[0]
    return None


def extract_aktenzeichen(text: str) -> str | None:
    """The document's own file reference; "Ihr Schreiben vom … – Az. …" is the addressee's."""
    for found in _AKTENZEICHEN.finditer(text):
        line_start = text.rfind("\n", 0, found.start()) + 1
        if re.search(r"\bIhr(?:e|em)?\b", text[line_start : found.start()]):
            continue
        return found[1].rstrip(".,;:–- ")
    return None


def aktenplan_from_reference(aktenzeichen: str | None, codes: Sequence[str]) -> str | None:
    """'20.30/041-25' files under '20.30' when that node exists (the longest known prefix)."""
    if not aktenzeichen or not codes:
        return None
    lead = re.match(r"\d{1,3}(?:\.\d{1,3})*", aktenzeichen)
    if lead is None:
        return None
    parts = lead.group(0).split(".")
    known = set(codes)
    for size in range(len(parts), 0, -1):
        candidate = ".".join(parts[:size])
        if candidate in known:
            return candidate
    return None


def extract_referat(text: str, referate: Sequence[str] = ()) -> str | None:
    """'Referat 2' or 'Referat 2 – Finanzen'; with the taxonomy's names, its full name."""
    found = _REFERAT.search(text)
    if found is None:
        return None
    number = found[1]
    for name in referate:
        if re.match(rf"Referat\s+{re.escape(number)}\b", name):
            return name
    if found[2]:
        return f"Referat {number} – {found[2].strip()}"
    return f"Referat {number}"

"""Raw metadata (front matter, sidecar, JSONL fields, file properties) -> DocumentMeta.

Real sources name fields in German and in many spellings (RAGSource: `titel`, `rechtsnatur`,
`extensions`); everything is mapped here, once, and unknown fields are kept in `extra`.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Any

from pydantic import ValidationError

from core.access import stricter_access
from core.errors import BadInput
from core.jsonable import jsonable
from core.lifecycle import lifecycle
from core.models import DOC_TYPES, DocumentMeta
from ingest.issuer import issuer_of

_ALIASES: dict[str, tuple[str, ...]] = {
    "title": ("title", "titel"),
    "doc_type": ("doc_type", "type", "typ", "dokumenttyp", "rechtsnatur"),
    "number": ("number", "nummer", "nr"),
    "date": ("date", "datum", "ausfertigung", "stand"),
    "valid_from": ("valid_from", "gueltig_ab", "inkrafttreten", "in_kraft_ab"),
    "status": ("status",),
    "topics": ("topics", "themen", "thema", "extensions", "tags"),
    "aktenplan": ("aktenplan",),
    "referat": ("referat",),
    "aktenzeichen": ("aktenzeichen", "az"),
    "issuer": ("issuer", "kommune", "herausgeber"),
    "access": ("access", "zugriff", "sichtbarkeit"),
}
_FILE_PROPS = {"pdf_title", "pdf_heading", "docx_title", "html_title", "pages"}

# Lower-case cue -> Fundus type. Checked in order, so specific cues come before general ones.
_TYPE_CUES: list[tuple[str, str]] = [
    ("mustersatzung", "Mustersatzung"),
    ("vertragsmuster", "Vertragsmuster"),
    ("mustervertrag", "Vertragsmuster"),
    ("rundschreiben", "Rundschreiben"),
    ("stellungnahme", "Stellungnahme"),
    ("handreichung", "Handreichung"),
    ("handlungsempfehlung", "Handreichung"),
    ("leitfaden", "Handreichung"),
    ("geschäftsbericht", "Geschäftsbericht"),
    ("verwaltungsvorschrift", "Verwaltungsvorschrift"),
    ("vwv", "Verwaltungsvorschrift"),
    ("richtlinie", "Richtlinie"),
    ("verordnung", "Verordnung"),
    ("satzung", "Satzung"),
    ("gesetz", "Gesetz"),
]
_STATUS = {"in kraft": "in Kraft", "aufgehoben": "aufgehoben", "entwurf": "Entwurf"}
_ACCESS = {
    "public": "public",
    "öffentlich": "public",
    "members": "members",
    "mitglieder": "members",
    "staff": "staff",
    "intern": "staff",
    "geschäftsstelle": "staff",
}


# Whole raw values (never parts of titles) with no cue of their own. RAGSource's `rechtsnatur`:
# a company's articles, rules of procedure and election rules are statutes of no Fundus type;
# technical rules are introduced by administrative regulation.
_RAW_TYPES: dict[str, str] = {
    "technische_regel": "Verwaltungsvorschrift",
    "technische regel": "Verwaltungsvorschrift",
    "gesellschaftsvertrag": "Sonstiges",
    "geschaeftsordnung": "Sonstiges",
    "geschäftsordnung": "Sonstiges",
    "wahlordnung": "Sonstiges",
    "bekanntmachung": "Sonstiges",
}


def normalize_doc_type(raw: Any) -> str | None:
    if raw is None:
        return None
    value = str(raw).strip()
    if value in DOC_TYPES:
        return value
    lowered = unicodedata.normalize("NFC", value.lower())
    if lowered in _RAW_TYPES:
        return _RAW_TYPES[lowered]
    for cue, doc_type in _TYPE_CUES:
        if cue in lowered:
            return doc_type
    return None


def parse_date(raw: Any) -> dt.date | None:
    if raw is None or raw == "":
        return None
    if isinstance(raw, dt.datetime):
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    text = str(raw).strip()
    try:
        if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2}).*", text):
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        if m := re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", text):
            return dt.date(int(m[3]), int(m[2]), int(m[1]))
        if m := re.fullmatch(r"(\d{4})", text):
            return dt.date(int(m[1]), 1, 1)
    except ValueError:  # "31.02.2024": a typo in a date must not cost the document
        return None
    return None


def _as_list(raw: Any) -> list[str]:
    if raw is None:
        return []
    if isinstance(raw, str):
        return [part.strip() for part in re.split(r"[,;]", raw) if part.strip()]
    if isinstance(raw, list | tuple | set):
        return [str(item).strip() for item in raw if str(item).strip()]
    return [str(raw)]


def _first_heading(text: str) -> str | None:
    for line in text.splitlines()[:40]:
        if m := re.match(r"#{1,2}\s+(.+)", line.strip()):
            return m[1].strip()
    return None


def _issuer(picked: dict[str, Any], title: str, text: str, doc_type: str | None) -> str | None:
    """Stated in the metadata, or for a municipal statute read from its title and text; never
    guessed for circulars, statements or model statutes, which name cities without being theirs."""
    stated = str(picked.get("issuer") or "").strip()
    if stated or doc_type == "Satzung":
        found = issuer_of(title, text, {"issuer": stated} if stated else None)
        return found.label[:200] if found else (stated[:200] or None)
    return None


def access_from_raw(raw: dict[str, Any], default_access: str) -> str:
    """The access level a file states (any alias, German or English), else the default.

    An unknown value is refused, never mapped to a default: a typo such as "vertraulich" on a
    confidential file must not publish it to every member."""
    lowered = {str(k).lower(): v for k, v in raw.items()}
    for name in _ALIASES["access"]:
        value = lowered.get(name)
        if value in (None, ""):
            continue
        level = _ACCESS.get(str(value).strip().lower()) if isinstance(value, str) else None
        if level is None:
            allowed = ", ".join(sorted(_ACCESS))
            raise BadInput(f"Unbekannte Zugriffsstufe {str(value)[:50]!r} (erlaubt: {allowed}).")
        return level
    return default_access


def build_meta(
    raw: dict[str, Any],
    text: str,
    *,
    fallback_title: str,
    default_access: str,
    access_ceiling: str | None = None,
) -> DocumentMeta:
    """`access_ceiling`: the level of the document this one belongs to (an e-mail for its
    attachments); the result is never more open than that, whatever the file itself says."""
    lowered = {str(k).lower(): v for k, v in raw.items()}
    picked: dict[str, Any] = {}
    used: set[str] = set()
    for target, names in _ALIASES.items():
        for name in names:
            if name in lowered and lowered[name] not in (None, ""):
                picked[target] = lowered[name]
                used.add(name)
                break
    title = (
        str(picked.get("title") or "").strip()
        or _first_heading(text)
        or str(lowered.get("pdf_heading") or "").strip()
        or str(lowered.get("pdf_title") or lowered.get("docx_title") or "").strip()
        or str(lowered.get("html_title") or "").strip()
        or fallback_title
    )
    doc_type = normalize_doc_type(picked.get("doc_type")) or normalize_doc_type(title)
    status = _STATUS.get(str(picked.get("status", "")).strip().lower(), "in Kraft")
    access = access_from_raw(raw, default_access)
    if access_ceiling is not None:
        access = stricter_access(access, access_ceiling)
    extra = {
        k: v
        for k, v in lowered.items()
        if k not in used and k not in {"id", "text", "content"} and k not in _FILE_PROPS
    }
    raw_type = picked.get("doc_type")
    if raw_type and raw_type != "Sonstiges" and normalize_doc_type(raw_type) in (None, "Sonstiges"):
        extra["doc_type_raw"] = raw_type  # the source's own word is kept for later mappings
    if picked.get("date") and parse_date(picked["date"]) is None:
        extra["date_raw"] = str(picked["date"])
    # version cues in the text ("ersetzt Rundschreiben Nr. 41/2025", "Frist: 15. Januar 2027")
    # are kept with the front matter's, so a later metadata edit does not lose them
    facts = lifecycle(extra, text)
    if facts.supersedes:
        extra["supersedes"] = facts.supersedes
    if facts.deadline and not extra.get("frist"):
        extra["frist"] = facts.deadline.isoformat()
    if facts.valid_to and not extra.get("valid_to"):
        extra["valid_to"] = facts.valid_to.isoformat()
    try:
        return DocumentMeta.model_validate(
            {
                "title": title[:500],
                "doc_type": doc_type or "Sonstiges",
                "number": str(picked["number"]) if picked.get("number") else None,
                "date": parse_date(picked.get("date")),
                "valid_from": parse_date(picked.get("valid_from")),
                "status": status,
                "topics": _as_list(picked.get("topics")),
                "aktenplan": str(picked["aktenplan"]) if picked.get("aktenplan") else None,
                "referat": str(picked["referat"]) if picked.get("referat") else None,
                "aktenzeichen": str(picked["aktenzeichen"]) if picked.get("aktenzeichen") else None,
                "issuer": _issuer(picked, title, text, doc_type),
                "access": access,
                "extra": jsonable(extra),
            }
        )
    except ValidationError as exc:
        raise BadInput(f"Ungültige Metadaten: {exc.errors()[0]['msg']}") from exc

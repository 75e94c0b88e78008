"""Which kind of statute a document is, across the ways cities spell it.

"Satzung über die Erhebung der Hundesteuer", "Hundesteuersatzung" and "Satzung über die
Erhebung einer Hundesteuer im Gebiet der Gemeinde Linsengericht" are one kind; precedents are
statutes of the same kind from other issuers. The rules are ordered from specific to general
(a "Feuerwehr-Kostenersatzsatzung" is not a "Feuerwehrsatzung"), and read the title first,
then the document type, then the opening of the text, because titles of scans are often file
names ("feuerwehrgebuehrensatzung-2018").
"""

from __future__ import annotations

import re

from pydantic import BaseModel

from core.models import STATUTE_TYPES


class StatuteKind(BaseModel):
    """A kind of statute: a stable key for grouping and a German label for users."""

    key: str
    label: str


# (key, German label, pattern on the folded text). Folding: lower case, umlauts spelled out,
# hyphens and underscores as spaces, so "Gebühren", "gebuehren" and "Gebiihren" (OCR) meet.
_RULES: list[tuple[str, str, str]] = [
    # Statutes that only repeal or found an association are never precedents for a kind.
    ("aufhebung", "Aufhebungssatzung", r"^(?:[ivx]+ \d+ )?satzung zur aufhebung|aufhebungssatzung"),
    ("verbandssatzung", "Verbandssatzung", r"verbandssatzung|satzung des \w*zweckverband"),
    ("hundesteuer", "Hundesteuersatzung", r"hunde\s?steuer"),
    ("zweitwohnungsteuer", "Zweitwohnungsteuersatzung", r"zweitwohnungs?\s?steuer"),
    ("vergnuegungsteuer", "Vergnügungsteuersatzung", r"vergnuegungs?\s?steuer"),
    ("hebesatz", "Hebesatzsatzung", r"hebesatz|grund\s?(und|-)?\s?gewerbesteuer|grundsteuer"),
    (
        "feuerwehr_kostenersatz",
        "Feuerwehr-Kostenersatzsatzung",
        r"feuerwehr\s?(kosten|gebuehr|gebiihr)|kostenersatz\w*\s.*feuerwehr"
        r"|kosten\w*\s(fuer|der)\s.*leistungen\sder\s(freiwilligen\s)?feuerwehr",
    ),
    (
        "feuerwehr_entschaedigung",
        "Feuerwehr-Entschädigungssatzung",
        r"feuerwehr\s?entschaedigung|entschaedigung\s.*feuerwehr",
    ),
    ("feuerwehr", "Feuerwehrsatzung", r"feuerwehr(?!\w*\s?(abgabe|kranken))(?!.*versicherung)"),
    (
        "friedhofsgebuehren",
        "Friedhofs- und Bestattungsgebührensatzung",
        r"^(?!.*friedhofs?(ordnung|satzung)).*(friedhofs?|bestattungs)\s?gebuehren",
    ),
    ("friedhof", "Friedhofssatzung", r"friedhof|bestattungsordnung"),
    ("betriebssatzung", "Betriebssatzung (Eigenbetrieb)", r"betriebssatzung|eigenbetrieb"),
    ("wasserversorgung", "Wasserversorgungssatzung", r"wasserversorgung"),
    ("abwasser", "Abwassersatzung", r"(?<!betriebssatzung fuer die )abwasser|entwaesserung"),
    (
        "erschliessungsbeitrag",
        "Erschließungsbeitragssatzung",
        r"erschliessungsbeitr",
    ),
    ("hauptsatzung", "Hauptsatzung", r"hauptsatzung"),
    (
        "entschaedigung_ehrenamt",
        "Entschädigungssatzung (Ehrenamt)",
        r"entschaedigung\w*\s.*ehrenamt|ehrenamt\w*\s?entschaedigung|^entschaedigungssatzung",
    ),
    ("verwaltungsgebuehren", "Verwaltungsgebührensatzung", r"verwaltungs\s?(gebuehr|kosten)"),
    (
        "kita_gebuehren",
        "Kita-Gebührensatzung",
        r"(kinder|kita|kindertages|kindergarten)\w*\s?(gebuehr|beitr|kostenbeitr)"
        r"|(gebuehr|beitr)\w*\s.*(kindertages|kindergarten|kinderbetreuung)",
    ),
    (
        "streupflicht",
        "Streupflichtsatzung",
        r"streupflicht|reinigen, schneeraeumen|strassenreinigung",
    ),
    ("sondernutzung", "Sondernutzungssatzung", r"sondernutzung"),
    ("stellplatz", "Stellplatzsatzung", r"stellplatz"),
    ("obdachlosenunterkunft", "Obdachlosenunterkunftssatzung", r"obdachlos"),
    ("bekanntmachung", "Bekanntmachungssatzung", r"oeffentlichen? bekanntmachung"),
]
_COMPILED = [(key, label, re.compile(pattern)) for key, label, pattern in _RULES]
_STATUTE_WORDS = re.compile(r"satzung|ordnung|\bsatz\b")


def fold(text: str) -> str:
    """Lower case with umlauts spelled out and separators as spaces."""
    text = text.lower()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        text = text.replace(a, b)
    return re.sub(r"[-_/]+", " ", text)


def kind_of(title: str, doc_type: str | None = None, text: str = "") -> StatuteKind | None:
    """The kind of a statute, or None for anything that is not a recognised statute kind."""
    folded_title = fold(title)
    for key, label, pattern in _COMPILED:
        if pattern.search(folded_title):
            return StatuteKind(key=key, label=label)
    is_statute = bool(_STATUTE_WORDS.search(folded_title)) or (doc_type in STATUTE_TYPES)
    if not is_statute or not text:
        return None
    head = fold(text[:1500])
    # Only the opening: a body mentioning "Feuerwehr" once is not a Feuerwehrsatzung.
    for key, label, pattern in _COMPILED:
        if re.search(r"satzung\s(ueber|fuer|zur)\s[^\n.]{0,80}?(?:" + pattern.pattern + ")", head):
            return StatuteKind(key=key, label=label)
    return None

"""Legal citations in German administrative texts, normalised so they can be filtered on.

Staff look for "everything on § 5 KAG" regardless of whether a circular wrote "§ 5 Absatz 2
des Kommunalabgabengesetzes", "§§ 2 und 5 KAG" or "§ 5 Abs. 2 S. 1 KAG". Citations are reduced
to one spelling ("§ 5 Abs. 2 Satz 1 KAG"); a citation without a law name ("nach § 3 Abs. 1")
points into the same document and is dropped, it would be noise as a facet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_SPACES = re.compile(r"[\u00a0\u202f\u2009\u2007\t ]+")
_ANCHOR = re.compile(r"(?<![\w§])(§§|§|Artt\.|Art\.|Artikel|Art)\s*(?=\d)")
_NUMBER = re.compile(r"(\d{1,4}[a-z]?)(?![\w])")

# Sub-divisions of a section, spelled many ways; the value is the one spelling kept.
_SUB_KINDS: dict[str, str] = {
    "abs.": "Abs.", "abs": "Abs.", "absatz": "Abs.", "absätze": "Abs.",
    "s.": "Satz", "satz": "Satz", "sätze": "Satz",
    "hs.": "Halbsatz", "halbsatz": "Halbsatz",
    "nr.": "Nr.", "nrn.": "Nr.", "nummer": "Nr.", "nummern": "Nr.",
    "ziff.": "Ziff.", "ziffer": "Ziff.",
    "buchst.": "Buchst.", "buchstabe": "Buchst.", "lit.": "Buchst.",
    "uabs.": "UAbs.", "unterabs.": "UAbs.", "unterabsatz": "UAbs.",
    "alt.": "Alt.", "alternative": "Alt.", "var.": "Alt.",
}  # fmt: skip
_SUB_ORDER = ["Abs.", "UAbs.", "Satz", "Halbsatz", "Nr.", "Ziff.", "Buchst.", "Alt."]
_SUB_WORD = "|".join(
    re.escape(k) + ("" if k.endswith(".") else r"\b")
    for k in sorted(_SUB_KINDS, key=len, reverse=True)
)
_SUB = re.compile(rf"\s*({_SUB_WORD})\s*(\d{{1,3}}[a-z]?|[a-z]\)?)(?![\w])", re.IGNORECASE)
_CONNECTOR = re.compile(r"\s*(,|und|sowie|oder|bis|–|-)\s*")
_FF = re.compile(r"\s*ff?\.")
_BETWEEN_GROUP = re.compile(r"\s*(?:,|;|und|sowie|oder|bzw\.)?\s*")

_ORDINALS = {
    "ersten": "I", "zweiten": "II", "dritten": "III", "vierten": "IV", "fünften": "V",
    "sechsten": "VI", "siebten": "VII", "achten": "VIII", "neunten": "IX", "zehnten": "X",
    "elften": "XI", "zwölften": "XII", "vierzehnten": "XIV",
}  # fmt: skip
_STATE_SUFFIXES = "NRW|NW|M-V|MV|LSA|BW|Bln|RP|RLP|SH|Bbg|BY|HE|NI|Nds|SL|ST|SN|TH|HB|HH|Bund"
_PREFIX = r"(?:\s+(?:des|der|dem|den|im|nach|gemäß|i\.\s?S\.\s?d\.))?\s+"
_LAW = re.compile(
    _PREFIX + r"(?:"
    rf"(?P<ordinal>{'|'.join(o.capitalize() for o in _ORDINALS)})"
    r"\s+Buch(?:es|s)?\s+(?:des\s+)?Sozialgesetzbuch(?:es|s)?"
    r"|(?P<sgb>SGB)\s+(?P<book>[IVX]{1,4}|\d{1,2})(?![\w])"
    r"|(?P<abbr>[A-ZÄÖÜ][A-Za-zÄÖÜäöüß]*[A-ZÄÖÜ][A-Za-zÄÖÜäöüß]*)"
    rf"(?:\s+(?P<state>{_STATE_SUFFIXES}))?(?![\w])"
    r"|(?P<name>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*"
    r"(?:gesetz(?:es|buch(?:es|s)?)?|ordnung|verordnung))(?![\w])"
    r")"
)
# Spelled-out names of laws that have a usual abbreviation; both spellings must meet.
_NAME_ALIASES = {
    "grundgesetz": "GG",
    "baugesetzbuch": "BauGB",
    "kommunalabgabengesetz": "KAG",
    "verwaltungsverfahrensgesetz": "VwVfG",
    "grundsteuergesetz": "GrStG",
    "datenschutz-grundverordnung": "DSGVO",
}
# Capitalised tokens that look like abbreviations but are no laws.
_NOT_LAWS = {"EUR", "EU", "IT", "PDF", "GmbH", "AG", "KG", "DIN", "ISO", "EN", "ZIP", "USt", "TOP"}
# Words that end like a law's name but name no particular law.
_GENERIC_NAMES = {
    "Verordnung", "Gesetz", "Ordnung", "Änderungsverordnung", "Änderungsgesetz",
    "Einführungsgesetz", "Hausordnung", "Benutzungsordnung", "Benützungsordnung",
    "Geschäftsordnung", "Rechtsverordnung", "Polizeiverordnung", "Gebührenordnung", "Gesetzbuch",
}  # fmt: skip
_LINE_START = re.compile(r"(?:^|\n)[ \t]*(?:#{1,6}[ \t]+|\*\*|[-*+][ \t]+)$")
_ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII"]


@dataclass
class _Ref:
    number: str
    subs: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class Citation:
    """One normalised citation; `text` is what is stored and shown."""

    sign: str  # "§" or "Art."
    number: str
    subs: tuple[tuple[str, str], ...]
    law: str

    @property
    def text(self) -> str:
        parts = [self.sign, self.number]
        for kind, value in self.subs:
            parts += [kind, value]
        return " ".join([*parts, self.law])

    @property
    def section(self) -> str:
        """The citation without Abs./Satz/Nr.: what a facet counts ("§ 5 KAG")."""
        return f"{self.sign} {self.number} {self.law}"


MAX_CITATIONS = 100


def extract_citations(text: str, *, limit: int = MAX_CITATIONS) -> list[str]:
    """Normalised citations in order of first occurrence, without duplicates.

    A long statute cites hundreds of norms and the list is copied into every chunk's payload;
    beyond `limit` the most often cited ones are kept (still in order of first occurrence).
    """
    counts: dict[str, int] = {}
    for citation in find_citations(text):
        counts[citation.text] = counts.get(citation.text, 0) + 1
    if len(counts) <= limit:
        return list(counts)
    order = {c: i for i, c in enumerate(counts)}
    kept = sorted(counts, key=lambda c: (-counts[c], order[c]))[:limit]
    return sorted(kept, key=order.__getitem__)


def find_citations(text: str) -> list[Citation]:
    text = _SPACES.sub(" ", text)
    found: list[Citation] = []
    pending: list[tuple[str, _Ref]] = []  # refs waiting for the law named after a later one
    pending_end = -1
    consumed = 0
    for anchor in _ANCHOR.finditer(text):
        if anchor.start() < consumed:
            continue
        if pending and not _BETWEEN_GROUP.fullmatch(text, pending_end, anchor.start()):
            pending = []
        sign = "Art." if anchor.group(1).startswith("Art") else "§"
        plural = anchor.group(1) in ("§§", "Artt.")
        refs, end = _parse_refs(text, anchor.end(), plural=plural)
        if not refs:
            continue
        law, law_end = _parse_law(text, end)
        if law and len(refs) == 1 and not refs[0].subs and _is_heading(text, anchor, law):
            law = None
        consumed = law_end if law else end
        if law is None:
            pending += [(sign, r) for r in refs]
            pending_end = end
            continue
        for ref_sign, ref in [*pending, *((sign, r) for r in refs)]:
            found.append(Citation(ref_sign, ref.number, _ordered(ref.subs), law))
        pending = []
    return found


def _is_heading(text: str, anchor: re.Match[str], law: str) -> bool:
    """'## § 1 NAME' or '- § 2 ORGANE' (a heading or a table of contents line, in capitals)
    is a statute's own section title, not a citation."""
    start = anchor.start()
    return law.isupper() and bool(_LINE_START.search(text, max(0, start - 12), start))


def _parse_refs(text: str, start: int, *, plural: bool) -> tuple[list[_Ref], int]:
    first = _NUMBER.match(text, start)
    if first is None:
        return [], start
    refs = [_Ref(first.group(1))]
    pos = _read_subs(text, first.end(), refs[-1])
    while True:
        connector = _CONNECTOR.match(text, pos)
        if connector is None:
            break
        after = connector.end()
        word = connector.group(1)
        last = refs[-1]
        explicit_sub = _SUB.match(text, after)
        number = _NUMBER.match(text, after)
        if explicit_sub is not None and last.subs:
            kind = _SUB_KINDS[explicit_sub.group(1).lower()]
            ref = _Ref(last.number, _replace_sub(last.subs, kind, explicit_sub.group(2)))
            refs.append(ref)
            pos = _read_subs(text, explicit_sub.end(), ref)
        elif number is not None and (plural or not last.subs):
            new = [_Ref(number.group(1))]
            if word in ("bis", "–", "-"):
                new = _expand_range(last.number, number.group(1)) or new
            refs.extend(new)
            pos = _read_subs(text, number.end(), refs[-1])
        elif number is not None and last.subs:
            kind = last.subs[-1][0]
            refs.append(_Ref(last.number, _replace_sub(last.subs, kind, number.group(1))))
            pos = number.end()
        else:
            break
    if ff := _FF.match(text, pos):
        pos = ff.end()
    return refs, pos


def _read_subs(text: str, pos: int, ref: _Ref) -> int:
    while sub := _SUB.match(text, pos):
        value = sub.group(2).rstrip(")")
        ref.subs.append((_SUB_KINDS[sub.group(1).lower()], value))
        pos = sub.end()
    return pos


def _replace_sub(subs: list[tuple[str, str]], kind: str, value: str) -> list[tuple[str, str]]:
    """'Abs. 1 Satz 2 und Abs. 3' -> Abs. 3 (deeper levels belong to the first reference)."""
    out: list[tuple[str, str]] = []
    for existing_kind, existing_value in subs:
        if existing_kind == kind:
            out.append((kind, value.rstrip(")")))
            return out
        out.append((existing_kind, existing_value))
    out.append((kind, value.rstrip(")")))
    return out


def _expand_range(low: str, high: str) -> list[_Ref] | None:
    if not (low.isdigit() and high.isdigit()):
        return None
    a, b = int(low), int(high)
    if not 0 < b - a <= 20:
        return None
    return [_Ref(str(n)) for n in range(a + 1, b + 1)]


def _ordered(subs: list[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    rank = {kind: i for i, kind in enumerate(_SUB_ORDER)}
    unique = dict(subs)  # a repeated kind keeps its last value
    return tuple(sorted(unique.items(), key=lambda kv: rank.get(kv[0], 99)))


def _parse_law(text: str, pos: int) -> tuple[str | None, int]:
    m = _LAW.match(text, pos)
    if m is None:
        return None, pos
    if m.group("ordinal"):
        return f"SGB {_ORDINALS[m.group('ordinal').lower()]}", m.end()
    if m.group("sgb"):
        book = m.group("book")
        if book.isdigit():
            book = _ROMAN[int(book)] if int(book) < len(_ROMAN) else book
        return f"SGB {book.upper()}", m.end()
    if abbr := m.group("abbr"):
        if (
            abbr in _NOT_LAWS
            or re.fullmatch(r"[IVXL]+", abbr)
            or not _looks_like_abbreviation(abbr)
        ):
            return None, pos
        state = m.group("state")
        return (f"{abbr} {state}" if state else abbr), m.end()
    name = m.group("name")
    if name in _GENERIC_NAMES:
        return None, pos
    return _law_name(name), m.end()


def _looks_like_abbreviation(token: str) -> bool:
    """'KAG', 'GemO', 'SächsGemO', 'NKomVG' - but not a capitalised sentence word."""
    if not token[0].isupper():
        return False
    capitals = sum(1 for c in token if c.isupper())
    shouted = token.isupper() and len(token) >= 7  # "INKRAFTTRETEN": a heading word
    return capitals >= 2 and len(token) <= 16 and not shouted


def _law_name(name: str) -> str:
    """'Kommunalabgabengesetzes' -> 'KAG'; other names in the nominative."""
    base = re.sub(r"(gesetz)es$", r"\1", name)
    base = re.sub(r"(gesetzbuch)(?:es|s)$", r"\1", base)
    return _NAME_ALIASES.get(base.lower(), base)

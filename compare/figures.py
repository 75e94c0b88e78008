"""The values members compare, with the clause they belong to.

"What rate do the others charge for a second dog", "how long are their rest periods", "what
does an hour of a fire engine cost": amounts (€), percentages, periods and deadlines (Jahre,
Monate, Wochen, Tage), hours and ages. Each value keeps the words in front of it as a label
("für den zweiten Hund"), since that is how a reader tells 96 € for the first dog from 192 €
for the second; in fee tables the label is the row's first cell.

What counts (so the labelled set in tests/compare/data can be judged): a number written in
digits or as a word from zwei to zwölf/zwanzig/dreißig with a unit. "Eines Monats" (one, as an
article) and times of day ("20 Uhr") are not figures; dates and § numbers never are.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel

FigureKind = Literal["Betrag", "Prozent", "Frist", "Stunden", "Alter"]

_WORDS = {
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "neun": 9,
    "zehn": 10,
    "elf": 11,
    "zwölf": 12,
    "fünfzehn": 15,
    "zwanzig": 20,
    "dreißig": 30,
}
_NUM = (
    r"(?:\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?(?!\d)|\d+(?:,\d+)?(?:,-|,--)?|(?:"
    + "|".join(_WORDS)
    + r")\b)"
)
_NUMBER = re.compile(_NUM + "$")
_RANGE = rf"(?P<n1>{_NUM})\s*(?:bis|–|-|und)\s*"
_UNIT_PATTERNS: list[tuple[FigureKind, str, str]] = [
    # (kind, unit pattern, canonical unit); the order matters: ages before periods.
    ("Alter", r"\.?\s*Lebensjahr(?:es|s)?", "Lebensjahr"),
    ("Alter", r"\s+(?P<u>Jahre|Monate|Wochen)\s+alt(?:e[nmrs]?)?\b", "{u} alt"),
    ("Betrag", r"\s*(?:€|EUR\b|Euro\b)", "€"),
    ("Prozent", r"\s*(?:%|v\.\s?H\.|vom\s+Hundert\b|Prozent\b)", "%"),
    ("Stunden", r"\s*(?:Stunden|Stunde|Std\.?)(?![a-zäöü])", "Stunden"),
    (
        "Frist",
        r"\s+(?:(?:aufeinanderfolgende|zusammenhängende|volle|weitere)n?\s+)?"
        r"(?P<u>Jahre|Jahren|Jahr|Monate|Monaten|Monat|Wochen|Woche|Werktage|Werktagen|"
        r"Arbeitstage|Arbeitstagen|Kalendertage|Kalendertagen|Tage|Tagen|Tag)\b",
        "{u}",
    ),
]
_CANON = {
    "Jahren": "Jahre",
    "Jahr": "Jahre",
    "Monaten": "Monate",
    "Monat": "Monate",
    "Woche": "Wochen",
    "Tagen": "Tage",
    "Tag": "Tage",
    "Werktagen": "Werktage",
    "Arbeitstagen": "Arbeitstage",
    "Kalendertagen": "Kalendertage",
}
_PATTERNS = [
    (
        kind,
        re.compile(
            rf"(?<![\w.,§/])(?:{_RANGE})?(?P<n>{_NUM}){unit}", re.I if kind != "Frist" else 0
        ),
        canon,
    )
    for kind, unit, canon in _UNIT_PATTERNS
]
_EURO_PREFIX = re.compile(rf"(?:€|EUR)\s*(?P<n>{_NUM})(?![\d,.]*\s*(?:€|EUR|Euro))")
_SENTENCE_START = re.compile(r"(?:[.;:]\s+|\(\d+[a-z]?\)\s*|\n|\d+\.\s|[a-z]\)\s|\|)")


class Figure(BaseModel):
    """One value: what kind, the number, its unit, how it was printed and what it is for."""

    kind: FigureKind
    value: float
    unit: str
    text: str
    label: str
    start: int
    end: int


def parse_number(raw: str) -> float | None:
    """German number ("1.000,50", "96,-", "drei") as float; None when it is none."""
    raw = raw.strip().lower()
    if raw in _WORDS:
        return float(_WORDS[raw])
    raw = raw.rstrip("-").rstrip(",")
    if not re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?", raw):
        return None
    return float(raw.replace(".", "").replace(",", "."))


def _label(text: str, start: int) -> str:
    """The words in front of a value, back to the start of its sentence or list item."""
    head = text[max(0, start - 160) : start]
    head = re.sub(r"^[\s,;:]*(?:und|oder|sowie)?\s*", "", head)
    cut = 0
    for m in _SENTENCE_START.finditer(head):
        if m.end() < len(head):
            cut = m.end()
    words = head[cut:].replace("|", " ").split()
    return " ".join(words[-9:]).strip(" ,:;–-")


def _table_figures(text: str) -> list[Figure]:
    """Amounts in Markdown tables whose column header names the currency."""
    figures: list[Figure] = []
    offset = 0
    header: list[str] | None = None
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped.startswith("|") and stripped.endswith("|"):
            cells = [c.strip() for c in stripped.strip("|").split("|")]
            if header is None:
                header = cells
            elif not all(re.fullmatch(r":?-{2,}:?", c) for c in cells):
                pos = offset + line.index("|")
                for col, cell in enumerate(cells):
                    pos = text.index(cell, pos) if cell else pos
                    title = header[col] if col < len(header) else ""
                    value = parse_number(cell.replace(" ", ""))
                    is_money = re.search(r"€|EUR|Euro|Gebühr|Betrag|Satz", title, re.I)
                    if value is not None and is_money and not re.search(r"€|EUR|Euro", cell):
                        label = " – ".join(c for c in (cells[0], title) if c)
                        figures.append(
                            Figure(
                                kind="Betrag",
                                value=value,
                                unit="€",
                                text=cell,
                                label=label,
                                start=pos,
                                end=pos + len(cell),
                            )
                        )
        else:
            header = None
        offset += len(line)
    return figures


def extract_figures(text: str) -> list[Figure]:
    """All figures in a clause, in reading order, each span at most once."""
    found: list[Figure] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for kind, pattern, canon in _PATTERNS:
        for m in pattern.finditer(text):
            if not free(m.start(), m.end()):
                continue
            unit = canon.format(
                u=_CANON.get(m.groupdict().get("u") or "", m.groupdict().get("u") or "")
            )
            numbers = (
                [("n1", m.group("n1")), ("n", m.group("n"))]
                if m.group("n1")
                else [("n", m.group("n"))]
            )
            for group, raw in numbers:
                value = parse_number(raw)
                if value is None:
                    continue
                if (
                    kind == "Frist"
                    and raw[0].isdigit()
                    and text[m.end("n") : m.end("n") + 1] == "."
                ):
                    continue  # "1. Tag des Monats" is an ordinal, not a period
                start = m.start(group)
                found.append(
                    Figure(
                        kind=kind,
                        value=value,
                        unit=unit,
                        text=text[start : m.end()].strip(),
                        label=_label(text, m.start()),
                        start=start,
                        end=m.end(),
                    )
                )
            taken.append((m.start(), m.end()))
    for m in _EURO_PREFIX.finditer(text):
        value = parse_number(m.group("n"))
        if value is not None and free(m.start(), m.end()):
            found.append(
                Figure(
                    kind="Betrag",
                    value=value,
                    unit="€",
                    text=m.group(0),
                    label=_label(text, m.start()),
                    start=m.start(),
                    end=m.end(),
                )
            )
            taken.append((m.start(), m.end()))
    for fig in _table_figures(text):
        if free(fig.start, fig.end):
            found.append(fig)
            taken.append((fig.start, fig.end))
    found.sort(key=lambda f: f.start)
    # A label never reaches back over the figure before it ("25 Jahre, für Kinder ... 15 Jahre").
    previous_end = 0
    for fig in found:
        if not fig.label.endswith("(€)") and fig.start > previous_end:
            fig.label = _label(text[previous_end:], fig.start - previous_end) or fig.label
        previous_end = max(previous_end, fig.end)
    return found

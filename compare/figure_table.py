"""The figures of one clause side by side: one line per value, one column per city.

Members ask "what do the others charge for the second dog", so a list of every value of every
city is not the answer; the values that mean the same thing have to stand in one line:
"für den zweiten Hund: Gemeinde A 192 €, Gemeinde B 216 €". Which values mean the same thing is
decided from what the statutes say around them: the words in front of a value (its label,
stemmed), its kind and unit (an amount never lines up with a period), and, weakly, its place in
the clause (fee tables list the same rows in the same order). Each city contributes at most one
value to a line (a one-to-one assignment); a value that fits no line opens its own, so nothing
is dropped.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from pydantic import BaseModel, Field
from scipy.optimize import linear_sum_assignment

from compare.align import content_words

# A value joins a line when the labels share enough words, or when it is the only value of its
# kind and unit on both sides (one amount in the clause here and there); never when one value is
# more than ten times the other (an income bracket of 75.000 € is not a fee of 380 €).
MIN_SCORE = 0.34
MIN_LEXICAL = 0.2
POSITION_WEIGHT = 0.25
MAX_RATIO = 10.0
# Words of a range or comparison say nothing about what a value is for.
_RANGE_WORDS = frozenset({"bis", "ab", "unt", "je", "pro", "hochst", "mindest"})


class FigureRow(BaseModel):
    """One value of one city in a clause: the long form, one row per value."""

    clause: str
    issuer: str
    document_id: str
    kind: str
    value: float
    unit: str
    label: str
    section: str


class FigureColumn(BaseModel):
    document_id: str
    issuer: str
    name: str = Field(
        default="", description="Column title: the issuer, numbered when it occurs twice."
    )


class FigureCell(BaseModel):
    value: float
    text: str = Field(description="The value as printed, e.g. '96,- €'.")
    label: str = Field(description="The words in front of the value in this statute.")
    section: str


class FigureLine(BaseModel):
    """One value across the cities: label (from the first statute that has it), kind, unit."""

    label: str
    kind: str
    unit: str
    cells: dict[str, FigureCell] = Field(description="Document id -> that statute's value.")


class FigureTable(BaseModel):
    clause: str
    columns: list[FigureColumn]
    lines: list[FigureLine]


def _words(label: str) -> frozenset[str]:
    return frozenset(w for w in content_words(label) if w not in _RANGE_WORDS)


def _comparable(a: float, b: float) -> bool:
    low, high = sorted((abs(a), abs(b)))
    return high == 0 or (low > 0 and high / low <= MAX_RATIO)


def _similarity(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def side_by_side(rows: Sequence[FigureRow], columns: Sequence[FigureColumn]) -> FigureTable:
    """Lay the values of one clause (rows, reference statute first) out as lines across cities."""
    lines: list[FigureLine] = []
    words: list[frozenset[str]] = []  # all label words seen per line
    places: list[float] = []  # relative place in the clause of the line's first value
    for column in columns:
        own = [r for r in rows if r.document_id == column.document_id]
        if not own:
            continue
        own_words = [_words(r.label) for r in own]
        own_places = [n / max(len(own) - 1, 1) for n in range(len(own))]
        score = np.zeros((len(own), len(lines)))
        for i, row in enumerate(own):
            for j, line in enumerate(lines):
                if (row.kind, row.unit) != (line.kind, line.unit):
                    continue
                if not any(_comparable(row.value, c.value) for c in line.cells.values()):
                    continue
                lexical = _similarity(own_words[i], words[j])
                place = 1 - abs(own_places[i] - places[j])
                if lexical >= MIN_LEXICAL:
                    score[i, j] = lexical + POSITION_WEIGHT * place
                alone_here = sum((r.kind, r.unit) == (row.kind, row.unit) for r in own) == 1
                alone_there = sum((ln.kind, ln.unit) == (line.kind, line.unit) for ln in lines) == 1
                if alone_here and alone_there:
                    score[i, j] = max(score[i, j], MIN_SCORE)
        taken: dict[int, int] = {}
        if lines:
            for i, j in zip(*linear_sum_assignment(-score), strict=True):
                if score[i, j] >= MIN_SCORE:
                    taken[int(i)] = int(j)
        for i, row in enumerate(own):
            cell = FigureCell(
                value=row.value, text=_printed(row), label=row.label, section=row.section
            )
            if i in taken:
                j = taken[i]
                lines[j].cells[column.document_id] = cell
                words[j] = words[j] | own_words[i]
                continue
            lines.append(
                FigureLine(
                    label=row.label or row.kind,
                    kind=row.kind,
                    unit=row.unit,
                    cells={column.document_id: cell},
                )
            )
            words.append(own_words[i])
            places.append(own_places[i])
    clause = rows[0].clause if rows else ""
    return FigureTable(clause=clause, columns=_named(columns), lines=lines)


def _named(columns: Sequence[FigureColumn]) -> list[FigureColumn]:
    seen: dict[str, int] = {}
    out = []
    for column in columns:
        seen[column.issuer] = n = seen.get(column.issuer, 0) + 1
        name = column.issuer if n == 1 else f"{column.issuer} ({n})"
        out.append(column.model_copy(update={"name": name}))
    return out


def german_number(value: float) -> str:
    """96 -> "96", 1500.5 -> "1.500,50": how German readers and a German Excel expect it."""
    text = f"{value:,.2f}" if value != int(value) else f"{int(value):,}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def _printed(row: FigureRow) -> str:
    return f"{german_number(row.value)} {row.unit}"

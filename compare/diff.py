"""Word-level differences of two clause texts, as typed pieces the UI can render.

The reader wants to see "96 €" against "108 €" inside an otherwise equal sentence, so the unit
is the word (with its punctuation), not the character or the line. difflib's matcher is enough
for clause-sized texts and needs no dependency.
"""

from __future__ import annotations

import difflib
import re
from typing import Literal

from pydantic import BaseModel

_TOKEN = re.compile(r"\S+")


class DiffPiece(BaseModel):
    """`equal`: text in both; `delete`: only in A; `insert`: only in B; `replace`: A -> B."""

    op: Literal["equal", "delete", "insert", "replace"]
    a: str = ""
    b: str = ""


class ClauseDiff(BaseModel):
    pieces: list[DiffPiece]
    similarity: float  # share of words in common, 0..1

    @property
    def changed(self) -> bool:
        return any(p.op != "equal" for p in self.pieces)


def _norm(text: str) -> list[str]:
    return _TOKEN.findall(text)


def word_diff(a: str, b: str) -> ClauseDiff:
    """The differences of B against A, word by word (whitespace and line breaks ignored)."""
    wa, wb = _norm(a), _norm(b)
    matcher = difflib.SequenceMatcher(a=wa, b=wb, autojunk=False)
    pieces = [
        DiffPiece(op=op, a=" ".join(wa[i1:i2]), b=" ".join(wb[j1:j2]))  # type: ignore[arg-type]
        for op, i1, i2, j1, j2 in matcher.get_opcodes()
    ]
    return ClauseDiff(pieces=pieces, similarity=round(matcher.ratio(), 4))


def render_markdown(diff: ClauseDiff) -> str:
    """A compact text form for the command line: [-removed-] {+added+}."""
    out = []
    for p in diff.pieces:
        if p.op == "equal":
            out.append(p.a)
        if p.op in ("delete", "replace") and p.a:
            out.append(f"[-{p.a}-]")
        if p.op in ("insert", "replace") and p.b:
            out.append(f"{{+{p.b}+}}")
    return " ".join(out)

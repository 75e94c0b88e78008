"""Everyday abbreviations and synonyms, applied on the query side of the sparse channel.

The list is data (`corpus/synonyms.txt`, one group of equivalent spellings per line): staff
type "Kita", statutes say "Kindertageseinrichtung"; they type "OB", minutes say
"Oberbürgermeister". A query word that is a member of a group adds the other members' terms
to the sparse query at `weight` (below the typed word's 1.0, so a document using the user's
own word still ranks first). Documents are never expanded: the index stays as written.

A member in capitals only ("OB", "KAG") matches only a word written the same way, since "ob"
and "kag" in lower case are ordinary words or typos; other members match through the analyzer
(folded umlauts, stems), as the sparse channel does.
"""

from __future__ import annotations

import re
from pathlib import Path

from index.german_analyzer import GermanAnalyzer, hyphen_pieces

_WORD = re.compile(r"[\wÄÖÜäöüß§.-]+")


class Thesaurus:
    def __init__(self, groups: list[list[str]], analyzer: GermanAnalyzer | None = None) -> None:
        self.analyzer = analyzer or GermanAnalyzer()
        self.groups = [g for g in groups if len(g) > 1]
        self._exact: dict[str, list[int]] = {}  # capitals-only member -> groups
        self._terms: dict[tuple[str, ...], list[int]] = {}  # analysed member -> groups
        for index, group in enumerate(self.groups):
            for member in group:
                if member.isupper() or (
                    member[:1].isupper() and member[1:] != member[1:].lower() and len(member) <= 8
                ):
                    self._exact.setdefault(member, []).append(index)
                else:
                    key = self._key(member)
                    if key:
                        self._terms.setdefault(key, []).append(index)

    @classmethod
    def load(cls, path: Path, analyzer: GermanAnalyzer | None = None) -> Thesaurus:
        groups = []
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.split("#", 1)[0].strip()
            if line:
                groups.append([m.strip() for m in line.split(",") if m.strip()])
        return cls(groups, analyzer)

    def _key(self, text: str) -> tuple[str, ...]:
        return tuple(t.text for t in self.analyzer.analyze(text) if t.kind != "part")

    def expansions(self, query: str) -> list[str]:
        """The other members of every group a query word (or two-word phrase) belongs to.
        The pieces of a hyphenated word count as words ("Kita-Gebühren" asks for Kita)."""
        words = _WORD.findall(query)
        pieces = _WORD.findall(hyphen_pieces(query))
        found: list[int] = []
        for sequence in (words, pieces) if pieces != words else (words,):
            for i, word in enumerate(sequence):
                found += self._exact.get(word.strip(".-"), [])
                for span in (sequence[i : i + 1], sequence[i : i + 2]):
                    key = self._key(" ".join(span))
                    found += self._terms.get(key, []) if key else []
        words = list(dict.fromkeys(words + pieces))
        out: list[str] = []
        for index in dict.fromkeys(found):
            for member in self.groups[index]:
                if member not in out and not self._typed(member, words):
                    out.append(member)
        return out

    def _typed(self, member: str, words: list[str]) -> bool:
        return member in words or self._key(member) in {self._key(w) for w in words}


def _abbreviation(member: str) -> bool:
    """ "OB", "KAG", "GemO", "BauGB": capitals inside a short word."""
    return member.isupper() or (
        member[:1].isupper() and member[1:] != member[1:].lower() and len(member) <= 8
    )

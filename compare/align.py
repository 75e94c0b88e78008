"""Which sections of two statutes say the same thing, judged by their text alone.

Numbers and headings differ between cities (and OCR mangles them), so the aligner reads only
the section bodies. Three signals are combined:

- lexical similarity: TF-IDF over stemmed words (what the clause is about) and over character
  n-grams (robust to OCR errors and compounds: "Hundesteuermarke" / "Steuermarke");
- context: a clause whose neighbours also match is more likely a match itself (statutes of one
  kind keep a similar order, though not the same numbers);
- relative position, weakly, to break ties between near-identical short clauses.

A one-to-one assignment (Hungarian method) keeps each section from being claimed twice; then a
left-over section joins its neighbour's match when the two together explain the other side
better than one alone (a clause split into two). What stays unmatched is what one side has and
the other lacks. Deterministic, no model, about a millisecond per pair of ordinary statutes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import numpy as np
import Stemmer
from pydantic import BaseModel, Field
from scipy.optimize import linear_sum_assignment
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize

_WORD = re.compile(r"[A-Za-zÄÖÜäöüß]{2,}")
_STOP = frozenset(
    [
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "ein",
        "eine",
        "einer",
        "eines",
        "einem",
        "einen",
        "und",
        "oder",
        "für",
        "über",
        "von",
        "zu",
        "zur",
        "zum",
        "im",
        "in",
        "an",
        "am",
        "auf",
        "mit",
        "nach",
        "bei",
        "als",
        "auch",
        "ist",
        "sind",
        "wird",
        "werden",
        "wurde",
        "nicht",
        "nur",
        "so",
        "wie",
        "sowie",
        "diese",
        "dieser",
        "dieses",
        "diesem",
        "dieser",
        "es",
        "sie",
        "er",
        "wer",
        "kann",
        "soweit",
        "sofern",
        "wenn",
        "dass",
        "daß",
    ]
)


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("german")


def content_words(text: str) -> list[str]:
    """Stemmed words without stop words: what a clause (or a figure's label) is about."""
    stem = _stemmer().stemWord
    return [stem(w) for w in (w.lower() for w in _WORD.findall(text)) if w not in _STOP]


class AlignerParams(BaseModel):
    """Weights of the signals; chosen on the development kinds (see bench/compare_quality.py)."""

    char_weight: float = 0.5
    context_weight: float = 0.35
    position_weight: float = 0.15
    min_score: float = 0.18
    split_gain: float = 0.02


class AlignedGroup(BaseModel):
    """Sections of A and of B that correspond: one-to-one, or one-to-many for a split clause."""

    a: list[int]
    b: list[int]
    score: float = Field(ge=0)


class Alignment(BaseModel):
    groups: list[AlignedGroup]
    only_a: list[int]
    only_b: list[int]

    def pairs(self) -> set[tuple[int, int]]:
        return {(i, j) for g in self.groups for i in g.a for j in g.b}


class SimilarityModel:
    """TF-IDF spaces fitted once on all sections of the statutes in one comparison, so the
    vocabulary and document frequencies are shared by every pair that is aligned."""

    def __init__(self, texts: Sequence[str], params: AlignerParams | None = None) -> None:
        self.params = params or AlignerParams()
        # A placeholder keeps the vocabulary non-empty for texts of digits or stop words only.
        corpus = [*dict.fromkeys(texts), "platzhalter"]
        self._word = TfidfVectorizer(
            analyzer=content_words, sublinear_tf=True, min_df=1, norm="l2", dtype=np.float32
        )
        self._char = TfidfVectorizer(
            analyzer="char_wb",
            ngram_range=(3, 5),
            lowercase=True,
            sublinear_tf=True,
            min_df=1,
            dtype=np.float32,
        )
        # Every section is analysed once; pairs then only multiply cached rows.
        self._rows = {text: n for n, text in enumerate(corpus)}
        self._matrix = self._combine(
            self._word.fit_transform(corpus), self._char.fit_transform(corpus)
        )

    def _combine(self, word: csr_matrix, char: csr_matrix) -> csr_matrix:
        w = self.params.char_weight
        return csr_matrix(normalize(hstack([word * np.sqrt(1 - w), char * np.sqrt(w)]).tocsr()))

    def vectors(self, texts: Sequence[str]) -> csr_matrix:
        """One row per text: word and character spaces side by side, weighted, unit length."""
        rows = [self._rows.get(t) for t in texts]
        if all(r is not None for r in rows):
            return self._matrix[[r for r in rows if r is not None]]
        return self._combine(self._word.transform(texts), self._char.transform(texts))

    def similarity(self, a: Sequence[str], b: Sequence[str]) -> np.ndarray:
        if not a or not b:
            return np.zeros((len(a), len(b)), dtype=np.float32)
        return np.asarray((self.vectors(a) @ self.vectors(b).T).todense(), dtype=np.float32)


def _context(sim: np.ndarray) -> np.ndarray:
    """Mean similarity of the diagonal neighbours (i-1, j-1) and (i+1, j+1)."""
    padded = np.pad(sim, 1)
    return (padded[:-2, :-2] + padded[2:, 2:]) / 2


def _position(n: int, m: int) -> np.ndarray:
    pa = np.arange(n) / max(n - 1, 1)
    pb = np.arange(m) / max(m - 1, 1)
    return 1.0 - np.abs(pa[:, None] - pb[None, :])


def score_matrix(sim: np.ndarray, params: AlignerParams) -> np.ndarray:
    """The combined score the assignment maximises."""
    n, m = sim.shape
    # Divide by what each row and column could best reach, so a cross-model pair (lower
    # similarities overall) is judged on the same scale as two near-identical statutes.
    row = sim.max(axis=1, keepdims=True) + 1e-6
    col = sim.max(axis=0, keepdims=True) + 1e-6
    relative = sim / np.sqrt(row * col)
    lexical = 0.5 * sim + 0.5 * np.minimum(relative, 1.0) * sim.max() ** 0.5
    return (
        lexical
        + params.context_weight * _context(sim)
        + params.position_weight * _position(n, m) * (sim > 0.05)
    ) / (1 + params.context_weight + params.position_weight)


def align(
    a: Sequence[str],
    b: Sequence[str],
    model: SimilarityModel | None = None,
    params: AlignerParams | None = None,
) -> Alignment:
    """Align the section bodies `a` with `b` (indices refer to the two lists)."""
    if not a or not b:
        return Alignment(groups=[], only_a=list(range(len(a))), only_b=list(range(len(b))))
    model = model or SimilarityModel([*a, *b], params)
    params = params or model.params
    sim = model.similarity(a, b)
    score = score_matrix(sim, params)
    rows, cols = linear_sum_assignment(-score)
    match_a: dict[int, list[int]] = {}
    match_b: dict[int, list[int]] = {}
    for i, j in zip(rows.tolist(), cols.tolist(), strict=True):
        if score[i, j] >= params.min_score:
            match_a[i] = [j]
            match_b[j] = [i]
    _extend_splits(a, b, sim, model, params, match_a, match_b)
    _extend_splits(b, a, sim.T, model, params, match_b, match_a)
    groups: list[AlignedGroup] = []
    seen: set[int] = set()
    for i in sorted(match_a):
        if i in seen:
            continue
        js = sorted(match_a[i])
        is_ = sorted({k for j in js for k in match_b.get(j, [])})
        seen.update(is_)
        value = float(max(sim[k, j] for k in is_ for j in js))
        groups.append(AlignedGroup(a=is_, b=js, score=round(max(value, 0.0), 4)))
    return Alignment(
        groups=groups,
        only_a=[i for i in range(len(a)) if i not in match_a],
        only_b=[j for j in range(len(b)) if j not in match_b],
    )


def _extend_splits(
    a: Sequence[str],
    b: Sequence[str],
    sim: np.ndarray,
    model: SimilarityModel,
    params: AlignerParams,
    match_a: dict[int, list[int]],
    match_b: dict[int, list[int]],
) -> None:
    """Attach an unmatched section of B to the A section its neighbour matched, when A is
    explained better by both B sections together than by the neighbour alone."""
    for j in range(len(b)):
        if j in match_b:
            continue
        for k in (j - 1, j + 1):
            owners = match_b.get(k)
            if not owners or len(owners) != 1:
                continue
            i = owners[0]
            if len(match_a.get(i, [])) != 1 or sim[i, j] < 0.1:
                continue
            parts = [b[x] for x in sorted((k, j))]
            joined = model.similarity([a[i]], ["\n".join(parts)])[0, 0]
            if joined >= sim[i, k] + params.split_gain:
                match_a[i] = sorted([k, j])
                match_b[j] = [i]
                break

"""Extractive key sentences: the two or three sentences of a document closest to its meaning.

Nothing is generated, so nothing can be invented: each sentence is an exact substring of the
document text (only a first letter left lower-case by a cut salutation is capitalised:
"Sehr geehrte Damen und Herren, der Landtag hat …" gives "Der Landtag hat …").

Candidates are the body sentences (no headings, salutations, address lines or table rows);
each is scored by how close its embedding is to the centroid of all candidate sentences (what
the document is about as a whole) and to the title (what it says it is about), with a bonus
for early sentences, where circulars state their purpose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from encoder.embedding import EmbeddingCache, Encoder

MIN_WORDS = 7
MAX_WORDS = 60
CENTROID_WEIGHT = 0.3
TITLE_WEIGHT = 0.7
EARLY_BONUS = 0.5  # in standard deviations, fading out over the first sentences
EARLY_SENTENCES = 4
SHORT_WORDS = 10
SHORT_PENALTY = 0.5
DUPLICATE_SIMILARITY = 0.93

# Abbreviations after which a period does not end a sentence (compared in lower case).
# fmt: off
_ABBREVIATIONS = frozenset((
    "nr", "abs", "art", "s", "ziff", "lit", "buchst", "anl", "vgl", "bzw", "ggf", "evtl", "inkl",
    "ca", "dr", "prof", "gem", "z", "b", "d", "h", "u", "a", "o", "ä", "i", "v", "m", "e", "st",
    "sog", "usw", "etc", "tel", "az", "bspw", "insb", "max", "min", "mio", "mrd", "rd", "allg",
    "kap",
))
_MONTHS = frozenset((
    "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
    "oktober", "november", "dezember",
))
# fmt: on
_BOUNDARY = re.compile(r"[.!?](?=[\"“”»«)]*\s+[\"„“»«(]*[A-ZÄÖÜ0-9§])")
_LIST_MARKER = re.compile(r"^(?:[-*•–]\s+|\(?\d{1,2}[.)]\s+|[a-z]\)\s+)")
_LABEL = re.compile(r"^\*\*[^*\n]{1,80}\*\*:?\s*")
_SKIP_LINE = re.compile(
    r"^(?:#|\||sehr geehrte|liebe |mit freundlichen|im auftrag|an die |anlage|\*\*)", re.I
)
_SENTENCE_INSIDE = re.compile(r"[a-zäöüß)][.!?]\s")


@dataclass(frozen=True)
class Span:
    start: int
    end: int


def candidate_spans(text: str) -> list[Span]:
    """Body sentences as (start, end) offsets into `text`.

    Works on lines, because PDF text has no blank lines between paragraphs: lines that cannot
    be body text (headings, address and signature lines, salutations, table rows) separate
    blocks, a list bullet starts a new unit, and sentences are split inside the units.
    """
    spans: list[Span] = []
    for start, unit in _units(text):
        begin = 0
        for found in _BOUNDARY.finditer(unit):
            end = found.end()
            if _is_abbreviation(unit, found.start(), unit[end:]):
                continue
            spans.extend(_accept(text, start, unit, begin, end))
            begin = end
        spans.extend(_accept(text, start, unit, begin, len(unit)))
    return spans


def _units(text: str) -> list[tuple[int, str]]:
    lines: list[tuple[int, str]] = []
    position = 0
    for line in text.split("\n"):
        lines.append((position, line))
        position += len(line) + 1
    lengths = sorted(len(line.strip()) for _, line in lines if line.strip())
    typical = lengths[int(len(lengths) * 0.9)] if lengths else 0
    units: list[tuple[int, str]] = []
    current: tuple[int, int] | None = None  # (start, end) offsets of the open unit
    for start, line in lines:
        stripped = line.strip()
        if _is_break(stripped, typical):
            _close(text, units, current)
            current = None
            continue
        if current is not None and _LIST_MARKER.match(stripped):
            _close(text, units, current)
            current = None
        current = (current[0] if current else start, start + len(line))
    _close(text, units, current)
    return units


def _close(text: str, units: list[tuple[int, str]], current: tuple[int, int] | None) -> None:
    if current is not None:
        units.append((current[0], text[current[0] : current[1]]))


def _is_break(line: str, typical: int) -> bool:
    """A line that is not running text: it ends any sentence before it."""
    if not line or _SKIP_LINE.match(line) or " · " in line:
        return True
    unfinished = line[-1] not in '.!?:;,)"“”»' and not line.endswith("-")
    if not unfinished or len(line) >= 0.6 * typical:
        return False
    # A short line is a heading unless it is wrapped running text that merely ends early:
    # a sentence ends inside it, or it stops on a lower-case word ("… zum Aufbau eines").
    return not (_SENTENCE_INSIDE.search(line) or line.split()[-1][:1].islower())


def _is_abbreviation(line: str, dot: int, rest: str) -> bool:
    if line[dot] != ".":
        return False
    word = re.search(r"([\wÄÖÜäöüß]+)$", line[:dot])
    if word is None:
        return False
    token = word.group(1)
    if token.lower() in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
        return True
    following = rest.lstrip('"„“»«( \n\t').split(" ", 1)[0].lower()
    # "am 2. Oktober", "§ 3. Die …" is rare; a day or an ordinal before a month or a noun is not.
    return token.isdigit() and len(token) <= 2 and (following in _MONTHS or not following)


def _accept(text: str, offset: int, line: str, begin: int, end: int) -> list[Span]:
    piece = line[begin:end]
    lead = len(piece) - len(piece.lstrip())
    piece = piece.strip()
    marker = _LIST_MARKER.match(piece)
    if marker:
        lead += marker.end()
        piece = piece[marker.end() :]
    label = _LABEL.match(piece)
    if label:
        lead += label.end()
        piece = piece[label.end() :]
    words = piece.split()
    if not (MIN_WORDS <= len(words) <= MAX_WORDS) or piece[-1:] not in ".!?":
        return []
    if "**" in piece or "|" in piece or piece.startswith(("#", "[")) or not piece[0].isalpha():
        return []
    start = offset + begin + lead
    span = Span(start, start + len(piece))
    assert text[span.start : span.end] == piece
    return [span]


def key_sentences(
    text: str,
    title: str,
    encoder: Encoder,
    *,
    cache: EmbeddingCache | None = None,
    limit: int = 3,
) -> list[str]:
    """Two or three sentences from `text`, in document order (fewer only for short texts).

    The first body sentence is always kept: circulars and statements open with their occasion
    ("der Landtag hat … beschlossen"). The others are the best by z-scored closeness to the
    sentence centroid and to the title (embedded as a query: e5 is trained to match a query to
    the passages answering it), with a bonus for early and a penalty for very short sentences.
    """
    spans = candidate_spans(text)
    sentences = [text[s.start : s.end] for s in spans]
    count = min(limit, 3 if len(sentences) >= 6 else 2)
    if len(sentences) <= count:
        return [capitalised(s) for s in sentences]
    flat = [" ".join(s.split()) for s in sentences]
    vectors = cache.embed_passages(encoder, flat) if cache else encoder.embed_passages(flat)
    title_vector = np.asarray(encoder.embed_query(" ".join(title.split())), dtype=np.float32)
    centroid = vectors.mean(axis=0)
    centroid /= np.linalg.norm(centroid) or 1.0
    words = np.array([len(s.split()) for s in flat])
    early = np.clip(1.0 - np.arange(len(flat)) / EARLY_SENTENCES, 0.0, 1.0)
    scores = (
        CENTROID_WEIGHT * _z(vectors @ centroid)
        + TITLE_WEIGHT * _z(vectors @ title_vector)
        + EARLY_BONUS * early
        - SHORT_PENALTY * (words < SHORT_WORDS)
    )
    chosen = [0]
    for index in np.argsort(-scores):
        if len(chosen) == count:
            break
        if any(vectors[index] @ vectors[c] > DUPLICATE_SIMILARITY for c in chosen):
            continue
        chosen.append(int(index))
    return [capitalised(sentences[i]) for i in sorted(chosen)]


def capitalised(sentence: str) -> str:
    """A sentence shown on its own starts with a capital. In a letter the first sentence
    continues the salutation's line ("Sehr geehrte Damen und Herren, der Landtag …") and so
    starts lower-case once the salutation is cut; German nouns are capitalised anyway, so only
    such a continuation changes."""
    return sentence[:1].upper() + sentence[1:] if sentence[:1].islower() else sentence


def _z(values: np.ndarray) -> np.ndarray:
    """Cosine similarities of one model sit in a narrow band; only their spread within the
    document says anything, so each signal is standardised before they are added."""
    spread = float(values.std())
    return (values - values.mean()) / (spread if spread > 1e-9 else 1.0)

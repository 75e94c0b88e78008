"""German-aware chunking: one § section (or heading section) per chunk where it fits.

Statutes are cited and asked about by section, so a chunk never spans two §§; long sections are
split at paragraph, then sentence, boundaries with a small overlap. Each chunk's embedding text
is prefixed with the document title and its section heading, because a bare paragraph
("Die Gebühr beträgt 25 Euro.") means nothing without them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MD_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_SECTION_HEADING = re.compile(
    r"^(§{1,2}\s*\d+[a-z]?\b|Art(?:ikel|\.)\s*\d+[a-z]?\b|Abschnitt\s+[\dIVX]+|Teil\s+[\dIVX]+"
    r"|Anlage\s+\d+)"
)
_ABBREVIATIONS = (
    "abs",
    "nr",
    "art",
    "vgl",
    "bzw",
    "ggf",
    "ca",
    "dr",
    "prof",
    "ziff",
    "lit",
    "gem",
    "bspw",
    "usw",
    "inkl",
    "evtl",
    "zzgl",
    "abschn",
    "str",
    "tel",
    "s",
    "z",
    "b",
    "d",
    "h",
    "u",
    "a",
    "v",
    "m",
    "i",
    "o",
)
_SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+(?=[A-ZÄÖÜ„\"(§0-9])")


_MONTHS = {
    "januar", "februar", "märz", "april", "mai", "juni", "juli", "august",
    "september", "oktober", "november", "dezember",
}  # fmt: skip
_BEFORE_ORDINAL = {"am", "vom", "zum", "bis", "den", "dem", "ab", "der", "die", "das", "im"}


def _is_ordinal(before: str, after: str) -> bool:
    """'am 1. Juli', 'der 2. Abschnitt': a number with a period that does not end a sentence."""
    words_before = before.split()
    next_word = after.split(maxsplit=1)[0].lower() if after.strip() else ""
    previous = words_before[-2].lower() if len(words_before) > 1 else ""
    return next_word in _MONTHS or previous in _BEFORE_ORDINAL


@dataclass
class TextChunk:
    text: str
    heading: str | None


def _is_heading(line: str) -> tuple[int, str] | None:
    """(level, heading text) for Markdown headings and § / Artikel lines."""
    stripped = line.strip()
    if m := _MD_HEADING.match(stripped):
        return len(m[1]), m[2].strip()
    if len(stripped) <= 160 and _SECTION_HEADING.match(stripped) and not stripped.endswith(","):
        return 7, stripped
    return None


def split_sentences(text: str) -> list[str]:
    parts: list[str] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        before = text[start : m.start()]
        last_word = re.search(r"(\w+)[.!?;:]$", before)
        if last_word and last_word[1].lower() in _ABBREVIATIONS:
            continue
        if last_word and last_word[1].isdigit() and _is_ordinal(before, text[m.end() :]):
            continue
        parts.append(before.strip())
        start = m.end()
    parts.append(text[start:].strip())
    return [p for p in parts if p]


def _sections(text: str) -> list[tuple[str | None, list[str]]]:
    """(heading path, paragraphs) in document order."""
    sections: list[tuple[str | None, list[str]]] = []
    stack: list[tuple[int, str]] = []
    paragraphs: list[str] = []
    current: str | None = None

    def close() -> None:
        if paragraphs:
            sections.append((current, list(paragraphs)))
            paragraphs.clear()

    for block in re.split(r"\n\s*\n|\f", text):
        lines = [line for line in block.splitlines() if line.strip()]
        buffer: list[str] = []
        for line in lines:
            heading = _is_heading(line)
            if heading is None:
                buffer.append(line.strip())
                continue
            if buffer:
                paragraphs.append(" ".join(buffer))
                buffer = []
            close()
            level, title = heading
            while stack and stack[-1][0] >= level:
                stack.pop()
            stack.append((level, title))
            # The document title (level 1) is prepended anyway; keep the two innermost levels.
            path = [t for lvl, t in stack if lvl > 1] or [t for _, t in stack]
            current = " – ".join(path[-2:])
        if buffer:
            paragraphs.append(" ".join(buffer))
    close()
    return sections


def _words(text: str) -> int:
    return len(text.split())


def _pieces(paragraphs: list[str], max_words: int) -> list[str]:
    """Paragraphs, with any paragraph longer than max_words cut into sentence groups."""
    pieces: list[str] = []
    for paragraph in paragraphs:
        if _words(paragraph) <= max_words:
            pieces.append(paragraph)
            continue
        for sentence in split_sentences(paragraph):
            words = sentence.split()
            for i in range(0, len(words), max_words):  # a run-on "sentence" (tables, lists)
                pieces.append(" ".join(words[i : i + max_words]))
    return pieces


def chunk_text(text: str, *, chunk_words: int = 180, overlap_words: int = 30) -> list[TextChunk]:
    chunks: list[TextChunk] = []
    for heading, paragraphs in _sections(text):
        body = "\n\n".join(paragraphs)
        if _words(body) <= chunk_words * 1.3:
            chunks.append(TextChunk(text=body, heading=heading))
            continue
        current: list[str] = []
        for piece in _pieces(paragraphs, chunk_words):
            if current and _words(" ".join(current)) + _words(piece) > chunk_words:
                chunks.append(TextChunk(text="\n\n".join(current), heading=heading))
                tail: list[str] = []
                for previous in reversed(current):
                    if _words(" ".join(tail)) + _words(previous) > overlap_words:
                        break
                    tail.insert(0, previous)
                current = tail
            current.append(piece)
        if current:
            chunks.append(TextChunk(text="\n\n".join(current), heading=heading))
    return [c for c in chunks if c.text.strip()]


def embedding_text(title: str, chunk: TextChunk) -> str:
    if chunk.heading and chunk.heading != title:
        return f"{title}\n{chunk.heading}\n\n{chunk.text}"
    return f"{title}\n\n{chunk.text}"

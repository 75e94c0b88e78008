"""Split a statute's text into its § sections.

Statutes reach us as Markdown ("### § 5 Steuersatz"), as plain text, and as OCR of scans where
"§" comes out as "8", "$" or "S" ("85 Steuersatz", "$11 JUGENDFEUERWEHR"). The splitter accepts
all of these but only where the numbers run on in order, so cross references at a line start
("§ 15 Abs. 6 der ...") and OCR noise do not open sections. Tables of contents are dropped: they
repeat every heading with no body and would otherwise become empty sections (and, in the
quality measurement, leak the headings the aligner must not see).
"""

from __future__ import annotations

import re
from collections import Counter

from pydantic import BaseModel

_FRONT_MATTER = re.compile(r"\A---\s*\n.*?\n---\s*\n", re.S)
# A candidate heading line: optional Markdown marks, the paragraph sign (or its OCR forms),
# a number with an optional letter, then the rest of the line.
_CANDIDATE = re.compile(
    r"^[ \t]*(?P<md>#{1,6}[ \t]*)?(?:[-*][ \t]+)?(?:\*\*)?"
    r"(?P<sign>§|\$|S(?=[ \t]?\d)|8(?=\d))[ \t]*(?P<num>\d{1,3})[ \t]*(?P<letter>[a-z])?\b"
    r"(?:\*\*)?[ \t]*[.:]?[ \t]*(?:\*\*)?(?P<rest>.*)$"
)
# What follows a § number in a cross reference, not in a heading.
_REFERENCE = re.compile(
    r"^(?:(?i:abs\b|absatz|satz\b|nr\.|ziff|bis\b|und\b|oder\b|gilt\b|des\b|der\b)|"
    r"[a-zäöüß]|\d|\(\d+\)\s+[a-zäöü])",
)
_ANLAGE = re.compile(r"^[ \t]*#{1,6}[ \t]*(?:\*\*)?(?P<title>(?:Anlage|Anhang)\b.*)$", re.I)
_MD_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]")
# Words that begin a body sentence glued to a heading on one OCR line.
_BODY_START = re.compile(
    r"\s(?=(?:Die|Der|Das|Den|Dem|Ein|Eine|Einer|Wer|Soweit|Sofern|Wenn|Für|Bei|Auf|Mit|"
    r"Im|In|Zur|Zum|Von|Nach|Es|Sie|Er|Als|Gegenstand|Hunde|Abweichend)\s)"
)
# Group headings inside a table of contents ("**Abschnitt II Ordnungsvorschriften**").
_GROUP_LINE = re.compile(
    r"^\s*(?:#{1,6}\s.*|\*\*[^*]+\*\*\s*|(?:Abschnitt|Teil|Kapitel|[IVX]+\.)\s.{0,80}|Inhalt\w*:?)\s*$"
)
_PARAGRAPH_MARK = re.compile(r"\s\(1\)\s")


class Section(BaseModel):
    """One § section. `number` and `heading` are as printed; the aligner never reads them."""

    position: int
    number: str | None = None
    heading: str = ""
    text: str

    @property
    def label(self) -> str:
        """How users name the section: "§ 5 Steuersatz"."""
        head = f"§ {self.number}" if self.number else ""
        return f"{head} {self.heading}".strip() or f"Abschnitt {self.position + 1}"


def strip_front_matter(text: str) -> str:
    return _FRONT_MATTER.sub("", text, count=1)


def _split_heading(rest: str, markdown: bool) -> tuple[str, str]:
    """Heading and the start of the body when OCR put both on one line."""
    rest = rest.strip().strip("*").strip()
    if markdown or not rest:
        return rest, ""
    mark = _PARAGRAPH_MARK.search(" " + rest + " ")
    if mark and mark.start() > 0:
        return rest[: mark.start() - 1].strip(), rest[mark.start() - 1 :].strip()
    words = rest.split()
    # Headings in capitals: the heading ends where mixed case begins.
    caps = 0
    for word in words:
        letters = [c for c in word if c.isalpha()]
        if letters and all(c.isupper() for c in letters) and len(letters) > 1 or word in "-,/&":
            caps += 1
        else:
            break
    if caps >= 1 and caps < len(words):
        return " ".join(words[:caps]), " ".join(words[caps:])
    if caps == len(words):
        return rest, ""
    body = _BODY_START.search(rest)
    if body and body.start() > 0:
        return rest[: body.start()].strip(), rest[body.start() :].strip()
    if len(words) > 1 and words[0] in words[1:4]:
        cut = words.index(words[0], 1)
        return " ".join(words[:cut]), " ".join(words[cut:])
    if len(words) > 12 or rest.endswith("."):
        return "", rest
    return rest, ""


def _clean(lines: list[str]) -> str:
    out = []
    for line in lines:
        line = line.rstrip()
        if _MD_HEADING.match(line):
            continue  # group headings ("## II. Bestattungsvorschriften") belong to no section
        line = re.sub(r"^\s*[-*]\s+", "", line).replace("**", "")
        out.append(line)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip()


def _page_furniture(lines: list[str]) -> set[str]:
    """Lines repeated on many pages of a scan (running headers) are not part of any clause."""
    counts = Counter(line.strip() for line in lines if len(line.strip()) > 20)
    return {line for line, n in counts.items() if n >= 3}


def split_sections(text: str) -> list[Section]:
    """The § sections of a statute in order, without table of contents and preamble.

    Attachments ("## Anlage ...") become sections without a number, since fee tables live there.
    """
    lines = strip_front_matter(text).splitlines()
    furniture = _page_furniture(lines)
    lines = [line for line in lines if line.strip() not in furniture]
    # 1. candidates: (line index, number, letter, heading, body head, markdown, anlage title)
    cands: list[tuple[int, int | None, str, str, str, bool]] = []
    for i, line in enumerate(lines):
        m = _CANDIDATE.match(line)
        if m:
            rest = m.group("rest")
            if _REFERENCE.match(rest.strip()) and not m.group("md"):
                continue
            if m.group("sign") in "8S$" and not m.group("md") and rest.strip().startswith("("):
                # "8 (2)": noise; a real heading "§ 3 (1) ..." keeps its paragraph sign
                continue
            heading, body = _split_heading(rest, bool(m.group("md")))
            cands.append((i, int(m.group("num")), m.group("letter") or "", heading, body, True))
            continue
        a = _ANLAGE.match(line)
        if a:
            cands.append((i, None, "", a.group("title").strip().strip("*"), "", True))

    # 2. tables of contents: runs of three or more headings with (almost) nothing between
    def gap(k: int) -> int:
        end = cands[k + 1][0] if k + 1 < len(cands) else len(lines)
        between = [ln for ln in lines[cands[k][0] + 1 : end] if not _GROUP_LINE.match(ln)]
        return len(" ".join(between).split()) + len(cands[k][4].split())

    toc: set[int] = set()
    k = 0
    while k < len(cands):
        j = k
        while j < len(cands) and cands[j][1] is not None and gap(j) <= 2:
            j += 1
        # The last entry of a table of contents is followed by the preamble, not by an entry.
        if j > k and j < len(cands) and cands[j][1] is not None:
            j += 1
        if j - k >= 3:
            toc.update(range(k, j))
            k = j
        else:
            k += 1
    # Markdown tables of contents under a heading "Inhalt..." may have fewer than three lines.
    kept = [c for n, c in enumerate(cands) if n not in toc]
    # 3. numbers must run on: this drops references and OCR noise at a line start
    accepted: list[tuple[int, int | None, str, str, str, bool]] = []
    last: tuple[int, str] | None = None
    for cand in kept:
        _, num, letter, *_ = cand
        if num is None:
            accepted.append(cand)
            last = (10**6, "")
            continue
        ok = num <= 3 if last is None else (num, letter) > last and num <= last[0] + 4
        if ok:
            accepted.append(cand)
            last = (num, letter)
    # 4. bodies; a lone number line takes the next short line as its heading
    sections: list[Section] = []
    for n, (i, num, letter, heading, body_head, _) in enumerate(accepted):
        end = accepted[n + 1][0] if n + 1 < len(accepted) else len(lines)
        body_lines = lines[i + 1 : end]
        if not heading and not body_head:
            while body_lines and not body_lines[0].strip():
                body_lines = body_lines[1:]
            first = body_lines[0].strip() if body_lines else ""
            if (
                first
                and len(first.split()) <= 8
                and not first.startswith("(")
                and not (first.endswith("."))
            ):
                heading, body_lines = first, body_lines[1:]
        body = _clean([body_head, *body_lines])
        sections.append(
            Section(
                position=len(sections),
                number=f"{num}{letter}" if num is not None else None,
                heading=heading.strip().rstrip(".").strip(),
                text=body,
            )
        )
    return sections

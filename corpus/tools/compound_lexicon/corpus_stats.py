"""Step 1: word statistics of the real corpus (Markdown/text statutes) -> WORK/stats.pkl.

Counts, per folded word: occurrences, occurrences capitalised mid-sentence (noun evidence),
occurrences lowercase, and document frequency.
"""

from __future__ import annotations

import argparse
import collections
import pickle
import re
import unicodedata
from pathlib import Path

from _common import SHARED_CORPUS, WORK

WORD = re.compile(r"(?<![\w-])-?[^\W\d_]+(?:-[^\W\d_]+)*-?")
SENTENCE_START = re.compile(r"[.!?:\n#*|>(\"„-]\s*$")


def fold(word: str) -> str:
    word = word.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=SHARED_CORPUS)
    parser.add_argument("--out", type=Path, default=WORK / "stats.pkl")
    args = parser.parse_args()
    files = [p for p in args.corpus.rglob("*") if p.suffix in (".md", ".txt")]
    total: collections.Counter[str] = collections.Counter()
    noun: collections.Counter[str] = collections.Counter()
    lower: collections.Counter[str] = collections.Counter()
    df: collections.Counter[str] = collections.Counter()
    for path in files:
        text = unicodedata.normalize("NFKC", path.read_text(errors="ignore"))
        if text.startswith("---"):  # front matter
            end = text.find("\n---", 3)
            if end > 0:
                text = text[end + 4 :]
        text = re.sub(r"(\w)-\n(\w)", r"\1\2", text)
        seen = set()
        for m in WORD.finditer(text):
            word = m.group()
            if word.startswith("-") or word.endswith("-"):
                continue
            for part in word.split("-"):
                if len(part) < 2:
                    continue
                folded = fold(part)
                total[folded] += 1
                seen.add(folded)
                before = text[max(0, m.start() - 3) : m.start()]
                if part[0].isupper() and not part.isupper() and not SENTENCE_START.search(before):
                    noun[folded] += 1
                elif part[0].islower():
                    lower[folded] += 1
        df.update(seen)
    print(f"{len(files)} files, {sum(total.values())} words, {len(total)} types, {len(noun)} nouns")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "wb") as handle:
        pickle.dump((total, noun, lower, df), handle)


if __name__ == "__main__":
    main()

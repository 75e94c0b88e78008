"""Step 2: noun statistics + curated sets -> WORK/lexicon.pkl (the pruned lexicon).

A word becomes a candidate when it occurs >= MIN_COUNT times capitalised mid-sentence, in >= 2
files, and >= RATIO of its occurrences are capitalised. Entries that themselves split into other
entries are then dropped (the splitter decomposes them anyway), restoring any whose removal
would make it unsplittable.
"""

from __future__ import annotations

import argparse
import pickle
from pathlib import Path

from _common import WORK
from curated import BLOCKED, EXTRA, JUNK, NOT_FINAL, NOT_INITIAL, PROTECTED, SHORT_OK

from index.german_analyzer import _INFLECTIONS, STOPWORDS, CompoundSplitter


def expand(words: set[str]) -> frozenset[str]:
    return frozenset(w + e for w in words for e in _INFLECTIONS)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--stats", type=Path, default=WORK / "stats.pkl")
    parser.add_argument("--out", type=Path, default=WORK / "lexicon.pkl")
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--ratio", type=float, default=0.25)
    args = parser.parse_args()
    with open(args.stats, "rb") as handle:
        total, noun, _lower, df = pickle.load(handle)
    candidates = {
        w
        for w, c in noun.items()
        if c >= args.min_count
        and df[w] >= 2
        and c / total[w] >= args.ratio
        and len(w) >= 4
        and w.isalpha()
        and w.isascii()
    }
    candidates |= SHORT_OK | EXTRA
    candidates -= STOPWORDS | BLOCKED | JUNK
    lexicon = frozenset(candidates)
    protected, not_final = expand(PROTECTED), expand(NOT_FINAL)
    not_initial = frozenset(NOT_INITIAL)
    print("candidates", len(lexicon))

    def splittable(word: str, words: frozenset[str]) -> bool:
        splitter = CompoundSplitter(
            lexicon=words, protected=protected, not_final=not_final, not_initial=not_initial
        )
        return word not in protected and bool(splitter._best(word))

    keep = SHORT_OK | EXTRA
    pruned = {w for w in lexicon if w not in keep and splittable(w, lexicon)}
    for iteration in range(5):
        smaller = lexicon - pruned
        restore = {w for w in pruned if not splittable(w, smaller)}
        print("iteration", iteration, "pruned", len(pruned), "restore", len(restore))
        if not restore:
            break
        pruned -= restore
    final = sorted(lexicon - pruned)
    print("final", len(final), "words,", sum(len(w) + 1 for w in final), "bytes")
    with open(args.out, "wb") as handle:
        pickle.dump((final, protected, not_final, not_initial), handle)


if __name__ == "__main__":
    main()

"""Step 3: WORK/lexicon.pkl -> index/german_compound_lexicon.py (the shipped module).

The module docstring below is the one the project ships; edit it here, not in the output.
"""

from __future__ import annotations

import argparse
import pickle
import textwrap
from pathlib import Path

from _common import MODULE, WORK
from curated import EXTRA, NOT_FINAL, NOT_INITIAL, PROTECTED, SHORT_OK

DOCSTRING = '''"""Compound-part lexicon for `index.german_analyzer.CompoundSplitter`.

Why a shipped word list rather than a splitting library (evaluated on 43 legal/municipal compounds
and 30 words that must not split):

- compound-split 1.0.2 (CharSplit n-gram model): GPL-3.0 (the project is MIT), 185 MB installed,
  2 s import and ~350 MB RSS (it loads the Dutch model too), ~30k splits/s. Its best split had a
  negative score, i.e. no split, for Straßenausbaubeitragssatzung, Hundesteuersatzung,
  Kommunalabgabengesetz, Straßenreinigungsgebühren, and splitting recursively it produced
  Satz|ung, Verf|ahren, Mit|glied, Vor|sitz|ender, Bekannt|mac|hung.
- charsplit-fst 0.1.4: requires Python >= 3.12; the project supports 3.11. Not installable.
- german-compound-splitter: not on the package index reachable here.
- german-nouns 1.2.5 (Wiktionary nouns, CC BY-SA 4.0, 2022): good splits of real compounds but
  false splits of exactly the words that must stay whole (Be|amte, Ab|schnitt, Be|stand,
  Ur|kunde, Erb|schaft, An|st|alt, Vorsitz|end), ~7k splits/s, 250 MB RSS.

How this list was made: nouns of the project's real corpus (federal and Land statutes, municipal
statutes; 4.6 M words) that occur at least 3 times capitalised mid-sentence, in at least 2
files, and at least a quarter of the time capitalised; folded (ä→ae, ß→ss); plus a few
three-letter nouns (`_SHORT`) and additions (`_EXTRA`); minus stopwords, prefixes and junk;
then every entry that itself splits into other entries was dropped, since the splitter
decomposes it anyway (that halves the list without changing any split). Word lists of public
legal texts carry no copyright (§ 5 UrhG).

Editing: add a word to `_WORDS` (folded, lowercase) when a compound with it fails to split; add
it to `PROTECTED` when a word must never split, to `NOT_FINAL` when a noun causes false splits
as the last part (Dauer|haft, Hand|lungen), to `NOT_INITIAL` for a false first part. Any edit
changes tokens, so stored sparse vectors need a reindex (bump `CollectionSpec.sparse`).
"""
'''

PREAMBLE = """
from __future__ import annotations

# Inflection endings; kept in step with index.german_analyzer._INFLECTIONS.
_ENDINGS = ("", "e", "en", "n", "s", "es", "er", "ern", "nen", "se", "sen")


def _inflected(words: str) -> frozenset[str]:
    return frozenset(w + e for w in words.split() for e in _ENDINGS)


"""


def wrap(words: set[str], width: int = 96) -> str:
    return "\n".join(
        textwrap.wrap(
            " ".join(sorted(words)), width=width, break_long_words=False, break_on_hyphens=False
        )
    )


def word_block(words: set[str]) -> str:
    return '"""\n' + wrap(words) + '\n"""\n'


def inflected_block(words: set[str]) -> str:
    return '_inflected(\n    """\n' + textwrap.indent(wrap(words), "    ") + '\n    """\n)\n'


def render(final: list[str]) -> str:
    body = DOCSTRING + PREAMBLE
    body += "# Never split (inflected forms included automatically).\n"
    body += "PROTECTED: frozenset[str] = " + inflected_block(PROTECTED) + "\n"
    body += (
        '# Nouns that make false splits as the last part: "Dauer|haft", "Hand|lungen", '
        '"Elektro|nischen".\n'
    )
    body += "NOT_FINAL: frozenset[str] = " + inflected_block(NOT_FINAL) + "\n"
    body += '# Surfaces that may not open a split: "zuge|wiesen" (participles), "eben|falls".\n'
    body += (
        "NOT_INITIAL: frozenset[str] = frozenset({"
        + ", ".join(f'"{w}"' for w in sorted(NOT_INITIAL))
        + "})\n\n"
    )
    body += "# Three-letter nouns allowed as parts (the general minimum is four letters).\n"
    body += "_SHORT = " + word_block(SHORT_OK) + "\n"
    body += "_EXTRA = " + word_block(EXTRA) + "\n"
    body += "_WORDS = " + word_block(set(final) - SHORT_OK - EXTRA) + "\n"
    body += "LEXICON: frozenset[str] = frozenset((_WORDS + _SHORT + _EXTRA).split())\n"
    return body


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lexicon", type=Path, default=WORK / "lexicon.pkl")
    parser.add_argument("--out", type=Path, default=MODULE)
    args = parser.parse_args()
    with open(args.lexicon, "rb") as handle:
        final, _protected, _not_final, _not_initial = pickle.load(handle)
    text = render(final)
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out} ({len(text)} characters, {len(final)} words)")


if __name__ == "__main__":
    main()

"""Questions a collection cannot answer, for choosing the relevance threshold with data
(bench/tune_threshold.py, docs/evaluation.md "Relevance threshold").

Fixed before any tuning: the nonsense generator's seed and shape, and which cross-set
questions count as off-topic (law-related xquad_de articles and EU-law statute questions are
left out, since the other collection may rightly answer them).
"""

from __future__ import annotations

import hashlib
import random
import re

# xquad_de articles about law, courts or parliaments: a statute corpus may rightly answer them.
LAW_ARTICLES = frozenset(
    {"European_Union_law", "Civil_disobedience", "Scottish_Parliament", "Normans"}
)
# statute questions about EU law: the xquad_de article European_Union_law may answer them.
EU_LAW = re.compile(r"\bEU\b|Europ|Union|AEUV|EuGH|DSGVO|Datenschutz-Grundverordnung", re.I)
NONSENSE_SEED = 15


def nonsense(n: int = 200, seed: int = NONSENSE_SEED) -> list[str]:
    """Letter strings of 4-12 letters (with ä, ö, ü, ß), one to three words."""
    rng = random.Random(seed)
    letters = "abcdefghijklmnopqrstuvwxyzäöüß"
    out = []
    for _ in range(n):
        words = [
            "".join(rng.choice(letters) for _ in range(rng.randint(4, 12)))
            for _ in range(rng.randint(1, 3))
        ]
        out.append(" ".join(words))
    return out


def half(text: str) -> str:
    """'tune' or 'report': a fixed split by a hash of the query text."""
    return "tune" if hashlib.sha1(text.encode()).digest()[0] % 2 == 0 else "report"

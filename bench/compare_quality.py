"""Clause alignment quality on real statutes (issue 19), against two baselines.

Gold: pairs of statutes of one kind from `../shared/data/real-corpus` (Baden-Württemberg
municipalities and Linsengericht, Hessen). Two sections are a gold pair when their headings
normalise to the same words (lower case, umlauts folded, stop words dropped, Snowball stems):
"Erhebungszeitraum, Entstehung der Steuer" = "Erhebungszeitraum; Entstehung der Steuer".
The aligner sees neither headings nor § numbers (only the bodies); tables of contents are
stripped by the splitter; boilerplate sections (Inkrafttreten, Übergangs- and
Gleichstellungsbestimmungen) are left out of the score. Headings that occur twice in one
statute are ambiguous and left out as well.

Scoring is micro-averaged over all statute pairs. A predicted pair counts when at least one of
its sections has a gold partner (otherwise the heading gold cannot judge it: different headings
may still be the same clause); it is right when it is a gold pair. Recall is over gold pairs.

Same-model: BW against BW. Cross-model: Linsengericht (OCR of scans) against BW. Parameters
were chosen on the development kinds (Hundesteuer, Feuerwehr-Entschädigung); the test kinds
are reported separately so the tuning does not flatter the figure.

    .venv/bin/python bench/compare_quality.py [--json FILE]
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import Stemmer
from sklearn.feature_extraction.text import TfidfVectorizer

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from compare.align import AlignerParams, align  # noqa: E402
from compare.kinds import fold, kind_of  # noqa: E402
from compare.sections import Section, split_sections  # noqa: E402
from ingest.issuer import issuer_of  # noqa: E402

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data" / "real-corpus"
KINDS = (
    "hundesteuer",
    "friedhof",
    "wasserversorgung",
    "abwasser",
    "feuerwehr",
    "feuerwehr_kostenersatz",
    "feuerwehr_entschaedigung",
)
DEV_KINDS = frozenset({"hundesteuer", "feuerwehr_entschaedigung"})
BOILERPLATE = re.compile(
    r"inkraft|in kraft|in-kraft|ausserkraft|außerkraft|uebergang|übergang|schlussbestimm|"
    r"gleichstellung|sprachform|sprachliche",
    re.I,
)
_STOP = set(
    [
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "und",
        "oder",
        "fuer",
        "ueber",
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
        "sowie",
        "ein",
        "eine",
        "einer",
        "eines",
        "dieser",
        "satzung",
    ]
)
_STEM = Stemmer.Stemmer("german")


def heading_key(heading: str) -> frozenset[str]:
    words = re.findall(r"[a-z]+", fold(heading))
    return frozenset(_STEM.stemWord(w) for w in words if w not in _STOP and len(w) > 1)


@dataclass
class Statute:
    id: str
    kind: str
    issuer: str
    state: str  # "BW" or "HE"
    sections: list[Section]

    @property
    def bodies(self) -> list[str]:
        return [s.text for s in self.sections]


def load_statutes(root: Path = SHARED) -> list[Statute]:
    """The BW municipal statutes and the Linsengericht OCR texts of the measured kinds."""
    statutes = []
    for line in (root / "manifest.jsonl").read_text().splitlines():
        row = json.loads(line)
        path = row["file"]
        bw = "/bw/" in path and "/Kreisrecht/" not in path and "/GVB_" not in path
        he = path.startswith("files/linsengericht/results/clean/")
        if not (bw or he) or not path.endswith((".md", ".txt")):
            continue
        if "gebuehrenordnung" in path or "1.-aenderung" in path or "-2026" in path:
            continue  # Linsengericht: keep one statute per kind (the main one)
        text = (root / path).read_text(errors="replace")
        kind = kind_of(row["title"], "Satzung", text)
        if kind is None or kind.key not in KINDS:
            continue
        issuer = issuer_of(row["title"], text)
        sections = split_sections(text)
        if len(sections) < 3:
            continue
        statutes.append(
            Statute(
                id=row["id"],
                kind=kind.key,
                issuer=issuer.key if issuer else row["id"],
                state="BW" if bw else "HE",
                sections=sections,
            )
        )
    return statutes


def gold_pairs(a: Statute, b: Statute) -> tuple[set[tuple[int, int]], set[int], set[int]]:
    """Gold pairs, and the sections of A and B that are judged (have a gold partner)."""

    def keys(st: Statute) -> dict[frozenset[str], list[int]]:
        out: dict[frozenset[str], list[int]] = defaultdict(list)
        for s in st.sections:
            if s.number is None or BOILERPLATE.search(s.heading):
                continue
            key = heading_key(s.heading)
            if key:
                out[key].append(s.position)
        return out

    ka, kb = keys(a), keys(b)
    gold = set()
    for key, ia in ka.items():
        ib = kb.get(key)
        if ib and len(ia) == 1 and len(ib) == 1:
            gold.add((ia[0], ib[0]))
    return gold, {i for i, _ in gold}, {j for _, j in gold}


def excluded(st: Statute) -> set[int]:
    return {s.position for s in st.sections if BOILERPLATE.search(s.heading)}


# --- the systems ---------------------------------------------------------------------------

Aligner = Callable[[Statute, Statute], set[tuple[int, int]]]


def by_number(a: Statute, b: Statute) -> set[tuple[int, int]]:
    """Baseline 1: the same § number."""
    nb = {s.number: s.position for s in b.sections if s.number}
    return {(s.position, nb[s.number]) for s in a.sections if s.number in nb}


def by_tfidf(threshold: float) -> Aligner:
    """Baseline 2: each section of A to its most similar section of B (plain TF-IDF cosine)."""

    def run(a: Statute, b: Statute) -> set[tuple[int, int]]:
        vec = TfidfVectorizer(sublinear_tf=True).fit(a.bodies + b.bodies)
        sim = (vec.transform(a.bodies) @ vec.transform(b.bodies).T).toarray()
        return {
            (i, int(sim[i].argmax())) for i in range(len(a.bodies)) if sim[i].max() >= threshold
        }

    return run


def ours(params: AlignerParams | None = None) -> Aligner:
    def run(a: Statute, b: Statute) -> set[tuple[int, int]]:
        return align(a.bodies, b.bodies, params=params).pairs()

    return run


# --- scoring -------------------------------------------------------------------------------


@dataclass
class Score:
    tp: int = 0
    predicted: int = 0
    gold: int = 0
    unjudged: int = 0
    pairs: int = 0
    per_kind: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0, 0]))

    def add(self, kind: str, tp: int, predicted: int, gold: int) -> None:
        self.tp += tp
        self.predicted += predicted
        self.gold += gold
        k = self.per_kind[kind]
        k[0] += tp
        k[1] += predicted
        k[2] += gold

    @staticmethod
    def prf(tp: int, predicted: int, gold: int) -> tuple[float, float, float]:
        p = tp / predicted if predicted else 0.0
        r = tp / gold if gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def figures(self) -> dict[str, float]:
        p, r, f = self.prf(self.tp, self.predicted, self.gold)
        return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}


def score(pairs: Sequence[tuple[Statute, Statute]], system: Aligner) -> Score:
    result = Score()
    for a, b in pairs:
        gold, judged_a, judged_b = gold_pairs(a, b)
        if not gold:
            continue
        skip_a, skip_b = excluded(a), excluded(b)
        predicted = {(i, j) for i, j in system(a, b) if i not in skip_a and j not in skip_b}
        judged = {(i, j) for i, j in predicted if i in judged_a or j in judged_b}
        result.unjudged += len(predicted) - len(judged)
        result.pairs += 1
        result.add(a.kind, len(judged & gold), len(judged), len(gold))
    return result


def statute_pairs(
    statutes: Sequence[Statute],
) -> tuple[list[tuple[Statute, Statute]], list[tuple[Statute, Statute]]]:
    by_kind: dict[str, list[Statute]] = defaultdict(list)
    for st in statutes:
        by_kind[st.kind].append(st)
    same, cross = [], []
    for group in by_kind.values():
        bw = sorted((s for s in group if s.state == "BW"), key=lambda s: s.id)
        he = [s for s in group if s.state == "HE"]
        same.extend(itertools.combinations(bw, 2))
        cross.extend((h, b) for h in he for b in bw)
    return same, cross


def report(statutes: Sequence[Statute]) -> dict[str, object]:
    same, cross = statute_pairs(statutes)
    dev = [p for p in same + cross if p[0].kind in DEV_KINDS]
    # The TF-IDF baseline gets its threshold tuned on the development kinds too.
    thresholds = [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4]
    best_t = max(thresholds, key=lambda t: score(dev, by_tfidf(t)).figures()["f1"])
    systems: dict[str, Aligner] = {
        "aligner": ours(),
        "baseline_number": by_number,
        f"baseline_tfidf(t={best_t})": by_tfidf(best_t),
    }
    out: dict[str, object] = {
        "statutes": len(statutes),
        "same_model_pairs": len(same),
        "cross_model_pairs": len(cross),
    }
    for label, subset in (("same_model", same), ("cross_model", cross)):
        test = [p for p in subset if p[0].kind not in DEV_KINDS]
        for name, system in systems.items():
            t0 = time.perf_counter()
            s_all = score(subset, system)
            s_test = score(test, system)
            entry = {
                "all": s_all.figures(),
                "test_kinds": s_test.figures(),
                "gold_pairs": s_all.gold,
                "unjudged_predictions": s_all.unjudged,
                "per_kind_f1": {
                    k: round(Score.prf(*v)[2], 3) for k, v in sorted(s_all.per_kind.items())
                },
                "seconds": round(time.perf_counter() - t0, 2),
            }
            out[f"{label}/{name}"] = entry
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()
    if not SHARED.exists():
        sys.exit(f"{SHARED} not present (../shared is only on team machines)")
    statutes = load_statutes()
    result = report(statutes)
    text = json.dumps(result, indent=2, ensure_ascii=False)
    sys.stdout.write(text + "\n")
    if args.json:
        args.json.write_text(text)


if __name__ == "__main__":
    np.seterr(all="ignore")
    main()

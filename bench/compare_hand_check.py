"""Agreement between the clause aligner and a reader's judgement on pairs checked by hand.

The heading gold of bench/compare_quality.py can only judge sections whose headings match;
this check covers what it cannot, by reading. `tests/compare/data/hand_check.json` holds
pairs of sections from real statutes in `../shared/data/real-corpus` (Baden-Württemberg
against Baden-Württemberg, and Linsengericht against Baden-Württemberg), each with short
excerpts of both clauses and the reader's verdict: "ja" (the same clause), "teilweise"
(overlapping: one side covers more, or a clause split in two) or "nein".

How the pairs were drawn (`--draw`, deterministic): 30 pairs the aligner produced, stratified
by same/cross model and by whether the heading gold can judge them, plus 10 near misses it did
not produce (the most similar section it left unpaired), shuffled, shown to the reader with
headings but without saying which were aligned, so the verdict is given blind.

Agreement: the aligner "says yes" when it puts the two sections in one aligned group. A "ja"
agrees with yes and a "nein" with no. A "teilweise" counts as "ja" in `agreement` (the aligner
is meant to group overlapping and split clauses), and is left out of `agreement_clear`, which
only counts the pairs the reader found clear-cut.

    .venv/bin/python bench/compare_hand_check.py            # agreement on the stored verdicts
    .venv/bin/python bench/compare_hand_check.py --draw     # print a fresh blind sample
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from compare_quality import (  # noqa: E402
    SHARED,
    Statute,
    excluded,
    gold_pairs,
    load_statutes,
    ours,
    statute_pairs,
)

DATA = Path(__file__).resolve().parents[1] / "tests" / "compare" / "data" / "hand_check.json"
EXCERPT = 200


def excerpt(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= EXCERPT else flat[: EXCERPT - 1].rstrip() + "…"


def locate(statute: Statute, position: int, expected: str) -> int:
    """The section's position now: the stored one if its excerpt still matches (the splitter
    may have changed since the verdict was given), else where the excerpt is found."""
    sections = statute.sections
    if position < len(sections) and excerpt(sections[position].text) == expected:
        return position
    for section in statute.sections:
        if excerpt(section.text) == expected:
            return section.position
    raise LookupError(f"{statute.id}: section with excerpt {expected[:40]!r} not found")


def draw(statutes: list[Statute], seed: int = 19) -> list[dict[str, object]]:
    """A blind sample: aligned pairs and near misses, shuffled, without the aligner's answer."""
    rng = random.Random(seed)
    same, cross = statute_pairs(statutes)
    system = ours()
    strata: dict[tuple[str, str], list[dict[str, object]]] = {}
    misses: dict[str, list[dict[str, object]]] = {"same": [], "cross": []}
    for label, pairs in (("same", same), ("cross", cross)):
        for a, b in pairs:
            gold, judged_a, judged_b = gold_pairs(a, b)
            skip_a, skip_b = excluded(a), excluded(b)
            predicted = {(i, j) for i, j in system(a, b) if i not in skip_a and j not in skip_b}
            for i, j in sorted(predicted):
                judged = "judged" if i in judged_a or j in judged_b else "unjudged"
                item = _item(label, a, i, b, j, "aligned", judged == "judged")
                strata.setdefault((label, judged), []).append(item)
            paired_a = {i for i, _ in predicted}
            for i, section in enumerate(a.sections):
                if i in skip_a or i in paired_a:
                    continue
                # the near miss: the B section with the most words in common
                words = set(section.text.lower().split())
                best = max(
                    (s for s in b.sections if s.position not in skip_b),
                    key=lambda s: len(words & set(s.text.lower().split())),
                    default=None,
                )
                if best is not None and section.text and best.text:
                    judged = i in judged_a or best.position in judged_b
                    misses[label].append(_item(label, a, i, b, best.position, "near_miss", judged))
    quota = {("same", "judged"): 10, ("same", "unjudged"): 5}
    quota |= {("cross", "judged"): 8, ("cross", "unjudged"): 7}
    sample = []
    for key, n in quota.items():
        sample.extend(rng.sample(strata.get(key, []), min(n, len(strata.get(key, [])))))
    for label in ("same", "cross"):
        sample.extend(rng.sample(misses[label], min(5, len(misses[label]))))
    rng.shuffle(sample)
    return sample


def _item(
    label: str, a: Statute, i: int, b: Statute, j: int, drawn_as: str, judged: bool
) -> dict[str, object]:
    return {
        "models": label,
        "drawn_as": drawn_as,
        "gold_judged": judged,
        "a": {"id": a.id, "issuer": a.issuer, "kind": a.kind, "position": i},
        "b": {"id": b.id, "issuer": b.issuer, "position": j},
    }


def check(statutes: list[Statute], items: list[dict[str, object]]) -> dict[str, object]:
    by_id = {s.id: s for s in statutes}
    system = ours()
    cache: dict[tuple[str, str], set[tuple[int, int]]] = {}
    rows = []
    for item in items:
        a_ref, b_ref = item["a"], item["b"]
        assert isinstance(a_ref, dict) and isinstance(b_ref, dict)
        a, b = by_id[a_ref["id"]], by_id[b_ref["id"]]
        i = locate(a, a_ref["position"], a_ref["excerpt"])
        j = locate(b, b_ref["position"], b_ref["excerpt"])
        key = (a.id, b.id)
        if key not in cache:
            cache[key] = system(a, b)
        said_yes = (i, j) in cache[key]
        verdict = item["verdict"]
        agrees = said_yes == (verdict in ("ja", "teilweise"))
        rows.append((item, said_yes, agrees, verdict != "teilweise"))

    def figures(subset: list[tuple[dict[str, object], bool, bool, bool]]) -> dict[str, object]:
        n = len(subset)
        clear = [r for r in subset if r[3]]
        return {
            "pairs": n,
            "agreement": round(sum(r[2] for r in subset) / n, 3) if n else None,
            "agreement_clear": round(sum(r[2] for r in clear) / len(clear), 3) if clear else None,
            "verdicts": dict(Counter(str(r[0]["verdict"]) for r in subset)),
            "aligner_yes": sum(r[1] for r in subset),
        }

    aligned = [r for r in rows if r[0]["drawn_as"] == "aligned"]
    out: dict[str, object] = {
        "all": figures(rows),
        "drawn_aligned": figures(aligned),
        "drawn_near_miss": figures([r for r in rows if r[0]["drawn_as"] == "near_miss"]),
        "same_model": figures([r for r in rows if r[0]["models"] == "same"]),
        "cross_model": figures([r for r in rows if r[0]["models"] == "cross"]),
        "heading_gold_cannot_judge": figures([r for r in aligned if not r[0]["gold_judged"]]),
        "disagreements": [
            {
                "n": r[0]["n"],
                "verdict": r[0]["verdict"],
                "aligner": "ja" if r[1] else "nein",
                "reason": r[0]["reason"],
            }
            for r in rows
            if not r[2]
        ],
    }
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--draw", action="store_true", help="print a fresh blind sample")
    parser.add_argument(
        "--draw-to",
        type=Path,
        default=Path("hand_check_draw.json"),
        help="where --draw keeps the key",
    )
    parser.add_argument("--data", type=Path, default=DATA)
    args = parser.parse_args()
    if not SHARED.exists():
        sys.exit(f"{SHARED} not present (../shared is only on team machines)")
    statutes = load_statutes()
    if args.draw:
        by_id = {s.id: s for s in statutes}
        sample = draw(statutes)
        for n, item in enumerate(sample, 1):
            item["n"] = n
            for side in ("a", "b"):
                ref = item[side]
                assert isinstance(ref, dict)
                section = by_id[ref["id"]].sections[ref["position"]]
                ref["heading"] = section.label
                ref["excerpt"] = excerpt(section.text)
                # the reading sheet: headings and the clause text, not the aligner's answer
                sys.stdout.write(f"--- {n}{side} {ref['issuer']} {section.label}\n")
                sys.stdout.write(" ".join(section.text.split())[:900] + "\n")
        args.draw_to.write_text(json.dumps(sample, indent=1, ensure_ascii=False))
        return
    items = json.loads(args.data.read_text())["pairs"]
    sys.stdout.write(json.dumps(check(statutes, items), indent=2, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

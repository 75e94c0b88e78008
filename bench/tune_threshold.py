"""Fusion calibration and the relevance threshold, chosen on data (dev tool; docs/evaluation.md).

Usage: python bench/tune_threshold.py ../shared/data/eval/municipal_law_qa \
           ../shared/data/eval/xquad_de [--json OUT]

Two evaluation indexes (built by `fundus eval`), each asked four kinds of queries:

* answerable: its own judged dev queries (nDCG@10, Recall@10 with the threshold applied);
* off-topic: the other set's queries (xquad_de Wikipedia questions against the statutes and
  the statute questions against Wikipedia), minus the xquad_de articles about law or
  parliaments and the statute questions about EU law (`LAW_ARTICLES`, `EU_LAW`);
* near miss: its own queries with their judged documents filtered out (other documents may
  still partly answer them; reported, not a target);
* nonsense: strings from a seeded generator, fixed before any tuning (`nonsense()`).

Every query set is split by a hash of its text into a tuning half and a report half. The
calibration (dense floor, sparse weight) is picked on the tuning half with the threshold at 0;
the threshold is the highest on the tuning half that costs each set at most 0.005 nDCG@10;
the table is printed for the report half. Channel results are memoised per query, so each
variant only re-runs the fusion through the real `Searcher`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # runnable as a plain file

from core.access import ALL_LEVELS  # noqa: E402
from core.models import SearchQuery  # noqa: E402
from core.settings import FusionParams, Settings  # noqa: E402
from evaluation.datasets import Dataset, load_dataset  # noqa: E402
from evaluation.harness import prepare_index  # noqa: E402
from evaluation.metrics import score_query  # noqa: E402
from index.protocol import Filter, Match  # noqa: E402
from search.retrieval import Searcher  # noqa: E402

# xquad_de articles about law, courts or parliaments: a statute corpus may rightly answer them.
LAW_ARTICLES = {"European_Union_law", "Civil_disobedience", "Scottish_Parliament", "Normans"}
# statute questions about EU law: the xquad_de article European_Union_law may answer them.
EU_LAW = re.compile(r"\bEU\b|Europ|Union|AEUV|EuGH|DSGVO|Datenschutz-Grundverordnung", re.I)
NONSENSE_SEED = 15
THRESHOLDS = [round(0.1 + 0.02 * i, 2) for i in range(0, 21)]  # 0.10 .. 0.50
CALIBRATION_THRESHOLD = 0.1  # below every candidate threshold; 0 would compute every score
MAX_NDCG_DROP = 0.005


def nonsense(n: int = 200, seed: int = NONSENSE_SEED) -> list[str]:
    """Letter strings of 4-12 letters, one to three words; some with German letter pairs."""
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
    return "tune" if hashlib.sha1(text.encode()).digest()[0] % 2 == 0 else "report"


class MemoStore:
    """Read-only proxy memoising channel searches; `exclude` filters documents out."""

    def __init__(self, store: Any) -> None:
        self.store = store
        self.memo: dict[tuple[str, str], Any] = {}
        self.exclude: list[str] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self.store, name)

    def _flt(self, flt: Filter | None) -> Filter:
        flt = flt or Filter()
        if self.exclude:
            flt = flt.and_(Filter(must_not=[Match(key="external_id", any=list(self.exclude))]))
        return flt

    def query_dense(self, vector: Any, *, flt: Any, limit: int, **kw: Any) -> Any:
        flt = self._flt(flt)
        key = (
            "d",
            json.dumps([round(x, 6) for x in vector]) + flt.model_dump_json() + f"{limit}{kw}",
        )
        if key not in self.memo:
            self.memo[key] = self.store.query_dense(vector, flt=flt, limit=limit, **kw)
        return self.memo[key]

    def query_sparse(self, vector: Any, *, flt: Any, limit: int, **kw: Any) -> Any:
        flt = self._flt(flt)
        key = ("s", vector.model_dump_json() + flt.model_dump_json() + f"{limit}{kw}")
        if key not in self.memo:
            self.memo[key] = self.store.query_sparse(vector, flt=flt, limit=limit, **kw)
        return self.memo[key]

    def scroll(self, flt: Any, **kw: Any) -> Any:
        return self.store.scroll(self._flt(flt), **kw)


class Bench:
    """One evaluation index and the query sets asked against it."""

    def __init__(self, dataset: Dataset, other: Dataset, resources: Any) -> None:
        self.dataset = dataset
        self.store = MemoStore(resources.store)
        self.searcher = Searcher(self.store, resources.encoder, resources.sparse_encoder)
        self.searcher.snippet = lambda *_a, **_k: ""  # type: ignore[method-assign]  # ranking only
        titles = {d.id: d.title for d in other.corpus()}
        self.answerable = [(q.id, q.text) for q in dataset.judged_queries()]
        off = []
        for q in other.judged_queries():
            judged = other.qrels[q.id]
            if any(titles.get(d) in LAW_ARTICLES for d in judged) or EU_LAW.search(q.text):
                continue
            off.append(q.text)
        self.off_topic = off
        self.nonsense = nonsense()

    def run(self, text: str, params: FusionParams, exclude: list[str] | None = None) -> list[str]:
        self.searcher.params = params
        self.searcher.calibration = type(self.searcher.calibration)(
            dense_floor=params.dense_floor,
            sparse_idf=params.sparse_idf,
            k1=self.searcher.sparse_encoder.k1,
        )
        self.store.exclude = exclude or []
        try:
            result = self.searcher.search(
                SearchQuery(query=text[:500], limit=10), access=ALL_LEVELS
            )
        finally:
            self.store.exclude = []
        return [h.external_id for h in result.hits if h.external_id]

    def measure(self, params: FusionParams, part: str) -> dict[str, float]:
        ndcg, recall, empty = [], [], []
        near = []
        for qid, text in self.answerable:
            if half(text) != part:
                continue
            ranking = self.run(text, params)
            values = score_query(ranking, self.dataset.qrels[qid])
            ndcg.append(values["ndcg@10"])
            recall.append(values["recall@10"])
            empty.append(not ranking)
            near.append(not self.run(text, params, exclude=list(self.dataset.qrels[qid])))
        off = [not self.run(t, params) for t in self.off_topic if half(t) == part]
        junk = [not self.run(t, params) for t in self.nonsense if half(t) == part]
        return {
            "ndcg@10": sum(ndcg) / len(ndcg),
            "recall@10": sum(recall) / len(recall),
            "answerable_empty": sum(empty) / len(empty),
            "off_topic_empty": sum(off) / max(1, len(off)),
            "near_miss_empty": sum(near) / len(near),
            "nonsense_empty": sum(junk) / max(1, len(junk)),
            "queries": len(ndcg),
            "off_topic_queries": len(off),
            "nonsense_queries": len(junk),
        }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("first", type=Path)
    parser.add_argument("second", type=Path)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--floors", default="0.65,0.70,0.75")
    parser.add_argument("--weights", default="0.6,0.8,1.0")
    args = parser.parse_args()
    first, second = load_dataset(args.first, "dev"), load_dataset(args.second, "dev")
    opened = [prepare_index(d, Settings(), progress=False)[0] for d in (first, second)]
    try:
        benches = [Bench(first, second, opened[0]), Bench(second, first, opened[1])]
        out: dict[str, Any] = {"calibration": [], "thresholds": []}
        best: tuple[float, FusionParams] | None = None
        for floor in [float(x) for x in args.floors.split(",")]:
            for weight in [float(x) for x in args.weights.split(",")]:
                params = FusionParams(
                    dense_floor=floor, sparse_weight=weight, min_score=CALIBRATION_THRESHOLD
                )
                scores = [b.measure(params, "tune")["ndcg@10"] for b in benches]
                print(f"floor {floor:.2f} sparse {weight:.1f}: {scores}", flush=True)
                out["calibration"].append({"floor": floor, "weight": weight, "ndcg": scores})
                if best is None or sum(scores) > best[0]:
                    best = (sum(scores), params)
        assert best is not None
        base = best[1]
        print(f"calibration: {base}", flush=True)
        tuned = {
            t: [b.measure(base.model_copy(update={"min_score": t}), "tune") for b in benches]
            for t in THRESHOLDS
        }
        start = [m["ndcg@10"] for m in tuned[THRESHOLDS[0]]]
        chosen = max(
            t
            for t, ms in tuned.items()
            if all(s - m["ndcg@10"] <= MAX_NDCG_DROP for s, m in zip(start, ms, strict=True))
        )
        print(f"threshold (tuning half): {chosen}", flush=True)
        for t in THRESHOLDS:
            params = base.model_copy(update={"min_score": t})
            report = [b.measure(params, "report") for b in benches]
            out["thresholds"].append({"threshold": t, "tune": tuned[t], "report": report})
            cells = [
                f"{m['ndcg@10']:.3f} {m['recall@10']:.3f} off {m['off_topic_empty']:.2f} "
                f"near {m['near_miss_empty']:.2f} junk {m['nonsense_empty']:.2f}"
                for m in report
            ]
            print(f"{t:.2f}{' *' if t == chosen else ''}: {' | '.join(cells)}", flush=True)
        out["chosen"] = chosen
        out["params"] = base.model_dump()
        if args.json:
            args.json.write_text(json.dumps(out, indent=1))
    finally:
        for r in opened:
            r.close()


if __name__ == "__main__":
    main()

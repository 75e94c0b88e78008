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

Every query set is split by a hash of its text into a tuning half and a report half. Each
query runs once through the real `Searcher` at the lowest threshold (a document's score does
not depend on the threshold, so any higher threshold is a cut of that list). First a single
cut: the highest threshold (`min_score`) that costs each set at most 0.005 nDCG@10 on the
tuning half (against the lowest threshold). Then the gate (`answer_score`: a query has hits
only if its best document reaches it): the lowest that leaves 80 % of the off-topic questions
empty in each direction on the tuning half. Both tables are printed for the report half.
`--runs FILE` keeps the collected results, so a re-run only re-cuts them. The calibration
(dense floor, sparse weight) is given (`--floor`, `--weight`; defaults from the settings).
"""

from __future__ import annotations

import argparse
import hashlib
import json
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
from evaluation.unanswerable import EU_LAW, LAW_ARTICLES, half, nonsense  # noqa: E402
from index.protocol import Filter, Match  # noqa: E402
from search.retrieval import Searcher  # noqa: E402

THRESHOLDS = [round(0.2 + 0.02 * i, 2) for i in range(0, 16)]  # 0.20 .. 0.50
SAMPLE = 300  # near-miss and off-topic questions per set (the 2-core machine's budget)
MAX_NDCG_DROP = 0.005
OFF_TOPIC_TARGET = 0.8  # share of off-topic questions answered with nothing, each direction


def sample(items: list[Any]) -> list[Any]:
    """A fixed pseudo-random `SAMPLE` of the items (by a hash of their text)."""

    def key(item: Any) -> str:
        return hashlib.sha1(str(item).encode()).hexdigest()

    return sorted(items, key=key)[:SAMPLE]


class MemoStore:
    """Read-only proxy memoising channel searches; `exclude` filters documents out."""

    def __init__(self, store: Any) -> None:
        self.store = store
        self.memo: dict[tuple[str, str], Any] = {}
        self.exclude: list[str] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self.store, name)

    def revision(self) -> None:
        """Never reuse a search: this proxy changes answers without writing."""
        return None

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

    def run(
        self, text: str, params: FusionParams, exclude: list[str] | None = None
    ) -> list[tuple[str, float]]:
        """(external id, score) of the hits at `params.min_score`, best first."""
        self.searcher.params = params
        self.searcher.calibration = type(self.searcher.calibration)(
            dense_floor=params.dense_floor,
            sparse_idf=params.sparse_idf,
            k1=self.searcher.sparse_encoder.k1,
        )
        self.store.exclude = exclude or []
        try:
            result = self.searcher.search(
                SearchQuery(query=text[:500], limit=100), access=ALL_LEVELS
            )
        finally:
            self.store.exclude = []
        return [(h.external_id, h.score) for h in result.hits if h.external_id]

    def collect(self, params: FusionParams) -> dict[str, list[Any]]:
        """Every query kind once at the lowest threshold. A document's score does not depend
        on the threshold (it only decides which missing channel scores are computed, and
        every document that could pass a higher threshold passes the lowest), so the result
        at any higher threshold is this one cut at that score."""
        out: dict[str, list[Any]] = {"answerable": [], "near": [], "off": [], "junk": []}
        for qid, text in self.answerable:
            out["answerable"].append((half(text), qid, self.run(text, params)))
        for qid, text in sample(self.answerable):
            judged = list(self.dataset.qrels[qid])
            out["near"].append((half(text), qid, self.run(text, params, exclude=judged)))
        out["off"] = [(half(t), t, self.run(t, params)) for t in sample(self.off_topic)]
        out["junk"] = [(half(t), t, self.run(t, params)) for t in self.nonsense]
        return out

    def measure(
        self, runs: dict[str, list[Any]], threshold: float, part: str, gate: float | None = None
    ) -> dict[str, Any]:
        """Quality and empty shares at one threshold; with a `gate`, a query has hits only
        if its best document reaches the gate (then every document at `threshold` counts)."""
        needed = threshold if gate is None else max(gate, threshold)

        def cut(hits: list[tuple[str, float]]) -> list[str]:
            if not hits or hits[0][1] < needed:
                return []
            return [doc for doc, score in hits if score >= threshold]

        ndcg, recall, empty = [], [], []
        for p, qid, hits in runs["answerable"]:
            if p != part:
                continue
            ranking = cut(hits)[:10]
            values = score_query(ranking, self.dataset.qrels[qid])
            ndcg.append(values["ndcg@10"])
            recall.append(values["recall@10"])
            empty.append(not ranking)

        def share_empty(kind: str) -> tuple[float, int]:
            chosen = [not cut(hits) for p, _, hits in runs[kind] if p == part]
            return sum(chosen) / max(1, len(chosen)), len(chosen)

        off, n_off = share_empty("off")
        near, _ = share_empty("near")
        junk, n_junk = share_empty("junk")
        return {
            "ndcg@10": sum(ndcg) / len(ndcg),
            "recall@10": sum(recall) / len(recall),
            "answerable_empty": sum(empty) / len(empty),
            "off_topic_empty": off,
            "near_miss_empty": near,
            "nonsense_empty": junk,
            "queries": len(ndcg),
            "off_topic_queries": n_off,
            "nonsense_queries": n_junk,
        }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("first", type=Path)
    parser.add_argument("second", type=Path)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--floor", type=float, default=FusionParams().dense_floor)
    parser.add_argument("--weight", type=float, default=FusionParams().sparse_weight)
    parser.add_argument(
        "--runs", type=Path, help="Cache of the collected search results (read if present)."
    )
    args = parser.parse_args()
    first, second = load_dataset(args.first, "dev"), load_dataset(args.second, "dev")
    opened = [prepare_index(d, Settings(), progress=False)[0] for d in (first, second)]
    try:
        benches = [Bench(first, second, opened[0]), Bench(second, first, opened[1])]
        out: dict[str, Any] = {"thresholds": []}
        params = FusionParams(
            dense_floor=args.floor,
            sparse_weight=args.weight,
            min_score=THRESHOLDS[0],
            answer_score=THRESHOLDS[0],
        )
        if args.runs and args.runs.exists():
            runs = json.loads(args.runs.read_text())
        else:
            runs = [b.collect(params) for b in benches]
            if args.runs:
                args.runs.write_text(json.dumps(runs))
        tuned = {
            t: [b.measure(r, t, "tune") for b, r in zip(benches, runs, strict=True)]
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
            report = [b.measure(r, t, "report") for b, r in zip(benches, runs, strict=True)]
            out["thresholds"].append({"threshold": t, "tune": tuned[t], "report": report})
            cells = [
                f"{m['ndcg@10']:.3f} {m['recall@10']:.3f} off {m['off_topic_empty']:.2f} "
                f"near {m['near_miss_empty']:.2f} junk {m['nonsense_empty']:.2f}"
                for m in report
            ]
            print(f"{t:.2f}{' *' if t == chosen else ''}: {' | '.join(cells)}", flush=True)
        out["chosen"] = chosen
        # The gate (`answer_score`): a query has hits only if its best document reaches it;
        # the threshold chosen above (`min_score`) then decides which further documents
        # count. The gate is the lowest that leaves `OFF_TOPIC_TARGET` of the off-topic
        # questions empty in each direction on the tuning half. What it costs answerable
        # questions is reported, not constrained: a question it empties still shows its
        # closest documents as weak matches (docs/evaluation.md says how often the judged
        # one is among them).
        floor = chosen
        gates = [g for g in THRESHOLDS if g >= floor]
        tuned_gates = {
            g: [b.measure(r, floor, "tune", gate=g) for b, r in zip(benches, runs, strict=True)]
            for g in gates
        }
        reaching = [
            g
            for g in gates
            if all(m["off_topic_empty"] >= OFF_TOPIC_TARGET for m in tuned_gates[g])
        ]
        gate = min(reaching) if reaching else max(gates)
        print(f"threshold {floor} with gate {gate} (tuning half)", flush=True)
        out["gates"] = []
        for g in gates:
            report = [
                b.measure(r, floor, "report", gate=g) for b, r in zip(benches, runs, strict=True)
            ]
            out["gates"].append({"threshold": floor, "gate": g, "report": report})
            cells = [
                f"{m['ndcg@10']:.3f} {m['recall@10']:.3f} off {m['off_topic_empty']:.2f} "
                f"near {m['near_miss_empty']:.2f} junk {m['nonsense_empty']:.2f}"
                for m in report
            ]
            print(f"gate {g:.2f}{' *' if g == gate else ''}: {' | '.join(cells)}", flush=True)
        out["gate"], out["gate_threshold"] = gate, floor
        out["params"] = params.model_dump()
        if args.json:
            args.json.write_text(json.dumps(out, indent=1))
    finally:
        for r in opened:
            r.close()


if __name__ == "__main__":
    main()

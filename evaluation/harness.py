"""End-to-end retrieval evaluation: ingest a BEIR-style corpus, run its queries, score them.

Everything goes through the production code paths (`ingest_paths`, `Searcher.search`), so the
numbers describe what users get, including chunking, title prepending, collapsing and fusion.

Each data set gets its own data dir (`data_dir/eval/<name>`) and collection (`eval-<name>`), so
the relational store and the index of the real knowledge base are never touched. A re-run finds
every row unchanged (ingestion skips rows by fingerprint) and embeds nothing; a chunking change
re-ingests, but the embedding cache means only chunk texts never seen before reach the model.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, Field
from tqdm import tqdm

from core.access import ALL_LEVELS
from core.errors import BadInput
from core.models import MAX_QUERY_CHARS, SearchQuery
from core.settings import Settings
from evaluation.datasets import Dataset, load_dataset
from evaluation.metrics import METRICS, mean, percentile, score_query
from runtime.resources import Resources

if TYPE_CHECKING:
    from core.settings import FusionParams
    from encoder.embedding import Encoder
    from index.sparse_encoder import SparseEncoder
    from search.retrieval import Searcher

System = Literal["bm25", "dense", "hybrid"]
SYSTEM_MODES: dict[str, str] = {"bm25": "sparse", "dense": "dense", "hybrid": "hybrid"}
ALL_ACCESS = ALL_LEVELS
RESULT_DEPTH = 100  # hits per query: Recall@100 needs them all


class IngestSummary(BaseModel):
    documents: int = Field(description="Documents in the evaluation index.")
    documents_written: int
    chunks_written: int
    unchanged: int = Field(description="Documents found up to date (not re-ingested).")
    failed: int
    embedded: int = Field(description="Chunk texts the model embedded in this run.")
    from_cache: int = Field(description="Chunk vectors taken from the embedding cache.")
    seconds: float


class SystemScores(BaseModel):
    system: str
    mode: str
    queries: int
    ndcg_at_10: float
    recall_at_10: float
    recall_at_100: float
    mrr_at_10: float
    latency_p50_ms: float
    latency_p95_ms: float
    seconds: float


class EvalReport(BaseModel):
    dataset: str
    part: str
    dataset_dir: str
    data_dir: str
    collection: str
    corpus_documents: int
    queries: int = Field(description="Judged queries evaluated.")
    config: dict[str, str | int | float]
    ingest: IngestSummary
    systems: list[SystemScores]
    seconds: float
    per_query: dict[str, dict[str, dict[str, float]]] | None = Field(
        default=None, description="system -> query id -> metric -> value (on request)."
    )


def eval_settings(settings: Settings, dataset_name: str) -> Settings:
    """The data set's own data dir, SQLite store and collection; model and chunking as given."""
    return settings.model_copy(
        update={
            "data_dir": settings.data_dir / "eval" / dataset_name,
            "collection": f"eval-{dataset_name}",
            "database_url": None,
        }
    )


def materialize_corpus(dataset: Dataset, target: Path) -> int:
    """Plain `corpus.jsonl` with only id/title/text (what `ingest_paths` reads).

    Extra fields are dropped on purpose: the metadata mapper would otherwise pick up fields
    such as `date` or `number` that the data set never meant as document metadata. The file is
    rewritten only when its content changes.
    """
    digest = hashlib.sha256()
    lines = []
    ids: set[str] = set()
    for doc in dataset.corpus():
        if doc.id in ids:
            raise BadInput(f"{dataset.name}: doppelte Dokument-ID {doc.id}.")
        ids.add(doc.id)
        line = json.dumps({"id": doc.id, "title": doc.title, "text": doc.text}, ensure_ascii=False)
        lines.append(line)
        digest.update(line.encode("utf-8") + b"\n")
    data = ("\n".join(lines) + "\n").encode("utf-8")
    if not target.exists() or hashlib.sha256(target.read_bytes()).digest() != digest.digest():
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(".tmp")
        tmp.write_bytes(data)
        tmp.replace(target)
    return len(lines)


def prepare_index(
    dataset: Dataset,
    settings: Settings,
    *,
    encoder: Encoder | None = None,
    sparse_encoder: SparseEncoder | None = None,
    progress: bool = True,
) -> tuple[Resources, IngestSummary]:
    """Open (and bring up to date) the data set's evaluation index. The caller closes it."""
    from ingest.api import ingest_paths

    own = eval_settings(settings, dataset.name)
    own.data_dir.mkdir(parents=True, exist_ok=True)
    corpus_path = own.data_dir / "corpus.jsonl"
    count = materialize_corpus(dataset, corpus_path)
    resources = Resources(own, collection=own.collection, encoder=encoder)
    if sparse_encoder is not None:
        resources.__dict__["sparse_encoder"] = sparse_encoder
    try:
        cache = resources.embedding_cache
        hits, misses = (cache.hits, cache.misses) if cache else (0, 0)
        report = ingest_paths([corpus_path], resources, source="eval", progress=progress)
        documents = _indexed_documents(resources)
    except BaseException:
        resources.close()
        raise
    summary = IngestSummary(
        documents=documents,
        documents_written=report.documents_written,
        chunks_written=report.chunks_written,
        unchanged=max(0, documents - report.documents_written),
        failed=len(report.failed),
        embedded=(cache.misses - misses) if cache else report.chunks_written,
        from_cache=(cache.hits - hits) if cache else 0,
        seconds=report.seconds,
    )
    if documents + len(report.failed) < count:
        resources.close()
        raise BadInput(f"{dataset.name}: nur {documents} von {count} Dokumenten im Index.")
    return resources, summary


def _indexed_documents(resources: Resources) -> int:
    from sqlalchemy import func, select

    from core.tables import DocumentRow

    with resources.db() as session:
        return int(
            session.scalar(
                select(func.count()).select_from(DocumentRow).where(DocumentRow.state == "indexed")
            )
            or 0
        )


@contextmanager
def _query_threads() -> Iterator[None]:
    """Queries run on one torch thread, as in the API (`Resources(settings, threads=1)`), so
    the latencies are the ones users see; ingestion may have used more."""
    import torch

    before = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        yield
    finally:
        torch.set_num_threads(before)


def run_queries(
    dataset: Dataset,
    searcher: Searcher,
    systems: Sequence[str],
    *,
    limit_queries: int | None = None,
    progress: bool = True,
    per_query: bool = False,
    fresh_query_vectors: bool = True,
) -> tuple[list[SystemScores], dict[str, dict[str, dict[str, float]]]]:
    """Every judged query through `Searcher.search` once per system.

    `fresh_query_vectors=False` keeps the encoder's query cache (tuning loops that only care
    about quality); by default each system embeds its queries itself, so latencies are honest.
    """
    queries = dataset.judged_queries()
    if limit_queries is not None:
        queries = queries[:limit_queries]
    if not queries:
        raise BadInput(f"{dataset.name}: keine bewerteten Anfragen in '{dataset.part}'.")
    scores: list[SystemScores] = []
    details: dict[str, dict[str, dict[str, float]]] = {}
    with _query_threads():
        for system in systems:
            mode = SYSTEM_MODES[system]
            # Warm-up outside the timing (first-call allocations), then no cached query vectors.
            searcher.search(SearchQuery(query="Aufwärmen", mode=mode), access=ALL_ACCESS)  # type: ignore[arg-type]
            if fresh_query_vectors:
                searcher.clear_query_cache()
            latencies: list[float] = []
            per_metric: dict[str, list[float]] = {m: [] for m in METRICS}
            started = time.perf_counter()
            for query in tqdm(queries, desc=f"{dataset.name} {system}", disable=not progress):
                text = query.text.strip()[:MAX_QUERY_CHARS].strip() or query.id
                request = SearchQuery(query=text, limit=RESULT_DEPTH, mode=mode)  # type: ignore[arg-type]
                t0 = time.perf_counter()
                result = searcher.search(request, access=ALL_ACCESS)
                latencies.append((time.perf_counter() - t0) * 1000.0)
                ranking = [hit.external_id for hit in result.hits if hit.external_id]
                values = score_query(ranking, dataset.qrels[query.id])
                for metric, value in values.items():
                    per_metric[metric].append(value)
                if per_query:
                    details.setdefault(system, {})[query.id] = values
            scores.append(
                SystemScores(
                    system=system,
                    mode=mode,
                    queries=len(queries),
                    ndcg_at_10=round(mean(per_metric["ndcg@10"]), 4),
                    recall_at_10=round(mean(per_metric["recall@10"]), 4),
                    recall_at_100=round(mean(per_metric["recall@100"]), 4),
                    mrr_at_10=round(mean(per_metric["mrr@10"]), 4),
                    latency_p50_ms=round(percentile(latencies, 50), 1),
                    latency_p95_ms=round(percentile(latencies, 95), 1),
                    seconds=round(time.perf_counter() - started, 2),
                )
            )
    return scores, details


def parse_systems(value: str | Sequence[str]) -> list[str]:
    names = [s.strip() for s in value.split(",")] if isinstance(value, str) else list(value)
    names = [n for n in names if n]
    unknown = [n for n in names if n not in SYSTEM_MODES]
    if unknown or not names:
        raise BadInput(
            f"Unbekannte Systeme: {', '.join(unknown) or '(keine)'}; "
            f"erlaubt: {', '.join(SYSTEM_MODES)}."
        )
    return list(dict.fromkeys(names))


def evaluate(
    dataset_dir: Path,
    part: str = "dev",
    systems: Sequence[str] = ("bm25", "dense", "hybrid"),
    settings: Settings | None = None,
    *,
    encoder: Encoder | None = None,
    sparse_encoder: SparseEncoder | None = None,
    fusion: FusionParams | None = None,
    limit_queries: int | None = None,
    progress: bool = True,
    per_query: bool = False,
) -> EvalReport:
    """Ingest (or reuse) the data set's index and score each system on its judged queries.

    `encoder` shares an already loaded model; `sparse_encoder` and `fusion` override the
    defaults for tuning experiments (a different sparse encoder re-encodes the corpus).
    """
    from core.settings import get_settings
    from search.retrieval import Searcher

    started = time.perf_counter()
    settings = settings or get_settings()
    systems = parse_systems(systems)
    dataset = load_dataset(Path(dataset_dir), part)
    resources, ingest = prepare_index(
        dataset, settings, encoder=encoder, sparse_encoder=sparse_encoder, progress=progress
    )
    with resources:
        params = fusion or settings.fusion
        searcher = Searcher(
            resources.store,
            resources.encoder,
            resources.sparse_encoder,
            params,
            thesaurus=resources.thesaurus,
        )
        scores, details = run_queries(
            dataset,
            searcher,
            systems,
            limit_queries=limit_queries,
            progress=progress,
            per_query=per_query,
        )
        config: dict[str, str | int | float] = {
            "model": resources.settings.embedding_model,
            "backend": resources.settings.embedding_backend,
            "chunk_words": resources.settings.chunk_words,
            "chunk_overlap_words": resources.settings.chunk_overlap_words,
            "sparse": resources.sparse_encoder.signature,
            **{f"fusion.{k}": v for k, v in vars(params).items()},
        }
        return EvalReport(
            dataset=dataset.name,
            part=part,
            dataset_dir=str(dataset.path),
            data_dir=str(resources.settings.data_dir),
            collection=resources.collection,
            corpus_documents=ingest.documents,
            queries=scores[0].queries,
            config=config,
            ingest=ingest,
            systems=scores,
            seconds=round(time.perf_counter() - started, 2),
            per_query=details if per_query else None,
        )


def format_table(report: EvalReport) -> str:
    """Plain-text table: one row per system."""
    header = ["system", "nDCG@10", "R@10", "R@100", "MRR@10", "p50 ms", "p95 ms"]
    rows = [
        [
            s.system,
            f"{s.ndcg_at_10:.4f}",
            f"{s.recall_at_10:.4f}",
            f"{s.recall_at_100:.4f}",
            f"{s.mrr_at_10:.4f}",
            f"{s.latency_p50_ms:.1f}",
            f"{s.latency_p95_ms:.1f}",
        ]
        for s in report.systems
    ]
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        first = cells[0].ljust(widths[0])
        return "  ".join([first, *(c.rjust(w) for c, w in zip(cells[1:], widths[1:], strict=True))])

    title = (
        f"{report.dataset} ({report.part}): {report.queries} Anfragen, "
        f"{report.corpus_documents} Dokumente"
    )
    rule = "-" * len(line(header))
    return "\n".join([title, line(header), rule, *(line(r) for r in rows)])

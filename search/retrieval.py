"""Search: one code path for the API, the CLI and the evaluation harness.

Dense and sparse channels are queried separately, each collapsed to documents (best chunk per
document), then fused at the document level (min-max convex combination by default, weighted
reciprocal rank fusion on request; `FusionParams` in the settings). Fusing documents rather
than chunks gives a document full credit when the two channels like different passages of it.
The server adds the access filter; callers never do.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass

import numpy as np

from core.errors import NotFound
from core.models import (
    Hit,
    SearchFilters,
    SearchQuery,
    SearchResult,
    citation_section,
    normalize_number,
)
from core.settings import FusionParams  # re-exported: tuning scripts import it from here
from encoder.embedding import Encoder
from index.german_analyzer import GermanAnalyzer
from index.protocol import Filter, Match, Range, ScoredPoint, SparseVector, VectorStore
from index.sparse_encoder import SparseEncoder

# Markdown that means nothing in a one-line snippet: emphasis, table pipes and rules, headings.
_MARKUP = re.compile(r"\*\*|__|(?<!\S)#{1,6}(?=\s)|\|(?:\s*:?-{3,}:?\s*\|)*|(?<!\S)-{3,}(?!\S)")
_NUMBER_IN_QUERY = re.compile(r"\b(\d{1,4})\s*/\s*(\d{2,4})\b")
CITATION_FACETS = 30  # the most cited norms in a result list; a long tail helps nobody


def access_filter(access: Collection[str]) -> Filter:
    return Filter(must=[Match(key="access", any=sorted(access))])


def filters_to_store(filters: SearchFilters) -> Filter:
    must: list[Match | Range] = []
    if filters.doc_type:
        must.append(Match(key="doc_type", any=list(filters.doc_type)))
    if filters.topics:
        must.append(Match(key="topics", any=list(filters.topics)))
    if filters.status:
        must.append(Match(key="status", any=list(filters.status)))
    if filters.referat:
        must.append(Match(key="referat", any=[filters.referat]))
    if filters.aktenplan:
        must.append(Match(key="aktenplan_path", any=[filters.aktenplan]))
    if filters.year_from is not None or filters.year_to is not None:
        must.append(Range(key="year", gte=filters.year_from, lte=filters.year_to))
    if filters.issuer:
        must.append(Match(key="issuer", any=list(filters.issuer)))
    if filters.citations:
        must.append(Match(key="citations", any=[" ".join(c.split()) for c in filters.citations]))
    return Filter(must=must)


@dataclass
class _DocCandidate:
    document_id: str
    score: float
    best: ScoredPoint
    best_chunk_score: float


def _collapse(points: Sequence[ScoredPoint]) -> list[ScoredPoint]:
    """Best chunk per document, in rank order."""
    seen: set[str] = set()
    out = []
    for p in points:
        doc = p.payload.get("document_id", "")
        if doc not in seen:
            seen.add(doc)
            out.append(p)
    return out


class Searcher:
    def __init__(
        self,
        store: VectorStore,
        encoder: Encoder,
        sparse_encoder: SparseEncoder,
        params: FusionParams | None = None,
    ) -> None:
        self.store = store
        self.encoder = encoder
        self.sparse_encoder = sparse_encoder
        self.analyzer = GermanAnalyzer()
        self.params = params or FusionParams()
        self._word_terms: dict[str, frozenset[str]] = {}  # snippet word -> its index terms

    def search(self, request: SearchQuery, *, access: Collection[str]) -> SearchResult:
        # SearchQuery already refused blank queries; Python's idea of whitespace is wider
        # (control characters) than the schema's, so never reject here what the schema allows.
        query = request.query.strip() or request.query
        flt = filters_to_store(request.filters).and_(access_filter(access))
        candidates = self._candidates(query, flt, request.mode)
        candidates = self._pin_numbers(query, flt, candidates)
        if request.sort == "date":
            candidates.sort(key=lambda c: c.best.payload.get("date") or "", reverse=True)
        page = candidates[request.offset : request.offset + request.limit]
        terms = set(self.analyzer.tokens(query))
        return SearchResult(
            total=len(candidates),
            depth=self.params.depth,
            hits=[self._hit(c, terms) for c in page],
            facets=self._facets(candidates),
        )

    def _candidates(self, query: str, flt: Filter, mode: str) -> list[_DocCandidate]:
        channels: list[tuple[float, list[ScoredPoint]]] = []
        depth = self.params.depth
        if mode in ("hybrid", "dense"):
            vector = self.encoder.embed_query(query)
            channels.append(
                (self.params.dense_weight, self.store.query_dense(vector, flt=flt, limit=depth))
            )
        if mode in ("hybrid", "sparse"):
            encoded = self.sparse_encoder.encode_query(query)
            sparse = SparseVector(indices=list(encoded.indices), values=list(encoded.values))
            channels.append(
                (self.params.sparse_weight, self.store.query_sparse(sparse, flt=flt, limit=depth))
            )
        fused: dict[str, _DocCandidate] = {}
        for weight, points in channels:
            for point, contribution in self._contributions(weight, _collapse(points)):
                doc_id = point.payload["document_id"]
                current = fused.get(doc_id)
                if current is None:
                    fused[doc_id] = _DocCandidate(doc_id, contribution, point, contribution)
                    continue
                current.score += contribution
                if contribution > current.best_chunk_score:
                    current.best, current.best_chunk_score = point, contribution
        return sorted(fused.values(), key=lambda c: c.score, reverse=True)

    def _contributions(
        self, weight: float, docs: list[ScoredPoint]
    ) -> list[tuple[ScoredPoint, float]]:
        """Each document's share of the fused score from one channel (docs in rank order)."""
        if self.params.method == "rrf":
            k = self.params.rrf_k
            return [(p, weight / (k + rank + 1)) for rank, p in enumerate(docs)]
        if not docs:
            return []
        # Min-max over the channel's own list: raw BM25 and cosine scores live on unrelated
        # scales, and a document the channel did not return counts as its minimum (0).
        high, low = docs[0].score, docs[-1].score
        spread = high - low
        return [(p, weight * ((p.score - low) / spread if spread > 0 else 1.0)) for p in docs]

    def _pin_numbers(
        self, query: str, flt: Filter, candidates: list[_DocCandidate]
    ) -> list[_DocCandidate]:
        """A circular number in the query ("Rundschreiben 41/2025") puts that document first."""
        keys: list[str | int] = [
            normalize_number(f"{m[1]}/{m[2]}") for m in _NUMBER_IN_QUERY.finditer(query)
        ]
        if not keys:
            return candidates
        points, _ = self.store.scroll(
            flt.and_(Filter(must=[Match(key="number_key", any=keys)])), limit=50
        )
        pinned_ids: list[str] = []
        pinned: list[_DocCandidate] = []
        by_id = {c.document_id: c for c in candidates}
        for point in sorted(points, key=lambda p: p.payload.get("chunk_position", 0)):
            doc_id = point.payload["document_id"]
            if doc_id in pinned_ids:
                continue
            pinned_ids.append(doc_id)
            top = candidates[0].score if candidates else 1.0
            existing = by_id.get(doc_id)
            best = existing.best if existing else point
            pinned.append(_DocCandidate(doc_id, top + 1.0, best, 0.0))
        rest = [c for c in candidates if c.document_id not in pinned_ids]
        return pinned + rest

    def _hit(self, candidate: _DocCandidate, terms: set[str]) -> Hit:
        payload = candidate.best.payload
        return Hit(
            document_id=candidate.document_id,
            external_id=payload.get("external_id"),
            title=payload.get("title", ""),
            doc_type=payload.get("doc_type", "Sonstiges"),
            date=payload.get("date"),
            topics=payload.get("topics") or [],
            status=payload.get("status"),
            number=payload.get("number"),
            source_key=payload.get("source_key"),
            issuer=payload.get("issuer"),
            score=round(candidate.score, 6),
            snippet=self.snippet(payload.get("text", ""), terms),
            chunk_id=candidate.best.id,
        )

    def _facets(self, candidates: list[_DocCandidate]) -> dict[str, dict[str, int]]:
        doc_type: Counter[str] = Counter()
        topics: Counter[str] = Counter()
        years: Counter[str] = Counter()
        citations: Counter[str] = Counter()
        issuers: Counter[str] = Counter()
        for c in candidates:
            payload = c.best.payload
            doc_type[payload.get("doc_type") or "Sonstiges"] += 1
            topics.update(set(payload.get("topics") or []))
            if payload.get("issuer"):
                issuers[payload["issuer"]] += 1
            if payload.get("year"):
                years[str(payload["year"])] += 1
            # Sections only ("§ 5 KAG"): the payload also holds "§ 5 Abs. 2 KAG" for filtering.
            keys = payload.get("citations") or []
            citations.update({k for k in keys if citation_section(k) == k})
        return {
            "doc_type": dict(doc_type.most_common()),
            "topics": dict(topics.most_common()),
            "year": dict(sorted(years.items(), reverse=True)),
            "citations": dict(citations.most_common(CITATION_FACETS)),
            "issuer": dict(issuers.most_common()),
        }

    def snippet(self, text: str, terms: set[str], width: int = 320) -> str:
        """The densest window of query terms, HTML-escaped first, then terms wrapped in <mark>."""
        words = _MARKUP.sub(" ", text).split()
        if not words:
            return ""
        if terms:
            matches = [not terms.isdisjoint(self._terms_of(w)) for w in words]
        else:
            matches = [False] * len(words)
        window = max(10, min(len(words), width // 7))
        # sliding count; the first window with the most matches wins
        count = sum(matches[:window])
        best_start, best_count = 0, count
        for start in range(1, max(1, len(words) - window + 1)):
            count += matches[start + window - 1] - matches[start - 1]
            if count > best_count:
                best_start, best_count = start, count
        parts = []
        for word, hit in zip(
            words[best_start : best_start + window],
            matches[best_start : best_start + window],
            strict=True,
        ):
            escaped = html.escape(word)
            parts.append(f"<mark>{escaped}</mark>" if hit else escaped)
        prefix = "… " if best_start > 0 else ""
        suffix = " …" if best_start + window < len(words) else ""
        return prefix + " ".join(parts) + suffix

    def _terms_of(self, word: str) -> frozenset[str]:
        """Analyzing each word of ten snippets per query was a third of a search's time;
        words repeat across chunks and queries, so their terms are kept (bounded)."""
        found = self._word_terms.get(word)
        if found is None:
            if len(self._word_terms) >= 200_000:
                self._word_terms.clear()
            found = self._word_terms[word] = frozenset(self.analyzer.tokens(word))
        return found

    def similar(self, document_id: str, *, access: Collection[str], limit: int = 10) -> list[Hit]:
        """Documents closest to the mean of this document's chunk vectors (precedent search)."""
        flt = access_filter(access)
        own = flt.and_(Filter(must=[Match(key="document_id", any=[document_id])]))
        points, _ = self.store.scroll(own, limit=256)
        if not points:
            raise NotFound("Dokument nicht gefunden.")
        records = self.store.retrieve([p.id for p in points], with_vectors=True)
        vectors = np.array([r.dense for r in records if r.dense], dtype=np.float32)
        centroid = vectors.mean(axis=0)
        centroid /= np.linalg.norm(centroid) or 1.0
        others = flt.and_(Filter(must_not=[Match(key="document_id", any=[document_id])]))
        found = self.store.query_dense(centroid.tolist(), flt=others, limit=limit * 8)
        hits = []
        for point in _collapse(found)[:limit]:
            candidate = _DocCandidate(point.payload["document_id"], point.score, point, point.score)
            hits.append(self._hit(candidate, set()))
        return hits

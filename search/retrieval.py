"""Search: one code path for the API, the CLI, subscriptions and the evaluation harness.

Dense and sparse channels are queried separately (the user's filters and the access filter
inside both searches), each collapsed to documents (best chunk per document), then fused at
the document level: each channel's score is put on [0, 1] by anchors of the query itself
(`Calibration`), never by the other candidates, so a document's score is the same with or
without a filter, access level or page. Fusing documents rather than chunks gives a document
full credit when the two channels like different passages of it. What counts as a result:
`FusionParams.min_score` and the gate `answer_score` (docs/evaluation.md). The server adds
the access filter; callers never do.
"""

from __future__ import annotations

import bisect
import copy
import datetime as dt
import difflib
import functools
import html
import itertools
import math
import re
import time
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from core.errors import NotFound
from core.lifecycle import CURRENT, SUPERSEDED
from core.models import (
    CHUNK_FIELDS,
    Hit,
    SearchFilters,
    SearchQuery,
    SearchResult,
    VersionRef,
    citation_section,
    normalize_number,
)
from core.settings import FusionParams  # re-exported: tuning scripts import it from here
from encoder.embedding import Encoder
from index.german_analyzer import GermanAnalyzer, fold, hyphen_pieces
from index.protocol import Filter, Match, Range, ScoredPoint, SparseVector, VectorStore
from index.sparse_encoder import SparseEncoder, term_index
from index.thesaurus import Thesaurus
from search.channel_cache import RevisionCache

# Markdown that means nothing in a one-line snippet: emphasis, table pipes and rules, headings.
_MARKUP = re.compile(r"\*\*|__|(?<!\S)#{1,6}(?=\s)|\|(?:\s*:?-{3,}:?\s*\|)*|(?<!\S)-{3,}(?!\S)")
# opening and closing punctuation stays outside a mark: "(<mark>Straßenreinigung</mark>),"
_AROUND_WORD = re.compile(r"([(\[„‚»«\"']*)(.*?)([)\].,;:!?“‘’»«\"'…]*)", re.S)
_NUMBER_IN_QUERY = re.compile(r"\b(\d{1,4})\s*/\s*(\d{2,4})\b")
CITATION_FACETS = 30  # the most cited norms in a result list; a long tail helps nobody
COMMON_SAMPLE = 2000  # chunks analysed to find the terms nearly every chunk contains
COMMON_SHARE = 0.2
COMMON_TTL_S = 3600.0
_PART = "\x00"  # marks a compound part among a snippet's query terms
_SENTENCE_END = re.compile(r"[.!?;:]$")
_BOILERPLATE = re.compile(
    r"\b(?:tritt|treten)\b.{0,120}?\b(?:in|au(?:ß|ss)er)\s+Kraft\b|Inkrafttreten", re.I
)
_BOILERPLATE_TERMS = frozenset({"kraft", "inkrafttret", "inkrafttreten", "ausserkrafttret"})
SYNONYM_WEIGHT = 0.5  # a synonym counts half the word the user typed
SUGGESTION_SOURCES = 10  # nearest documents whose words may correct a misspelt query
_VOCABULARY_WORD = re.compile(r"[A-Za-zÄÖÜäöüß][a-zäöüß]{3,}")
PINNED = 1.0  # added to a document whose number the query names
# What fusion, folding, date sorting and facets read from a candidate list's points. The rest
# (title, text, ...) is loaded for the shown hits only (`_load_payloads`): moving whole payloads
# of 400 candidates took more time than both channel searches.
LIST_FIELDS = (
    "document_id",
    "doc_type",
    "topics",
    "year",
    "date",
    "citations",
    "issuer",
    "external_id",
    "number_key",
    "supersedes",
)
# Chunks per channel when only the gate is asked (a filtered query whose scope has no clear
# answer): the best document overall is at the top of one channel's list.
GATE_DEPTH = 20
WEAK_MATCHES = 3  # closest documents shown, labelled as weak, when nothing is relevant


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
    must_not: list[Match] = []
    if not filters.all_versions and filters.year_from is None and filters.year_to is None:
        # current versions only, inside the channel searches (a date filter asks for history)
        must_not.append(Match(key="version", any=[SUPERSEDED]))
    return Filter(must=must, must_not=must_not)


@dataclass
class _DocCandidate:
    document_id: str
    score: float
    best: ScoredPoint
    best_chunk_score: float
    exact: bool = True  # False: a channel's score was not computed, `score` is a lower bound
    chunks: list[ScoredPoint] = field(default_factory=list)  # each channel's best chunk
    pinned: bool = False  # the query names its number
    lexical: bool = False  # the sparse channel found a query term (or synonym) in it


@dataclass(frozen=True)
class Calibration:
    """Query-anchored scales that put both channels' raw scores on [0, 1].

    Dense: cosine similarity mapped linearly from `dense_floor` (what an unrelated passage
    scores with this model) to 1. Sparse: the raw BM25 score over the query's own maximum
    attainable score, (k1 + 1) * sum of query term weights * a reference IDF (Qdrant computes
    the IDF itself; `sparse_idf` is a typical rare term's, fitted on dev). Neither depends on
    which documents a filter lets through.
    """

    dense_floor: float
    sparse_idf: float
    k1: float

    def dense(self, cosine: float) -> float:
        return max(0.0, (cosine - self.dense_floor) / (1.0 - self.dense_floor))

    def sparse_ceiling(self, query_weight: float) -> float:
        return (self.k1 + 1.0) * query_weight * self.sparse_idf


class _Channel:
    """One channel's answer for one query: best chunk per document, and how to score a
    document the list does not hold."""

    def __init__(
        self,
        weight: float,
        points: Sequence[ScoredPoint],
        bound: float | None,
        normalise: Callable[[float], float],
    ) -> None:
        self.weight = weight
        self.found = _best_per_document(points)
        self.bound = bound  # None: every document passing the filter is in the list
        self.normalise = normalise
        self.dense_query: list[float] | None = None
        self.sparse_query: SparseVector | None = None
        # the raw score the query's common terms alone can give a chunk (`Searcher._common_bound`)
        self.common_bound = 0.0
        self.completed: set[str] = set()  # looked up: absent from `found` means score 0

    def copy(self) -> _Channel:
        """A copy with its own lists: a cached answer is shared by concurrent searches, which
        add computed scores to theirs. The points are shared: nothing changes a point's
        payload in place (`Searcher._load_payloads` gives it a new dict)."""
        other = copy.copy(self)
        other.found = dict(self.found)
        other.completed = set(self.completed)
        return other

    @property
    def cut_off(self) -> bool:
        """The list may have left out documents with a positive score."""
        return self.bound is not None and self.bound > 0

    def upper(self, doc_id: str) -> float:
        point = self.found.get(doc_id)
        if point is not None:
            return self.normalise(point.score)
        if doc_id in self.completed:
            return 0.0
        return self.normalise(self.bound) if self.bound is not None and self.bound > 0 else 0.0

    def complete(
        self, store: VectorStore, doc_ids: Collection[str], known: dict[str, ScoredPoint]
    ) -> None:
        """The listed documents' own best chunks in this channel, added to `found`: one
        batched search of one chunk per document. A document without a chunk in the answer
        has no matching term: its score is 0. A computed point carries the document fields
        of `known` (another channel's chunk of the same document); its own chunk fields and
        text are loaded only if it is shown (`Searcher._load_payloads`)."""
        if not doc_ids:
            return
        query: list[float] | SparseVector | None = self.dense_query or self.sparse_query
        if query is None:
            return
        ordered = sorted(doc_ids)
        # Every field a filter names, the access level too, is the document's, shared by all
        # its chunks, and the document passed the whole filter in a candidate list of this
        # search: the lookup repeats none of them (the access condition alone made the engine
        # read every chunk's payload, a third of the lookup's time at 1M chunks). An edit
        # racing the search is caught where it matters: a hit whose loaded chunks are outside
        # the caller's access is not shown (`Searcher._visible`).
        for doc, point in store.best_per_document(query, ordered, flt=None).items():
            sibling = {k: v for k, v in known[doc].payload.items() if k not in CHUNK_FIELDS}
            point.payload = {**sibling, **point.payload}
            self.found.setdefault(doc, point)
        self.completed.update(ordered)


def _visible(candidate: _DocCandidate, access: Collection[str]) -> bool:
    """Every chunk of the candidate that may be shown, as just loaded, is within `access` (a
    chunk deleted meanwhile has no loaded payload and is not)."""
    return all(p.payload.get("access") in access for p in (candidate.best, *candidate.chunks))


def _any_point(channels: Sequence[_Channel], doc_id: str) -> ScoredPoint:
    return next(c.found[doc_id] for c in channels if doc_id in c.found)


def _best_per_document(points: Sequence[ScoredPoint]) -> dict[str, ScoredPoint]:
    best: dict[str, ScoredPoint] = {}
    for p in points:
        doc = p.payload.get("document_id", "")
        if doc not in best or p.score > best[doc].score:
            best[doc] = p
    return best


@functools.lru_cache(maxsize=1 << 16)
def _is_section(citation: str) -> bool:
    """ "§ 5 KAG", not "§ 5 Abs. 2 KAG" (cached: the facets ask for thousands per search)."""
    return citation_section(citation) == citation


def _first(points: Sequence[ScoredPoint]) -> ScoredPoint | None:
    return points[0] if points else None


def _only(document_id: str) -> Filter:
    return Filter(must=[Match(key="document_id", any=[document_id])])


def _evidence(hits: Sequence[dict[str, float]]) -> float:
    """Distinct query terms in a passage, each at its best evidence (`Searcher._matches`)."""
    best: dict[str, float] = {}
    for found in hits:
        for term, value in found.items():
            best[term] = max(best.get(term, 0.0), value)
    return sum(best.values())


def _fold_named_predecessors(candidates: list[_DocCandidate]) -> list[_DocCandidate]:
    """Drops a document another result names as replaced ("ersetzt Rundschreiben Nr. 41/2025"
    in the successor's text, `supersedes` in its front matter); it is folded under it."""
    named = {key for c in candidates for key in c.best.payload.get("supersedes") or []}
    if not named:
        return candidates
    return [
        c
        for c in candidates
        if c.best.payload.get("external_id") not in named
        and c.best.payload.get("number_key") not in named
    ]


def version_links(
    store: VectorStore,
    *,
    external_id: str | None,
    number: str | None,
    supersedes: Sequence[str],
    superseded_by: str | None,
    access: Collection[str],
) -> tuple[list[VersionRef], list[VersionRef]]:
    """(predecessors, successors) of one document, both ways round: a link stated on either
    side counts (`superseded_by` on the old one, `supersedes` or a text cue on the new one)."""
    visible = access_filter(access)
    own = [k for k in (external_id, normalize_number(number) if number else None) if k]

    def lookup(key: str, values: Sequence[str]) -> list[ScoredPoint]:
        if not values:
            return []
        flt = visible.and_(Filter(must=[Match(key=key, any=list(values))]))
        return store.scroll(flt, limit=200)[0]

    older = lookup("superseded_by", own[:1]) + lookup("external_id", supersedes)
    older += lookup("number_key", supersedes)
    newer = lookup("external_id", [superseded_by] if superseded_by else []) + lookup(
        "supersedes", own
    )
    return _refs(older, own), _refs(newer, own)


def _refs(points: Sequence[ScoredPoint], own: Sequence[str]) -> list[VersionRef]:
    refs: dict[str, VersionRef] = {}
    for p in points:
        doc = p.payload.get("document_id", "")
        if doc in refs or p.payload.get("external_id") in own:
            continue
        refs[doc] = VersionRef(
            document_id=doc,
            external_id=p.payload.get("external_id"),
            title=p.payload.get("title", ""),
            date=p.payload.get("date"),
            status=p.payload.get("status"),
        )
    return sorted(refs.values(), key=lambda r: r.date or dt.date.min, reverse=True)


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
        *,
        thesaurus: Thesaurus | None = None,
    ) -> None:
        self.store = store
        self.thesaurus = thesaurus
        self.encoder = encoder
        self.sparse_encoder = sparse_encoder
        self.analyzer = GermanAnalyzer()
        self.params = params or FusionParams()
        self.calibration = Calibration(
            dense_floor=self.params.dense_floor,
            sparse_idf=self.params.sparse_idf,
            k1=sparse_encoder.k1,
        )
        # snippet word -> its whole terms and compound parts
        self._word_terms: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
        self._common: tuple[float, frozenset[str]] | None = None
        # per index revision: (query, mode, depth, filter, scales) -> its channels after
        # `_complete`, and ("gate", query, ...) -> whether it has a clear answer
        self._answers: RevisionCache[Any] = RevisionCache()

    def clear_query_cache(self) -> None:
        """For latency measurements of new queries: forget every query's embedding and
        channel answers."""
        self.encoder.clear_query_cache()
        self._answers.clear()

    def search(self, request: SearchQuery, *, access: Collection[str]) -> SearchResult:
        # SearchQuery already refused blank queries; Python's idea of whitespace is wider
        # (control characters) than the schema's, so never reject here what the schema allows.
        query = request.query.strip() or request.query
        flt = filters_to_store(request.filters).and_(access_filter(access))
        # the first `page_end` results need exact scores; sorted by date, none do
        page_end = 0 if request.sort == "date" else request.offset + request.limit
        candidates, unknown_words = self._candidates(query, flt, request.mode, page_end=page_end)
        scored = self._pin_numbers(query, flt, candidates)
        # The threshold is calibrated on the fused score; the single channels (bm25, dense:
        # evaluation and diagnostics) are plain rankings.
        threshold = self.params.min_score if request.mode == "hybrid" else 0.0
        relevant = [c for c in scored if c.score >= threshold]
        if request.mode == "hybrid":
            # A document sharing no word with the query (no stem, compound part or synonym),
            # or only words in a fifth of all chunks, is a match by meaning alone: it counts
            # only as strong as a clear answer. With this model a whole domain sits at cosine
            # 0.85 ("Deutschlandticket" for "Gebühren für Kitas" on the sample corpus).
            gate = self.params.answer_score
            relevant = [c for c in relevant if c.lexical or c.pinned or c.score >= gate]
        filtered = filters_to_store(request.filters) != filters_to_store(SearchFilters())
        if (
            relevant
            and request.mode == "hybrid"
            and not self._answered(query, scored, access, filtered=filtered)
        ):
            relevant = []  # nothing clearly answers the query: weak matches only
        if unknown_words:
            # no word of the query occurs in the collection ("xqzvbnm", a misspelling):
            # cosine similarity alone is no evidence of relevance, only a weak match
            relevant = [c for c in relevant if c.pinned]
        fold = not (
            request.filters.all_versions or request.filters.year_from or request.filters.year_to
        )
        if fold:
            relevant = _fold_named_predecessors(relevant)
        if request.sort == "date":
            # ties (same day, or undated) by id: their scores are only bounds in this order
            relevant.sort(key=lambda c: c.document_id)
            relevant.sort(key=lambda c: c.best.payload.get("date") or "", reverse=True)
        page = relevant[request.offset : request.offset + request.limit]
        terms = self._query_terms(query)
        weak = [] if relevant else scored[:WEAK_MATCHES]
        nearest = [] if relevant else scored[:SUGGESTION_SOURCES]
        self._load_payloads([*page, *weak, *nearest])
        # an edit that closed a document while this search ran: its text is not shown
        page, weak, nearest = (
            [c for c in group if _visible(c, access)] for group in (page, weak, nearest)
        )
        matched: dict[str, dict[str, float]] = {}  # this query's word matches, for all snippets
        hits = [self._hit(c, terms, matched) for c in page]
        if fold:
            self._attach_earlier_versions(hits, access_filter(access))
        return SearchResult(
            total=len(relevant),
            depth=self.params.depth,
            threshold=threshold,
            hits=hits,
            facets=self._facets(relevant),
            weak_hits=[self._hit(c, terms, matched) for c in weak],
            suggestions=self._suggestions(query, nearest) if nearest else [],
        )

    def _answered(
        self,
        query: str,
        scored: Sequence[_DocCandidate],
        access: Collection[str],
        *,
        filtered: bool,
    ) -> bool:
        """Does some document clearly answer the query (`FusionParams.answer_score`)? Decided
        without the user's filters, so a filter never turns a result into "Keine Treffer"
        (the facet count promised it): only when the best document in the filtered scope
        is below the gate does the unfiltered query run (access and current versions still
        apply)."""
        gate = self.params.answer_score
        if any(c.pinned or c.score >= gate for c in scored):
            return True
        if not filtered:
            return False
        unfiltered = filters_to_store(SearchFilters()).and_(access_filter(access))
        revision = self.store.revision()
        weights = (self.params.dense_weight, self.params.sparse_weight)
        key = ("gate", query, unfiltered.model_dump_json(), self.calibration, weights, gate)
        verdict = self._answers.get(revision, key)
        if verdict is None:
            verdict = self._reaches_gate(query, unfiltered)
            self._answers.put(revision, key, verdict)
        return verdict

    def _reaches_gate(self, query: str, flt: Filter) -> bool:
        """Does a document within `flt` reach the gate? The keyword channel first, its
        documents' dense scores computed: that search is the cheaper one (a third of the
        dense one at 1M chunks), and a document sharing words with the query is what usually
        answers it. Only without an answer there does the dense search run."""
        gate = self.params.answer_score
        vector = self.encoder.embed_query(query)
        (sparse,), _ = self._channels(query, flt, "sparse", GATE_DEPTH)
        # no dense list yet: every document's dense score is open (bound: cosine 1)
        dense = _Channel(self.params.dense_weight, [], 1.0, self.calibration.dense)
        dense.dense_query = vector
        if any(c.score >= gate for c in self._fuse([dense, sparse], 0)):
            return True
        points = self.store.query_dense(vector, flt=flt, limit=GATE_DEPTH, fields=LIST_FIELDS)
        listed = _Channel(
            self.params.dense_weight,
            points,
            points[-1].score if len(points) >= GATE_DEPTH else None,
            self.calibration.dense,
        )
        listed.dense_query = vector
        for doc, point in dense.found.items():  # computed above: exact, keep them
            listed.found.setdefault(doc, point)
        listed.completed |= dense.completed
        return any(c.score >= gate for c in self._fuse([listed, sparse], 0))

    def _suggestions(self, query: str, nearest: list[_DocCandidate]) -> list[str]:
        """ "Meinten Sie …?": the query with each unknown word replaced by the closest word of
        the nearest documents' passages and titles (the index's own vocabulary near the
        query), if one is close enough. No extra search; only on the zero-hit path."""
        words_seen: dict[str, None] = {}  # in order of appearance, each once
        for candidate in nearest:
            for point in [candidate.best, *candidate.chunks]:
                text = f"{point.payload.get('title', '')} {point.payload.get('text', '')}"
                words_seen.update(dict.fromkeys(_VOCABULARY_WORD.findall(text)))
        vocabulary: dict[str, str] = {}
        for word in words_seen:
            vocabulary.setdefault(fold(word), word)
        words = query.split()
        changed = False
        out = []
        for word in words:
            folded = fold(word.strip("?!.,;:"))
            if len(folded) < 4 or folded in vocabulary:
                out.append(word)
                continue
            # typos rarely hit the first letter; comparing only those words keeps the
            # zero-hit page from spending more on suggestions than on the search
            same_start = [w for w in vocabulary if w[:1] == folded[:1]]
            close = difflib.get_close_matches(folded, same_start, n=1, cutoff=0.8)
            if close:
                out.append(vocabulary[close[0]])
                changed = True
            else:
                out.append(word)
        return [" ".join(out)] if changed else []

    def _load_payloads(self, candidates: Sequence[_DocCandidate]) -> None:
        """Whole payloads (title, text, ...) only for what is shown: candidate lists carry
        `LIST_FIELDS` (moving 400 whole payloads nobody reads took more time than the
        searches)."""
        # both channels may hold the same chunk as two objects: fill every one of them
        points: dict[str, list[ScoredPoint]] = {}
        for c in candidates:
            for p in (c.best, *c.chunks):
                if "text" not in p.payload:
                    points.setdefault(p.id, []).append(p)
        if not points:
            return
        for record in self.store.retrieve(list(points)):
            for point in points.get(record.id, []):
                # a new dict, never an update in place: a cached answer shares this point
                # with searches that may be reading its payload right now
                point.payload = {**point.payload, **record.payload}

    def _attach_earlier_versions(self, hits: list[Hit], visible: Filter) -> None:
        """The superseded versions of each hit: those naming it as successor and those it
        names as replaced (by external id or number), one index lookup each."""
        if not hits:
            return
        by_key: dict[str, Hit] = {}
        for hit in hits:
            if hit.external_id:
                by_key[hit.external_id] = hit
        named = {key: hit for hit in hits for key in hit.supersedes}
        found: list[ScoredPoint] = []
        if by_key:
            successor = Filter(must=[Match(key="superseded_by", any=list(by_key))])
            found += self.store.scroll(visible.and_(successor), limit=200)[0]
        if named:
            for key in ("external_id", "number_key"):
                predecessor = Filter(must=[Match(key=key, any=list(named))])
                found += self.store.scroll(visible.and_(predecessor), limit=200)[0]
        seen: set[tuple[str, str]] = set()
        for point in sorted(found, key=lambda p: p.payload.get("date") or "", reverse=True):
            payload = point.payload
            owner = (
                by_key.get(payload.get("superseded_by") or "")
                or named.get(payload.get("external_id") or "")
                or named.get(payload.get("number_key") or "")
            )
            doc_id = payload.get("document_id", "")
            if owner is None or owner.document_id == doc_id or (owner.document_id, doc_id) in seen:
                continue
            seen.add((owner.document_id, doc_id))
            owner.earlier_versions.append(
                VersionRef(
                    document_id=doc_id,
                    external_id=payload.get("external_id"),
                    title=payload.get("title", ""),
                    date=payload.get("date"),
                    status=payload.get("status"),
                )
            )

    def _complete(
        self,
        channels: Sequence[_Channel],
        documents: Collection[str],
        total_weight: float,
        page_end: int,
    ) -> None:
        """Compute the missing channel scores that decide something, one batched search per
        channel: a document's membership (its known part below `min_score`, its bound above),
        whether a member below the gate shares a word with the query (the sparse channel's
        score), whether anything reaches the gate, and the exact order of the first
        `page_end` results. The rest keeps its known part as a lower bound: it is certainly
        a result or certainly not, and not shown. Completing every candidate that could pass
        cost more than both channel searches at 100k chunks."""

        threshold, gate = self.params.min_score, self.params.answer_score
        sparse = next((c for c in channels if c.sparse_query is not None), None)
        low: dict[str, float] = {}
        high: dict[str, float] = {}

        def bound(docs: Collection[str]) -> None:
            # plain loops over the two channels: this runs for ~400 documents per search
            parts = [
                (
                    c.found,
                    c.completed,
                    c.weight * c.normalise(c.bound) if c.bound is not None and c.bound > 0 else 0.0,
                )
                for c in channels
            ]
            values = [
                {d: c.weight * c.normalise(p.score) for d, p in c.found.items()} for c in channels
            ]
            for doc in docs:
                lo = hi = 0.0
                for (found, completed, missing), value in zip(parts, values, strict=True):
                    if doc in found:
                        lo += value[doc]
                        hi += value[doc]
                    elif doc not in completed:
                        hi += missing
                low[doc], high[doc] = lo / total_weight, hi / total_weight

        bound(documents)
        need: set[str] = set()
        for doc in documents:
            if low[doc] >= high[doc]:
                continue  # nothing missing
            undecided = low[doc] < threshold <= high[doc]
            # a member below the gate must share a word with the query: does it?
            unknown_word = (
                threshold <= low[doc] < gate and sparse is not None and doc not in sparse.found
            )
            if undecided or unknown_word:
                need.add(doc)
        if not any(value >= gate for value in low.values()):
            need |= {d for d in documents if low[d] < gate <= high[d]}
        self._fill(channels, need)
        if page_end <= 0:
            return
        bound(need)
        lows = sorted(low.values(), reverse=True)
        floor = lows[page_end - 1] if len(lows) >= page_end else 0.0
        self._fill(channels, {d for d in documents if low[d] < high[d] and high[d] >= floor})

    def _fill(self, channels: Sequence[_Channel], documents: Collection[str]) -> None:
        if not documents:
            return
        listed = {d: _any_point(channels, d) for d in documents}
        for channel in channels:
            if channel.cut_off:
                missing = {d for d in documents if d not in channel.found}
                channel.complete(self.store, missing - channel.completed, listed)

    def _candidates(
        self,
        query: str,
        flt: Filter,
        mode: str,
        *,
        depth: int | None = None,
        page_end: int = 0,
    ) -> tuple[list[_DocCandidate], bool]:
        """Every document either channel found, scored against the query alone.

        A channel's score of a document is its best chunk's raw score, normalised by anchors
        that belong to the query (`Calibration`), never by the other candidates: so a
        document's score is the same with or without a filter, access level or page. A
        document one channel did not return gets that channel's score computed where it
        decides what is shown or counted (`_complete`).
        """
        depth = depth or self.params.depth
        # read before searching: a write meanwhile files this answer under a dead revision
        revision = self.store.revision()
        weights = (self.params.dense_weight, self.params.sparse_weight)
        key = (query, mode, depth, flt.model_dump_json(), self.calibration, weights)
        cached = self._answers.get(revision, key)
        if cached is not None:
            channels, unknown_words = [c.copy() for c in cached[0]], cached[1]
        else:
            channels, unknown_words = self._channels(query, flt, mode, depth)
        completed = sum(len(c.completed) for c in channels)
        fused = self._fuse(channels, page_end)
        if cached is None or sum(len(c.completed) for c in channels) > completed:
            self._answers.put(revision, key, ([c.copy() for c in channels], unknown_words))
        return fused, unknown_words

    def _fuse(self, channels: Sequence[_Channel], page_end: int) -> list[_DocCandidate]:
        """The channels' documents with their fused scores, best first, after computing the
        missing channel scores that decide something (`_complete`)."""
        total_weight = sum(c.weight for c in channels) or 1.0
        documents = set().union(*(c.found for c in channels))
        self._complete(channels, documents, total_weight, page_end)
        fused: list[_DocCandidate] = []
        for doc_id in documents:
            candidate = _DocCandidate(doc_id, 0.0, _any_point(channels, doc_id), -1.0)
            for channel in channels:
                point = channel.found.get(doc_id)
                if point is None:
                    # no chunk passes (score 0), or not looked up: then `score` is a lower
                    # bound, which `_complete` made sure decides everything shown or counted
                    candidate.exact = candidate.exact and channel.upper(doc_id) == 0.0
                    continue
                value = channel.weight * channel.normalise(point.score) / total_weight
                # a query word that means something, not only common ones
                candidate.lexical = candidate.lexical or (
                    channel.sparse_query is not None and point.score > channel.common_bound
                )
                candidate.score += value
                candidate.chunks.append(point)
                if value > candidate.best_chunk_score:
                    candidate.best, candidate.best_chunk_score = point, value
            fused.append(candidate)
        fused.sort(key=lambda c: (-c.score, c.document_id))
        return fused

    def _channels(
        self, query: str, flt: Filter, mode: str, depth: int
    ) -> tuple[list[_Channel], bool]:
        """Each channel's candidate list for the query, and whether no word of the query
        occurs in the collection."""
        unknown_words = False
        channels: list[_Channel] = []
        if mode in ("hybrid", "dense"):
            vector = self.encoder.embed_query(query)
            points = self.store.query_dense(vector, flt=flt, limit=depth, fields=LIST_FIELDS)
            # a full list may have cut off documents: they score at most its last score;
            # a short list holds every document that passes the filter
            bound = points[-1].score if len(points) >= depth else None
            channels.append(
                _Channel(self.params.dense_weight, points, bound, self.calibration.dense)
            )
            channels[-1].dense_query = vector
        if mode in ("hybrid", "sparse"):
            encoded = self.sparse_encoder.encode_query(query)
            # the ceiling is the typed query's: synonyms widen what matches, not the scale
            ceiling = self.calibration.sparse_ceiling(sum(encoded.values))
            sparse = self._with_synonyms(query, encoded)
            points = self.store.query_sparse(sparse, flt=flt, limit=depth, fields=LIST_FIELDS)
            if mode == "hybrid" and sparse.indices and not points:
                # nothing in scope has a query word; does anything in the collection? (the
                # index's vocabulary, like its IDF, is the whole collection's, so the answer
                # does not depend on the filter or the access level)
                unknown_words = not self.store.query_sparse(
                    sparse, flt=None, limit=1, fields=["document_id"]
                )
            channels.append(
                _Channel(
                    self.params.sparse_weight,
                    points,
                    points[-1].score if len(points) >= depth else 0.0,
                    lambda raw: raw / ceiling if ceiling > 0 else 0.0,
                )
            )
            channels[-1].sparse_query = sparse
            channels[-1].common_bound = self._common_bound(sparse)
        return channels, unknown_words

    def _common_bound(self, sparse: SparseVector) -> float:
        """The highest raw BM25 score the query's common terms alone can give a chunk: a
        term in more than `COMMON_SHARE` of the chunks ("Stadt", "Regelung" in a city
        association's corpus) has an IDF of at most ln(1 + (1 - share) / share) (Qdrant's
        IDF), and a term adds at most (k1 + 1) times its IDF and query weight. A chunk above
        it shares a word with the query that means something; "Wie regeln andere Städte die
        Kita-Gebühren?" no longer finds every circular that mentions a city and a rule."""
        common = {term_index(term) for term in self._common_terms()}
        weight = sum(v for i, v in zip(sparse.indices, sparse.values, strict=True) if i in common)
        idf = math.log(1.0 + (1.0 - COMMON_SHARE) / COMMON_SHARE)
        return (self.sparse_encoder.k1 + 1.0) * weight * idf

    def _with_synonyms(self, query: str, encoded: Any) -> SparseVector:
        """The query's sparse vector plus its thesaurus expansions at `SYNONYM_WEIGHT`."""
        weights = dict(zip(encoded.indices, encoded.values, strict=True))
        extra = self.thesaurus.expansions(query) if self.thesaurus else []
        # whole words only: "Kindertageseinrichtung" must not add "Einrichtung" to the query
        for token in self.analyzer.analyze(" ".join(extra)):
            if token.kind != "part":
                index = term_index(token.text)
                weights[index] = max(weights.get(index, 0.0), SYNONYM_WEIGHT)
        indices = sorted(weights)
        return SparseVector(indices=indices, values=[weights[i] for i in indices])

    def _query_terms(self, query: str) -> set[str]:
        """Terms a snippet marks: the query's words and compound parts (parts prefixed with
        `_PART`) and its synonyms' whole words, as the sparse channel matched them."""
        extra = self.thesaurus.expansions(query) if self.thesaurus else []
        terms = {
            (_PART + t.text if t.kind == "part" else t.text) for t in self.analyzer.analyze(query)
        }
        # the pieces of "Kita-Gebühren" are words the user typed, not parts of one compound:
        # "Benutzungsgebühren" in a statute stands for "Gebühren"
        pieces = hyphen_pieces(query)
        if pieces != query:
            terms |= {t.text for t in self.analyzer.analyze(pieces) if t.kind != "part"}
        for token in self.analyzer.analyze(" ".join(extra)):
            if token.kind != "part":
                terms.add(token.text)
        return terms

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
            existing = by_id.get(doc_id)
            best = existing.best if existing else point
            # above every fused score (at most 1), and still the query's own score
            own = existing.score if existing and existing.exact else 0.0
            pinned.append(_DocCandidate(doc_id, PINNED + own, best, 0.0, pinned=True))
        rest = [c for c in candidates if c.document_id not in pinned_ids]
        return pinned + rest

    def _hit(
        self,
        candidate: _DocCandidate,
        terms: set[str],
        matched: dict[str, dict[str, float]] | None = None,
    ) -> Hit:
        """The hit shows the passage with the most lexical evidence among the chunks the
        channels liked best (the dense channel's best chunk may be the Inkrafttreten clause)."""
        shown, snippet, evidence = candidate.best, "", -1.0
        for point in [candidate.best, *(c for c in candidate.chunks if c.id != candidate.best.id)]:
            text, found = self._passage(point.payload.get("text", ""), terms, matched=matched)
            if found > evidence:
                shown, snippet, evidence = point, text, found
        payload = shown.payload
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
            snippet=snippet,
            chunk_id=shown.id,
            version=payload.get("version") or CURRENT,
            supersedes=payload.get("supersedes") or [],
            superseded_by=payload.get("superseded_by"),
            valid_from=payload.get("valid_from"),
            valid_to=payload.get("valid_to"),
            frist=payload.get("frist"),
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
            citations.update({k for k in keys if _is_section(k)})
        return {
            "doc_type": dict(doc_type.most_common()),
            "topics": dict(topics.most_common()),
            "year": dict(sorted(years.items(), reverse=True)),
            "citations": dict(citations.most_common(CITATION_FACETS)),
            "issuer": dict(issuers.most_common()),
        }

    def snippet(self, text: str, terms: set[str], width: int = 320) -> str:
        return self._passage(text, terms, width)[0]

    def _passage(
        self,
        text: str,
        terms: set[str],
        width: int = 320,
        *,
        matched: dict[str, dict[str, float]] | None = None,
    ) -> tuple[str, float]:
        """The run of sentences with the most lexical evidence for the query, HTML-escaped,
        the query's content terms wrapped in <mark>; and that evidence.

        Evidence counts each distinct query term once per passage (a word matching whole
        counts 1, a compound part or stem inside a longer word 0.5), so a passage naming
        two query concepts beats one repeating a single word. Words are matched through the
        analyzer, as the sparse channel matched them (folded umlauts, stems, compound
        parts); stopwords never reach `terms`, and terms most of the index contains
        (`_common_terms`) are neither counted nor marked. Inkrafttreten and similar
        boilerplate sentences count nothing unless the query asks about them.
        """
        words = _MARKUP.sub(" ", text).split()
        if not words:
            return "", 0.0
        common = self._common_terms() if terms else frozenset()
        bare = {t[len(_PART) :] if t.startswith(_PART) else t for t in terms}
        if bare <= common:
            common = frozenset()  # every word asked for is common: marking them shows why
        words_wanted = {t for t in terms if not t.startswith(_PART)} - common
        parts_wanted = {t[len(_PART) :] for t in terms if t.startswith(_PART)} - common
        content = words_wanted | parts_wanted
        wants_boilerplate = bool(terms & _BOILERPLATE_TERMS)
        # `matched` remembers each word's matches for one query (the wanted terms are the
        # same for all its snippets); words repeat across the passages of a result page
        memo: dict[str, dict[str, float]] = {} if matched is None else matched
        hits = []
        for w in words:
            found = memo.get(w)
            if found is None:
                found = memo[w] = self._matches(w, words_wanted, parts_wanted)
            hits.append(found)
        window = max(10, min(len(words), width // 7))
        starts = [0] + [i + 1 for i, w in enumerate(words[:-1]) if _SENTENCE_END.search(w)]
        # boilerplate found once per passage, as word ranges, not once per window
        boilerplate: list[tuple[int, int]] = []
        if not wants_boilerplate:
            offsets = list(itertools.accumulate((len(w) + 1 for w in words), initial=0))
            for clause in _BOILERPLATE.finditer(" ".join(words)):
                first = bisect.bisect_right(offsets, clause.start()) - 1
                last = bisect.bisect_right(offsets, clause.end() - 1) - 1
                boilerplate.append((first, last))
        best_start, best_evidence = 0, -1.0
        for start in starts:
            stop = min(len(words), start + window)
            if any(start <= first and last < stop for first, last in boilerplate):
                evidence = 0.0
            else:
                evidence = _evidence(hits[start:stop])
                # on a tie, the passage that gets to its evidence soonest (reads as an answer)
                lead = next((i for i in range(start, stop) if hits[i]), stop) - start
                evidence -= lead / 10_000
            if evidence > best_evidence:
                best_start, best_evidence = start, evidence
        if best_evidence <= 0 and not content:
            best_start = 0
        parts = []
        for word, found in zip(
            words[best_start : best_start + window],
            hits[best_start : best_start + window],
            strict=True,
        ):
            before, core, after = _AROUND_WORD.fullmatch(word).groups()  # type: ignore[union-attr]
            if found and core:
                parts.append(
                    f"{html.escape(before)}<mark>{html.escape(core)}</mark>{html.escape(after)}"
                )
            else:
                parts.append(html.escape(word))
        prefix = "… " if best_start > 0 else ""
        suffix = " …" if best_start + window < len(words) else ""
        return prefix + " ".join(parts) + suffix, max(best_evidence, 0.0)

    def _common_terms(self) -> frozenset[str]:
        """Terms in more than `COMMON_SHARE` of a sample of the index's chunks ("Stadt" in a
        city association's corpus): they match everything, so they explain nothing. The
        sample is the first chunks in id order (ids are hashes, so a random sample),
        analysed once and refreshed every `COMMON_TTL_S`."""
        now = time.monotonic()
        if self._common is not None and now - self._common[0] < COMMON_TTL_S:
            return self._common[1]
        scroll = getattr(self.store, "scroll", None)
        counts: Counter[str] = Counter()
        sampled = 0
        if scroll is not None:
            points, _ = scroll(None, limit=COMMON_SAMPLE)
            for point in points:
                sampled += 1
                counts.update(set(self.analyzer.tokens(point.payload.get("text", ""))))
        common = frozenset(
            t for t, n in counts.items() if sampled >= 20 and n > COMMON_SHARE * sampled
        )
        self._common = (now, common)
        return common

    def _matches(self, word: str, words: set[str], parts: set[str]) -> dict[str, float]:
        """Query terms a text word stands for, with their evidence: the same word (1.0), a
        compound containing a query word ("Benutzungsgebühren" for "Gebühren", 0.5), or a
        compound sharing two parts with a query compound ("Straßenausbaubeitragssatzung"
        for "Straßenausbaubeiträge", 0.5), or a word that is one part of a query compound
        ("Grabmale" and "Höhe" for "Grabmalhöhe", 0.25 each: the sparse channel matched it
        so, and statute headings are such compounds; a passage with the compound itself
        still wins). A compound sharing a single part ("Straßenreinigung") is no match."""
        own, own_parts = self._terms_of(word)
        found = dict.fromkeys(own & words, 1.0)
        for term in own_parts & words:
            found.setdefault(term, 0.5)
        shared = own_parts & parts
        if len(shared) >= 2:
            for term in shared:
                found.setdefault(term, 0.5)
        for term in own & parts:
            found.setdefault(term, 0.25)
        return found

    def _terms_of(self, word: str) -> tuple[frozenset[str], frozenset[str]]:
        """A word's whole terms and compound parts. Analyzing each word of ten snippets per
        query was a third of a search's time; words repeat across chunks and queries, so
        their terms are kept (bounded)."""
        found = self._word_terms.get(word)
        if found is None:
            if len(self._word_terms) >= 200_000:
                self._word_terms.clear()
            tokens = self.analyzer.analyze(word)
            found = self._word_terms[word] = (
                frozenset(t.text for t in tokens if t.kind != "part"),
                frozenset(t.text for t in tokens if t.kind == "part"),
            )
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

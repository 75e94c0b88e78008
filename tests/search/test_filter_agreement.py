"""The search filter and the subscription matcher agree on every filter field.

Both go through one definition (`filters_to_store`); this holds the index's own filtering
(both backends) against `passes_filters` on documents built from random metadata, for random
filters over every field of `SearchFilters`."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from qdrant_client import QdrantClient

from core.citations import extract_citations
from core.models import DOC_TYPES, STATUSES, Chunk, Document, SearchFilters
from index.edge import EdgeStore
from index.protocol import CollectionSpec, PointRecord, VectorStore
from index.server import ServerStore
from notify.matching import passes_filters
from search.retrieval import filters_to_store

TOPICS = ["kita", "grundsteuer", "friedhof", "abwasser"]
REFERATE = ["Referat 1 – Recht", "Referat 2 – Finanzen", None]
AKTENPLAN = ["20", "20.30", "20.30.1", "60.10", None]
ISSUERS = ["Gemeinde Aichelberg", "Stadt Musterstadt", None]
CITING = ["Nach § 5 KAG wird erhoben.", "Gemäß § 2 Abs. 1 GemO gilt.", "Ohne Bezug.", ""]
FILTER_FIELDS = set(SearchFilters.model_fields)


def _documents() -> list[Document]:
    """Every combination the fields below need, deterministically."""
    docs = []
    for n in range(48):
        text = CITING[n % len(CITING)]
        docs.append(
            Document(
                id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"doc{n}")),
                source="t",
                source_key=f"doc{n}",
                title=f"Dokument {n}",
                doc_type=DOC_TYPES[n % len(DOC_TYPES)],
                status=STATUSES[n % len(STATUSES)],
                topics=TOPICS[: n % 3] if n % 4 else [TOPICS[n % 4], TOPICS[(n + 1) % 4]],
                referat=REFERATE[n % len(REFERATE)],
                issuer=ISSUERS[n % len(ISSUERS)],
                aktenplan=AKTENPLAN[n % len(AKTENPLAN)],
                date=dt.date(2018 + n % 9, 1, 1) if n % 5 else None,
                citations=extract_citations(text),
                text=text or "Text",
                content_hash=f"h{n}",
                extra={"superseded_by": f"doc{n + 1}"} if n % 7 == 3 else {},
            )
        )
    return docs


DOCS = _documents()

filters_strategy = st.builds(
    SearchFilters,
    doc_type=st.lists(st.sampled_from(DOC_TYPES), max_size=2),
    topics=st.lists(st.sampled_from(TOPICS), max_size=2),
    year_from=st.one_of(st.none(), st.integers(2017, 2027)),
    year_to=st.one_of(st.none(), st.integers(2017, 2027)),
    referat=st.one_of(st.none(), st.sampled_from([r for r in REFERATE if r])),
    aktenplan=st.one_of(st.none(), st.sampled_from(["20", "20.30", "20.30.1", "60", "60.10"])),
    status=st.lists(st.sampled_from(STATUSES), max_size=2),
    issuer=st.lists(st.sampled_from([i for i in ISSUERS if i]), max_size=2),
    citations=st.lists(st.sampled_from(["§ 5 KAG", "§ 2 GemO", "§ 2 Abs. 1 GemO"]), max_size=1),
    all_versions=st.booleans(),
)


def _fill(store: VectorStore) -> VectorStore:
    store.ensure_collection(CollectionSpec(model="test", dim=2))
    store.upsert(
        [
            PointRecord(
                id=str(uuid.uuid5(uuid.NAMESPACE_URL, doc.id)),
                dense=[1.0, float(i % 7)],
                payload=Chunk(
                    id="c", document_id=doc.id, position=0, text="x", embed_text="x"
                ).payload(doc),
            )
            for i, doc in enumerate(DOCS)
        ]
    )
    store.flush()
    return store


@pytest.fixture(scope="module", params=["edge", "server"])
def store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    if request.param == "edge":
        backend: VectorStore = EdgeStore(Path(tmp_path_factory.mktemp("edge")), "filters")
    else:
        backend = ServerStore(QdrantClient(location=":memory:"), "filters")
    yield _fill(backend)
    backend.close()


def test_the_strategy_covers_every_filter_field() -> None:
    """A new SearchFilters field must be added to the strategy above (and so be checked)."""
    assert set(filters_strategy.wrapped_strategy.kwargs) == FILTER_FIELDS  # type: ignore[attr-defined]


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(filters=filters_strategy)
def test_index_and_matcher_agree(store: VectorStore, filters: SearchFilters) -> None:
    in_index: set[str] = set()
    offset = None
    while True:
        points, offset = store.scroll(filters_to_store(filters), limit=256, offset=offset)
        in_index.update(p.payload["document_id"] for p in points)
        if offset is None:
            break
    by_matcher = {doc.id for doc in DOCS if passes_filters(doc, filters)}
    assert in_index == by_matcher, filters


def test_every_field_selects_something() -> None:
    """The data exercise each field: for each, some filter keeps some but not all documents."""
    probes = {
        "doc_type": SearchFilters(doc_type=["Rundschreiben"]),
        "topics": SearchFilters(topics=["kita"]),
        "year_from": SearchFilters(year_from=2022),
        "year_to": SearchFilters(year_to=2020),
        "referat": SearchFilters(referat=REFERATE[0]),
        "aktenplan": SearchFilters(aktenplan="20.30"),
        "status": SearchFilters(status=["Entwurf"]),
        "issuer": SearchFilters(issuer=["Stadt Musterstadt"]),
        "citations": SearchFilters(citations=["§ 5 KAG"]),
        "all_versions": SearchFilters(all_versions=False),  # current versions only
    }
    assert set(probes) == FILTER_FIELDS
    for field, filters in probes.items():
        kept = sum(passes_filters(doc, filters) for doc in DOCS)
        assert 0 < kept < len(DOCS), field

"""The embedded store builds HNSW after ingestion only where it pays (HNSW_MIN_POINTS)."""

from __future__ import annotations

import uuid
from pathlib import Path

import numpy as np
import pytest

import index.edge
from index.edge import EdgeStore
from index.protocol import CollectionSpec, PointRecord

# 5,200 x 512 floats are ~10.4 MB: above the engine's indexing threshold (10 MB) per segment.
POINTS, DIM = 5_200, 512


@pytest.fixture
def big(tmp_path: Path):  # type: ignore[no-untyped-def]
    store = EdgeStore(tmp_path, "big")
    store.ensure_collection(CollectionSpec(model="test-model", dim=DIM))
    vectors = np.random.default_rng(0).normal(size=(POINTS, DIM)).astype(np.float32)
    for start in range(0, POINTS, 1000):
        store.upsert(
            [
                PointRecord(
                    id=str(uuid.UUID(int=i + 1)),
                    dense=vectors[i].tolist(),
                    payload={"document_id": f"d{i}", "chunk_position": 0},
                )
                for i in range(start, min(start + 1000, POINTS))
            ]
        )
    store.flush()
    yield store, vectors
    store.close()


def test_small_collections_stay_exact(big: tuple[EdgeStore, np.ndarray]) -> None:
    store, _ = big
    assert POINTS < index.edge.HNSW_MIN_POINTS
    assert store.optimize() is False


def test_hnsw_is_built_from_the_threshold_and_only_once(
    big: tuple[EdgeStore, np.ndarray], monkeypatch: pytest.MonkeyPatch
) -> None:
    store, vectors = big
    monkeypatch.setattr(index.edge, "HNSW_MIN_POINTS", POINTS)
    assert store.optimize() is True
    assert store.optimize() is False  # nothing left to plan: cheap after every ingestion
    assert store.count() == POINTS
    top = store.query_dense(vectors[42].tolist(), flt=None, limit=1)
    assert top[0].id == str(uuid.UUID(int=43))

"""The passage embedding cache: only texts never seen with this model reach the encoder."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from core.settings import Settings
from encoder.embedding import EmbeddingCache
from runtime.resources import Resources


class _FakeEncoder:
    """Deterministic 3-d vectors; records which texts it was asked to embed."""

    def __init__(self, model: str = "fake-model") -> None:
        self.model = model
        self.passage_prompt = "passage: "
        self.dim = 3
        self.calls: list[list[str]] = []

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        self.calls.append(list(texts))
        return np.array([[len(t), t.count("a"), 1.0] for t in texts], dtype=np.float32)


def test_hits_misses_and_duplicates(tmp_path: Path) -> None:
    cache = EmbeddingCache(tmp_path / "cache.sqlite3")
    encoder = _FakeEncoder()
    first = cache.embed_passages(encoder, ["alpha", "beta", "alpha"])  # type: ignore[arg-type]
    assert encoder.calls == [["alpha", "beta"]]  # a repeated text is embedded once
    assert first.tolist() == [[5, 2, 1], [4, 1, 1], [5, 2, 1]]
    assert (cache.hits, cache.misses) == (1, 2)

    second = cache.embed_passages(encoder, ["beta", "gamma"])  # type: ignore[arg-type]
    assert encoder.calls[-1] == ["gamma"]
    assert second.tolist() == [[4, 1, 1], [5, 2, 1]]
    cache.close()


def test_persists_and_is_keyed_by_model(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    cache = EmbeddingCache(path)
    cache.embed_passages(_FakeEncoder(), ["alpha"])  # type: ignore[arg-type]
    cache.close()

    reopened = EmbeddingCache(path)
    same = _FakeEncoder()
    reopened.embed_passages(same, ["alpha"])  # type: ignore[arg-type]
    assert same.calls == []
    other = _FakeEncoder(model="other-model")
    reopened.embed_passages(other, ["alpha"])  # type: ignore[arg-type]
    assert other.calls == [["alpha"]]
    assert reopened.embed_passages(same, []).shape == (0, 3)  # type: ignore[arg-type]
    reopened.close()


def test_setting_switches_it_off(tmp_path: Path) -> None:
    on = Settings(data_dir=tmp_path, model_dir=tmp_path / "m", _env_file=None)  # type: ignore[call-arg]
    with Resources(on) as resources:
        assert resources.embedding_cache is not None
        assert resources.embedding_cache.path.parent == tmp_path / "m" / "embedding-cache"
    off = on.model_copy(update={"embedding_cache": False})
    with Resources(off) as resources:
        assert resources.embedding_cache is None

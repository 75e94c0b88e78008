"""The dense encoder, loaded once per process and shared by ingestion and search.

One instance serves both sides so a process never holds the model twice; Haystack's
SentenceTransformers embedders would each load their own copy. The encoder picks its runtime
once: `torch` (sentence-transformers, fp32) or `onnx` (the int8 export run by onnxruntime,
`encoder/onnx_encoder.py`), which imports no torch.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
import threading
from collections import OrderedDict
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import numpy as np

from core.errors import FundusError
from encoder.model_prepare import resolve_model_path
from encoder.onnx_export import ONNX_FORMAT_VERSION, prepare_onnx_model

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

    from encoder.onnx_encoder import OnnxEmbedder

Backend = Literal["torch", "onnx"]

logger = logging.getLogger(__name__)

# E5-family models need these prefixes; models that declare prompts in their own config use those.
_E5_PROMPTS = {"query": "query: ", "passage": "passage: "}


class Encoder:
    """Cheap to construct; `warm_up()` loads the model (models are never fetched from a hub)."""

    def __init__(
        self,
        model: str,
        model_dir: Path,
        *,
        threads: int = 1,
        batch_size: int = 16,
        backend: Backend = "torch",
    ):
        self.model = model
        self.model_dir = model_dir
        self.threads = threads
        self.batch_size = batch_size
        self.backend = backend
        self._st: SentenceTransformer | None = None
        self._onnx: OnnxEmbedder | None = None
        self._prompts: dict[str, str | None] = {}  # a None prompt means no prompt
        self._query_cache: OrderedDict[str, list[float]] = OrderedDict()
        self._lock = threading.Lock()

    def warm_up(self) -> None:
        if self._st is not None or self._onnx is not None:
            return
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        if self.backend == "onnx":
            self._warm_up_onnx()
            return
        import torch
        from sentence_transformers import SentenceTransformer

        torch.set_num_threads(self.threads)
        path = resolve_model_path(self.model, self.model_dir)
        logger.info("Loading embedding model %s", path)
        st = SentenceTransformer(path, device="cpu")
        prompts: dict[str, str | None] = dict(st.prompts or {})
        if not {"query", "passage"} <= prompts.keys() and "e5" in self.model.lower():
            prompts = {**_E5_PROMPTS, **prompts}
        self._prompts = prompts
        self._st = st

    def _warm_up_onnx(self) -> None:
        from encoder.onnx_encoder import OnnxEmbedder

        folder = prepare_onnx_model(self.model, self.model_dir)  # exported once per cache
        logger.info("Loading int8 ONNX embedding model %s", folder)
        embedder = OnnxEmbedder(folder, threads=self.threads)
        prompts: dict[str, str | None] = dict(embedder.prompts)
        if not {"query", "passage"} <= prompts.keys() and "e5" in self.model.lower():
            prompts = {**_E5_PROMPTS, **prompts}
        self._prompts = prompts
        self._onnx = embedder

    @property
    def st(self) -> SentenceTransformer:
        """The sentence-transformers model (torch backend only)."""
        if self.backend != "torch":
            raise FundusError("Das sentence-transformers-Modell gibt es nur mit Backend torch.")
        self.warm_up()
        assert self._st is not None
        return self._st

    @property
    def dim(self) -> int:
        self.warm_up()
        if self._onnx is not None:
            return self._onnx.dim
        dim = self.st.get_embedding_dimension()
        assert dim is not None
        return int(dim)

    @property
    def name(self) -> str:
        return self.model

    @property
    def signature(self) -> str:
        """Model plus runtime: int8 vectors differ slightly from fp32 ones, so caches of
        passage vectors keep them apart (the index does not; see `Resources.collection_spec`).
        """
        if self.backend == "torch":
            return self.model  # unchanged, so existing caches stay valid
        return f"{self.model}\x00onnx-int8-v{ONNX_FORMAT_VERSION}"

    def _encode(self, texts: list[str], kind: str, batch_size: int) -> np.ndarray:
        self.warm_up()
        prompt = self._prompts.get(kind)
        if self._onnx is not None:
            return self._onnx.encode([f"{prompt or ''}{t}" for t in texts], batch_size)
        kwargs: dict[str, Any] = {"prompt": prompt} if prompt else {}
        return self.st.encode(
            texts,
            batch_size=batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
            **kwargs,
        )

    def count_tokens(self, texts: list[str]) -> int:
        """Model tokens of the texts as embedded (truncated), for tokens/s figures."""
        self.warm_up()
        if self._onnx is not None:
            return sum(len(e.ids) for e in self._onnx.tokenizer.encode_batch(texts))
        limit = self.st.max_seq_length or 512
        return sum(min(len(self.st.tokenizer(t)["input_ids"]), limit) for t in texts)

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        # sentence-transformers sorts by length inside encode(), so padding stays small.
        return self._encode(texts, "passage", self.batch_size)

    def embed_query(self, text: str) -> list[float]:
        """Cached: members repeat queries, and the UI re-runs a search when paging."""
        with self._lock:
            cached = self._query_cache.get(text)
            if cached is not None:
                self._query_cache.move_to_end(text)
                return cached
        vector = self._encode([text], "query", 1)[0].tolist()
        with self._lock:
            self._query_cache[text] = vector
            if len(self._query_cache) > 2048:
                self._query_cache.popitem(last=False)
        return vector

    def clear_query_cache(self) -> None:
        """For latency measurements, which must not be served from the cache."""
        with self._lock:
            self._query_cache.clear()

    @property
    def passage_prompt(self) -> str:
        self.warm_up()
        return self._prompts.get("passage") or ""


class EmbeddingCache:
    """Passage vectors on disk, keyed by sha256(model, prompt, text).

    Re-chunking a corpus (a chunk size or overlap experiment, a changed heading rule) leaves most
    chunk texts as they were; only new texts should cost model time. SQLite because it is in the
    standard library, is safe across processes (an engineer's ingest and an evaluation may share
    the cache) and commits per batch, so a killed run keeps what it embedded.
    """

    _BATCH = 256  # texts embedded and committed together; bounds the work a crash can lose

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._conn = sqlite3.connect(path, timeout=60, check_same_thread=False)
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS vectors (key BLOB PRIMARY KEY, vector BLOB NOT NULL)"
        )
        self._conn.commit()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    @classmethod
    def in_model_dir(cls, model_dir: Path) -> EmbeddingCache:
        return cls(model_dir / "embedding-cache" / "passages.sqlite3")

    def embed_passages(self, encoder: Encoder, texts: list[str]) -> np.ndarray:
        """Like `encoder.embed_passages`, reading and filling the cache."""
        if not texts:
            return np.zeros((0, encoder.dim), dtype=np.float32)
        # Encoder.signature tells the runtimes apart; stand-ins in tests may have a model only.
        signature = getattr(encoder, "signature", encoder.model)
        salt = f"{signature}\x00{encoder.passage_prompt}\x00"
        keys = [hashlib.sha256((salt + t).encode("utf-8")).digest() for t in texts]
        found = self._get(set(keys))
        out = np.zeros((len(texts), encoder.dim), dtype=np.float32)
        todo: dict[bytes, list[int]] = {}
        for i, key in enumerate(keys):
            vector = found.get(key)
            if vector is not None and vector.shape[0] == out.shape[1]:
                out[i] = vector
            else:
                todo.setdefault(key, []).append(i)
        missing = list(todo.items())
        self.hits += len(texts) - len(missing)  # repeats within the call count as hits
        for start in range(0, len(missing), self._BATCH):
            batch = missing[start : start + self._BATCH]
            vectors = encoder.embed_passages([texts[rows[0]] for _, rows in batch])
            for (_, rows), vector in zip(batch, vectors, strict=True):
                out[rows] = vector
            self._put([(key, vector) for (key, _), vector in zip(batch, vectors, strict=True)])
            self.misses += len(batch)
            if len(missing) > self._BATCH:
                logger.info("Embedded %d/%d new chunks", start + len(batch), len(missing))
        return out

    def _get(self, keys: set[bytes]) -> dict[bytes, np.ndarray]:
        found: dict[bytes, np.ndarray] = {}
        ordered = list(keys)
        with self._lock:
            for start in range(0, len(ordered), 500):
                part = ordered[start : start + 500]
                marks = ",".join("?" * len(part))
                rows = self._conn.execute(
                    f"SELECT key, vector FROM vectors WHERE key IN ({marks})", part
                ).fetchall()
                for key, blob in rows:
                    found[key] = np.frombuffer(blob, dtype=np.float32)
        return found

    def _put(self, items: list[tuple[bytes, np.ndarray]]) -> None:
        with self._lock:
            self._conn.executemany(
                "INSERT OR REPLACE INTO vectors (key, vector) VALUES (?, ?)",
                [(key, np.asarray(v, dtype=np.float32).tobytes()) for key, v in items],
            )
            self._conn.commit()

    def close(self) -> None:
        with self._lock:
            self._conn.close()

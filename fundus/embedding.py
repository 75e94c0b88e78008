"""The dense encoder, loaded once per process and shared by ingestion and search.

One instance serves both sides so a process never holds the model twice; Haystack's
SentenceTransformers embedders would each load their own copy.
"""

from __future__ import annotations

import logging
import os
import threading
from collections import OrderedDict
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from fundus.model_prepare import resolve_model_path

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

logger = logging.getLogger(__name__)

# E5-family models need these prefixes; models that declare prompts in their own config use those.
_E5_PROMPTS = {"query": "query: ", "passage": "passage: "}


class Encoder:
    """Cheap to construct; `warm_up()` loads the model (models are never fetched from a hub)."""

    def __init__(self, model: str, model_dir: Path, *, threads: int = 1, batch_size: int = 16):
        self.model = model
        self.model_dir = model_dir
        self.threads = threads
        self.batch_size = batch_size
        self._st: SentenceTransformer | None = None
        self._prompts: dict[str, str] = {}
        self._query_cache: OrderedDict[str, list[float]] = OrderedDict()
        self._lock = threading.Lock()

    def warm_up(self) -> None:
        if self._st is not None:
            return
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        import torch
        from sentence_transformers import SentenceTransformer

        torch.set_num_threads(self.threads)
        path = resolve_model_path(self.model, self.model_dir)
        logger.info("Loading embedding model %s", path)
        st = SentenceTransformer(path, device="cpu")
        prompts = dict(st.prompts or {})
        if not {"query", "passage"} <= prompts.keys() and "e5" in self.model.lower():
            prompts = {**_E5_PROMPTS, **prompts}
        self._prompts = prompts
        self._st = st

    @property
    def st(self) -> SentenceTransformer:
        self.warm_up()
        assert self._st is not None
        return self._st

    @property
    def dim(self) -> int:
        dim = self.st.get_embedding_dimension()
        assert dim is not None
        return int(dim)

    @property
    def name(self) -> str:
        return self.model

    def _encode(self, texts: list[str], kind: str, batch_size: int) -> np.ndarray:
        prompt = self._prompts.get(kind)
        kwargs: dict[str, Any] = {"prompt": prompt} if prompt else {}
        return self.st.encode(
            texts,
            batch_size=batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
            **kwargs,
        )

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

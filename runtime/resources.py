"""The heavy objects a process needs (index, database, encoders), opened lazily and once.

Entrypoints (CLI command, API lifespan, evaluation) create one `Resources` and close it; library
functions take it as an argument, so there is no hidden global state.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import cached_property
from typing import TYPE_CHECKING

from core.settings import Settings

logger = logging.getLogger(__name__)

if TYPE_CHECKING:
    from sqlalchemy.orm import sessionmaker

    from encoder.embedding import EmbeddingCache, Encoder
    from index.protocol import CollectionSpec, VectorStore
    from index.sparse_encoder import SparseEncoder
    from index.thesaurus import Thesaurus
    from search.retrieval import Searcher


class Resources:
    def __init__(
        self,
        settings: Settings,
        *,
        collection: str | None = None,
        threads: int | None = None,
        encoder: Encoder | None = None,
    ) -> None:
        """`encoder` lets several Resources (tests, evaluation collections) share one model."""
        self.settings = settings
        self.collection = collection or settings.collection
        self.threads = threads or settings.threads
        if encoder is not None:
            self.__dict__["encoder"] = encoder
        # Called with the ids of documents written or changed (ingestion, staff edits); the
        # process that owns this object subscribes notification (notify/worker.py) here, so
        # the layers that write documents never import the ones that react to them.
        self.document_listeners: list[Callable[[list[str]], None]] = []

    def announce(self, document_ids: list[str]) -> None:
        """Tell every listener these documents changed; a listener's failure is logged, never
        raised: the documents are already saved."""
        for listener in self.document_listeners:
            try:
                listener(list(document_ids))
            except Exception:
                logger.exception("A document listener failed on %d documents", len(document_ids))

    @cached_property
    def store(self) -> VectorStore:
        from index import open_store

        return open_store(self.settings, self.collection)

    @cached_property
    def db(self) -> sessionmaker:
        from core.database import open_database

        return open_database(self.settings)

    @cached_property
    def encoder(self) -> Encoder:
        from encoder.embedding import Encoder

        return Encoder(
            self.settings.embedding_model,
            self.settings.model_dir,
            threads=self.threads,
            batch_size=self.settings.batch_size,
            backend=self.settings.embedding_backend,
        )

    @cached_property
    def embedding_cache(self) -> EmbeddingCache | None:
        if not self.settings.embedding_cache:
            return None
        from encoder.embedding import EmbeddingCache

        return EmbeddingCache.in_model_dir(self.settings.model_dir)

    @cached_property
    def sparse_encoder(self) -> SparseEncoder:
        from index.sparse_encoder import SparseEncoder

        return SparseEncoder()

    @cached_property
    def searcher(self) -> Searcher:
        """The one search path (API, CLI, notices) with the configured fusion."""
        from search.retrieval import Searcher

        return Searcher(
            self.store,
            self.encoder,
            self.sparse_encoder,
            self.settings.fusion,
            thesaurus=self.thesaurus,
        )

    @cached_property
    def thesaurus(self) -> Thesaurus | None:
        """Query-side synonyms and abbreviations (FUNDUS_SYNONYMS_FILE); none if absent."""
        from index.thesaurus import Thesaurus

        path = self.settings.synonyms_file
        return Thesaurus.load(path) if path.is_file() else None

    def collection_spec(self) -> CollectionSpec:
        """What the collection must have been built with: the configured model and its size.

        Not the backend: int8 vectors of a model sit at cosine >= 0.99 to its fp32 ones and
        rank nearly alike, so an index built with either serves queries embedded with either.
        """
        from index.protocol import CollectionSpec

        return CollectionSpec(model=self.settings.embedding_model, dim=self.encoder.dim)

    def close(self) -> None:
        if "store" in self.__dict__:
            self.store.close()
        if "db" in self.__dict__:
            self.db.kw["bind"].dispose()
        cache = self.__dict__.get("embedding_cache")
        if cache is not None:
            cache.close()

    def __enter__(self) -> Resources:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

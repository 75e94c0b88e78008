"""Tag suggestions learned from what staff already tagged: the `Tagger` service.

The training set is the index itself - every indexed document's type, topics and Aktenplan
code with the vectors its first chunks already have in the store - so a confirmed upload or a
corrected PATCH is learned from on the next refresh without any separate training data.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, Field
from sqlalchemy import func, select

from core.citations import extract_citations
from core.tables import DocumentRow
from runtime.resources import Resources
from tagging.features import HEAD_CHUNKS, TagInput, embed_heads, stored_head_vectors

if TYPE_CHECKING:  # scikit-learn loads with the first suggestion, not with the API
    from tagging.model import ModelParams, TagModel

logger = logging.getLogger(__name__)

TASKS = {"doc_type": False, "topics": True, "aktenplan": False}
MIN_LABELLED = 3  # fewer labelled documents than this: no suggestions for the task
SUGGESTIONS_PER_FIELD = 5
# Candidates under this confidence are noise ("0 %"), not alternatives: never listed.
MIN_SHOWN = 0.05
# Below this many words (a short note) a guessed type or topic would be a guess from almost
# nothing, however confident the model sounds ("Rundschreiben 83 %" for five words).
MIN_WORDS = 25
WAIT_FOR_TRAINING_S = 15.0  # below the API's request time limit


class LabelScore(BaseModel):
    label: str
    confidence: float = Field(ge=0.0, le=1.0, description="Kalibrierte Wahrscheinlichkeit.")


class TagSuggestions(BaseModel):
    """Ranked candidates per field. `proposed_topics` are the topics above the learned
    threshold; a field in `unsicher_fields` has no candidate the model is sure enough of."""

    doc_type: list[LabelScore] = Field(default_factory=list)
    topics: list[LabelScore] = Field(default_factory=list)
    aktenplan: list[LabelScore] = Field(default_factory=list)
    proposed_topics: list[str] = Field(default_factory=list)
    unsicher: bool = True
    unsicher_fields: list[str] = Field(default_factory=list)
    threshold: float
    trained_on: int = 0
    ready: bool = Field(
        default=True, description="False: das Modell lernt noch; bitte gleich erneut versuchen."
    )
    too_short: bool = Field(
        default=False, description="True: zu wenig Text für Vorschläge; keine Kandidaten."
    )


class TaggerStatus(BaseModel):
    training: bool
    trained_on: int
    trained_at: float | None
    training_seconds: float | None
    stale: bool
    tasks: dict[str, dict[str, float | int]]


class Tagger:
    """One per process. Learns lazily on first use; when the documents change it relearns in
    the background and keeps answering with the previous model meanwhile."""

    def __init__(self, resources: Resources, params: ModelParams | None = None) -> None:
        from tagging.model import ModelParams

        self.resources = resources
        self.params = params or ModelParams()
        self._model: TagModel | None = None
        self._signature: tuple[Any, ...] | None = None
        self._trained_on = 0
        self._trained_at: float | None = None
        self._training_seconds: float | None = None
        self._vectors: dict[str, tuple[str, Any]] = {}  # id -> (content hash, vector)
        self._lock = threading.Lock()
        self._background: threading.Thread | None = None

    # -- public --------------------------------------------------------------------------

    def suggest(
        self, title: str, text: str, *, wait_s: float = WAIT_FOR_TRAINING_S
    ) -> TagSuggestions:
        """Ranked suggestions; with no model yet, waits up to `wait_s` for the first training
        (requests have a time limit) and otherwise answers "not ready", all fields unsicher."""
        model = self._current_model(wait_s)
        threshold = self.resources.settings.tag_min_confidence
        if model is None:
            return TagSuggestions(
                unsicher_fields=list(TASKS),
                threshold=threshold,
                trained_on=self._trained_on,
                ready=not self.training,
            )
        if len(text.split()) < MIN_WORDS:
            return TagSuggestions(
                unsicher_fields=list(TASKS),
                threshold=threshold,
                trained_on=self._trained_on,
                too_short=True,
            )
        settings = self.resources.settings
        vector = embed_heads(
            [(title, text)],
            self.resources.encoder,
            cache=self.resources.embedding_cache,
            chunk_words=settings.chunk_words,
            overlap_words=settings.chunk_overlap_words,
        )[0]
        doc = TagInput(title, text, vector, extract_citations(text))
        ranked = model.predict([doc], top=SUGGESTIONS_PER_FIELD)[0]
        out = TagSuggestions(threshold=threshold, trained_on=self._trained_on)
        for name in TASKS:
            scores = [
                LabelScore(label=label, confidence=p)
                for label, p in ranked.get(name, [])
                if p >= MIN_SHOWN
            ]
            setattr(out, name, scores)
            if not scores or scores[0].confidence < threshold:
                out.unsicher_fields.append(name)
        if out.topics:
            shown = {s.label for s in out.topics}
            out.proposed_topics = [
                t for t in model.chosen("topics", ranked["topics"]) if t in shown
            ]
        out.unsicher = bool({"doc_type", "topics"} & set(out.unsicher_fields))
        return out

    def refresh(self, *, force: bool = False) -> bool:
        """Relearn now if the documents changed (or `force`); True if it trained."""
        with self._lock:
            signature = self._read_signature()
            if not force and signature == self._signature:
                return False  # also when the last run found too little to learn from
            self._train(signature)
            return True

    def start(self) -> None:
        """Begin learning in the background (the capture page calls this on opening)."""
        if self._model is None:
            self._refresh_in_background()

    @property
    def training(self) -> bool:
        return self._background is not None and self._background.is_alive()

    def status(self) -> TaggerStatus:
        return TaggerStatus(
            training=self.training,
            trained_on=self._trained_on,
            trained_at=self._trained_at,
            training_seconds=self._training_seconds,
            stale=self._model is None or self._read_signature() != self._signature,
            tasks=self._model.describe() if self._model else {},
        )

    # -- internals -----------------------------------------------------------------------

    def _current_model(self, wait_s: float) -> TagModel | None:
        if self._model is None:
            self._refresh_in_background()
            if self._background is not None:
                self._background.join(timeout=wait_s)
        elif self._read_signature() != self._signature:
            self._refresh_in_background()
        return self._model

    def _refresh_in_background(self) -> None:
        if self.training:
            return

        def work() -> None:
            try:
                self.refresh()
            except Exception:  # the old model keeps serving; the next request tries again
                logger.exception("Relearning the tag model failed")

        self._background = threading.Thread(target=work, name="fundus-tagger", daemon=True)
        self._background.start()

    def _read_signature(self) -> tuple[Any, ...]:
        """Changes whenever an indexed document is added, removed or edited."""
        with self.resources.db() as session:
            row = session.execute(
                select(func.count(), func.max(DocumentRow.updated_at)).where(
                    DocumentRow.state == "indexed"
                )
            ).one()
        return (row[0], str(row[1]))

    def _train(self, signature: tuple[Any, ...]) -> None:
        from tagging.model import TagModel

        started = time.perf_counter()
        docs, labels = self._training_set()
        counts = {name: sum(1 for ls in labels[name] if ls) for name in TASKS}
        tasks = {name: multi for name, multi in TASKS.items() if counts[name] >= MIN_LABELLED}
        if not docs or not tasks:
            logger.info("Not enough tagged documents to learn from (%d)", len(docs))
            self._model, self._trained_on = None, len(docs)
            self._signature = signature
            return
        model = TagModel(tasks, self.params).fit(docs, {n: labels[n] for n in tasks})
        self._model, self._signature, self._trained_on = model, signature, len(docs)
        self._trained_at = time.time()
        self._training_seconds = round(time.perf_counter() - started, 2)
        logger.info(
            "Tag model trained on %d documents in %.1f s", len(docs), self._training_seconds
        )

    def _training_set(self) -> tuple[list[TagInput], dict[str, list[list[str]]]]:
        body_chars = self.params.body_chars
        with self.resources.db() as session:
            rows = session.execute(
                select(
                    DocumentRow.id,
                    DocumentRow.title,
                    func.substr(DocumentRow.text, 1, body_chars),
                    DocumentRow.doc_type,
                    DocumentRow.meta,
                    DocumentRow.content_hash,
                ).where(DocumentRow.state == "indexed")
            ).all()
        vectors = self._vectors_for({r[0]: r[5] for r in rows})
        docs: list[TagInput] = []
        labels: dict[str, list[list[str]]] = {name: [] for name in TASKS}
        for doc_id, title, text, doc_type, meta, _ in rows:
            if doc_id not in vectors:
                continue
            docs.append(TagInput(title, text or "", vectors[doc_id], meta.get("citations") or []))
            labels["doc_type"].append([doc_type] if doc_type else [])
            labels["topics"].append([str(t) for t in meta.get("topics") or []])
            labels["aktenplan"].append([str(meta["aktenplan"])] if meta.get("aktenplan") else [])
        return docs, labels

    def _vectors_for(self, hashes: dict[str, str]) -> dict[str, Any]:
        """Vectors only change when a document's text does, so they are kept between runs."""
        wanted = {d for d, h in hashes.items() if self._vectors.get(d, ("", None))[0] != h}
        if wanted:
            for doc_id, vector in stored_head_vectors(
                self.resources.store, wanted, chunks=HEAD_CHUNKS
            ).items():
                self._vectors[doc_id] = (hashes[doc_id], vector)
        for gone in set(self._vectors) - set(hashes):
            del self._vectors[gone]
        return {d: v for d, (_, v) in self._vectors.items() if d in hashes}

"""`fundus reindex`: rebuild the collection from the documents in the relational store.

Needed after changing the embedding model or chunking: the stored text and metadata are the
source, so JSONL rows (which have no original file) are rebuilt too.
"""

from __future__ import annotations

from haystack import Document as HDocument
from sqlalchemy import select
from tqdm import tqdm

from core.models import Document
from core.tables import DocumentRow
from ingest.pipeline import build_writing_pipeline
from runtime.resources import Resources

_BATCH = 16


def reindex_all(resources: Resources) -> int:
    resources.encoder.warm_up()
    resources.store.drop_collection()
    resources.store.ensure_collection(resources.collection_spec())
    pipeline = build_writing_pipeline(resources, first="chunker")
    with resources.db() as session:
        rows = list(session.scalars(select(DocumentRow).order_by(DocumentRow.id)))
    for start in tqdm(range(0, len(rows), _BATCH), desc="Neu indexieren", unit="Stapel"):
        documents = []
        for row in rows[start : start + _BATCH]:
            doc = Document.model_validate({**row.meta, "text": row.text})
            documents.append(
                HDocument(content=row.text, meta={"document": doc, "fingerprint": row.fingerprint})
            )
        pipeline.run({"chunker": {"documents": documents}})
    resources.store.optimize()  # HNSW where it pays, as ingest
    return len(rows)

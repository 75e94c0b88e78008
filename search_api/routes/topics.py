from __future__ import annotations

from collections import Counter

from fastapi import APIRouter
from sqlalchemy import select

from core.schemas import (
    AktenplanNode,
    ReferatOut,
    TaxonomyOut,
    TopicOut,
)
from core.tables import DocumentRow
from core.taxonomy import load_taxonomy
from search_api.http.deps import AccessDep, ResourcesDep

router = APIRouter(prefix="/topics", tags=["Themen"])


@router.get("", response_model=TaxonomyOut)
def topics(resources: ResourcesDep, access: AccessDep) -> TaxonomyOut:
    """Topics grouped by Referat with the number of documents the caller may see."""
    taxonomy = load_taxonomy(resources.settings.taxonomy_file)
    counts: Counter[str] = Counter()
    with resources.db() as session:
        for meta in session.scalars(
            select(DocumentRow.meta).where(
                DocumentRow.state == "indexed", DocumentRow.access.in_(sorted(access))
            )
        ):
            counts.update(set(meta.get("topics") or []))
    referate = [
        ReferatOut(
            id=r.id,
            name=r.name,
            ansprechpartner=r.ansprechpartner,
            topics=[
                TopicOut(id=t.id, name=t.name, documents=counts.get(t.id, 0)) for t in r.topics
            ],
        )
        for r in taxonomy.referate
    ]
    aktenplan = [AktenplanNode(code=n.code, title=n.title) for n in taxonomy.aktenplan]
    return TaxonomyOut(referate=referate, aktenplan=aktenplan)

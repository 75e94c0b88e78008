from __future__ import annotations

from collections import Counter
from pathlib import Path

import yaml
from fastapi import APIRouter
from sqlalchemy import select

from fundus.db.tables import DocumentRow
from search_api.deps import AccessDep, ResourcesDep
from search_api.schemas import AktenplanNode, ReferatOut, TaxonomyOut, TopicOut

router = APIRouter(prefix="/topics", tags=["Themen"])


def load_taxonomy(path: Path) -> dict:  # type: ignore[type-arg]
    if not path.exists():
        return {"referate": [], "aktenplan": []}
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


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
            id=r["id"],
            name=r["name"],
            ansprechpartner=r.get("ansprechpartner"),
            topics=[
                TopicOut(id=t["id"], name=t["name"], documents=counts.get(t["id"], 0))
                for t in r.get("topics", [])
            ],
        )
        for r in taxonomy.get("referate", [])
    ]
    aktenplan = [
        AktenplanNode(code=str(n["code"]), title=n["title"]) for n in taxonomy.get("aktenplan", [])
    ]
    return TaxonomyOut(referate=referate, aktenplan=aktenplan)

"""Version facts of a document (core/lifecycle.py): front matter, staff edits, text cues."""

from __future__ import annotations

import datetime as dt

from core.lifecycle import CURRENT, SUPERSEDED, lifecycle
from core.models import Document, document_payload


def test_front_matter_links_and_dates() -> None:
    facts = lifecycle({"superseded_by": "ms-kita-2026", "valid_to": "2026-12-31"})
    assert facts.superseded_by == "ms-kita-2026" and facts.version == SUPERSEDED
    assert facts.valid_to == dt.date(2026, 12, 31)
    assert lifecycle({"supersedes": ["a", "b"]}).supersedes == ["a", "b"]
    assert lifecycle({"supersedes": "a, b"}).supersedes == ["a", "b"]
    assert lifecycle({}).version == CURRENT  # a draft is current until something replaces it


def test_text_cues() -> None:
    text = (
        "Dieses Rundschreiben ersetzt Rundschreiben Nr. 41/2025. "
        "Um Rückmeldung wird bis zum 15. Januar 2027 gebeten."
    )
    facts = lifecycle({}, text)
    assert facts.supersedes == ["41/2025"]
    assert facts.deadline == dt.date(2027, 1, 15)
    assert lifecycle({}, "Frist: 3.2.2027").deadline == dt.date(2027, 2, 3)
    assert lifecycle({}, "Die Satzung ersetzt keine Genehmigung.").supersedes == []


def test_payload_carries_the_version_fields() -> None:
    doc = Document(
        id="d",
        source="t",
        source_key="k",
        title="Alt",
        content_hash="h",
        valid_from=dt.date(2027, 1, 1),
        extra={"superseded_by": "neu", "frist": "2027-01-15"},
    )
    payload = document_payload(doc)
    assert payload["version"] == SUPERSEDED and payload["superseded_by"] == "neu"
    assert payload["valid_from"] == "2027-01-01" and payload["frist"] == "2027-01-15"

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


def test_own_expiry_from_the_text() -> None:
    """ "tritt … außer Kraft" about the text itself sets `valid_to`; about another text
    (the statute it replaces) it does not."""
    own = [
        (
            "Die Richtlinie tritt am 1. März 2025 in Kraft und mit Ablauf des "
            "31. Dezember 2028 außer Kraft.",
            dt.date(2028, 12, 31),
        ),
        (
            "§ 9 Inkrafttreten\nDiese Satzung tritt am 31.12.2027 außer Kraft.",
            dt.date(2027, 12, 31),
        ),
        ("Sie tritt mit Ablauf des 30. Juni 2026 ausser Kraft.", dt.date(2026, 6, 30)),
    ]
    for text, expected in own:
        assert lifecycle({}, text).valid_to == expected, text
    other = [
        "Diese Satzung tritt am 1. Januar 2024 in Kraft. Gleichzeitig tritt die "
        "Hundesteuersatzung vom [Datum] außer Kraft.",
        "Die bisherige Reisekostenregelung vom 14. März 2019 tritt gleichzeitig außer Kraft.",
        "Die Satzung vom 3. Mai 2019 tritt am 31. Dezember 2025 außer Kraft.",
        "Gleichzeitig tritt die Satzung vom 3. Mai 2019 am 31. Dezember 2025 außer Kraft.",
        "Diese Satzung tritt am 1. Januar 2024 in Kraft.",
    ]
    for text in other:
        assert lifecycle({}, text).valid_to is None, text
    # front matter wins over the text
    assert lifecycle({"valid_to": "2030-01-01"}, own[0][0]).valid_to == dt.date(2030, 1, 1)


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

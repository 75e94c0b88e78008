"""The issuer ("Kommune") of a document: stated, or read from a municipal statute only."""

from __future__ import annotations

from ingest.metadata import build_meta


def _issuer(raw: dict[str, object], text: str) -> str | None:
    return build_meta(raw, text, fallback_title="x", default_access="members").issuer


def test_a_statute_names_its_municipality() -> None:
    raw = {"title": "Hundesteuersatzung der Gemeinde Aichelberg", "doc_type": "Satzung"}
    assert _issuer(raw, "§ 1 Steuergegenstand ...") == "Gemeinde Aichelberg"


def test_stated_in_front_matter_or_by_oparl() -> None:
    raw = {"title": "Beschlussvorlage Kita-Gebühren", "kommune": "Stadt Musterstadt"}
    assert _issuer(raw, "Die Verwaltung schlägt vor ...") == "Stadt Musterstadt"


def test_a_circular_naming_a_city_is_not_that_citys() -> None:
    raw = {"title": "Rundschreiben Nr. 12/2026", "doc_type": "Rundschreiben"}
    text = "Die Stadt Musterstadt hat als erste Kommune die Gebühren gesenkt."
    assert _issuer(raw, text) is None

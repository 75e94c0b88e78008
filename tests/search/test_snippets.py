"""Snippets show why a document matched (issue 15, point 4): the passage with the most
lexical evidence, marked the way the sparse channel matched, no boilerplate, no filler."""

from __future__ import annotations

from typing import Any

from index.protocol import ScoredPoint
from index.sparse_encoder import SparseEncoder
from search.retrieval import Searcher


class _Store:
    """`scroll` gives the sample `_common_terms` reads: "Stadt" in every chunk."""

    def scroll(self, flt: Any, *, limit: int = 256) -> tuple[list[ScoredPoint], None]:
        texts = [f"Die Stadt regelt Thema {i}." for i in range(40)]
        return [
            ScoredPoint(id=str(i), score=0.0, payload={"text": t}) for i, t in enumerate(texts)
        ], None


def _searcher() -> Searcher:
    return Searcher(_Store(), None, SparseEncoder())  # type: ignore[arg-type]


def _snippet(query: str, text: str) -> str:
    searcher = _searcher()
    return searcher.snippet(text, searcher._query_terms(query))


def test_folded_umlauts_and_stems_are_marked() -> None:
    snippet = _snippet("Gebuehren Kita", "Für die Benutzung werden Gebühren erhoben.")
    assert "<mark>Gebühren</mark>" in snippet


def test_compound_parts_mark_the_compound_and_the_parts_the_sparse_channel_matched() -> None:
    text = "Die Straßenausbaubeitragssatzung gilt. Die Straßenreinigung ist geregelt."
    snippet = _snippet("Straßenausbaubeiträge", text)
    assert "<mark>Straßenausbaubeitragssatzung</mark>" in snippet
    assert "<mark>Straßenreinigung" not in snippet  # one shared part is no match
    # a word that is a part of the query compound is marked ("Grabmale", "Höhe") ...
    grave = _snippet("Grabmalhöhe", "Grabmale dürfen eine Höhe von 110 cm nicht überschreiten.")
    assert "<mark>Grabmale</mark>" in grave and "<mark>Höhe</mark>" in grave
    # ... but the passage naming the compound itself wins
    filler = " ".join(["Weitere Bestimmungen folgen hier."] * 12)
    both = _snippet("Grabmalhöhe", f"Die Höhe der Gebühr. {filler} Die Grabmalhöhe ist begrenzt.")
    assert "<mark>Grabmalhöhe</mark>" in both


def test_stopwords_and_common_words_are_never_marked() -> None:
    snippet = _snippet("Wie regelt die Stadt die Hundesteuer", "Die Stadt erhebt eine Hundesteuer.")
    assert "<mark>Hundesteuer</mark>." in snippet
    assert "<mark>Stadt</mark>" not in snippet and "<mark>Die</mark>" not in snippet


def test_the_passage_with_most_evidence_wins_and_boilerplate_only_when_asked() -> None:
    filler = " ".join(["Weitere Bestimmungen folgen hier."] * 12)
    text = (
        "Diese Satzung über Gebühren für die Kita tritt am 1. Januar 2027 in Kraft. "
        + filler
        + " Die Gebühren richten sich nach dem Einkommen."
    )
    snippet = _snippet("Gebühren Kita", text)
    assert "Einkommen" in snippet and "in Kraft" not in snippet
    assert "in Kraft" in _snippet("Inkrafttreten Gebühren Kita", text)
    best = _snippet("Gebühren Kita", "Eine Gebühr. " + filler + " Gebühren für die Kita.")
    assert "<mark>Kita</mark>." in best  # two query terms beat one


def test_html_is_escaped_before_marking() -> None:
    assert "&lt;b&gt;" in _snippet("Gebühr", "<b>Gebühr</b> wird erhoben")


def test_the_pieces_of_a_hyphenated_query_word_are_words_the_user_typed() -> None:
    """ "Kita-Gebühren": "Benutzungsgebühren" in a statute stands for "Gebühren" (one shared
    part of two compounds would not count), and punctuation stays outside the mark."""
    text = "Für die Benutzung werden Benutzungsgebühren (Elternbeiträge) erhoben."
    snippet = _snippet("Kita-Gebühren", text)
    assert "<mark>Benutzungsgebühren</mark>" in snippet
    assert "(Elternbeiträge)" in snippet and "<mark>(" not in snippet
    quoted = _snippet("Hundesteuer", "Die „Hundesteuer“, erhoben seit 1990.")
    assert "„<mark>Hundesteuer</mark>“," in quoted

"""Query-side synonyms and abbreviations (index/thesaurus.py) and the reviewed list."""

from __future__ import annotations

from pathlib import Path

from index.thesaurus import Thesaurus

LIST = Path(__file__).resolve().parents[2] / "corpus" / "synonyms.txt"


def test_the_reviewed_list_expands_everyday_words() -> None:
    thesaurus = Thesaurus.load(LIST)
    assert "Kindertageseinrichtung" in thesaurus.expansions("Gebühren für Kitas")
    assert "Kita" in thesaurus.expansions("Kindertagesstätte Gebühren")
    assert "Oberbürgermeister" in thesaurus.expansions("Wer vertritt den OB?")
    assert "Kommunalabgabengesetz" in thesaurus.expansions("§ 5 KAG")
    assert "Straßenausbaubeitrag" in thesaurus.expansions("StrABS abschaffen")


def test_capitals_only_members_need_capitals() -> None:
    thesaurus = Thesaurus([["OB", "Oberbürgermeister"]])
    assert thesaurus.expansions("ob das geht") == []
    assert thesaurus.expansions("OB Wahl") == ["Oberbürgermeister"]


def test_typed_members_are_not_added_again() -> None:
    thesaurus = Thesaurus([["Kita", "Kindertagesstätte"]])
    assert thesaurus.expansions("Kita und Kindertagesstätte") == []


def test_the_pieces_of_a_hyphenated_word_are_looked_up() -> None:
    """ "Kita-Gebühren" asks for Kita: the joined word is in no group, its pieces are."""
    thesaurus = Thesaurus.load(LIST)
    assert "Kindertageseinrichtung" in thesaurus.expansions("Wie hoch sind Kita-Gebühren?")
    assert thesaurus.expansions("Kita-Gebühren") == thesaurus.expansions("Kita Gebühren")
    # a truncated word ("Straßen- und Wegebau") is not split into pieces
    assert thesaurus.expansions("Straßen- und Wegebau") == []

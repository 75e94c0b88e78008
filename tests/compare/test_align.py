"""Alignment case by case: the aligner sees section bodies only (no numbers, no headings)."""

from __future__ import annotations

from compare.align import align
from compare.sections import split_sections
from tests.compare.statutes import CLAUSES, statute

KEYS = [
    "gegenstand",
    "schuldner",
    "beginn",
    "satz",
    "befreiung",
    "zwinger",
    "anzeige",
    "marken",
    "inkraft",
]


def bodies(text: str) -> list[str]:
    return [s.text for s in split_sections(text)]


def test_identical_statutes_align_one_to_one() -> None:
    a = bodies(statute(KEYS))
    result = align(a, a)
    assert result.pairs() == {(i, i) for i in range(len(KEYS))}
    assert result.only_a == result.only_b == []


def test_renumbered_and_reordered_sections_align_by_content() -> None:
    other = [
        "gegenstand",
        "schuldner",
        "beginn",
        "befreiung",
        "satz",
        "anzeige",
        "zwinger",
        "marken",
        "inkraft",
    ]
    result = align(bodies(statute(KEYS)), bodies(statute(other, start=3)))
    expected = {(KEYS.index(k), other.index(k)) for k in KEYS}
    assert result.pairs() == expected


def test_missing_clause_is_reported_on_one_side() -> None:
    without = [k for k in KEYS if k != "zwinger"]
    result = align(bodies(statute(KEYS)), bodies(statute(without)))
    assert result.only_a == [KEYS.index("zwinger")]
    assert result.only_b == []
    assert len(result.pairs()) == len(without)


def test_clause_split_into_two_is_one_to_many() -> None:
    first, second = CLAUSES["satz"][1].split(" (2) ")
    split = statute(KEYS[:3] + ["satz", "satz"] + KEYS[4:])
    text = split.replace(CLAUSES["satz"][1], first, 1)
    text = text.replace(CLAUSES["satz"][1], "(1) " + second, 1)
    result = align(bodies(statute(KEYS)), bodies(text))
    satz = KEYS.index("satz")
    group = next(g for g in result.groups if satz in g.a)
    assert group.b == [satz, satz + 1]
    assert result.only_b == []


def test_changed_wording_still_matches() -> None:
    changed = {
        "satz": "(1) Die Steuer beträgt jährlich für den ersten Hund 108 Euro, für jeden weiteren Hund 216 Euro. (2) Kampfhunde: 720 Euro."
    }
    result = align(bodies(statute(KEYS)), bodies(statute(KEYS, overrides=changed)))
    assert (KEYS.index("satz"), KEYS.index("satz")) in result.pairs()


def test_empty_sides() -> None:
    result = align([], ["x"])
    assert result.groups == [] and result.only_b == [0]

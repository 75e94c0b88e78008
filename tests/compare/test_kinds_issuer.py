from __future__ import annotations

import pytest

from compare.kinds import kind_of
from ingest.issuer import issuer_of


@pytest.mark.parametrize(
    ("title", "key"),
    [
        ("Satzung über die Erhebung der Hundesteuer", "hundesteuer"),
        ("Hundesteuersatzung", "hundesteuer"),
        ("Gemeinde Linsengericht: hundesteuersatzung-2017-03-21-original", "hundesteuer"),
        (
            "Satzung zur Regelung des Kostenersatzes für Leistungen der Freiwilligen Feuerwehr",
            "feuerwehr_kostenersatz",
        ),
        ("Gemeinde Linsengericht: feuerwehrgebuehrensatzung-2018", "feuerwehr_kostenersatz"),
        ("Feuerwehrsatzung der Gemeinde Bad Boll", "feuerwehr"),
        ("Friedhofsatzung (Friedhofsordnung und Bestattungsgebührensatzung)", "friedhof"),
        ("Gemeinde Linsengericht: entwaesserungssatzung-vom-21.03.2017", "abwasser"),
        ("Satzung zur Aufhebung der Satzung über die Erhebung einer Feuerwehrabgabe", "aufhebung"),
    ],
)
def test_kind_across_spellings(title: str, key: str) -> None:
    kind = kind_of(title)
    assert kind is not None and kind.key == key


def test_kind_from_content_when_title_is_generic() -> None:
    text = "Satzung über die Erhebung der Hundesteuer\n\n§ 1 Steuergegenstand ..."
    kind = kind_of("Satzung vom 3. März 2020", "Satzung", text)
    assert kind is not None and kind.key == "hundesteuer"
    assert kind_of("Rundschreiben 12/2026", "Rundschreiben", text) is None


@pytest.mark.parametrize(
    ("title", "text", "label"),
    [
        ("Friedhofssatzung der Gemeinde Aichelberg", "", "Gemeinde Aichelberg"),
        ("Satzung über die Erhebung der Hundesteuer in der Stadt Konstanz", "", "Stadt Konstanz"),
        (
            "Satzung über die Erhebung der Hundesteuer in Zell u. A.",
            "---\ngemeinde: Zell u. A.\n---\n",
            "Gemeinde Zell u. A.",
        ),
        ("Hauptsatzung des Landkreises Göppingen", "", "Landkreis Göppingen"),
        (
            "hundesteuer.pdf",
            "GEMEINDE\n\nLINSENGERICHT\n\nDER GEMEINDEVORSTAND",
            "Gemeinde Linsengericht",
        ),
        (
            "Satzung",
            "hat der Gemeinderat der Gemeinde Bad Boll am 1. März folgende Satzung beschlossen",
            "Gemeinde Bad Boll",
        ),
    ],
)
def test_issuer(title: str, text: str, label: str) -> None:
    found = issuer_of(title, text)
    assert found is not None and found.label == label


def test_issuer_from_metadata_wins() -> None:
    found = issuer_of("Hundesteuersatzung", "", {"issuer": "Stadt Musterstadt"})
    assert found is not None and found.label == "Stadt Musterstadt"

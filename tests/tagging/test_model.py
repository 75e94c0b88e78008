"""The tag model on small synthetic data (no embedding model needed), and label reading."""

from __future__ import annotations

import numpy as np
import pytest

from tagging.evaluate import LabelledFile, _ece, _title_rule, labels_of
from tagging.features import TagInput
from tagging.model import ModelParams, TagModel, macro_f1, micro_f1

TOPICS = {
    "hund": ("Hundesteuer", "Hund Halter Steuer Befreiung Kampfhund"),
    "kita": ("Elternbeiträge Kita", "Kindertagesstätte Beitrag Eltern Betreuung Kind"),
    "friedhof": ("Friedhofsgebühren", "Grab Bestattung Urne Ruhezeit Friedhof"),
}


def _corpus(
    n_per_topic: int = 15, seed: int = 3
) -> tuple[list[TagInput], dict[str, list[list[str]]]]:
    rng = np.random.default_rng(seed)
    centres = {t: rng.normal(size=16) for t in TOPICS}
    docs, types, topics = [], [], []
    for i in range(n_per_topic):
        for topic, (title, words) in TOPICS.items():
            kind = "Satzung" if i % 2 else "Rundschreiben"
            vector = centres[topic] + 0.3 * rng.normal(size=16)
            vector /= np.linalg.norm(vector)
            docs.append(TagInput(f"{kind} {title} {i}", f"{words} {words} Nummer {i}", vector))
            types.append([kind])
            topics.append([topic, "gebuehren"] if topic != "kita" else [topic])
    return docs, {"doc_type": types, "topics": topics}


def test_learns_types_and_topics_with_calibrated_scores() -> None:
    docs, labels = _corpus()
    model = TagModel({"doc_type": False, "topics": True}).fit(docs, labels)
    test = [TagInput("Satzung Hundesteuer neu", "Hund Halter Steuer", docs[0].vector)]
    ranked = model.predict(test, top=3)[0]
    assert ranked["doc_type"][0][0] == "Satzung"
    assert abs(sum(p for _, p in model.predict(test, top=10)[0]["doc_type"]) - 1.0) < 1e-6
    assert {label for label, _ in ranked["topics"][:2]} == {"hund", "gebuehren"}
    assert all(0.0 <= p <= 1.0 for _, p in ranked["topics"])
    assert set(model.chosen("topics", ranked["topics"])) == {"hund", "gebuehren"}
    described = model.describe()
    assert described["topics"]["documents"] == 45 and described["doc_type"]["labels"] == 2


def test_unlabelled_documents_do_not_count_for_a_task() -> None:
    docs, labels = _corpus()
    labels["topics"] = [t if i % 3 else [] for i, t in enumerate(labels["topics"])]
    model = TagModel({"doc_type": False, "topics": True}).fit(docs, labels)
    assert model.describe()["topics"]["documents"] == 30


@pytest.mark.parametrize("blend", [0.0, 1.0])
def test_pure_knn_and_pure_linear_also_work(blend: float) -> None:
    docs, labels = _corpus()
    model = TagModel({"topics": True}, ModelParams(fixed_blend=blend)).fit(docs, labels)
    assert model.describe()["topics"]["blend"] == blend
    assert model.predict([docs[1]])[0]["topics"][0][0] == "kita"


def test_tiny_training_sets_skip_calibration() -> None:
    docs, labels = _corpus(n_per_topic=2)
    model = TagModel({"doc_type": False, "topics": True}).fit(docs, labels)
    assert model.describe()["doc_type"]["temperature"] == 1.0
    assert model.predict([docs[0]])[0]["doc_type"]


def test_f1_helpers() -> None:
    y = np.array([[1, 0, 1], [0, 1, 0]])
    chosen = np.array([[True, False, False], [False, True, True]])
    assert micro_f1(chosen, y) == pytest.approx(2 * 2 / (2 * 2 + 1 + 1))
    assert macro_f1(chosen, y) == pytest.approx((1.0 + 1.0 + 0.0) / 3)
    assert _ece([0.9, 0.9], [True, False]) == pytest.approx(0.4)


def test_labels_from_front_matter() -> None:
    ragsource = {"titel": "x", "rechtsnatur": "Richtlinien", "extensions": ["Kommunalrecht"]}
    assert labels_of(ragsource) == {
        "doc_type": ["Richtlinie"], "topics": ["Kommunalrecht"], "aktenplan": [], "ebene": [],
    }  # fmt: skip
    assert labels_of({"rechtsnatur": "technische_regel"})["doc_type"] == ["Verwaltungsvorschrift"]
    assert labels_of({"rechtsnatur": "Gesellschaftsvertrag"})["doc_type"] == ["Sonstiges"]
    assert labels_of({"titel": "Satzung"})["doc_type"] == []  # missing, not "Sonstiges"
    fundus = {
        "doc_type": "Rundschreiben",
        "topics": "grundsteuer, kommunalfinanzen",
        "aktenplan": "20.30",
    }
    assert labels_of(fundus)["topics"] == ["grundsteuer", "kommunalfinanzen"]
    assert labels_of(fundus)["aktenplan"] == ["20.30"]


def test_title_keyword_baseline() -> None:
    train = [
        LabelledFile(path=str(i), title=t, text="", labels={"topics": ls, "doc_type": []})
        for i, (t, ls) in enumerate(
            [("Hundesteuersatzung Stadt", ["steuer"]), ("Friedhofssatzung Stadt", ["friedhof"])] * 2
        )
    ]
    rule = _title_rule("topics", train, True)
    assert rule("Neue Friedhofssatzung")[0][0] == "friedhof"
    type_rule = _title_rule("doc_type", train, False)
    assert type_rule("Polizeiverordnung") == [("Verordnung", 1.0)]

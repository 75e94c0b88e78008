from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import index.sparse_encoder as sparse_encoder
from index.sparse_encoder import SparseEncoder, SparseVector, term_index

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def encoder() -> SparseEncoder:
    return SparseEncoder()


def weights(vector: SparseVector) -> dict[int, float]:
    return dict(zip(vector.indices, vector.values, strict=True))


def weight_of(vector: SparseVector, term: str) -> float:
    return weights(vector).get(term_index(term), 0.0)


# --- hashing ------------------------------------------------------------------------------------


def test_term_index_is_pinned() -> None:
    # CRC-32 of the UTF-8 bytes. If this changes, every stored sparse vector is garbage.
    assert term_index("gebuhr") == 635110128
    assert term_index("§5") == 3667883313


def test_term_index_is_unsigned_32_bit() -> None:
    for term in ["a", "gebuhr", "§5", "sgb_viii", "41/2025", "ä" * 50]:
        assert 0 <= term_index(term) < 2**32


def test_indices_stable_across_instances() -> None:
    text = "Die Straßenreinigungsgebühren nach § 5 KAG, Rundschreiben 41/2025."
    assert SparseEncoder().encode_document(text) == SparseEncoder().encode_document(text)
    assert SparseEncoder().encode_query(text) == SparseEncoder().encode_query(text)


def test_indices_stable_across_processes() -> None:
    text = "Hundesteuersatzung der Gemeinde, § 3 Abs. 2 KAG"
    code = (
        "import json, sys; from index.sparse_encoder import SparseEncoder; "
        "v = SparseEncoder().encode_document(sys.argv[1]); print(json.dumps(v.indices))"
    )
    runs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(REPO)}
        out = subprocess.run(
            [sys.executable, "-c", code, text],
            capture_output=True,
            text=True,
            check=True,
            env=env,
            cwd=REPO,
        )
        runs.append(json.loads(out.stdout))
    assert runs[0] == runs[1] == SparseEncoder().encode_document(text).indices


def test_collisions_are_merged_by_summing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sparse_encoder, "term_index", lambda term: 7)
    vector = SparseEncoder().encode_query("Hund Katze Maus")
    assert vector.indices == [7]
    assert vector.values == [pytest.approx(3.0)]


# --- vector shape -------------------------------------------------------------------------------


def test_vector_is_sorted_unique_and_positive(encoder: SparseEncoder) -> None:
    vector = encoder.encode_document("Hund Katze Hund Maus Hundesteuer Hund")
    assert vector.indices == sorted(set(vector.indices))
    assert len(vector.indices) == len(vector.values) == len(vector)
    assert all(v > 0 for v in vector.values)


def test_empty_text_gives_empty_vector(encoder: SparseEncoder) -> None:
    assert encoder.encode_document("") == SparseVector(indices=[], values=[])
    assert encoder.encode_query("der die das") == SparseVector(indices=[], values=[])


def test_sparse_vector_is_frozen() -> None:
    vector = SparseVector(indices=[1], values=[1.0])
    with pytest.raises(dataclasses.FrozenInstanceError):
        vector.indices = [2]  # type: ignore[misc]


def test_batch_equals_single(encoder: SparseEncoder) -> None:
    texts = ["Hundesteuer", "Gebühren für Straßenreinigung", ""]
    assert encoder.encode_documents(texts) == [encoder.encode_document(t) for t in texts]
    assert encoder.encode_queries(texts) == [encoder.encode_query(t) for t in texts]


@pytest.mark.parametrize(
    "kwargs",
    [{"k1": -1.0}, {"b": 1.5}, {"b": -0.1}, {"avgdl": 0.0}, {"part_weight": -0.5}],
)
def test_invalid_parameters_are_refused(kwargs: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        SparseEncoder(**kwargs)


# --- query/document matching --------------------------------------------------------------------


def test_query_matches_compound_in_document(encoder: SparseEncoder) -> None:
    query = encoder.encode_query("Gebuehren fuer Strassenreinigung")
    document = encoder.encode_document("Die Straßenreinigungsgebühren werden jährlich erhoben.")
    shared = set(query.indices) & set(document.indices)
    assert {term_index("gebuhr"), term_index("strass"), term_index("reinig")} <= shared


def test_query_terms_weigh_one_regardless_of_repeats(encoder: SparseEncoder) -> None:
    query = encoder.encode_query("Hund Hund Hund Katze")
    assert weight_of(query, "hund") == 1.0
    assert weight_of(query, "katz") == 1.0


def test_query_parts_weigh_part_weight(encoder: SparseEncoder) -> None:
    query = encoder.encode_query("Hundesteuer")
    assert weight_of(query, "hundesteu") == 1.0
    assert weight_of(query, "hund") == 0.5
    # A term that is both a word and a part in the query takes the larger weight.
    assert weight_of(encoder.encode_query("Hund Hundesteuer"), "hund") == 1.0


# --- BM25 ---------------------------------------------------------------------------------------


def test_bm25_value_matches_formula() -> None:
    enc = SparseEncoder(k1=1.2, b=0.75, avgdl=10.0)
    # "hund" twice in a 4-token document.
    value = weight_of(enc.encode_document("Hund Katze Hund Maus"), "hund")
    expected = 2 * 2.2 / (2 + 1.2 * (1 - 0.75 + 0.75 * 4 / 10))
    assert value == pytest.approx(expected)


def test_bm25_is_monotonic_and_saturating_in_tf() -> None:
    enc = SparseEncoder()
    length = 20
    values = [
        weight_of(enc.encode_document(" ".join(["Hund"] * tf + ["Katze"] * (length - tf))), "hund")
        for tf in range(1, length)
    ]
    assert all(a < b for a, b in zip(values, values[1:], strict=False))
    assert values[-1] < enc.k1 + 1
    # Saturation: the tenth occurrence adds less than the second.
    assert values[9] - values[8] < values[1] - values[0]


def test_bm25_decreases_with_document_length() -> None:
    enc = SparseEncoder()
    values = [
        weight_of(enc.encode_document("Hund " + "Katze " * filler), "hund")
        for filler in (0, 5, 50, 500)
    ]
    assert all(a > b for a, b in zip(values, values[1:], strict=False))


def test_b_zero_disables_length_normalisation() -> None:
    enc = SparseEncoder(b=0.0)
    short = weight_of(enc.encode_document("Hund Katze"), "hund")
    long = weight_of(enc.encode_document("Hund " + "Katze " * 200), "hund")
    assert short == pytest.approx(long)


def test_avgdl_changes_normalisation() -> None:
    text = "Hund " + "Katze " * 50
    assert weight_of(SparseEncoder(avgdl=500).encode_document(text), "hund") > weight_of(
        SparseEncoder(avgdl=50).encode_document(text), "hund"
    )


# --- compound parts -----------------------------------------------------------------------------


def test_compound_whole_word_and_parts_are_indexed(encoder: SparseEncoder) -> None:
    vector = encoder.encode_document("Hundesteuer")
    for term in ("hundesteu", "hund", "steu"):
        assert weight_of(vector, term) > 0, term


def test_parts_weigh_less_than_whole_words() -> None:
    enc = SparseEncoder(part_weight=0.5)
    vector = enc.encode_document("Hundesteuer")
    assert weight_of(vector, "hund") < weight_of(vector, "hundesteu")
    # "Steuer" said outright outweighs "Steuer" inside a compound of the same length.
    assert weight_of(enc.encode_document("Steuer Hunde"), "steu") > weight_of(
        enc.encode_document("Hundesteuer"), "steu"
    )


@pytest.mark.parametrize("part_weight", [0.0, 0.25, 0.5, 1.0])
def test_part_weight_parameter(part_weight: float) -> None:
    enc = SparseEncoder(part_weight=part_weight, b=0.0)
    value = weight_of(enc.encode_document("Hundesteuer"), "hund")
    tf = part_weight
    expected = tf * (enc.k1 + 1) / (tf + enc.k1) if tf else 0.0
    assert value == pytest.approx(expected)
    assert weight_of(enc.encode_query("Hundesteuer"), "hund") == part_weight
    # Whole words are unaffected.
    assert weight_of(enc.encode_document("Hundesteuer"), "hundesteu") == pytest.approx(1.0)


def test_part_weight_orders_retrieval() -> None:
    """With parts at half weight, a query for "Steuer" ranks the document that is about
    Steuer above the one that only mentions a Hundesteuer, even if Qdrant's IDF is equal."""
    enc = SparseEncoder()
    query = weights(enc.encode_query("Steuer"))

    def score(text: str) -> float:
        doc = weights(enc.encode_document(text))
        return sum(w * doc.get(i, 0.0) for i, w in query.items())

    assert score("Die Steuer wird erhoben.") > score("Die Hundesteuer wird erhoben.") > 0

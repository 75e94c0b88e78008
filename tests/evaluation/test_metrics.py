"""Metrics against cases computed by hand (log2(2) = 1, log2(3) = 1.5849625, log2(4) = 2)."""

from __future__ import annotations

import math

import pytest

from evaluation.metrics import mean, mrr_at_k, ndcg_at_k, percentile, recall_at_k, score_query

LOG2_3 = math.log2(3)


def test_single_relevant_at_top_is_perfect() -> None:
    qrels = {"a": 1}
    assert score_query(["a", "b", "c"], qrels) == {
        "ndcg@10": 1.0,
        "recall@10": 1.0,
        "recall@100": 1.0,
        "mrr@10": 1.0,
    }


def test_single_relevant_at_rank_two() -> None:
    qrels = {"a": 1}
    # DCG = 1 / log2(3), IDCG = 1
    assert ndcg_at_k(["x", "a"], qrels) == pytest.approx(1 / LOG2_3)  # 0.6309
    assert mrr_at_k(["x", "a"], qrels) == 0.5


def test_graded_relevance_in_wrong_order() -> None:
    qrels = {"a": 2, "b": 1}
    # DCG = 1/1 + 2/log2(3) = 2.26186; IDCG = 2/1 + 1/log2(3) = 2.63093
    expected = (1 + 2 / LOG2_3) / (2 + 1 / LOG2_3)
    assert ndcg_at_k(["b", "a"], qrels) == pytest.approx(expected)
    assert expected == pytest.approx(0.85972, abs=1e-5)
    assert ndcg_at_k(["a", "b"], qrels) == pytest.approx(1.0)


def test_ideal_counts_relevant_documents_not_retrieved() -> None:
    qrels = {"a": 1, "b": 1}
    # DCG = 1; IDCG = 1 + 1/log2(3) = 1.63093
    assert ndcg_at_k(["a"], qrels) == pytest.approx(1 / (1 + 1 / LOG2_3))
    assert recall_at_k(["a"], qrels, 10) == 0.5


def test_zero_relevance_is_judged_not_relevant() -> None:
    qrels = {"a": 0, "b": 1}
    assert ndcg_at_k(["a", "b"], qrels) == pytest.approx(1 / LOG2_3)
    assert mrr_at_k(["a", "b"], qrels) == 0.5
    assert recall_at_k(["a"], qrels, 10) == 0.0


def test_cutoffs() -> None:
    ranking = [f"x{i}" for i in range(10)] + ["a"]  # "a" at rank 11
    qrels = {"a": 1}
    assert ndcg_at_k(ranking, qrels, 10) == 0.0
    assert mrr_at_k(ranking, qrels, 10) == 0.0
    assert recall_at_k(ranking, qrels, 10) == 0.0
    assert recall_at_k(ranking, qrels, 100) == 1.0


def test_ideal_dcg_is_cut_at_k() -> None:
    qrels = {f"d{i}": 1 for i in range(12)}
    assert ndcg_at_k([f"d{i}" for i in range(10)], qrels, 10) == pytest.approx(1.0)
    assert recall_at_k([f"d{i}" for i in range(10)], qrels, 10) == pytest.approx(10 / 12)


def test_repeated_ids_count_once() -> None:
    qrels = {"a": 1}
    assert mrr_at_k(["x", "x", "a"], qrels) == 0.5
    # Two relevant documents, one retrieved twice: DCG counts it once.
    assert ndcg_at_k(["a", "a"], {"a": 1, "b": 1}) == pytest.approx(1 / (1 + 1 / LOG2_3))


def test_three_relevant_mixed_grades() -> None:
    qrels = {"a": 3, "b": 2, "c": 1}
    ranking = ["c", "x", "a", "b"]
    # DCG = 1/1 + 0 + 3/2 + 2/log2(5); IDCG = 3 + 2/log2(3) + 1/2
    dcg = 1 + 3 / 2 + 2 / math.log2(5)
    idcg = 3 + 2 / LOG2_3 + 1 / 2
    assert ndcg_at_k(ranking, qrels) == pytest.approx(dcg / idcg)
    assert dcg / idcg == pytest.approx(3.36135 / 4.76186, abs=1e-5)  # 0.70589
    assert mrr_at_k(ranking, qrels) == 1.0


def test_no_relevant_documents_scores_zero() -> None:
    assert score_query(["a"], {"a": 0}) == {
        "ndcg@10": 0.0,
        "recall@10": 0.0,
        "recall@100": 0.0,
        "mrr@10": 0.0,
    }
    assert score_query([], {"a": 1})["ndcg@10"] == 0.0


def test_mean_and_percentile() -> None:
    assert mean([]) == 0.0
    assert mean([1.0, 2.0]) == 1.5
    assert percentile([4.0, 1.0, 3.0, 2.0], 50) == pytest.approx(2.5)
    assert percentile([1.0, 2.0, 3.0, 4.0], 95) == pytest.approx(3.85)
    assert percentile([7.0], 95) == 7.0
    assert percentile([], 50) == 0.0

"""The tag model: nearest neighbours over document vectors blended with a linear model over
TF-IDF keywords and the same vectors, calibrated on out-of-fold predictions.

Why both: neighbours carry rare labels (an Aktenplan node with two documents) that a linear
model cannot learn, the linear model carries type cues buried in compounds
("Hundesteuersatzung", "Polizeiverordnung") via character n-grams of the title. How much of
each is decided per task on out-of-fold predictions of the training documents, and the same
predictions calibrate the confidence (temperature for one-of-n tasks, Platt scaling for
topics) and pick the topic threshold, so a figure shown to staff means what it says.
"""

from __future__ import annotations

import logging
import math
import warnings
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold

from tagging.features import TagInput, cited_laws

logger = logging.getLogger(__name__)

Ranked = list[tuple[str, float]]


@dataclass
class ModelParams:
    """Defaults chosen with `fundus eval-tagging` (docs in tagging/evaluate.py)."""

    knn_k: int = 10
    knn_temperature: float = 0.02  # neighbour weight exp(similarity / temperature)
    blends: tuple[float, ...] = (0.0, 0.25, 0.5, 0.75, 1.0)  # linear share, picked per task
    fixed_blend: float | None = None  # set to compare pure kNN (0.0) or pure linear (1.0)
    c: float = 10.0
    title_weight: float = 1.0
    body_weight: float = 1.0
    vector_weight: float = 1.0
    citation_weight: float = 0.0  # cited laws as features: no gain on RAGSource topics
    body_chars: int = 6_000  # the opening says what a text is; 20k chars: same scores, 2x slower
    folds: int | None = None  # None: 5 below 300 documents (calibration needs them), else 3
    # Per-topic thresholds, shrunk towards the global one with this many pseudo-documents
    # (None = one threshold for all topics).
    label_threshold_prior: float | None = 5.0
    min_docs_for_calibration: int = 30


@dataclass
class _Task:
    name: str
    multi: bool
    labels: list[str] = field(default_factory=list)
    blend: float = 0.5
    temperature: float = 1.0  # one-of-n tasks
    platt: tuple[float, float] = (1.0, 0.0)  # topics: sigmoid(a * logit(p) + b)
    threshold: float = 0.5  # topics: labels at or above are proposed
    label_thresholds: dict[str, float] = field(default_factory=dict)  # topics, per label
    docs: int = 0


@dataclass
class _Fitted:
    """The uncalibrated parts fitted on one set of documents."""

    vectors: np.ndarray
    targets: dict[str, np.ndarray]  # task -> (n, labels) 0/1
    rows: dict[str, np.ndarray]  # task -> indices of documents labelled for it
    linear: dict[str, list[LogisticRegression | float]]


class TagModel:
    """`fit` on labelled documents, `predict` ranked labels with calibrated confidence."""

    def __init__(self, tasks: Mapping[str, bool], params: ModelParams | None = None) -> None:
        """`tasks` maps a task name to whether it is multi-label (topics)."""
        self.params = params or ModelParams()
        self.tasks = {name: _Task(name, multi) for name, multi in tasks.items()}
        self._title = TfidfVectorizer(
            analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, lowercase=True
        )
        self._body = TfidfVectorizer(
            analyzer="word",
            ngram_range=(1, 2),
            sublinear_tf=True,
            min_df=2,
            max_features=60_000,
            lowercase=True,
        )
        self._laws = TfidfVectorizer(
            token_pattern=r"\S+", lowercase=False, sublinear_tf=True, min_df=2
        )
        self._has_laws = False
        self._fitted: _Fitted | None = None

    # -- training ------------------------------------------------------------------------

    def fit(
        self, docs: Sequence[TagInput], labels: Mapping[str, Sequence[Sequence[str]]]
    ) -> TagModel:
        """`labels[task][i]` lists document i's labels; an empty list means "not labelled"."""
        if not docs:
            raise ValueError("no documents to learn from")
        # Vocabulary and IDF come from all training documents (no labels involved), so the
        # out-of-fold runs below share them; only the classifiers are refitted per fold.
        self._title.fit([d.title for d in docs])
        self._body.fit([self._body_text(d) for d in docs])
        laws = [cited_laws(d.citations) for d in docs]
        try:
            self._laws.fit(laws)
            self._has_laws = True
        except ValueError:  # no law cited twice in the whole training set
            self._has_laws = False
        x = self._features(docs)
        vectors = _vectors(docs)
        targets: dict[str, np.ndarray] = {}
        rows: dict[str, np.ndarray] = {}
        for name, task in self.tasks.items():
            seen = sorted({label for doc_labels in labels[name] for label in doc_labels})
            task.labels = seen
            index = {label: i for i, label in enumerate(seen)}
            y = np.zeros((len(docs), len(seen)), dtype=np.int8)
            for i, doc_labels in enumerate(labels[name]):
                for label in doc_labels:
                    y[i, index[label]] = 1
            targets[name] = y
            rows[name] = np.flatnonzero(y.sum(axis=1) > 0)
            task.docs = int(len(rows[name]))
        self._calibrate(x, vectors, targets, rows)
        self._fitted = self._fit_parts(x, vectors, targets, rows)
        return self

    def _fit_parts(
        self,
        x: sparse.csr_matrix,
        vectors: np.ndarray,
        targets: dict[str, np.ndarray],
        rows: dict[str, np.ndarray],
    ) -> _Fitted:
        linear = {
            name: self._fit_task(x, targets[name], task, rows[name])
            for name, task in self.tasks.items()
        }
        return _Fitted(vectors, targets, rows, linear)

    def _binary(self, x: sparse.csr_matrix, y: np.ndarray) -> LogisticRegression | float:
        positives = int(y.sum())
        if positives == 0 or positives == len(y):
            return float(positives > 0)  # constant: the label is never / always there
        # The dual problem: far fewer documents than TF-IDF features, 3-10x faster to fit.
        model = LogisticRegression(
            C=self.params.c,
            class_weight="balanced",
            solver="liblinear",
            dual=True,
            max_iter=5000,
        )
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # liblinear's convergence notes on tiny classes
            return model.fit(x, y)

    def _calibrate(
        self,
        x: sparse.csr_matrix,
        vectors: np.ndarray,
        targets: dict[str, np.ndarray],
        rows: dict[str, np.ndarray],
    ) -> None:
        """Out-of-fold scores of each part -> blend, temperature / Platt, topic threshold."""
        p = self.params
        for name, task in self.tasks.items():
            idx = rows[name]
            if len(idx) < p.min_docs_for_calibration or len(task.labels) < 2:
                task.blend = 0.5 if p.fixed_blend is None else p.fixed_blend
                continue
            knn_oof = np.zeros((len(idx), len(task.labels)))
            lin_oof = np.zeros((len(idx), len(task.labels)))
            seen = np.zeros((len(idx), len(task.labels)), dtype=bool)
            n_folds = p.folds or (5 if len(idx) < 300 else 3)
            folds = KFold(n_splits=n_folds, shuffle=True, random_state=13)
            for train_pos, test_pos in folds.split(idx):
                train_idx, test_idx = idx[train_pos], idx[test_pos]
                fitted = self._fit_task(x, targets[name], task, train_idx)
                knn_oof[test_pos] = self._knn(
                    vectors[test_idx], vectors[train_idx], targets[name][train_idx], task
                )
                lin_oof[test_pos] = self._linear(fitted, x[test_idx], task)
                seen[test_pos] = targets[name][train_idx].sum(axis=0) > 0
            y = targets[name][idx]
            self._choose_blend(task, knn_oof, lin_oof, y, seen)

    def _fit_task(
        self, x: sparse.csr_matrix, y_all: np.ndarray, task: _Task, train_idx: np.ndarray
    ) -> list[LogisticRegression | float]:
        """One binary model per label, for one-of-n tasks too (one-vs-rest, normalised in
        `_linear`): a multinomial fit was 5x slower here for the same accuracy."""
        y = y_all[train_idx]
        xs = x[train_idx]
        return [self._binary(xs, y[:, j]) for j in range(y.shape[1])]

    def _choose_blend(
        self, task: _Task, knn: np.ndarray, lin: np.ndarray, y: np.ndarray, seen: np.ndarray
    ) -> None:
        """`seen[i, j]`: label j had examples in the fold that predicted document i. Where it
        had none the prediction could not be right; calibrating on those cases would teach
        the model to doubt everything (small indexes have many labels with one document)."""
        blends = (
            (self.params.fixed_blend,)
            if self.params.fixed_blend is not None
            else self.params.blends
        )
        best: tuple[float, float] | None = None
        for blend in blends:
            scores = blend * lin + (1 - blend) * knn
            quality = _multi_quality(scores, y) if task.multi else _top1(scores, y)
            if best is None or quality > best[0] + 1e-9:
                best = (quality, blend)
        assert best is not None
        task.blend = best[1]
        scores = task.blend * lin + (1 - task.blend) * knn
        if task.multi:
            task.platt = _fit_platt(scores[seen], y[seen])
            probabilities = _apply_platt(scores, task.platt)
            task.threshold = _best_threshold(probabilities, y)
            if self.params.label_threshold_prior is not None:
                task.label_thresholds = _label_thresholds(
                    probabilities, y, task, self.params.label_threshold_prior
                )
        else:
            possible = (seen & (y > 0)).any(axis=1)
            if possible.any():
                task.temperature = _fit_temperature(scores[possible], y[possible])
        logger.info(
            "Task %s: blend %.2f, temperature %.2f, threshold %.2f (%d documents)",
            task.name,
            task.blend,
            task.temperature,
            task.threshold,
            task.docs,
        )

    # -- prediction ----------------------------------------------------------------------

    def predict(self, docs: Sequence[TagInput], *, top: int = 5) -> list[dict[str, Ranked]]:
        """Per document and task the `top` labels with calibrated confidence, best first."""
        if self._fitted is None:
            raise RuntimeError("model is not fitted")
        fitted = self._fitted
        x = self._features(docs)
        vectors = _vectors(docs)
        out: list[dict[str, Ranked]] = [{} for _ in docs]
        for name, task in self.tasks.items():
            if not task.labels:
                for result in out:
                    result[name] = []
                continue
            train = fitted.rows[name]
            knn = self._knn(vectors, fitted.vectors[train], fitted.targets[name][train], task)
            lin = self._linear(fitted.linear[name], x, task)
            scores = self.calibrated(task, task.blend * lin + (1 - task.blend) * knn)
            for i, row in enumerate(scores):
                order = np.argsort(-row)[:top]
                out[i][name] = [(task.labels[j], round(float(row[j]), 4)) for j in order]
        return out

    def calibrated(self, task: _Task, scores: np.ndarray) -> np.ndarray:
        if task.multi:
            return _apply_platt(scores, task.platt)
        return _apply_temperature(scores, task.temperature)

    def chosen(self, task_name: str, ranked: Ranked) -> list[str]:
        """Topics to propose: all at or above the tuned threshold, at least the best one."""
        task = self.tasks[task_name]
        limits = task.label_thresholds
        picked = [label for label, p in ranked if p >= limits.get(label, task.threshold)]
        return picked or [label for label, _ in ranked[:1]]

    def describe(self) -> dict[str, dict[str, float | int]]:
        return {
            name: {
                "documents": task.docs,
                "labels": len(task.labels),
                "blend": task.blend,
                "temperature": round(task.temperature, 3),
                "threshold": round(task.threshold, 3),
            }
            for name, task in self.tasks.items()
        }

    # -- parts ---------------------------------------------------------------------------

    def _body_text(self, doc: TagInput) -> str:
        return f"{doc.title}\n{doc.text[: self.params.body_chars]}"

    def _features(self, docs: Sequence[TagInput]) -> sparse.csr_matrix:
        p = self.params
        parts = [
            p.title_weight * self._title.transform([d.title for d in docs]),
            p.body_weight * self._body.transform([self._body_text(d) for d in docs]),
        ]
        if self._has_laws and p.citation_weight:
            parts.append(
                p.citation_weight * self._laws.transform([cited_laws(d.citations) for d in docs])
            )
        vectors = _vectors(docs)
        if vectors.shape[1]:
            parts.append(sparse.csr_matrix(p.vector_weight * vectors))
        return sparse.hstack(parts, format="csr")

    def _knn(self, query: np.ndarray, train: np.ndarray, y: np.ndarray, task: _Task) -> np.ndarray:
        if not len(train) or not query.shape[1]:
            return np.full((len(query), y.shape[1]), 1.0 / max(1, y.shape[1]))
        sims = query @ train.T
        k = min(self.params.knn_k, len(train))
        top = np.argpartition(-sims, k - 1, axis=1)[:, :k]
        out = np.zeros((len(query), y.shape[1]))
        for i in range(len(query)):
            s = sims[i, top[i]]
            w = np.exp((s - s.max()) / self.params.knn_temperature)
            out[i] = (w[:, None] * y[top[i]]).sum(axis=0) / w.sum()
        return out

    def _linear(
        self, models: list[LogisticRegression | float], x: sparse.csr_matrix, task: _Task
    ) -> np.ndarray:
        out = np.zeros((x.shape[0], len(task.labels)))
        for j, model in enumerate(models):
            out[:, j] = model if isinstance(model, float) else model.predict_proba(x)[:, 1]
        if not task.multi:
            total = out.sum(axis=1, keepdims=True)
            out = np.where(total > 0, out / np.where(total > 0, total, 1), 1 / out.shape[1])
        return out


def _vectors(docs: Sequence[TagInput]) -> np.ndarray:
    present = [d.vector for d in docs if d.vector is not None]
    if len(present) != len(docs):
        if present:
            raise ValueError("either all documents have vectors or none")
        return np.zeros((len(docs), 0), dtype=np.float32)
    return np.vstack(present).astype(np.float32)


def _top1(scores: np.ndarray, y: np.ndarray) -> float:
    return float(y[np.arange(len(y)), scores.argmax(axis=1)].mean())


def _multi_quality(scores: np.ndarray, y: np.ndarray) -> float:
    """Top-1 precision plus ranking quality (mean reciprocal rank of the gold labels)."""
    order = np.argsort(-scores, axis=1)
    ranks = np.argsort(order, axis=1) + 1
    reciprocal = np.where(y > 0, 1.0 / ranks, 0).sum(axis=1) / np.maximum(1, y.sum(axis=1))
    return _top1(scores, y) + float(reciprocal.mean())


def _fit_temperature(scores: np.ndarray, y: np.ndarray) -> float:
    best = (math.inf, 1.0)
    truth = y.argmax(axis=1)
    for t in np.exp(np.linspace(math.log(0.2), math.log(5.0), 41)):
        p = _apply_temperature(scores, float(t))
        nll = -np.log(np.clip(p[np.arange(len(truth)), truth], 1e-9, 1)).mean()
        if nll < best[0]:
            best = (float(nll), float(t))
    return best[1]


def _apply_temperature(scores: np.ndarray, temperature: float) -> np.ndarray:
    logits = np.log(np.clip(scores, 1e-6, 1)) / temperature
    logits -= logits.max(axis=1, keepdims=True)
    p = np.exp(logits)
    return p / p.sum(axis=1, keepdims=True)


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-4, 1 - 1e-4)
    return np.log(p / (1 - p))


def _fit_platt(scores: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    x = _logit(scores).reshape(-1, 1)
    target = y.reshape(-1)
    if not len(target) or target.min() == target.max():
        return (1.0, 0.0)
    model = LogisticRegression(C=100.0).fit(x, target)
    return float(model.coef_[0, 0]), float(model.intercept_[0])


def _apply_platt(scores: np.ndarray, platt: tuple[float, float]) -> np.ndarray:
    a, b = platt
    return 1.0 / (1.0 + np.exp(-(a * _logit(scores) + b)))


def _best_threshold(probabilities: np.ndarray, y: np.ndarray) -> float:
    """The threshold with the best mean of micro- and macro-F1 (at least one label each)."""
    best = (-1.0, 0.5)
    for t in np.arange(0.1, 0.81, 0.025):
        chosen = probabilities >= t
        top = probabilities.argmax(axis=1)
        chosen[np.arange(len(top)), top] = True
        score = (micro_f1(chosen, y) + macro_f1(chosen, y)) / 2
        if score > best[0] + 1e-9:
            best = (score, float(t))
    return best[1]


def _label_thresholds(
    probabilities: np.ndarray, y: np.ndarray, task: _Task, prior: float
) -> dict[str, float]:
    """Rare topics get low scores even when right; a threshold of their own, tuned on the
    out-of-fold predictions and shrunk towards the global one by their number of examples,
    lets them be proposed without letting noise through for frequent ones."""
    out = {}
    grid = np.arange(0.05, 0.81, 0.025)
    for j, label in enumerate(task.labels):
        positives = int(y[:, j].sum())
        if positives == 0:
            continue
        gold = y[:, j] > 0
        best = max(
            grid, key=lambda t: (micro_f1((probabilities[:, j] >= t)[:, None], gold[:, None]), -t)
        )
        out[label] = float((positives * best + prior * task.threshold) / (positives + prior))
    return out


def micro_f1(chosen: np.ndarray, y: np.ndarray) -> float:
    tp = float((chosen & (y > 0)).sum())
    fp = float((chosen & (y == 0)).sum())
    fn = float((~chosen & (y > 0)).sum())
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def macro_f1(chosen: np.ndarray, y: np.ndarray) -> float:
    """Mean F1 over labels that occur in `y` (labels nobody has cannot be judged)."""
    scores = []
    for j in range(y.shape[1]):
        gold = y[:, j] > 0
        if not gold.any():
            continue
        scores.append(micro_f1(chosen[:, j : j + 1], y[:, j : j + 1]))
    return float(np.mean(scores)) if scores else 0.0

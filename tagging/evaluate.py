"""`fundus eval-tagging PATH`: how well the tag suggestions match labels staff already gave.

A seeded 30 % of the files lose their labels (the model sees title and text only - never the
front matter or the file name, which in RAGSource encode the type), the model learns from the
rest, and the hidden labels are scored beside two baselines: the majority class and a
title-keyword rule. Only files that carry a label for a task count for that task.

Labels come from the front matter through the same aliases ingestion uses: `rechtsnatur` /
`doc_type` (type, normalised with ingest.metadata.normalize_doc_type - its `_RAW_TYPES` table
documents the values with no cue), `extensions` / `topics` (topics), `aktenplan`, `ebene`.
"""

from __future__ import annotations

import logging
import random
import re
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from haystack import Document as HDocument
from pydantic import BaseModel, Field

from core.errors import BadInput
from ingest.components import TextCleaner
from ingest.converters import convert_bytes, read_sidecar
from ingest.discover import discover
from ingest.metadata import _ALIASES, build_meta, normalize_doc_type
from runtime.resources import Resources
from tagging.extract import extract_citations, extract_doc_type
from tagging.features import HEAD_CHUNKS, TagInput, embed_heads
from tagging.model import ModelParams, Ranked, TagModel, macro_f1, micro_f1

logger = logging.getLogger(__name__)

FREQUENT = 10  # a label with fewer training documents is "rare" in the report
SINGLE_TASKS = ("doc_type", "aktenplan", "ebene")
MULTI_TASKS = ("topics",)
TASKS = {"doc_type": False, "topics": True, "aktenplan": False, "ebene": False}
VARIANTS: dict[str, float | None] = {"kNN": 0.0, "linear": 1.0, "kombiniert": None}


class LabelledFile(BaseModel):
    path: str
    title: str
    text: str
    labels: dict[str, list[str]]


class SingleScores(BaseModel):
    documents: int
    accuracy: float
    top3: float
    coverage: float | None = None  # share not marked "unsicher"
    accuracy_covered: float | None = None  # accuracy on that share
    ece: float | None = None  # expected calibration error of the top confidence


class MultiScores(BaseModel):
    documents: int
    top1: float
    top3: float
    micro_f1: float
    macro_f1: float
    macro_f1_frequent: float | None = None  # labels with >= FREQUENT training documents
    coverage: float | None = None
    top1_covered: float | None = None
    ece: float | None = None


class TaskReport(BaseModel):
    task: str
    labels: int
    train_documents: int
    model: dict[str, SingleScores | MultiScores] = Field(default_factory=dict)
    majority: SingleScores | MultiScores | None = None
    title_rule: SingleScores | MultiScores | None = None
    confusions: list[tuple[str, str, int]] = Field(default_factory=list)
    per_label_f1: dict[str, float] = Field(default_factory=dict)


class TaggingReport(BaseModel):
    path: str
    files: int
    hidden: int
    seed: int
    threshold: float
    head_chunks: int
    model: str
    seconds_embedding: float
    seconds_training: float
    ms_per_suggestion: float
    type_mapping: dict[str, str]
    tasks: list[TaskReport]


# -- data ---------------------------------------------------------------------------------


def load_labelled(path: Path) -> list[LabelledFile]:
    """Every convertible file below `path` with its title, cleaned text and labels."""
    cleaner = TextCleaner()
    out = []
    for source_file in discover([path]):
        try:
            data = source_file.path.read_bytes()
            converted = convert_bytes(data, source_file.path.suffix)
            raw = {**converted.meta, **read_sidecar(source_file.path)}
        except (BadInput, OSError) as exc:
            logger.warning("Skipping %s: %s", source_file.path, exc)
            continue
        cleaned = cleaner.run(
            documents=[HDocument(content=converted.text, meta={"path": source_file.key})]
        )["documents"]
        if not cleaned:
            continue
        text = cleaned[0].content or ""
        try:
            meta = build_meta(raw, text, fallback_title="", default_access="members")
        except BadInput:
            continue
        out.append(
            LabelledFile(path=source_file.key, title=meta.title, text=text, labels=labels_of(raw))
        )
    return out


def labels_of(raw: dict[str, Any]) -> dict[str, list[str]]:
    """The labels a file states itself; a missing field is "unlabelled", never "Sonstiges"."""
    lowered = {str(k).lower(): v for k, v in raw.items()}

    def first(names: Sequence[str]) -> Any:
        return next((lowered[n] for n in names if lowered.get(n) not in (None, "", [])), None)

    raw_type = first(_ALIASES["doc_type"])
    doc_type = normalize_doc_type(raw_type) if raw_type is not None else None
    topics = first(_ALIASES["topics"])
    if isinstance(topics, str):
        topics = [t.strip() for t in re.split(r"[,;]", topics) if t.strip()]
    aktenplan = first(("aktenplan",))
    ebene = first(("ebene",))
    return {
        "doc_type": [doc_type] if doc_type else [],
        "topics": sorted({str(t) for t in topics or []}),
        "aktenplan": [str(aktenplan)] if aktenplan else [],
        "ebene": [str(ebene).lower()] if ebene else [],
    }


def type_mapping(path: Path) -> dict[str, str]:
    """Raw type values found below `path` -> the Fundus type they are scored as."""
    found: dict[str, str] = {}
    for source_file in discover([path]):
        try:
            raw = convert_bytes(source_file.path.read_bytes(), source_file.path.suffix).meta
        except (BadInput, OSError):
            continue
        lowered = {str(k).lower(): v for k, v in raw.items()}
        for name in _ALIASES["doc_type"]:
            if lowered.get(name):
                value = str(lowered[name])
                found[value] = normalize_doc_type(value) or "(nicht zuordenbar)"
                break
    return dict(sorted(found.items(), key=lambda kv: kv[0].lower()))


# -- evaluation ---------------------------------------------------------------------------


def evaluate_tagging(
    path: Path,
    resources: Resources,
    *,
    hidden_share: float = 0.3,
    seed: int = 42,
    threshold: float | None = None,
    head_chunks: int = HEAD_CHUNKS,
    params: ModelParams | None = None,
    variants: dict[str, float | None] | None = None,
) -> TaggingReport:
    settings = resources.settings
    threshold = settings.tag_min_confidence if threshold is None else threshold
    files = load_labelled(path)
    if len(files) < 10:
        raise BadInput(f"Zu wenige lesbare Dateien unter {path} ({len(files)}).")
    rng = random.Random(seed)
    hidden_idx = set(rng.sample(range(len(files)), round(len(files) * hidden_share)))
    train = [f for i, f in enumerate(files) if i not in hidden_idx]
    test = [f for i, f in enumerate(files) if i in hidden_idx]

    started = time.perf_counter()
    resources.encoder.warm_up()
    vectors = embed_heads(
        [(f.title, f.text) for f in files],
        resources.encoder,
        cache=resources.embedding_cache,
        chunk_words=settings.chunk_words,
        overlap_words=settings.chunk_overlap_words,
        chunks=head_chunks,
    )
    embedding_seconds = time.perf_counter() - started
    by_path = {f.path: vectors[i] for i, f in enumerate(files)}
    cited = {f.path: extract_citations(f.text) for f in files}
    train_inputs = [TagInput(f.title, f.text, by_path[f.path], cited[f.path]) for f in train]
    # What the model gets of a hidden file: its title and text, nothing else.
    test_inputs = [TagInput(f.title, f.text, by_path[f.path], cited[f.path]) for f in test]
    tasks = {name: multi for name, multi in TASKS.items() if any(f.labels[name] for f in train)}
    train_labels = {name: [f.labels[name] for f in train] for name in tasks}

    predictions: dict[str, list[dict[str, Ranked]]] = {}
    models: dict[str, TagModel] = {}
    training_seconds = 0.0
    predict_seconds = 0.0
    for variant, blend in (variants or VARIANTS).items():
        variant_params = _with_blend(params or ModelParams(), blend)
        started = time.perf_counter()
        model = TagModel(tasks, variant_params).fit(train_inputs, train_labels)
        fit_time = time.perf_counter() - started
        started = time.perf_counter()
        predictions[variant] = model.predict(test_inputs, top=10)
        models[variant] = model
        if blend is None:
            training_seconds = fit_time
            predict_seconds = time.perf_counter() - started
    main_variant = "kombiniert" if "kombiniert" in predictions else next(iter(predictions))

    reports = []
    for name, multi in tasks.items():
        scored = [i for i, f in enumerate(test) if f.labels[name]]
        gold = [test[i].labels[name] for i in scored]
        report = TaskReport(
            task=name,
            labels=len({label for f in train for label in f.labels[name]}),
            train_documents=sum(1 for f in train if f.labels[name]),
        )
        if not scored:
            reports.append(report)
            continue
        counts = Counter(label for f in train for label in f.labels[name])
        frequent = {label for label, n in counts.items() if n >= FREQUENT}
        for variant, preds in predictions.items():
            ranked = [preds[i][name] for i in scored]
            model = models[variant]
            if multi:
                chosen = [model.chosen(name, r) for r in ranked]
                report.model[variant] = _multi_scores(ranked, chosen, gold, threshold, frequent)
            else:
                report.model[variant] = _single_scores(ranked, gold, threshold)
        train_sets = [f.labels[name] for f in train if f.labels[name]]
        majority = _majority_ranking(train_sets)
        rule = _title_rule(name, train, multi)
        titles = [test[i].title for i in scored]
        if multi:
            common = _frequent_labels(train_sets)
            report.majority = _multi_scores(
                [majority] * len(gold), [common] * len(gold), gold, None, frequent
            )
            rule_ranked = [rule(t) for t in titles]
            report.title_rule = _multi_scores(
                rule_ranked, [_rule_chosen(r) for r in rule_ranked], gold, None, frequent
            )
            main = [predictions[main_variant][i][name] for i in scored]
            main_chosen = [models[main_variant].chosen(name, r) for r in main]
            report.confusions = _multi_confusions(main_chosen, gold)
            report.per_label_f1 = _per_label_f1(main_chosen, gold)
        else:
            report.majority = _single_scores([majority] * len(gold), gold, None)
            report.title_rule = _single_scores([rule(t) for t in titles], gold, None)
            main = [predictions[main_variant][i][name] for i in scored]
            report.confusions = _single_confusions(main, gold)
        reports.append(report)
    return TaggingReport(
        path=str(path),
        files=len(files),
        hidden=len(test),
        seed=seed,
        threshold=threshold,
        head_chunks=head_chunks,
        model=settings.embedding_model,
        seconds_embedding=round(embedding_seconds, 1),
        seconds_training=round(training_seconds, 1),
        ms_per_suggestion=round(1000 * predict_seconds / max(1, len(test)), 1),
        type_mapping=type_mapping(path),
        tasks=reports,
    )


def _with_blend(params: ModelParams, blend: float | None) -> ModelParams:
    from dataclasses import replace

    return replace(params, fixed_blend=blend)


# -- metrics ------------------------------------------------------------------------------


def _single_scores(
    ranked: list[Ranked], gold: list[list[str]], threshold: float | None
) -> SingleScores:
    top1 = [bool(r) and r[0][0] in g for r, g in zip(ranked, gold, strict=True)]
    top3 = [any(label in g for label, _ in r[:3]) for r, g in zip(ranked, gold, strict=True)]
    scores = SingleScores(documents=len(gold), accuracy=_mean(top1), top3=_mean(top3))
    if threshold is not None:
        confidence = [r[0][1] if r else 0.0 for r in ranked]
        covered = [c >= threshold for c in confidence]
        scores.coverage = _mean(covered)
        scores.accuracy_covered = _mean([t for t, c in zip(top1, covered, strict=True) if c])
        scores.ece = _ece(confidence, top1)
    return scores


def _multi_scores(
    ranked: list[Ranked],
    chosen: list[list[str]],
    gold: list[list[str]],
    threshold: float | None,
    frequent: set[str] | None = None,
) -> MultiScores:
    top1 = [bool(r) and r[0][0] in g for r, g in zip(ranked, gold, strict=True)]
    top3 = [any(label in g for label, _ in r[:3]) for r, g in zip(ranked, gold, strict=True)]
    labels = sorted({label for g in gold for label in g} | {c for cs in chosen for c in cs})
    index = {label: j for j, label in enumerate(labels)}
    y = np.zeros((len(gold), len(labels)), dtype=np.int8)
    picked = np.zeros_like(y, dtype=bool)
    for i, (g, c) in enumerate(zip(gold, chosen, strict=True)):
        y[i, [index[label] for label in g]] = 1
        picked[i, [index[label] for label in c]] = True
    scores = MultiScores(
        documents=len(gold),
        top1=_mean(top1),
        top3=_mean(top3),
        micro_f1=round(micro_f1(picked, y), 4),
        macro_f1=round(macro_f1(picked, y), 4),
    )
    if frequent is not None:
        keep = [index[label] for label in labels if label in frequent]
        scores.macro_f1_frequent = round(macro_f1(picked[:, keep], y[:, keep]), 4)
    if threshold is not None:
        confidence = [r[0][1] if r else 0.0 for r in ranked]
        covered = [c >= threshold for c in confidence]
        scores.coverage = _mean(covered)
        scores.top1_covered = _mean([t for t, c in zip(top1, covered, strict=True) if c])
        scores.ece = _ece(confidence, top1)
    return scores


def _mean(values: Sequence[bool | float]) -> float:
    return round(float(np.mean(values)), 4) if len(values) else 0.0


def _ece(confidence: list[float], correct: list[bool], bins: int = 10) -> float:
    """Expected calibration error: |confidence - accuracy| per confidence bin, weighted."""
    conf = np.asarray(confidence)
    hit = np.asarray(correct, dtype=float)
    total = 0.0
    for b in range(bins):
        low, high = b / bins, (b + 1) / bins
        mask = (conf >= low) & ((conf < high) if b < bins - 1 else (conf <= high))
        if mask.any():
            total += mask.mean() * abs(conf[mask].mean() - hit[mask].mean())
    return round(total, 4)


def _single_confusions(ranked: list[Ranked], gold: list[list[str]]) -> list[tuple[str, str, int]]:
    pairs: Counter[tuple[str, str]] = Counter()
    for r, g in zip(ranked, gold, strict=True):
        if r and r[0][0] not in g:
            pairs[(g[0], r[0][0])] += 1
    return [(a, b, n) for (a, b), n in pairs.most_common(10)]


def _multi_confusions(chosen: list[list[str]], gold: list[list[str]]) -> list[tuple[str, str, int]]:
    """(gold label missed, label proposed instead) pairs within the same document."""
    pairs: Counter[tuple[str, str]] = Counter()
    for c, g in zip(chosen, gold, strict=True):
        for missed in set(g) - set(c):
            for wrong in set(c) - set(g):
                pairs[(missed, wrong)] += 1
    return [(a, b, n) for (a, b), n in pairs.most_common(10)]


def _per_label_f1(chosen: list[list[str]], gold: list[list[str]]) -> dict[str, float]:
    out = {}
    for label in sorted({label for g in gold for label in g}):
        tp = sum(1 for c, g in zip(chosen, gold, strict=True) if label in c and label in g)
        fp = sum(1 for c, g in zip(chosen, gold, strict=True) if label in c and label not in g)
        fn = sum(1 for c, g in zip(chosen, gold, strict=True) if label not in c and label in g)
        out[label] = round(2 * tp / (2 * tp + fp + fn), 3) if tp else 0.0
    return out


# -- baselines ----------------------------------------------------------------------------


def _majority_ranking(train_sets: list[list[str]]) -> Ranked:
    counts = Counter(label for labels in train_sets for label in labels)
    total = max(1, len(train_sets))
    return [(label, n / total) for label, n in counts.most_common()]


def _frequent_labels(train_sets: list[list[str]]) -> list[str]:
    """The majority "set": labels most documents have, at least the most frequent one."""
    ranking = _majority_ranking(train_sets)
    return [label for label, share in ranking if share >= 0.5] or [ranking[0][0]]


_WORD = re.compile(r"[a-zäöüß]{4,}")


def _title_rule(task: str, train: list[LabelledFile], multi: bool) -> Callable[[str], Ranked]:
    """Type: the fixed keyword cues of tagging/extract.py. Other tasks: each title word votes
    for the labels it co-occurred with in training titles (precision, add-one smoothed)."""
    train_sets = [f.labels[task] for f in train if f.labels[task]]
    fallback = _majority_ranking(train_sets)
    if task == "doc_type":

        def by_cue(title: str) -> Ranked:
            cue = extract_doc_type(title)
            if cue is None:
                return fallback
            return [(cue.doc_type, 1.0)] + [r for r in fallback if r[0] != cue.doc_type]

        return by_cue
    words: Counter[str] = Counter()
    pairs: dict[str, Counter[str]] = {}
    for f in train:
        if not f.labels[task]:
            continue
        for word in set(_WORD.findall(f.title.lower())):
            words[word] += 1
            pairs.setdefault(word, Counter()).update(f.labels[task])

    def by_words(title: str) -> Ranked:
        scores: dict[str, float] = {}
        for word in set(_WORD.findall(title.lower())):
            for label, n in pairs.get(word, Counter()).items():
                scores[label] = max(scores.get(label, 0.0), n / (words[word] + 1))
        ranked = sorted(scores.items(), key=lambda kv: -kv[1])
        seen = {label for label, _ in ranked}
        return ranked + [(label, 0.0) for label, _ in fallback if label not in seen]

    return by_words


def _rule_chosen(ranked: Ranked) -> list[str]:
    picked = [label for label, score in ranked if score >= 0.5]
    return picked or [ranked[0][0]]


# -- output -------------------------------------------------------------------------------


def format_report(report: TaggingReport) -> str:
    """The report as a plain-text table for the terminal."""
    lines = [
        f"Verschlagwortung: {report.path}",
        f"{report.files} Dateien, davon {report.hidden} mit verborgenen Labels (Seed "
        f"{report.seed}); Modell {report.model}, erste {report.head_chunks} Abschnitte; "
        f"Schwelle 'unsicher' {report.threshold:.2f}",
        f"Einbetten {report.seconds_embedding} s, Training {report.seconds_training} s, "
        f"{report.ms_per_suggestion} ms je Vorschlag",
        "",
    ]
    for task in report.tasks:
        lines.append(
            f"== {task.task}: {task.labels} Labels, {task.train_documents} Trainingsdokumente"
            + (f" (häufig: >= {FREQUENT})" if task.per_label_f1 else "")
        )
        rows: list[tuple[str, SingleScores | MultiScores | None]] = [
            *task.model.items(),
            ("Mehrheitsklasse", task.majority),
            ("Titel-Stichwort", task.title_rule),
        ]
        for name, scores in rows:
            if scores is None:
                continue
            lines.append(f"  {name:<16} {_format_scores(scores)}")
        if task.confusions:
            pairs = ", ".join(f"{a} -> {b} ({n})" for a, b, n in task.confusions)
            lines.append(f"  Verwechslungen: {pairs}")
        if task.per_label_f1:
            weakest = sorted(task.per_label_f1.items(), key=lambda kv: kv[1])[:6]
            lines.append("  schwächste F1: " + ", ".join(f"{k} {v:.2f}" for k, v in weakest))
        lines.append("")
    mapping = ", ".join(f"{k} -> {v}" for k, v in report.type_mapping.items())
    lines.append(f"Typ-Zuordnung: {mapping}")
    return "\n".join(lines)


def _format_scores(s: SingleScores | MultiScores) -> str:
    if isinstance(s, SingleScores):
        text = f"n={s.documents:<4} Genauigkeit {s.accuracy:.3f}  Top-3 {s.top3:.3f}"
        if s.coverage is not None:
            text += f"  Abdeckung {s.coverage:.2f} (dort {s.accuracy_covered:.3f})  ECE {s.ece:.3f}"
        return text
    text = (
        f"n={s.documents:<4} Top-1 {s.top1:.3f}  Top-3 {s.top3:.3f}  "
        f"Mikro-F1 {s.micro_f1:.3f}  Makro-F1 {s.macro_f1:.3f}"
    )
    if s.macro_f1_frequent is not None:
        text += f" (häufige {s.macro_f1_frequent:.3f})"
    if s.coverage is not None:
        text += f"  Abdeckung {s.coverage:.2f} (dort Top-1 {s.top1_covered:.3f})  ECE {s.ece:.3f}"
    return text

"""Validate the sample corpus: metadata, taxonomy references and test queries.

Usage::

    python corpus/tools/check.py

Exits with status 1 and prints every problem found if the corpus is invalid.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

from core.access import ACCESS_LEVELS
from core.models import DOC_TYPES as MODEL_DOC_TYPES
from core.models import STATUSES as MODEL_STATUSES

CORPUS = Path(__file__).resolve().parent.parent
DOCUMENTS = CORPUS / "documents"
SOURCES = CORPUS / "sources"
TAXONOMY = CORPUS / "taxonomy.yaml"
QUERIES = CORPUS / "queries.jsonl"

DOC_TYPES = set(MODEL_DOC_TYPES)
NUMBERED_TYPES = {"Rundschreiben": "Rundschreiben", "Stellungnahme": "Stellungnahme"}
STATUSES = set(MODEL_STATUSES)
ACCESS = set(ACCESS_LEVELS)
QUERY_KINDS = {"paraphrase", "keyword", "number"}
REQUIRED = ["id", "title", "doc_type", "date", "status", "topics", "aktenplan", "referat", "access"]
OPTIONAL = ["number", "valid_from", "aktenzeichen", "supersedes", "superseded_by"]
ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
NUMBER_RE = re.compile(r"^(Rundschreiben|Stellungnahme) Nr\. \d{1,3}/\d{4}$")
BINARY_FORMATS = {".pdf", ".docx", ".html"}
MAX_BINARY_BYTES = 100 * 1024
FRONT_MATTER_RE = re.compile(r"\A---\n(.*?)\n---\n(.*)\Z", re.S)


class Checker:
    def __init__(self) -> None:
        self.errors: list[str] = []
        self.docs: dict[str, dict] = {}
        self.doc_files: dict[str, Path] = {}

    def error(self, where: Path | str, msg: str) -> None:
        where = where.relative_to(CORPUS) if isinstance(where, Path) else where
        self.errors.append(f"{where}: {msg}")

    # -- taxonomy ---------------------------------------------------------

    def load_taxonomy(self) -> None:
        tax = yaml.safe_load(TAXONOMY.read_text(encoding="utf-8"))
        self.referate = {r["name"]: r for r in tax["referate"]}
        self.topics: dict[str, str] = {}
        for ref in tax["referate"]:
            for key in ("id", "name", "ansprechpartner", "topics"):
                if key not in ref:
                    self.error(TAXONOMY, f"Referat {ref.get('id')} lacks {key!r}")
            for topic in ref.get("topics", []):
                if topic["id"] in self.topics:
                    self.error(TAXONOMY, f"duplicate topic id {topic['id']!r}")
                self.topics[topic["id"]] = ref["name"]
        self.aktenplan = {}
        for entry in tax["aktenplan"]:
            code = entry["code"]
            if code in self.aktenplan:
                self.error(TAXONOMY, f"duplicate Aktenplan code {code!r}")
            if "." in code and code.split(".")[0] not in self.aktenplan:
                self.error(TAXONOMY, f"Aktenplan code {code!r} has no parent")
            self.aktenplan[code] = entry["title"]
        if not 5 <= len(self.referate) <= 7:
            self.error(TAXONOMY, f"expected 5–7 Referate, found {len(self.referate)}")
        if len(self.topics) < 12:
            self.error(TAXONOMY, f"expected at least 12 topics, found {len(self.topics)}")

    # -- documents --------------------------------------------------------

    def check_meta(self, meta: object, where: Path, body: str | None = None) -> None:
        if not isinstance(meta, dict):
            self.error(where, "metadata is not a mapping")
            return
        for key in REQUIRED:
            if key not in meta or meta[key] in (None, "", []):
                self.error(where, f"missing field {key!r}")
        for key in meta:
            if key not in REQUIRED and key not in OPTIONAL:
                self.error(where, f"unknown field {key!r}")
        doc_id = meta.get("id")
        if not isinstance(doc_id, str) or not ID_RE.match(doc_id):
            self.error(where, f"invalid id {doc_id!r}")
            return
        if doc_id in self.docs:
            self.error(where, f"duplicate id {doc_id!r} (also {self.doc_files[doc_id]})")
        stem = where.name.split(".")[0]
        if stem != doc_id:
            self.error(where, f"file name {where.name!r} does not match id {doc_id!r}")
        self.docs[doc_id] = meta
        self.doc_files[doc_id] = where

        doc_type = meta.get("doc_type")
        if doc_type not in DOC_TYPES:
            self.error(where, f"invalid doc_type {doc_type!r}")
        if meta.get("status") not in STATUSES:
            self.error(where, f"invalid status {meta.get('status')!r}")
        if meta.get("access") not in ACCESS:
            self.error(where, f"invalid access {meta.get('access')!r}")
        for key in ("date", "valid_from"):
            if key in meta and not isinstance(meta[key], dt.date):
                self.error(where, f"{key} must be an ISO date, got {meta[key]!r}")
        topics = meta.get("topics") or []
        if not isinstance(topics, list) or not 1 <= len(topics) <= 3:
            self.error(where, "topics must be a list of 1–3 topic ids")
        for topic in topics if isinstance(topics, list) else []:
            if topic not in self.topics:
                self.error(where, f"unknown topic {topic!r}")
        if str(meta.get("aktenplan")) not in self.aktenplan:
            self.error(where, f"unknown Aktenplan code {meta.get('aktenplan')!r}")
        if meta.get("referat") not in self.referate:
            self.error(where, f"unknown Referat {meta.get('referat')!r}")
        if doc_type in NUMBERED_TYPES:
            number = meta.get("number")
            if not isinstance(number, str) or not NUMBER_RE.match(number):
                self.error(where, f"{doc_type} needs number like '{doc_type} Nr. 41/2025'")
            elif not number.startswith(NUMBERED_TYPES[doc_type]):
                self.error(where, f"number {number!r} does not fit doc_type {doc_type}")
            elif number not in str(meta.get("title", "")):
                self.error(where, "title should contain the number")
        elif "number" in meta:
            self.error(where, f"doc_type {doc_type} should not carry a number")
        if body is not None and len(body.split()) < 150:
            self.error(where, f"body suspiciously short ({len(body.split())} words)")
        if doc_type in ("Mustersatzung", "Satzung") and body is not None and "§ 1" not in body:
            self.error(where, "Satzung without '§ 1'")

    def check_documents(self) -> None:
        files = sorted(p for p in DOCUMENTS.rglob("*") if p.is_file())
        names = {p for p in files}
        for path in files:
            if path.name.endswith(".meta.yaml"):
                target = path.with_name(path.name[: -len(".meta.yaml")])
                if target not in names:
                    self.error(path, "sidecar without document")
                continue
            suffix = path.suffix.lower()
            if suffix == ".md":
                match = FRONT_MATTER_RE.match(path.read_text(encoding="utf-8"))
                if not match:
                    self.error(path, "Markdown file without YAML front matter")
                    continue
                self.check_meta(yaml.safe_load(match.group(1)), path, match.group(2))
            elif suffix in BINARY_FORMATS:
                sidecar = path.with_name(path.name + ".meta.yaml")
                if not sidecar.exists():
                    self.error(path, "missing sidecar .meta.yaml")
                    continue
                self.check_meta(yaml.safe_load(sidecar.read_text(encoding="utf-8")), path)
                if path.stat().st_size > MAX_BINARY_BYTES:
                    self.error(path, f"larger than 100 KB ({path.stat().st_size} bytes)")
            else:
                self.error(path, f"unexpected file type {suffix!r}")

    def check_sources(self) -> None:
        for path in sorted(SOURCES.glob("*.md")):
            match = FRONT_MATTER_RE.match(path.read_text(encoding="utf-8"))
            if not match:
                self.error(path, "source without YAML front matter")
                continue
            meta = yaml.safe_load(match.group(1))
            render = meta.pop("render", {}) or {}
            doc_id = meta.get("id")
            if path.stem != doc_id:
                self.error(path, f"source file name does not match id {doc_id!r}")
            rendered = self.doc_files.get(doc_id)
            if rendered is None:
                self.error(path, "source has not been rendered (run tools/render.py)")
                continue
            if rendered.suffix.lstrip(".") != render.get("format"):
                self.error(path, f"rendered as {rendered.suffix}, source says {render}")
            if self.docs[doc_id] != meta:
                self.error(path, "sidecar metadata differs from source (re-render)")
            if len(match.group(2).split()) < 150:
                self.error(path, "body suspiciously short")
            if meta.get("doc_type") in ("Mustersatzung", "Satzung") and "§ 1" not in match.group(2):
                self.error(path, "Satzung without '§ 1'")

    def check_relations(self) -> None:
        for doc_id, meta in self.docs.items():
            where = self.doc_files[doc_id]
            for key in ("supersedes", "superseded_by"):
                other = meta.get(key)
                if other is not None and other not in self.docs:
                    self.error(where, f"{key} refers to unknown id {other!r}")
            if meta.get("superseded_by") and meta.get("status") != "aufgehoben":
                self.error(where, "superseded document should have status 'aufgehoben'")

    # -- queries ----------------------------------------------------------

    def check_queries(self) -> None:
        if not QUERIES.exists():
            self.error(QUERIES, "missing")
            return
        seen: set[str] = set()
        count = 0
        for lineno, line in enumerate(QUERIES.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            where = f"queries.jsonl:{lineno}"
            try:
                q = json.loads(line)
            except json.JSONDecodeError as exc:
                self.error(where, f"invalid JSON: {exc}")
                continue
            count += 1
            if set(q) != {"query", "expected", "kind"}:
                self.error(where, f"keys must be query/expected/kind, got {sorted(q)}")
            if not isinstance(q.get("query"), str) or not q["query"].strip():
                self.error(where, "empty query")
            elif q["query"] in seen:
                self.error(where, "duplicate query")
            else:
                seen.add(q["query"])
            if q.get("kind") not in QUERY_KINDS:
                self.error(where, f"invalid kind {q.get('kind')!r}")
            expected = q.get("expected")
            if not isinstance(expected, list) or not 1 <= len(expected) <= 2:
                self.error(where, "expected must list 1–2 document ids")
                continue
            for doc_id in expected:
                if doc_id not in self.docs:
                    self.error(where, f"expected id {doc_id!r} does not exist")
                elif self.docs[doc_id]["access"] == "staff":
                    self.error(where, f"expected id {doc_id!r} is staff-only")
        if count < 40:
            self.error(QUERIES, f"expected at least 40 queries, found {count}")
        self.query_count = count

    # -- summary ----------------------------------------------------------

    def summary(self) -> str:
        by = {
            key: Counter(m.get(key) for m in self.docs.values())
            for key in ("doc_type", "status", "access")
        }
        fmt = Counter(self.doc_files[i].suffix.lstrip(".") for i in self.docs)
        topics = Counter(t for m in self.docs.values() for t in m.get("topics", []))
        lines = [f"{len(self.docs)} documents, {getattr(self, 'query_count', 0)} queries"]
        for key, counter in by.items():
            lines.append(f"  {key}: " + ", ".join(f"{k} {v}" for k, v in counter.most_common()))
        lines.append("  format: " + ", ".join(f"{k} {v}" for k, v in fmt.most_common()))
        lines.append(f"  topics used: {len(topics)}/{len(self.topics)}")
        return "\n".join(lines)


def main() -> int:
    checker = Checker()
    checker.load_taxonomy()
    checker.check_documents()
    checker.check_sources()
    checker.check_relations()
    checker.check_queries()
    if checker.errors:
        print("\n".join(checker.errors))
        print(f"\n{len(checker.errors)} problem(s) found")
        return 1
    print(checker.summary())
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())

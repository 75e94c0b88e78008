"""Reading BEIR-style retrieval data sets.

Layout of a data set directory:

- `corpus.jsonl` or `corpus.jsonl.gz`: one document per line, `{"id", "title", "text"}` (extra
  fields are ignored),
- `queries.PART.jsonl`: `{"id", "text"}` per line,
- `qrels.PART.tsv`: tab-separated `query_id doc_id relevance` with that header line; relevance is
  a graded integer, 0 meaning judged not relevant.
"""

from __future__ import annotations

import csv
import gzip
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from core.errors import BadInput


@dataclass(frozen=True)
class CorpusDoc:
    id: str
    title: str
    text: str


@dataclass(frozen=True)
class Query:
    id: str
    text: str


@dataclass
class Dataset:
    name: str
    path: Path
    part: str
    queries: list[Query]
    qrels: dict[str, dict[str, int]] = field(default_factory=dict)

    @property
    def corpus_file(self) -> Path:
        return corpus_file(self.path)

    def corpus(self) -> Iterator[CorpusDoc]:
        return read_corpus(self.path)

    def judged_queries(self) -> list[Query]:
        """Queries with at least one relevant document; the others cannot be scored."""
        return [q for q in self.queries if any(r > 0 for r in self.qrels.get(q.id, {}).values())]


def corpus_file(path: Path) -> Path:
    for name in ("corpus.jsonl", "corpus.jsonl.gz"):
        if (path / name).is_file():
            return path / name
    raise BadInput(f"{path}: weder corpus.jsonl noch corpus.jsonl.gz gefunden.")


def _lines(path: Path) -> Iterator[tuple[int, str]]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                yield number, line


def _json_rows(path: Path) -> Iterator[dict]:
    for number, line in _lines(path):
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise BadInput(f"{path}:{number}: kein gültiges JSON ({exc.msg}).") from exc
        if not isinstance(row, dict) or "id" not in row:
            raise BadInput(f"{path}:{number}: Objekt mit 'id' erwartet.")
        yield row


def read_corpus(path: Path) -> Iterator[CorpusDoc]:
    for row in _json_rows(corpus_file(path)):
        yield CorpusDoc(
            id=str(row["id"]), title=str(row.get("title") or ""), text=str(row.get("text") or "")
        )


def read_queries(path: Path) -> list[Query]:
    return [Query(id=str(row["id"]), text=str(row.get("text") or "")) for row in _json_rows(path)]


def read_qrels(path: Path) -> dict[str, dict[str, int]]:
    qrels: dict[str, dict[str, int]] = {}
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t")
        header = next(reader, None)
        if header is None or [h.strip() for h in header[:3]] != [
            "query_id",
            "doc_id",
            "relevance",
        ]:
            raise BadInput(f"{path}: Kopfzeile 'query_id doc_id relevance' erwartet.")
        for number, row in enumerate(reader, start=2):
            if not row or not "".join(row).strip():
                continue
            if len(row) < 3:
                raise BadInput(f"{path}:{number}: drei Spalten erwartet.")
            try:
                relevance = int(row[2])
            except ValueError as exc:
                raise BadInput(f"{path}:{number}: Relevanz ist keine Zahl.") from exc
            qrels.setdefault(row[0].strip(), {})[row[1].strip()] = relevance
    return qrels


def load_dataset(path: Path, part: str = "dev") -> Dataset:
    """Queries and judgments of one part; the corpus is streamed on demand (it can be large)."""
    path = Path(path)
    if not path.is_dir():
        raise BadInput(f"{path}: kein Verzeichnis.")
    corpus_file(path)  # fail early
    queries_path = path / f"queries.{part}.jsonl"
    qrels_path = path / f"qrels.{part}.tsv"
    for needed in (queries_path, qrels_path):
        if not needed.is_file():
            raise BadInput(f"{needed} fehlt.")
    return Dataset(
        name=path.name,
        path=path,
        part=part,
        queries=read_queries(queries_path),
        qrels=read_qrels(qrels_path),
    )

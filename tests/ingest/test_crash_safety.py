"""kill -9 in the middle of `fundus ingest`, then ingest again: the index must equal a clean
run's, with no duplicate chunk and no half-indexed document."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import select

from core.settings import Settings
from core.tables import DocumentRow
from encoder.embedding import Encoder
from ingest.api import ingest_paths
from runtime.resources import Resources
from tests.conftest import local_settings
from tests.fixtures.builders import write_good_files

FILES = 30
KILL_AFTER = 6  # documents indexed before the kill


def _write_corpus(folder: Path) -> None:
    folder.mkdir(parents=True)
    topics = ["Abwasser", "Friedhof", "Hunde", "Kita", "Straßenreinigung", "Feuerwehr"]
    for n in range(FILES):
        topic = topics[n % len(topics)]
        sections = "\n\n".join(
            f"§ {s} Regelung {s} zu {topic} in Testhausen {n}\n\n"
            + " ".join(
                f"({k}) Die Gemeinde Testhausen {n} regelt im Absatz {k} des § {s} die "
                f"Gebühren für {topic}, die Fälligkeit und die Haftung der Pflichtigen."
                for k in range(1, 6)
            )
            for s in range(1, 5)
        )
        (folder / f"satzung-{n:02d}.md").write_text(
            f"# {topic}satzung der Gemeinde Testhausen {n}\n\n{sections}\n", encoding="utf-8"
        )


def _settings(data_dir: Path, model_dir: Path) -> Settings:
    # embedding cache off: a warm cache would finish the run before the kill
    return local_settings(data_dir, model_dir, embedding_cache=False)


def _indexed(database: Path) -> int:
    if not database.exists():
        return 0
    try:
        with closing(sqlite3.connect(database, timeout=1)) as db:
            return db.execute("SELECT count(*) FROM documents WHERE state = 'indexed'").fetchone()[
                0
            ]
    except sqlite3.OperationalError:  # table not created yet, or locked for a moment
        return 0


def _kill_mid_run(folder: Path, data_dir: Path, model_dir: Path, tmp_path: Path) -> None:
    env = {
        **os.environ,
        "FUNDUS_DATA_DIR": str(data_dir),
        "FUNDUS_MODEL_DIR": str(model_dir),
        "FUNDUS_EMBEDDING_CACHE": "false",
        "FUNDUS_BATCH_SIZE": "4",  # small batches: documents finish one by one
        "FUNDUS_INGEST_BATCH_FILES": "2",
        "HF_HUB_OFFLINE": "1",
    }
    for key in ("FUNDUS_QDRANT_URL", "FUNDUS_DATABASE_URL"):
        env.pop(key, None)
    log = (tmp_path / "ingest.log").open("wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "fundus.cli", "ingest", str(folder)],
        env=env,
        cwd=tmp_path,  # no .env of the project
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 600
    try:
        while _indexed(data_dir / "fundus.sqlite3") < KILL_AFTER:
            assert proc.poll() is None, (tmp_path / "ingest.log").read_text(errors="replace")
            assert time.monotonic() < deadline, "ingestion did not start in time"
            time.sleep(0.02)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
        log.close()
    assert proc.returncode == -signal.SIGKILL
    assert KILL_AFTER <= _indexed(data_dir / "fundus.sqlite3") < FILES, "not killed mid-run"


def _state(resources: Resources) -> tuple[dict[str, int], Counter[tuple[str, int]], set[str]]:
    """Chunk count per document row, (document, position) counts in the index, point ids."""
    with resources.db() as session:
        rows = list(session.scalars(select(DocumentRow)))
    assert all(r.state == "indexed" for r in rows), [r.source_key for r in rows]
    points, offset = [], None
    while True:
        page, offset = resources.store.scroll(None, limit=256, offset=offset)
        points.extend(page)
        if offset is None:
            break
    positions = Counter((p.payload["document_id"], p.payload["chunk_position"]) for p in points)
    return {r.id: r.chunk_count for r in rows}, positions, {p.id for p in points}


@pytest.mark.slow
def test_sigkill_mid_ingest_then_rerun_equals_a_clean_run(
    tmp_path: Path, model_dir: Path, encoder: Encoder
) -> None:
    folder = tmp_path / "eingang"
    _write_corpus(folder)
    killed_dir = tmp_path / "killed"
    _kill_mid_run(folder, killed_dir, model_dir, tmp_path)

    with Resources(_settings(killed_dir, model_dir), encoder=encoder) as resources:
        report = ingest_paths([folder], resources, progress=False)
        assert report.failed == []
        rows, positions, ids = _state(resources)
        total = resources.store.count()
    with Resources(_settings(tmp_path / "clean", model_dir), encoder=encoder) as resources:
        ingest_paths([folder], resources, progress=False)
        clean_rows, clean_positions, clean_ids = _state(resources)
        clean_total = resources.store.count()

    assert len(rows) == FILES
    assert total == clean_total == sum(clean_rows.values())
    assert max(positions.values()) == 1, "duplicate chunks"
    assert len(positions) == total
    per_document = Counter(document_id for document_id, _ in positions)
    assert per_document == Counter(rows), "a document's row and its chunks disagree"
    assert rows == clean_rows and ids == clean_ids


class _Killed(BaseException):
    """Stands for kill -9: nothing after it runs (not even `except Exception`)."""


def test_kill_between_index_delete_and_row_delete_is_repaired(
    tmp_path: Path, resources: Resources, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "eingang"
    files = write_good_files(folder)
    ingest_paths([folder], resources, progress=False)
    files["docx"].unlink()
    real_delete = resources.store.delete_documents

    def delete_then_die(ids: list[str]) -> None:
        real_delete(ids)
        resources.store.flush()
        raise _Killed

    monkeypatch.setattr(resources.store, "delete_documents", delete_then_die)
    with pytest.raises(_Killed):
        ingest_paths([folder], resources, prune=True, progress=False)
    monkeypatch.undo()

    report = ingest_paths([folder], resources, progress=False)  # no --prune this time
    assert report.repaired == 1
    rows, positions, _ = _state(resources)
    assert len(rows) == 5 and Counter(d for d, _ in positions) == Counter(rows)

"""`fundus ingest --worker K/N`: N workers split the files and together index what one run does."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from core.errors import InvalidRequest
from core.tables import DocumentRow
from encoder.embedding import Encoder
from ingest.api import WorkerShare, ingest_paths
from ingest.discover import SourceFile, discover
from runtime.resources import Resources
from tests.conftest import CORPUS, local_settings

# Nine short sample documents from two folders: enough for three non-empty shares, cheap to embed.
SUBSET = [
    "sonstiges/so-entwurf-pressemitteilung-lfag-2027.md",  # share 1 of 3
    "sonstiges/so-vermerk-praesidium-2026-12.md",  # 1
    "rundschreiben/rs-2024-063.md",  # 1
    "rundschreiben/rs-2026-194.md",  # 1
    "sonstiges/so-protokoll-ak-kaemmerei-2026-10.md",  # 2
    "sonstiges/rl-reisekosten-gremien.md",  # 2
    "rundschreiben/rs-2026-206.md",  # 2
    "sonstiges/rl-foerderrichtlinie-klimaanpassung.md",  # 3
    "rundschreiben/rs-2026-201.md",  # 3
]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "beispiel"
    for name in SUBSET:
        (target / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(CORPUS / "documents" / name, target / name)
    return target


def _state(resources: Resources) -> tuple[dict[str, tuple[str, str, int]], set[str], int]:
    """Document rows (id -> key, fingerprint, chunks), chunk ids and the index's point count."""
    with resources.db() as session:
        rows = {
            r.id: (r.source_key, r.fingerprint, r.chunk_count)
            for r in session.scalars(select(DocumentRow))
        }
    points, offset = resources.store.scroll(None, limit=1000)
    assert offset is None
    return rows, {p.id for p in points}, resources.store.count()


def test_shares_split_a_file_list_exactly_once(folder: Path) -> None:
    files = discover([folder])
    shares = [[f.key for f in files if WorkerShare(k, 3).takes(f)] for k in (1, 2, 3)]
    assert sorted(sum(shares, [])) == sorted(f.key for f in files)  # each file in one share
    assert all(shares), shares  # the subset is chosen so that no worker is idle
    assert [f.key for f in files if WorkerShare(1, 1).takes(f)] == [f.key for f in files]
    assert WorkerShare.parse(" 2/3 ") == WorkerShare(2, 3) and str(WorkerShare(2, 3)) == "2/3"
    for bad in ("0/3", "4/3", "2", "a/b", "-1/3"):
        with pytest.raises(InvalidRequest):
            WorkerShare.parse(bad)


def test_three_workers_index_what_one_run_does(
    folder: Path, tmp_path: Path, model_dir: Path, encoder: Encoder
) -> None:
    with Resources(local_settings(tmp_path / "full", model_dir), encoder=encoder) as resources:
        full = ingest_paths([folder], resources, progress=False)
        assert full.failed == [] and full.documents_written == len(SUBSET)
        expected = _state(resources)

    # The embedded engine is owned by one process at a time, so the workers run one after
    # another here; on a Qdrant server they run side by side.
    workers_dir = tmp_path / "workers"
    reports = []
    for k in (1, 2, 3):
        with Resources(local_settings(workers_dir, model_dir), encoder=encoder) as resources:
            reports.append(
                ingest_paths([folder], resources, progress=False, worker=WorkerShare(k, 3))
            )
    assert sum(r.files for r in reports) == len(SUBSET)
    assert sum(r.documents_written for r in reports) == len(SUBSET)
    assert all(r.failed == [] and r.removed == 0 for r in reports)

    with Resources(local_settings(workers_dir, model_dir), encoder=encoder) as resources:
        assert _state(resources) == expected  # same rows, fingerprints and chunk ids, no extras
        again = ingest_paths([folder], resources, progress=False)
    assert again.unchanged == again.files == len(SUBSET)
    assert again.documents_written == again.chunks_written == again.removed == 0


def test_a_worker_repairs_only_its_own_files(
    folder: Path, tmp_path: Path, model_dir: Path, encoder: Encoder
) -> None:
    """A document in 'writing' may be another worker's work in progress: hands off."""
    with Resources(local_settings(tmp_path / "data", model_dir), encoder=encoder) as resources:
        ingest_paths([folder], resources, progress=False)
        files = discover([folder])
        mine = next(f for f in files if WorkerShare(1, 3).takes(f))
        other = next(f for f in files if not WorkerShare(1, 3).takes(f))
        with resources.db.begin() as session:
            for f in (mine, other):
                row = session.scalars(select(DocumentRow).where(DocumentRow.origin == f.key)).one()
                row.state = "writing"
        report = ingest_paths([folder], resources, progress=False, worker=WorkerShare(1, 3))
        assert report.repaired == 1 and report.documents_written == 1
        with resources.db() as session:
            states = dict(session.execute(select(DocumentRow.origin, DocumentRow.state)).all())
        assert states[mine.key] == "indexed" and states[other.key] == "writing"


def test_stale_documents_are_left_to_the_plain_run(
    folder: Path, tmp_path: Path, model_dir: Path, encoder: Encoder
) -> None:
    """A changed front-matter id leaves the old document behind in a worker (another worker may
    be writing that id from another file right now); the next plain run removes it."""
    with Resources(local_settings(tmp_path / "data", model_dir), encoder=encoder) as resources:
        ingest_paths([folder], resources, progress=False)
        path = folder / SUBSET[0]
        old_id = "so-entwurf-pressemitteilung-lfag-2027"
        path.write_text(
            path.read_text(encoding="utf-8").replace(f"id: {old_id}", "id: neue-id", 1),
            encoding="utf-8",
        )
        share = next(WorkerShare(k, 3) for k in (1, 2, 3) if WorkerShare(k, 3).takes(_file(path)))
        by_worker = ingest_paths([folder], resources, progress=False, worker=share)
        assert by_worker.documents_written == 1 and by_worker.removed == 0
        assert {old_id, "neue-id"} <= _keys(resources)
        plain = ingest_paths([folder], resources, progress=False)
        assert plain.removed == 1 and plain.unchanged == len(SUBSET) - 1
        assert "neue-id" in _keys(resources) and old_id not in _keys(resources)


def _file(path: Path) -> SourceFile:
    return next(f for f in discover([path.parents[1]]) if f.path == path.resolve())


def _keys(resources: Resources) -> set[str]:
    with resources.db() as session:
        return set(session.scalars(select(DocumentRow.source_key)))


def test_a_worker_never_prunes(folder: Path, resources: Resources) -> None:
    with pytest.raises(InvalidRequest, match="koordinierenden Lauf"):
        ingest_paths([folder], resources, prune=True, worker=WorkerShare(1, 3))


@pytest.fixture
def cli_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    from core.settings import get_settings

    monkeypatch.setenv("FUNDUS_DATA_DIR", str(tmp_path / "cli-data"))
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


@pytest.mark.usefixtures("cli_env")
@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--worker", "2/3", "--prune"], "koordinierenden Lauf"),
        (["--worker", "4/3"], "zwischen 1 und N"),
        (["--worker", "zwei"], "K/N"),
        (["--worker", "1/3", "--dry-run"], "--dry-run"),
    ],
)
def test_cli_refuses_bad_worker_runs(folder: Path, args: list[str], message: str) -> None:
    from fundus.cli import app

    result = CliRunner().invoke(app, ["ingest", *args, str(folder)])
    assert result.exit_code == 1, result.output
    assert message in result.output


@pytest.mark.usefixtures("cli_env")
def test_cli_worker_on_a_locked_embedded_index_names_the_way_out(
    folder: Path, tmp_path: Path
) -> None:
    """Parallel workers need a Qdrant server; on the embedded engine the second one stops."""
    from fundus.cli import app
    from index.edge import EdgeStore

    holder = EdgeStore(tmp_path / "cli-data" / "index", "fundus")  # another process, say
    try:
        result = CliRunner().invoke(app, ["ingest", "--worker", "1/3", str(folder)])
    finally:
        holder.close()
    assert result.exit_code == 1, result.output
    assert "nacheinander" in result.output and "FUNDUS_QDRANT_URL" in result.output

"""A bad day for the data folder (issue 17, items 5, 8 and 9), on copies of a real one made by
ingesting a few real documents: a damaged database, an index that lost its points, a read-only
folder, file modes, and originals nobody refers to."""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from core.data_dir import prepare_data_dir
from core.errors import DataDirUnusable
from core.settings import Settings
from documents.originals import save_original, sweep
from encoder.embedding import Encoder
from fundus.backup import backup
from fundus.serving import EXIT_DATA_DIR
from ingest.api import ingest_paths
from ingest.reindex import reindex_all
from runtime.resources import Resources
from search_api.main import create_app
from tests.fixtures.builders import write_good_files

DATABASE = "fundus.sqlite3"


@pytest.fixture(scope="module")
def real_data(
    tmp_path_factory: pytest.TempPathFactory, model_dir: Path, encoder: Encoder
) -> Iterator[tuple[Path, Path, Settings]]:
    """(data folder, document folder, settings) after one real ingestion."""
    root = tmp_path_factory.mktemp("echt")
    settings = Settings(data_dir=root / "data", model_dir=model_dir, _env_file=None)  # type: ignore[call-arg]
    write_good_files(root / "docs")
    with Resources(settings, encoder=encoder) as resources:
        report = ingest_paths([root / "docs"], resources, progress=False)
    assert report.documents_written >= 5 and not report.failed
    yield settings.data_dir, root / "docs", settings


def _copy(real: tuple[Path, Path, Settings], tmp_path: Path) -> Settings:
    data, _, settings = real
    copy = tmp_path / "kopie"
    shutil.copytree(data, copy)
    for lock in copy.rglob("*.lock"):
        lock.unlink()
    return settings.model_copy(update={"data_dir": copy})


def _cli(
    settings: Settings, *args: str, wrap: list[str] | None = None
) -> subprocess.CompletedProcess:  # type: ignore[type-arg]
    env = {
        **os.environ,
        "FUNDUS_DATA_DIR": str(settings.data_dir),
        "FUNDUS_MODEL_DIR": str(settings.model_dir),
        "FUNDUS_API_URL": "http://127.0.0.1:9",  # no API: commands open the data folder
        "FUNDUS_API_PORT": "0",
    }
    command = [sys.executable, "-m", "fundus.cli", *args]
    return subprocess.run(
        [*(wrap or []), *command], env=env, capture_output=True, text=True, timeout=120
    )


def _one_german_line(result: subprocess.CompletedProcess, code: int, words: str) -> None:  # type: ignore[type-arg]
    assert result.returncode == code, (result.returncode, result.stderr[-2000:])
    assert "Traceback" not in result.stderr, result.stderr[-2000:]
    errors = [line for line in result.stderr.splitlines() if line.startswith("Fehler:")]
    assert len(errors) == 1 and words in errors[0], result.stderr[-2000:]


@pytest.mark.parametrize(
    ("damage", "words"),
    [(b"", "leer (0 Bytes)"), (b"kein SQLite" * 100, "keine SQLite-Datenbank")],
)
@pytest.mark.slow
def test_a_damaged_database_is_one_german_line_never_a_new_one(
    real_data: tuple[Path, Path, Settings], tmp_path: Path, damage: bytes, words: str
) -> None:
    settings = _copy(real_data, tmp_path)
    database = settings.data_dir / DATABASE
    for side in database.parent.glob(f"{DATABASE}-*"):
        side.unlink()
    database.write_bytes(damage)
    with Resources(settings) as resources, pytest.raises(DataDirUnusable, match=re.escape(words)):
        resources.db  # noqa: B018
    with pytest.raises(DataDirUnusable), TestClient(create_app(settings)):
        pass
    _one_german_line(_cli(settings, "serve"), EXIT_DATA_DIR, words)
    _one_german_line(_cli(settings, "ingest", str(real_data[1])), 1, words)
    assert database.read_bytes() == damage  # nothing replaced it with an empty database


@pytest.mark.slow
def test_an_index_that_lost_its_points_is_refused_then_rebuilt(
    real_data: tuple[Path, Path, Settings], tmp_path: Path, encoder: Encoder
) -> None:
    settings = _copy(real_data, tmp_path)
    shutil.rmtree(settings.data_dir / "index")
    with (
        Resources(settings, encoder=encoder) as resources,
        pytest.raises(DataDirUnusable, match="fundus reindex"),
    ):
        ingest_paths([real_data[1]], resources, progress=False)
    with pytest.raises(DataDirUnusable, match="fundus reindex"), TestClient(create_app(settings)):
        pass
    _one_german_line(_cli(settings, "serve"), EXIT_DATA_DIR, "fundus reindex")
    with Resources(settings, encoder=encoder) as resources:
        assert reindex_all(resources) >= 5
        again = ingest_paths([real_data[1]], resources, progress=False)
        assert again.unchanged >= 5 and resources.store.count() > 0


@pytest.mark.slow
def test_a_read_only_data_dir_is_one_german_line(
    real_data: tuple[Path, Path, Settings], tmp_path: Path
) -> None:
    settings = _copy(real_data, tmp_path)
    folder = str(settings.data_dir)
    if os.geteuid() == 0:  # root writes anywhere: make it read-only in a mount namespace
        if shutil.which("unshare") is None:
            pytest.skip("needs unshare to make a folder read-only as root")
        script = f"mount --bind {folder} {folder} && mount -o remount,ro,bind {folder} && exec "
        wrap = ["unshare", "-m", "sh", "-c", script + '"$@"', "sh"]
        probe = subprocess.run([*wrap, "true"], capture_output=True)
        if probe.returncode != 0:
            pytest.skip(f"cannot mount read-only here: {probe.stderr!r}")
    else:
        wrap = []
        for path in [settings.data_dir, *settings.data_dir.rglob("*")]:
            path.chmod(path.stat().st_mode & ~0o222)
    _one_german_line(_cli(settings, "serve", wrap=wrap), EXIT_DATA_DIR, "nicht beschreibbar")
    _one_german_line(
        _cli(settings, "ingest", str(real_data[1]), wrap=wrap), 1, "nicht beschreibbar"
    )


def test_the_data_dir_is_private(real_data: tuple[Path, Path, Settings], tmp_path: Path) -> None:
    settings = _copy(real_data, tmp_path)
    database = settings.data_dir / DATABASE
    original = next(p for p in (settings.data_dir / "originals").rglob("*") if p.is_file())
    for path in (settings.data_dir, database, original, original.parent):
        path.chmod(0o755 if path.is_dir() else 0o644)
    prepare_data_dir(settings.data_dir)
    for path in [settings.data_dir, *settings.data_dir.rglob("*")]:
        if not path.is_symlink():
            assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0, path
    fresh = tmp_path / "neu" / "daten"
    prepare_data_dir(fresh)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o700
    save_original(database, "ab" * 32, fresh / "originals", data=b"Inhalt")
    saved = fresh / "originals" / "ab" / ("ab" * 32)
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600


def test_a_failed_write_leaves_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """/dev/full answers every write with ENOSPC, as a full disk does."""
    real_open = os.open

    def full_disk(path: str, flags: int, mode: int = 0o777) -> int:
        os.close(real_open(path, flags, mode))  # the temp file is created, the write fails
        return real_open("/dev/full", os.O_WRONLY)

    monkeypatch.setattr(os, "open", full_disk)
    with pytest.raises(OSError, match="No space"):
        save_original(Path("/dev/null"), "cd" * 32, tmp_path / "originals", data=b"x" * 100_000)
    monkeypatch.undo()
    assert list((tmp_path / "originals").rglob("*")) == [tmp_path / "originals" / "cd"]


@pytest.mark.slow
def test_originals_live_as_long_as_a_document_refers_to_them(
    real_data: tuple[Path, Path, Settings], tmp_path: Path, encoder: Encoder
) -> None:
    settings = _copy(real_data, tmp_path)
    docs = tmp_path / "docs"
    shutil.copytree(real_data[1], docs)
    originals = settings.data_dir / "originals"

    def stored() -> set[str]:
        return {p.name for p in originals.rglob("*") if p.is_file()}

    before = stored()
    with Resources(settings, encoder=encoder) as resources:
        # replace: a changed file's old original goes
        (docs / "notiz.txt").write_text("Aktennotiz: Die Gebühr bleibt. Neue Fassung.", "utf-8")
        report = ingest_paths([docs], resources, progress=False)
        assert report.documents_written == 1
        assert len(stored()) == len(before)
        # prune: a removed file's original goes
        (docs / "vertrag.docx").unlink()
        report = ingest_paths([docs], resources, prune=True, progress=False)
        assert report.removed == 1 and len(stored()) == len(before) - 1
        # a leftover no document refers to (from an older version) is swept by a prune run
        leftover = originals / "ee" / ("ee" * 32)
        leftover.parent.mkdir()
        leftover.write_bytes(b"alt")
        os.utime(leftover, (0, 0))
        (originals / "ee" / "x.123.tmp").write_bytes(b"halb")
        os.utime(originals / "ee" / "x.123.tmp", (0, 0))
        assert sweep(resources.db, originals) == 2 and not leftover.parent.exists()
        kept = stored()
        leftover.parent.mkdir()
        leftover.write_bytes(b"alt")
    manifest = backup(settings, tmp_path / "sicherung")
    assert manifest.originals == len(kept)  # what nobody refers to stays out of the backup
    assert {
        p.name for p in (tmp_path / "sicherung" / "originals").rglob("*") if p.is_file()
    } == kept

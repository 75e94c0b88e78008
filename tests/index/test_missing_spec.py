"""A missing collection spec file never deletes the index (issue 17, item 5); run on a copy of a
real data folder made by ingesting a few documents."""

from __future__ import annotations

import shutil
from pathlib import Path

from core.settings import Settings
from encoder.embedding import Encoder
from ingest.api import ingest_paths
from runtime.resources import Resources
from tests.fixtures.builders import write_good_files


def test_lost_spec_file_keeps_the_points(tmp_path: Path, model_dir: Path, encoder: Encoder) -> None:
    settings = Settings(data_dir=tmp_path / "data", model_dir=model_dir, _env_file=None)  # type: ignore[call-arg]
    write_good_files(tmp_path / "docs")
    with Resources(settings, encoder=encoder) as resources:
        report = ingest_paths([tmp_path / "docs"], resources, progress=False)
        points = resources.store.count()
    assert report.documents_written > 0 and points > 0
    copy = tmp_path / "kopie"
    shutil.copytree(settings.data_dir, copy)
    spec_files = list(copy.rglob("fundus-collection.json"))
    assert len(spec_files) == 1
    spec_files[0].unlink()
    copied = settings.model_copy(update={"data_dir": copy})
    with Resources(copied, encoder=encoder) as resources:
        resources.store.ensure_collection(resources.collection_spec())
        assert resources.store.count() == points
        again = ingest_paths([tmp_path / "docs"], resources, progress=False)
        assert again.unchanged == report.documents_written
        assert resources.store.count() == points
    assert spec_files[0].exists()

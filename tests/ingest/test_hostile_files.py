"""Broken and hostile files: each is reported with its reason, nothing of it reaches the index,
and the good files of the same batch are indexed."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from core.settings import Settings
from core.tables import DocumentRow
from encoder.embedding import Encoder
from ingest.api import ingest_paths
from runtime.resources import Resources
from tests.fixtures.builders import write_good_files
from tests.fixtures.hostile import write_hostile_files, write_unusual_good_files


@pytest.fixture
def strict_resources(settings: Settings, encoder: Encoder):  # type: ignore[no-untyped-def]
    """1 MB file limit (so the oversized file stays small) and OCR off (deterministic)."""
    strict = settings.model_copy(update={"max_file_mb": 1, "ocr": False})
    with Resources(strict, encoder=encoder) as res:
        yield res


def test_hostile_files_are_rejected_with_reasons_and_the_batch_goes_on(
    tmp_path: Path, strict_resources: Resources
) -> None:
    folder = tmp_path / "eingang"
    write_good_files(folder)
    expected = write_hostile_files(folder)
    good_keys = write_unusual_good_files(folder)
    assert len(expected) >= 20

    report = ingest_paths([folder], strict_resources, progress=False)

    reasons = {Path(f.path).relative_to(folder).as_posix(): f.reason for f in report.failed}
    assert set(reasons) == set(expected), sorted(set(reasons) ^ set(expected))
    wrong = {name: reasons[name] for name, words in expected.items() if words not in reasons[name]}
    assert not wrong, wrong
    assert all(reason.strip() for reason in reasons.values())

    with strict_resources.db() as session:
        rows = {r.source_key: r for r in session.scalars(select(DocumentRow))}
    assert report.documents_written == len(rows) == 6 + len(good_keys)
    assert set(good_keys) <= set(rows)
    assert all(r.state == "indexed" and r.chunk_count >= 1 for r in rows.values())
    indexed_keys = {
        p.payload["source_key"] for p in strict_resources.store.scroll(None, limit=500)[0]
    }
    assert indexed_keys == set(rows)
    failed_files = {name.split("#")[0] for name in expected} - {"post.eml"}
    assert not failed_files & set(rows), "nothing of a rejected file may be indexed"


def test_mail_and_attachments_are_linked_documents(
    tmp_path: Path, strict_resources: Resources
) -> None:
    folder = tmp_path / "eingang"
    write_hostile_files(folder)
    ingest_paths([folder], strict_resources, progress=False)
    with strict_resources.db() as session:
        rows = {r.source_key: r for r in session.scalars(select(DocumentRow))}
    mail, attachment = rows["post.eml"], rows["post.eml#2-hebesaetze.txt"]
    assert mail.title == "WG: Rundschreiben Nr. 12/2025 zur Grundsteuerreform"
    assert mail.doc_type == "Rundschreiben"
    assert mail.meta["date"] == "2025-06-03"
    assert mail.meta["extra"]["sender"].startswith("Referat 3")
    assert mail.meta["extra"]["attachments_skipped"] == ["logo.png"]
    assert attachment.meta["extra"]["parent"] == "post.eml"
    assert attachment.origin == mail.origin == "post.eml"
    assert attachment.meta["date"] == "2025-06-03"  # dated by its mail
    assert "480 Prozent" in attachment.text and attachment.file_name == "hebesaetze.txt"

    (folder / "post.eml").unlink()
    pruned = ingest_paths([folder], strict_resources, prune=True, progress=False)
    assert pruned.removed == 2  # the mail takes its attachments with it

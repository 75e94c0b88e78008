"""End to end: real files -> real model -> embedded Qdrant, and the idempotency guarantees."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import func, select

from core.tables import DocumentRow
from ingest.api import ingest_paths
from runtime.resources import Resources
from tests.fixtures.builders import make_pdf, write_good_files


def _doc_count(resources: Resources) -> int:
    with resources.db() as session:
        return int(session.scalar(select(func.count()).select_from(DocumentRow)) or 0)


def test_ingest_all_formats_then_rerun_adds_nothing(tmp_path: Path, resources: Resources) -> None:
    folder = tmp_path / "eingang"
    write_good_files(folder)
    report = ingest_paths([folder], resources, progress=False)
    assert report.failed == []
    assert report.documents_written == 6
    chunks = resources.store.count()
    assert chunks == report.chunks_written >= 6

    again = ingest_paths([folder], resources, progress=False)
    assert again.documents_written == 0 and again.chunks_written == 0
    assert again.unchanged == 6
    assert resources.store.count() == chunks
    assert _doc_count(resources) == 6


def test_metadata_from_front_matter_and_sidecar(tmp_path: Path, resources: Resources) -> None:
    folder = tmp_path / "eingang"
    write_good_files(folder)
    ingest_paths([folder], resources, progress=False)
    with resources.db() as session:
        rows = {r.source_key: r for r in session.scalars(select(DocumentRow))}
    satzung = rows["hundesteuer-test"]  # front-matter id is the key
    assert satzung.external_id == "hundesteuer-test"
    assert satzung.doc_type == "Satzung" and satzung.access == "public"
    pdf = rows["rundschreiben.pdf"]  # no id: the relative path is the key
    assert pdf.doc_type == "Rundschreiben" and pdf.meta["number"] == "Rundschreiben Nr. 7/2025"
    assert pdf.access == "members"  # default access for documents that state none
    assert rows["notiz.txt"].title == "notiz"


def test_changed_file_replaces_its_chunks(tmp_path: Path, resources: Resources) -> None:
    folder = tmp_path / "eingang"
    files = write_good_files(folder)
    ingest_paths([folder], resources, progress=False)
    before = resources.store.count()
    files["pdf"].write_bytes(make_pdf(["Rundschreiben Nr. 7/2025", "Nur noch ein Satz."]))
    report = ingest_paths([folder], resources, progress=False)
    assert report.documents_written == 1 and report.unchanged == 5
    assert resources.store.count() == before  # one chunk replaced by one chunk, no leftovers
    hits = resources.store.scroll(None, limit=100)[0]
    texts = " ".join(p.payload["text"] for p in hits)
    assert "Nur noch ein Satz" in texts and "Urnengräber" not in texts


def test_prune_removes_documents_of_deleted_files(tmp_path: Path, resources: Resources) -> None:
    folder = tmp_path / "eingang"
    files = write_good_files(folder)
    ingest_paths([folder], resources, progress=False)
    files["docx"].unlink()
    kept = ingest_paths([folder], resources, progress=False)
    assert kept.removed == 0 and _doc_count(resources) == 6  # without --prune nothing goes
    pruned = ingest_paths([folder], resources, prune=True, progress=False)
    assert pruned.removed == 1 and _doc_count(resources) == 5
    remaining = {p.payload["source_key"] for p in resources.store.scroll(None, limit=100)[0]}
    assert "vertrag.docx" not in remaining


def test_bad_files_are_reported_and_the_batch_goes_on(tmp_path: Path, resources: Resources) -> None:
    folder = tmp_path / "eingang"
    write_good_files(folder)
    (folder / "leer.pdf").write_bytes(b"")
    (folder / "geheim.pdf").write_bytes(make_pdf(password="geheim"))
    (folder / "kaputt.pdf").write_bytes(make_pdf()[:300])
    (folder / "falsch.docx").write_text("kein Word-Dokument", encoding="utf-8")
    report = ingest_paths([folder], resources, progress=False)
    reasons = {Path(f.path).name: f.reason for f in report.failed}
    assert set(reasons) == {"leer.pdf", "geheim.pdf", "kaputt.pdf", "falsch.docx"}
    assert "leer" in reasons["leer.pdf"] and "verschlüsselt" in reasons["geheim.pdf"]
    assert report.documents_written == 6


def test_jsonl_ids_become_external_ids_and_sources_do_not_collide(
    tmp_path: Path, resources: Resources
) -> None:
    rows = [
        {"id": "1", "title": "Wasser", "text": "Die Wassergebühr beträgt 2 Euro je Kubikmeter."}
    ]
    for name in ("set_a", "set_b"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "corpus.jsonl").write_text(
            "\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8"
        )
    report_a = ingest_paths([tmp_path / "set_a"], resources, progress=False)
    report_b = ingest_paths([tmp_path / "set_b"], resources, progress=False)
    assert report_a.documents_written == report_b.documents_written == 1
    assert report_b.duplicates == ["1 = 1"]  # same text under two keys is reported
    assert _doc_count(resources) == 2
    assert {p.payload["external_id"] for p in resources.store.scroll(None, limit=10)[0]} == {"1"}


def test_interrupted_document_is_repaired(tmp_path: Path, resources: Resources) -> None:
    folder = tmp_path / "eingang"
    write_good_files(folder)
    ingest_paths([folder], resources, progress=False)
    clean_count = resources.store.count()
    with resources.db.begin() as session:  # what a kill -9 between delete and insert leaves
        row = session.scalars(
            select(DocumentRow).where(DocumentRow.source_key == "notiz.txt")
        ).one()
        row.state = "writing"
    resources.store.delete_documents([row.id])
    report = ingest_paths([folder], resources, progress=False)
    assert report.repaired == 1 and report.documents_written == 1
    assert resources.store.count() == clean_count


def test_reindex_rebuilds_the_same_index_from_the_database(
    tmp_path: Path, resources: Resources
) -> None:
    """`fundus reindex` runs the chunk -> embed -> write part of the one pipeline."""
    from ingest.reindex import reindex_all

    folder = tmp_path / "eingang"
    write_good_files(folder)
    report = ingest_paths([folder], resources, progress=False)
    before = {
        (p.payload["document_id"], p.payload["chunk_position"], p.payload["access"])
        for p in resources.store.scroll(None, limit=1000)[0]
    }
    assert reindex_all(resources) == report.documents_written
    after = {
        (p.payload["document_id"], p.payload["chunk_position"], p.payload["access"])
        for p in resources.store.scroll(None, limit=1000)[0]
    }
    assert after == before and len(after) == report.chunks_written

"""The Nachrichtendienst built from the sample corpus: what goes in, its grouping, the key
sentences (verbatim from the document), and the HTML, PDF, CLI and API outputs."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from pypdf import PdfReader
from sqlalchemy import select
from typer.testing import CliRunner

from core.access import levels_for
from core.keys import create_key
from core.tables import DocumentRow
from core.taxonomy import load_taxonomy
from core.weeks import parse_week
from notify.digest import Digest, nachrichtendienst
from notify.render import digest_html, digest_pdf, digest_text
from notify.sentences import candidate_spans
from runtime.resources import Resources

W47_NUMBERS = {f"Rundschreiben Nr. {n}/2026" for n in (201, 203, 205, 206, 207)}


@pytest.fixture(scope="module")
def w47(sample_resources: Resources) -> Digest:
    return nachrichtendienst(
        sample_resources, parse_week("2026-W47"), access=levels_for("member"), recipient="Test"
    )


def _texts(resources: Resources) -> dict[str, str]:
    with resources.db() as session:
        return dict(session.execute(select(DocumentRow.id, DocumentRow.text)).all())


def test_w47_holds_the_weeks_circulars_grouped_by_referat_and_topic(
    w47: Digest, sample_resources: Resources
) -> None:
    entries = w47.entries()
    assert {e.number for e in entries} == W47_NUMBERS
    week = parse_week("2026-W47")
    assert all(week.contains(e.date) and e.doc_type == "Rundschreiben" for e in entries)
    taxonomy = load_taxonomy(sample_resources.settings.taxonomy_file)
    order = [r.name for r in taxonomy.referate]
    names = [s.name for s in w47.sections]
    assert names == sorted(names, key=order.index)  # the association's order of Referate
    assert names[0] == "Referat 1 – Recht, Verfassung und Personal"
    for section in w47.sections:
        referat = taxonomy.referat_named(section.name)
        assert referat is not None and section.contact == referat.ansprechpartner
    finance = next(s for s in w47.sections if s.name == "Referat 2 – Finanzen")
    assert [t.name for t in finance.topics] == ["Grundsteuer"]
    assert all(e.url.endswith(f"/dokument?id={e.document_id}") for e in entries)


def test_key_sentences_are_verbatim_from_the_document(
    w47: Digest, sample_resources: Resources
) -> None:
    texts = _texts(sample_resources)
    for entry in w47.entries():
        text = texts[entry.document_id]
        assert 2 <= len(entry.sentences) <= 3, entry.title
        for sentence in entry.sentences:
            assert sentence[:1].isupper(), (entry.title, sentence)  # also after a salutation
            verbatim = sentence in text or sentence[:1].lower() + sentence[1:] in text
            assert verbatim, (entry.title, sentence)
            assert sentence.rstrip()[-1] in ".!?" and len(sentence.split()) >= 7
    grundsteuer = next(e for e in w47.entries() if e.number == "Rundschreiben Nr. 205/2026")
    joined = " ".join(grundsteuer.sentences)
    assert "Grundsteuer" in joined or "Einspr" in joined  # about what the title says


def test_sentence_splitting_keeps_abbreviations_and_skips_letter_furniture() -> None:
    text = (
        "Rundschreiben Nr. 5/2026\n\nMusterstadt, 2. Mai 2026 · Referat 2 · Az. 20.30\n\n"
        "Sehr geehrte Damen und Herren,\n\n"
        "nach § 3 Abs. 2 Nr. 1 KAG sind die Gebühren z. B. jährlich zu kalkulieren und am "
        "2. Oktober 2026 bekannt zu machen. Kurz.\n\n"
        "- **Frist:** Die Satzung muss bis zum Jahresende vom Rat beschlossen werden.\n\n"
        "## Hinweise\n\n| Tabelle | mit Werten die hier nicht hingehören. |\n\n"
        "Mit freundlichen Grüßen\n\nDr. Miriam Albers\n"
    )
    sentences = [text[s.start : s.end] for s in candidate_spans(text)]
    assert sentences == [
        "nach § 3 Abs. 2 Nr. 1 KAG sind die Gebühren z. B. jährlich zu kalkulieren und am "
        "2. Oktober 2026 bekannt zu machen.",
        "Die Satzung muss bis zum Jahresende vom Rat beschlossen werden.",
    ]


def test_html_text_and_pdf_are_german_and_complete(w47: Digest, tmp_path: Path) -> None:
    html = digest_html(w47)
    assert '<html lang="de">' in html and "Nachrichtendienst" in html and "KW 47/2026" in html
    assert "Ansprechpartner" in html and "Dr. Miriam Albers" in html and "Ausgabe für Test" in html
    text = digest_text(w47)
    assert "== Referat 2 – Finanzen ==" in text
    pdf = digest_pdf(w47)
    assert pdf.startswith(b"%PDF")
    reader = PdfReader(io.BytesIO(pdf))
    content = " ".join(page.extract_text() for page in reader.pages)
    assert "Nachrichtendienst" in content and "Seite 1 von" in content
    assert "Widersprüchen" in content  # umlauts survive (embedded font with a Unicode map)
    for number in W47_NUMBERS:
        assert number in content


def test_a_members_copy_never_holds_staff_documents(sample_resources: Resources) -> None:
    week = parse_week("2026-W46")  # the draft statement st-2026-021 (staff) is dated here
    member = nachrichtendienst(sample_resources, week, access=levels_for("member"))
    staff = nachrichtendienst(sample_resources, week, access=levels_for("staff"))
    draft = "Stellungnahme Nr. 21/2026"
    assert draft not in {e.number for e in member.entries()}
    assert draft in {e.number for e in staff.entries()}


def test_cli_writes_the_pdf(
    sample_resources: Resources, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from core.settings import get_settings
    from fundus.cli import app

    settings = sample_resources.settings
    create_key(sample_resources.db, name="Stadt Digesttest", role="member")
    monkeypatch.setenv("FUNDUS_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("FUNDUS_MODEL_DIR", str(settings.model_dir))
    monkeypatch.setenv("FUNDUS_TAXONOMY_FILE", str(settings.taxonomy_file))
    get_settings.cache_clear()
    try:
        out = tmp_path / "nd.pdf"
        result = CliRunner().invoke(
            app,
            [
                "digest",
                "--week",
                "2026-W46",
                "--format",
                "pdf",
                "--member",
                "Stadt Digesttest",
                "--out",
                str(out),
            ],  # fmt: skip
        )
        assert result.exit_code == 0, result.output
        content = " ".join(p.extract_text() for p in PdfReader(out).pages)
        assert "Ausgabe für Stadt Digesttest" in content and "Nr. 21/2026" not in content
        bad = CliRunner().invoke(app, ["digest", "--week", "2026-47"])
        assert bad.exit_code == 1 and "Kalenderwoche" in bad.output
    finally:
        get_settings.cache_clear()


def test_api_serves_html_and_pdf_for_the_callers_level(sample_resources: Resources) -> None:
    from search_api.main import create_app

    _, key = create_key(sample_resources.db, name="Stadt Digest-API", role="member")
    app = create_app(sample_resources.settings, resources=sample_resources)
    with TestClient(app) as client:
        member = {"Authorization": f"Bearer {key}"}
        html = client.get("/digest", params={"week": "2026-W47"}, headers=member)
        assert html.status_code == 200 and html.headers["content-type"].startswith("text/html")
        assert "Grundsteuer" in html.text and "Ausgabe für Stadt Digest-API" in html.text
        pdf = client.get("/digest", params={"week": "2026-W47", "format": "pdf"}, headers=member)
        assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
        assert "nachrichtendienst-2026-W47.pdf" in pdf.headers["content-disposition"]
        anonymous = client.get("/digest", params={"week": "2026-W47"})  # public documents only
        assert anonymous.status_code == 200 and "Grundsteuer" not in anonymous.text
        bad = client.get("/digest", params={"week": "2026-47"}, headers=member)
        assert bad.status_code == 422 and "Kalenderwoche" in bad.json()["detail"]
        missing = client.get("/digest", params={"week": "2025-W53"}, headers=member)
        assert missing.status_code == 404 and "gibt es nicht" in missing.json()["detail"]

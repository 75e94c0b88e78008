"""The onnx backend: an int8 export of the prepared model that embeds like the torch one and
keeps torch out of the API process."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

import encoder.model_prepare as mp
import encoder.onnx_export as ox
from core.errors import FundusError
from encoder.embedding import EmbeddingCache, Encoder

pytestmark = pytest.mark.slow

REPO_ROOT = Path(mp.__file__).resolve().parents[1]

PASSAGES = [
    "Die Gemeinde erhebt zur Deckung ihres Aufwands für die Herstellung öffentlicher "
    "Einrichtungen Beiträge von den Grundstückseigentümern (§ 8 KAG NRW).",
    "Rundschreiben Nr. 12/2024: Hinweise zur Umsetzung der Grundsteuerreform in den Kommunen.",
    "Der Bürgermeister ist Leiter der Gemeindeverwaltung und vertritt die Gemeinde nach außen.",
    "Straßenreinigungsgebühren werden nach der Frontmeterlänge des Grundstücks berechnet.",
    "Bebauungsplan Nr. 47 „Am Mühlenbach“ – Offenlage gemäß § 3 Abs. 2 BauGB",
    "Haushaltssatzung 2024: Hebesätze Grundsteuer A 250 v.H., Grundsteuer B 480 v.H.",
]
QUERIES = [
    "Wer zahlt Erschließungsbeiträge?",
    "wann wird die gruene tonne geleert",
    "Zweitwohnungsteuer erheben",
]


@pytest.fixture(scope="session")
def prepared_path(model_dir: Path) -> Path:
    return mp.prepare_model(model_dir)


@pytest.fixture(scope="session")
def onnx_cache(tmp_path_factory: pytest.TempPathFactory, prepared_path: Path) -> Path:
    """A model cache of its own holding a fresh int8 export of the prepared model, built with
    every network connection refused."""
    model_dir = tmp_path_factory.mktemp("onnx-models")

    def refuse(*_: object, **__: object) -> None:
        raise OSError("network access during the ONNX export")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(socket.socket, "connect", refuse)
        patch.setattr(socket, "create_connection", refuse)
        folder = ox.prepare_onnx_model(str(prepared_path), model_dir)
    assert folder.parent == model_dir
    return model_dir


@pytest.fixture(scope="session")
def onnx_encoder(onnx_cache: Path, prepared_path: Path) -> Encoder:
    encoder = Encoder(str(prepared_path), onnx_cache, threads=2, backend="onnx")
    encoder.warm_up()
    return encoder


def test_export_is_int8_and_self_contained(onnx_cache: Path, prepared_path: Path) -> None:
    (folder,) = [p for p in onnx_cache.iterdir() if p.is_dir() and not p.name.startswith(".")]
    marker = json.loads((folder / ox.ONNX_MARKER_FILE).read_text())
    assert marker["dim"] == 384
    assert marker["prompts"]["query"] == "query: "
    assert marker["source"]["marker"] == json.loads((prepared_path / mp.MARKER_FILE).read_text())
    size = (folder / ox.ONNX_MODEL_FILE).stat().st_size
    assert size < (prepared_path / "model.safetensors").stat().st_size / 3  # int8, not fp32
    assert not list(folder.glob("*fp32*"))
    assert not [p for p in onnx_cache.iterdir() if p.name.startswith(".")]  # no staging left


def test_ready_export_is_reused(
    onnx_cache: Path, prepared_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(*_: object) -> None:
        raise AssertionError("exported again")

    monkeypatch.setattr(ox, "_export_onnx", fail)
    assert ox.prepare_onnx_model(str(prepared_path), onnx_cache).is_dir()


def test_unknown_model_is_refused_without_download(tmp_path: Path) -> None:
    with pytest.raises(FundusError, match="Hugging-Face-Cache"):
        ox.prepare_onnx_model("nobody/no-such-model", tmp_path)


def test_vectors_match_torch(onnx_encoder: Encoder) -> None:
    """German passages and queries, prompts included: int8 stays within cosine 0.98 of fp32."""
    encoder = Encoder(onnx_encoder.model, onnx_encoder.model_dir, threads=2, backend="torch")
    assert encoder.backend == "torch" and onnx_encoder.backend == "onnx"
    assert onnx_encoder.dim == encoder.dim
    fp32 = encoder.embed_passages(PASSAGES)
    int8 = onnx_encoder.embed_passages(PASSAGES)
    assert np.allclose(np.linalg.norm(int8, axis=1), 1.0, atol=1e-4)
    cosines = (fp32 * int8).sum(axis=1)
    assert cosines.min() >= 0.98, cosines
    for query in QUERIES:
        a = np.asarray(encoder.embed_query(query))
        b = np.asarray(onnx_encoder.embed_query(query))
        assert float(a @ b) >= 0.98, query
    # Query-passage scores, which decide the ranking, move by far less than their spread.
    for query in QUERIES:
        a = fp32 @ np.asarray(encoder.embed_query(query))
        b = int8 @ np.asarray(onnx_encoder.embed_query(query))
        assert np.abs(a - b).max() <= 0.02, (query, a, b)


def test_batching_barely_changes_vectors(onnx_encoder: Encoder) -> None:
    """Dynamic quantisation scales activations per batch, so a text's vector depends a little on
    its batch mates (and their padding); far less than int8 differs from fp32."""
    together = onnx_encoder.embed_passages(PASSAGES)
    alone = np.stack([onnx_encoder.embed_passages([text])[0] for text in PASSAGES])
    assert (together * alone).sum(axis=1).min() >= 0.99


def test_embedding_cache_keeps_backends_apart(tmp_path: Path, onnx_encoder: Encoder) -> None:
    encoder = Encoder(onnx_encoder.model, onnx_encoder.model_dir, backend="torch")
    assert encoder.signature == onnx_encoder.model  # torch keys are unchanged
    assert onnx_encoder.signature != encoder.signature

    cache = EmbeddingCache(tmp_path / "cache.sqlite3")
    texts = PASSAGES[:3]
    cache.embed_passages(encoder, texts)
    assert cache.misses == 3
    # A same-named onnx encoder must not be served the fp32 vectors.
    onnx_same_name = Encoder(encoder.model, onnx_encoder.model_dir, backend="onnx")
    onnx_same_name._onnx = onnx_encoder._onnx  # the loaded export, under the torch name
    onnx_same_name._prompts = onnx_encoder._prompts
    vectors = cache.embed_passages(onnx_same_name, texts)
    assert cache.misses == 6
    assert np.allclose(vectors, onnx_encoder.embed_passages(texts))
    cache.embed_passages(onnx_same_name, texts)
    assert cache.misses == 6  # and its own vectors are cached
    cache.close()


def test_st_is_torch_only(onnx_encoder: Encoder) -> None:
    with pytest.raises(FundusError):
        _ = onnx_encoder.st


def test_api_with_onnx_backend_never_imports_torch(
    tmp_path: Path, onnx_cache: Path, prepared_path: Path
) -> None:
    """The whole API start (lifespan: model, first query, index, database) and a search."""
    script = textwrap.dedent(
        f"""
        import json, sys
        from fastapi.testclient import TestClient
        from core.settings import Settings
        from search_api.main import create_app

        settings = Settings(
            data_dir={str(tmp_path / "data")!r},
            model_dir={str(onnx_cache)!r},
            embedding_model={str(prepared_path)!r},
            embedding_backend="onnx",
            qdrant_url=None,
            database_url=None,
            _env_file=None,
        )
        with TestClient(create_app(settings)) as client:
            assert client.get("/ready").status_code == 200
            assert client.post("/search", json={{"query": "Grundsteuer"}}).status_code == 200
        heavy = ("torch", "transformers", "sentence_transformers", "haystack", "optimum")
        print(json.dumps(sorted(m for m in heavy if m in sys.modules)))
        """
    )
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    env.pop("FUNDUS_EMBEDDING_BACKEND", None)
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []

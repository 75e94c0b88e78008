"""The `onnx` backend's model: an int8 ONNX graph derived once per cache from a prepared
sentence-transformers folder, with torch.onnx.export and onnxruntime's dynamic quantisation
(not optimum, whose releases pin transformers 4)."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import warnings
from pathlib import Path
from typing import Any

from core.errors import FundusError
from core.settings import DEFAULT_MODEL_NAME
from encoder.model_prepare import (
    FOLDER_NAME,
    MARKER_FILE,
    MAX_SEQ_LENGTH,
    build_once,
    resolve_model_path,
)

logger = logging.getLogger(__name__)

# The onnx backend's folder; bump when the export or quantisation changes.
ONNX_FORMAT_VERSION = 1
ONNX_MARKER_FILE = "fundus-onnx.json"
ONNX_MODEL_FILE = "model-int8.onnx"
ONNX_TOKENIZER_FILE = "tokenizer.json"


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
        name = f"{FOLDER_NAME}-onnx-int8-v{ONNX_FORMAT_VERSION}"
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

    return build_once(target, lambda: not force and _onnx_ready(target, identity), build)


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

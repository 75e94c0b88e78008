"""The `onnx` backend's runtime: the int8 graph from `prepare_onnx_model`, run by onnxruntime,
with the tokenizer run by `tokenizers`.

Imports neither torch nor transformers nor sentence-transformers, so an API process with this
backend is ready in a fraction of the time the torch stack takes to import.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np

from encoder.onnx_export import ONNX_MARKER_FILE, ONNX_MODEL_FILE, ONNX_TOKENIZER_FILE


class OnnxEmbedder:
    """Normalised, mean-pooled sentence vectors from an exported folder (prompts not added)."""

    def __init__(self, folder: Path, *, threads: int = 1) -> None:
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        import onnxruntime as ort
        from tokenizers import Tokenizer

        self.folder = folder
        marker = json.loads((folder / ONNX_MARKER_FILE).read_text())
        self.dim: int = marker["dim"]
        self.max_seq_length: int = marker["max_seq_length"]
        self.pad_token_id: int = marker["pad_token_id"]
        self.prompts: dict[str, str] = marker.get("prompts") or {}
        self.tokenizer = Tokenizer.from_file(str(folder / ONNX_TOKENIZER_FILE))
        self.tokenizer.no_padding()  # padded per batch below, after sorting by length
        self.tokenizer.enable_truncation(self.max_seq_length)
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        self.session = ort.InferenceSession(
            str(folder / ONNX_MODEL_FILE), options, providers=["CPUExecutionProvider"]
        )

    def encode(self, texts: list[str], batch_size: int) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        if not texts:
            return out
        ids = [e.ids for e in self.tokenizer.encode_batch(texts)]
        # Longest first, like sentence-transformers: batches of similar length pad little.
        order = sorted(range(len(ids)), key=lambda i: -len(ids[i]))
        for start in range(0, len(order), batch_size):
            rows = order[start : start + batch_size]
            width = max(len(ids[i]) for i in rows)
            input_ids = np.full((len(rows), width), self.pad_token_id, dtype=np.int64)
            mask = np.zeros((len(rows), width), dtype=np.int64)
            for j, i in enumerate(rows):
                input_ids[j, : len(ids[i])] = ids[i]
                mask[j, : len(ids[i])] = 1
            (vectors,) = self.session.run(
                ["sentence_embedding"], {"input_ids": input_ids, "attention_mask": mask}
            )
            out[rows] = vectors
        return out

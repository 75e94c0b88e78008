"""Paths shared by the lexicon scripts (dev tools; they read the team's ../shared corpus)."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
SHARED_CORPUS = REPO.parent / "shared" / "data" / "real-corpus" / "files"
WORK = Path("/tmp/fundus-compound-lexicon")
DATA_FILE = REPO / "index" / "data" / "german_compounds.json"

for path in (str(REPO), str(HERE)):
    if path not in sys.path:
        sys.path.insert(0, path)

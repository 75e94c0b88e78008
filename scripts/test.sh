#!/usr/bin/env bash
# Install and run the whole test suite (the same command CI runs).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh --test
.venv/bin/ruff check .
exec .venv/bin/python -m pytest "$@"

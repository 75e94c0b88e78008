#!/usr/bin/env bash
# Install and run the whole test suite (the same command CI runs): lint, format, types,
# dependencies, then pytest (arguments go to pytest) with the 25 slowest tests listed.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh --test
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy
# Layers: no import circles, nothing imports upward ([tool.importlinter] in pyproject.toml).
.venv/bin/lint-imports --no-cache
# Shipped packages: declared dependencies = imported ones ([tool.deptry] in pyproject.toml).
.venv/bin/deptry .
# Tests, bench and tools too: nothing imported that is not declared (dev extras count here).
.venv/bin/deptry . --exclude '\.venv|\.git|build|\.egg-info' --ignore DEP002,DEP004
exec .venv/bin/python -m pytest --durations=25 "$@"

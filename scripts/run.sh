#!/usr/bin/env bash
# The main job: install, index the sample corpus (first run only), serve API and UI.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
exec .venv/bin/fundus run "$@"

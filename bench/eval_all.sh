#!/usr/bin/env bash
# Runs the three dev evaluations of docs/evaluation.md in sequence and prints one Markdown table.
#
# Usage: bench/eval_all.sh            (data sets from ../shared/data/eval, reports to /tmp)
#        EVAL_DATA=/path OUT=/dir bench/eval_all.sh
# The first run indexes each corpus into FUNDUS_DATA_DIR/eval/<name> (all three about 37 minutes
# on two cores with the default int8 encoder, statute_sections 23 of them); later runs reuse
# those indexes and take about 7 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${EVAL_DATA:-../shared/data/eval}"
OUT="${OUT:-/tmp/fundus-eval}"
FUNDUS="${FUNDUS:-.venv/bin/fundus}"
PYTHON="${PYTHON:-.venv/bin/python}"
mkdir -p "$OUT"
for ds in municipal_law_qa xquad_de statute_sections; do
  start=$(date +%s)
  "$FUNDUS" eval "$DATA/$ds" --part dev --json > "$OUT/$ds.json"
  echo "$ds: $(( $(date +%s) - start )) s" >&2
done
"$PYTHON" - "$OUT"/municipal_law_qa.json "$OUT"/xquad_de.json "$OUT"/statute_sections.json <<'PY'
import json
import sys

print("| data set | system | nDCG@10 | R@10 | R@100 | MRR@10 | p50 ms | p95 ms |")
print("|---|---|---|---|---|---|---|---|")
for path in sys.argv[1:]:
    report = json.load(open(path))
    for s in report["systems"]:
        print(
            f"| {report['dataset']} | {s['system']} | {s['ndcg_at_10']:.3f} | "
            f"{s['recall_at_10']:.3f} | {s['recall_at_100']:.3f} | {s['mrr_at_10']:.3f} | "
            f"{s['latency_p50_ms']:.0f} | {s['latency_p95_ms']:.0f} |"
        )
PY

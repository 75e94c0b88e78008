#!/usr/bin/env bash
# Creates .venv and installs Fundus with its test tools. Safe to run again (fast when done).
# torch is pinned to 2.13.0 in pyproject.toml: that is the CPU build this machine's pip finds
# locally; an unpinned torch would pull a multi-GB CUDA build.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
# OCR of scanned PDFs needs Tesseract with German and Ghostscript (Debian packages). Installed
# only when missing, and only as root with apt-get; elsewhere Fundus runs without OCR and says so.
ocr_ready() {
  command -v gs >/dev/null && command -v tesseract >/dev/null \
    && tesseract --list-langs 2>/dev/null | grep -qx deu
}
if ! ocr_ready; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      tesseract-ocr tesseract-ocr-deu ghostscript >/dev/null
  else
    echo "Hinweis: für OCR gescannter PDFs bitte tesseract-ocr tesseract-ocr-deu ghostscript installieren." >&2
  fi
fi
# The Nachrichtendienst PDF is rendered by WeasyPrint, which needs Pango and fonts with German
# glyphs (Debian packages); installed only when missing, like the OCR tools above.
pdf_ready() {
  ldconfig -p 2>/dev/null | grep -q 'libpangoft2-1.0.so.0' \
    && fc-list 2>/dev/null | grep -qiE 'Liberation Sans|DejaVu Sans'
}
if ! pdf_ready; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      libpango-1.0-0 libpangoft2-1.0-0 fontconfig fonts-liberation fonts-dejavu-core >/dev/null
  else
    echo "Hinweis: für den Nachrichtendienst als PDF bitte libpango-1.0-0 libpangoft2-1.0-0 fonts-liberation installieren." >&2
  fi
fi
stamp=.venv/.fundus-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet -e '.[dev]'
  touch "$stamp"
fi

#!/usr/bin/env bash
# Creates .venv and installs Fundus with its test tools. Safe to run again (fast when done).
#   bash scripts/install.sh          # what scripts/run.sh needs
#   bash scripts/install.sh --test   # plus the system packages of the test suite (scripts/test.sh)
# torch is pinned to 2.13.0 in pyproject.toml: that is the CPU build this machine's pip finds
# locally; an unpinned torch would pull a multi-GB CUDA build.
set -euo pipefail
cd "$(dirname "$0")/.."
WITH_TEST_PACKAGES=0
for arg in "$@"; do
  case "$arg" in
    --test) WITH_TEST_PACKAGES=1 ;;
    *) echo "usage: scripts/install.sh [--test]" >&2; exit 2 ;;
  esac
done
PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
# Debian packages are installed only when missing, and only as root with apt-get; elsewhere the
# script names them and Fundus (or the test needing them) runs without and says so.
apt_updated=0
apt_install() {  # apt_install "what for" PACKAGE...
  local purpose=$1
  shift
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    if [ "$apt_updated" = 0 ]; then
      apt-get update -qq
      apt_updated=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
  else
    echo "Hinweis: $purpose bitte $* installieren." >&2
  fi
}
# OCR of scanned PDFs needs Tesseract with German and Ghostscript.
ocr_ready() {
  command -v gs >/dev/null && command -v tesseract >/dev/null \
    && tesseract --list-langs 2>/dev/null | grep -qx deu
}
if ! ocr_ready; then
  apt_install "für OCR gescannter PDFs" tesseract-ocr tesseract-ocr-deu ghostscript
fi
# The Nachrichtendienst PDF is rendered by WeasyPrint, which needs Pango and fonts with German
# glyphs.
pdf_ready() {
  ldconfig -p 2>/dev/null | grep -q 'libpangoft2-1.0.so.0' \
    && fc-list 2>/dev/null | grep -qiE 'Liberation Sans|DejaVu Sans'
}
if ! pdf_ready; then
  apt_install "für den Nachrichtendienst als PDF" \
    libpango-1.0-0 libpangoft2-1.0-0 fontconfig fonts-liberation fonts-dejavu-core
fi
if [ "$WITH_TEST_PACKAGES" = 1 ]; then
  # Headless Chromium and its driver for tests/ui/test_browser.py (the paths it uses).
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    apt_install "für die Browser-Tests" chromium chromium-driver
  fi
  # axe-core for the accessibility gate (tests/ui/test_accessibility.py): the npm package,
  # version pinned, into a folder of the venv; the tests never download it.
  AXE_VERSION=4.14.1
  if [ ! -f .venv/axe/node_modules/axe-core/axe.min.js ] \
    || ! grep -q "axe v$AXE_VERSION" .venv/axe/node_modules/axe-core/axe.min.js; then
    if ! command -v npm >/dev/null; then
      apt_install "für die Barrierefreiheitstests (axe-core)" npm
    fi
    if command -v npm >/dev/null; then
      npm install --silent --no-audit --no-fund --prefix .venv/axe "axe-core@$AXE_VERSION"
    fi
  fi
  # OpenLDAP server and client tools; tests start their own slapd from a temporary config, so
  # the package's own configuration (and system daemon) is skipped.
  if [ ! -x /usr/sbin/slapd ] || ! command -v ldapsearch >/dev/null; then
    if [ "$(id -u)" = 0 ] && command -v debconf-set-selections >/dev/null; then
      echo "slapd slapd/no_configuration boolean true" | debconf-set-selections
    fi
    apt_install "für die LDAP-Tests" slapd ldap-utils
  fi
fi
stamp=.venv/.fundus-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet -e '.[dev]'
  touch "$stamp"
fi

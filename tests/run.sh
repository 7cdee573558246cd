#!/usr/bin/env bash
# Installs everything the tests need on a fresh machine, then runs lint, types and tests.
#   ./tests/run.sh [pytest arguments]
set -euo pipefail
cd "$(dirname "$0")/.."

# System packages (Debian/Ubuntu): CJK fonts so the reader draws real glyphs instead of
# boxes, and the libraries Qt loads even when it draws offscreen.
if command -v apt-get >/dev/null 2>&1; then
  need=()
  command -v fc-list >/dev/null 2>&1 || need+=(fontconfig)
  command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)  # reads handout PDFs back
  command -v Xvfb >/dev/null 2>&1 || need+=(xvfb)  # a real X server: the reader's on-screen pixels
  command -v xprop >/dev/null 2>&1 || need+=(x11-utils)  # reads the title bar X was handed
  fonts=$(fc-list : family 2>/dev/null || true)
  [[ $fonts == *"Noto Serif CJK"* ]] || need+=(fonts-noto-cjk)
  # …and the ones its xcb plugin needs on that X server (libpulse0: QtMultimedia, under read-aloud)
  for lib in libegl1 libgl1 libfontconfig1 libxkbcommon0 libglib2.0-0 libdbus-1-3 \
             libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 \
             libxcb-render-util0 libxcb-image0 libpulse0; do
    dpkg -s "$lib" >/dev/null 2>&1 || need+=("$lib")
  done
  if ((${#need[@]})); then
    sudo=""
    [[ $(id -u) -ne 0 ]] && sudo="sudo"
    echo "installing system packages: ${need[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  fi
fi

python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".[test]"
.venv/bin/ruff check .
.venv/bin/mypy
# Everything, including building the app with PyInstaller and running the built app.
QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -m "bundle or not bundle" "$@"

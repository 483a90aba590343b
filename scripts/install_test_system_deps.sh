#!/usr/bin/env bash
# System packages the tests need: for the browser tests (tests/test_browser.py) Debian's Chromium,
# driven by the Playwright Python package through executable_path (`playwright install` is not
# needed), its chromedriver (for Selenium users), and CJK fonts so pages and screenshots show
# Chinese; for the office formats (tests/test_office.py, pipeline/read/convert.py) LibreOffice's
# Writer and Calc without a GUI, which convert .doc/.wps/.rtf to DOCX and .xls/.et to XLSX.
# Installs only what is missing; without apt-get or root the tests that need them are skipped.
set -euo pipefail
PACKAGES=(chromium chromium-driver fonts-noto-cjk libreoffice-writer-nogui libreoffice-calc-nogui)

missing=()
for package in "${PACKAGES[@]}"; do
  if command -v dpkg-query >/dev/null 2>&1; then
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  elif ! command -v chromium >/dev/null 2>&1; then
    missing+=("$package")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "warning: no apt-get to install ${missing[*]}; tests that need them will be skipped" >&2
  exit 0
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO=sudo; else
    echo "warning: not root and no sudo to install ${missing[*]}; tests that need them will be skipped" >&2
    exit 0
  fi
fi
echo "installing ${missing[*]} for the tests" >&2
if ! { $SUDO apt-get update -qq >/dev/null &&
       DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null; }; then
  echo "warning: could not install ${missing[*]}; tests that need them will be skipped" >&2
fi
exit 0

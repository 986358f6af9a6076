#!/usr/bin/env bash
# Installs the browsers Deskmate's demo and end-to-end tests drive: Debian's Chromium and Firefox ESR.
# Usage: bash scripts/install-browsers.sh [chromium] [firefox-esr]   (default: both)
# Skips what is already installed; uses sudo when not run as root.
set -euo pipefail

wanted=("$@")
[ ${#wanted[@]} -gt 0 ] || wanted=(chromium firefox-esr)

missing=()
for pkg in "${wanted[@]}"; do
  case "$pkg" in
    chromium) command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || missing+=(chromium) ;;
    firefox-esr) command -v firefox-esr >/dev/null 2>&1 || [ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr) ;;
    *) echo "install-browsers: unknown browser '$pkg' (chromium, firefox-esr)" >&2; exit 2 ;;
  esac
done
# CJK fonts so Chinese conversations render in screenshots.
if ! fc-list 2>/dev/null | grep -qi "cjk"; then missing+=(fonts-noto-cjk); fi

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-browsers: ${wanted[*]} already installed"
  exit 0
fi

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "install-browsers: need root (or sudo) to apt-get install ${missing[*]}" >&2; exit 1; }
  as_root=(sudo)
fi
echo "install-browsers: apt-get install ${missing[*]}"
"${as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-browsers: done"

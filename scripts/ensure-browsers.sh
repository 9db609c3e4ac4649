#!/usr/bin/env bash
# Makes sure the named browsers (chromium, firefox-esr) are there: at /usr/bin, or at the paths in
# TELLTALE_CHROMIUM / TELLTALE_FIREFOX. Installs missing ones with apt-get when it can run (root);
# otherwise stops with a message that names what to install.
set -euo pipefail
missing=()
for b in "$@"; do
  case "$b" in
    chromium) [ -x "${TELLTALE_CHROMIUM:-/usr/bin/chromium}" ] || missing+=(chromium) ;;
    firefox-esr) [ -x "${TELLTALE_FIREFOX:-/usr/bin/firefox-esr}" ] || missing+=(firefox-esr) ;;
    *) echo "ensure-browsers: unknown browser $b" >&2; exit 2 ;;
  esac
done
[ ${#missing[@]} -eq 0 ] && exit 0
if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
  echo "== installing ${missing[*]} (apt-get)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "Missing browsers: ${missing[*]}. Install them (sudo apt-get install -y ${missing[*]})" >&2
  echo "or point TELLTALE_CHROMIUM / TELLTALE_FIREFOX at their executables." >&2
  exit 1
fi

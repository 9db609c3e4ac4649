#!/usr/bin/env bash
# Makes sure the named browsers (chromium, firefox-esr) are there: at /usr/bin, or at the paths in
# TELLTALE_CHROMIUM / TELLTALE_FIREFOX. Installs missing ones with apt-get when it can run (root);
# otherwise stops with a message that names what to install.
set -euo pipefail
missing=()
optional=()
for b in "$@"; do
  case "$b" in
    chromium) [ -x "${TELLTALE_CHROMIUM:-/usr/bin/chromium}" ] || missing+=(chromium)
      # Debian's chromium keeps its UI languages in chromium-l10n: without it the extension's
      # German (tests/e2e/locale.test.ts) is never picked. Installed when it can be, else skipped there.
      [ -n "${TELLTALE_CHROMIUM:-}" ] || [ -e /usr/lib/chromium/locales/de.pak ] || optional+=(chromium-l10n) ;;
    firefox-esr) [ -x "${TELLTALE_FIREFOX:-/usr/bin/firefox-esr}" ] || missing+=(firefox-esr) ;;
    *) echo "ensure-browsers: unknown browser $b" >&2; exit 2 ;;
  esac
done
[ ${#missing[@]} -eq 0 ] && [ ${#optional[@]} -eq 0 ] && exit 0
if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
  echo "== installing ${missing[*]} ${optional[*]} (apt-get)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" "${optional[@]}" >/dev/null
elif [ ${#missing[@]} -eq 0 ]; then
  echo "ensure-browsers: ${optional[*]} is not installed; the e2e in other languages is skipped" >&2
else
  echo "Missing browsers: ${missing[*]}. Install them (sudo apt-get install -y ${missing[*]})" >&2
  echo "or point TELLTALE_CHROMIUM / TELLTALE_FIREFOX at their executables." >&2
  exit 1
fi

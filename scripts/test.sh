#!/usr/bin/env bash
# Every test: quality gates, unit and DOM tests, the build, and the built extension in real
# Chromium and Firefox. Finds the browsers at /usr/bin (or $TELLTALE_CHROMIUM / $TELLTALE_FIREFOX)
# and installs them with apt-get when they are missing and apt-get can run.
set -euo pipefail
cd "$(dirname "$0")/.."

need_browsers=()
[ -x "${TELLTALE_CHROMIUM:-/usr/bin/chromium}" ] || need_browsers+=(chromium)
[ -x "${TELLTALE_FIREFOX:-/usr/bin/firefox-esr}" ] || need_browsers+=(firefox-esr)
if [ ${#need_browsers[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    echo "== installing ${need_browsers[*]} (apt-get)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_browsers[@]}" >/dev/null
  else
    echo "Missing browsers: ${need_browsers[*]}. Install them (apt-get install -y ${need_browsers[*]})" >&2
    echo "or point TELLTALE_CHROMIUM / TELLTALE_FIREFOX at their executables." >&2
    exit 1
  fi
fi

step() { echo; echo "== $*"; }
start=$(date +%s)
step "typecheck (tsc --noEmit)"; npx tsc --noEmit
step "lint (eslint)"; npx eslint .
step "unit and DOM tests (vitest)"; npx vitest run
step "build"; npm run build --silent
step "web-ext lint (dist/firefox)"; npx web-ext lint --source-dir dist/firefox --self-hosted --warnings-as-errors --output text
step "end-to-end tests in Chromium and Firefox (vitest)"; npx vitest run --config vitest.e2e.config.ts
echo; echo "all tests passed in $(( $(date +%s) - start )) s"

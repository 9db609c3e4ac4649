#!/usr/bin/env bash
# Every test: quality gates, unit and DOM tests (with the team hub's, on PGlite and on a real
# PostgreSQL server), the build, and the built extension in real Chromium and Firefox. Finds the
# browsers at /usr/bin (or $TELLTALE_CHROMIUM / $TELLTALE_FIREFOX) and PostgreSQL's binaries, and
# installs them with apt-get when they are missing and apt-get can run.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-browsers.sh chromium firefox-esr
bash scripts/ensure-postgres.sh
# The hub's real-server suite (tests/hub/postgres.test.ts) fails, rather than skips, without PostgreSQL.
export TELLTALE_REQUIRE_POSTGRES=1

step() { echo; echo "== $*"; }
start=$(date +%s)
step "typecheck (tsc --noEmit)"; npx tsc --noEmit
step "lint (eslint)"; npx eslint .
step "imports point down, no circles (dependency-cruiser)"; npm run --silent imports
mkdir -p out
step "unit and DOM tests (vitest)"; npx vitest run --reporter=default --reporter=json --outputFile.json=out/unit-results.json
step "build"; npm run build --silent
step "web-ext lint (dist/firefox)"; npx web-ext lint --source-dir dist/firefox --self-hosted --warnings-as-errors --output text
step "end-to-end tests in Chromium and Firefox (vitest)"; npx vitest run --config vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json=out/e2e-results.json
echo; echo "all checks passed in $(( $(date +%s) - start )) s"
# One closing line in the plain form CI reads: the counts of both vitest runs together.
node -e '
  const runs = ["out/unit-results.json", "out/e2e-results.json"].map((f) => require("./" + f));
  const sum = (k) => runs.reduce((n, r) => n + r[k], 0);
  console.log(`tests: ${sum("numPassedTests")} passed, ${sum("numFailedTests")} failed, ${sum("numPendingTests") + sum("numTodoTests")} skipped`);
'

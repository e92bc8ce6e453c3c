#!/usr/bin/env bash
# `npm test`: every check and every test suite, in order: lint, format, typecheck (node and web), unit tests
# (vitest), build, e2e tests (Playwright; Electron where its binary exists, else Chromium). Every step runs even
# when an earlier one fails, so one run shows everything that is wrong. The last line sums them all:
# "N passed, N failed" (each check counts as one; each test counts as one).
set -u
cd "$(dirname "$0")/.."
mkdir -p reports
rm -f reports/unit.json reports/e2e.json
checks_passed=0
checks_failed=0
failed_steps=()

step() {
  local name=$1
  shift
  echo
  echo "=== $name: $*"
  local started=$SECONDS
  if "$@"; then
    checks_passed=$((checks_passed + 1))
    echo "=== $name: ok ($((SECONDS - started)) s)"
  else
    checks_failed=$((checks_failed + 1))
    failed_steps+=("$name")
    echo "=== $name: FAILED ($((SECONDS - started)) s)"
  fi
}

step eslint npx eslint . --max-warnings 0
step prettier npx prettier --check . --log-level warn
step typecheck-node npx tsc --noEmit -p tsconfig.node.json
step typecheck-web npx tsc --noEmit -p tsconfig.web.json
step typecheck-e2e npx tsc --noEmit -p tsconfig.e2e.json
# vitest's own pass/fail counts come from its JSON report, so this step is not counted as a check. One run covers
# both vitest projects (vitest.config.mts): `unit` (in-process) first, then `process` (suites that spawn children).
echo
echo "=== unit tests: vitest run (projects unit, process)"
npx vitest run --reporter=default --reporter=json --outputFile.json=reports/unit.json
unit_status=$?
step build npx electron-vite build
if [ -f out/renderer/index.html ]; then
  echo
  echo "=== e2e tests: playwright test"
  npx playwright test
  e2e_status=$?
else
  echo "=== e2e tests: skipped because the build failed (counted as a failure)"
  e2e_status=1
fi

node scripts/sum-results.cjs "$checks_passed" "$checks_failed" "$unit_status" "$e2e_status" "${failed_steps[*]:-}"

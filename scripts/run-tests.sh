#!/usr/bin/env bash
# Every check of the project, in the order a failure is cheapest to read:
# ruff, mypy, import-linter, then pytest (unit, server, integration, GUI offscreen).
# Runs against a throwaway PostgreSQL (scripts/test-postgres.sh) unless
# CRM_TEST_POSTGRES_URL already names one. Extra arguments go to pytest.
# Every step runs even when an earlier one fails; the exit status is the first
# failure's (pytest's own status when only pytest fails).
set -uo pipefail
cd "$(dirname "$0")/.."

VENV=${VENV:-.venv}
BIN="$VENV/bin"

if [ -z "${CRM_TEST_POSTGRES_URL:-}" ] && [ -z "${CRM_TEST_PG_STARTED:-}" ]; then
  export CRM_TEST_PG_STARTED=1
  scripts/test-postgres.sh "$0" "$@"
  status=$?
  if [ "$status" -ne 97 ]; then
    exit "$status"
  fi
  # 97: no PostgreSQL could be started. CI must test both databases; elsewhere
  # the PostgreSQL tests are skipped with a warning.
  if [ "${CI:-}" = "true" ]; then
    echo "run-tests: PostgreSQL is required in CI (run scripts/install-system-deps.sh as root)." >&2
    exit 97
  fi
  echo "run-tests: WARNING: no PostgreSQL; the PostgreSQL tests will be skipped." >&2
fi

# The data directory of third-party data (never committed): ../shared/data by default.
if [ -z "${CRM_DATA_DIR:-}" ] && [ -d ../shared/data ]; then
  CRM_DATA_DIR=$(cd ../shared/data && pwd)
  export CRM_DATA_DIR
fi

export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
export QTWEBENGINE_DISABLE_SANDBOX=1
export PYTHONDONTWRITEBYTECODE=1

first_failure=0
step() {
  local name=$1
  shift
  echo
  echo "== $name"
  "$@"
  local rc=$?
  if [ "$rc" -ne 0 ]; then
    echo "== $name FAILED (exit $rc)"
    [ "$first_failure" -ne 0 ] || first_failure=$rc
  fi
  return 0
}

step "ruff" "$BIN/ruff" check .
step "ruff format" "$BIN/ruff" format --check .
step "mypy" "$BIN/mypy" crm_shared officer_app central_server
step "import-linter" "$BIN/lint-imports"
# Test files run in parallel, one worker per core up to 4 (pytest-xdist; a file's
# tests stay together on one worker, so module fixtures are made once). Every test
# makes its own server, port, database and folders, so files do not meet.
# CRM_TEST_WORKERS=1 runs them one after the other.
workers=${CRM_TEST_WORKERS:-$(nproc 2>/dev/null || echo 1)}
[ "$workers" -le 4 ] || workers=4
parallel=()
if [ "$workers" -ge 2 ]; then
  parallel=(-n "$workers" --dist loadfile)
fi
# pytest exits 5 when it collected no tests: that is a failure too.
step "pytest" "$BIN/python" -m pytest -p no:cacheprovider "${parallel[@]}" "$@"

exit "$first_failure"

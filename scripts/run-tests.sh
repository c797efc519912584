#!/usr/bin/env bash
# `make test`: the whole suite on SQLite, then every database test again on PostgreSQL.
#
# PostgreSQL: DATABASE_URL if given (postgres://…), otherwise a throwaway cluster on 127.0.0.1 started
# here and removed on exit. Extra arguments go to both pytest runs (e.g. `scripts/run-tests.sh tests/demo`).
# KINERJA_TEST_WORKERS sets pytest-xdist's worker count (default 2, 0 = no xdist).
set -uo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-.venv/bin/python}
WORKERS=${KINERJA_TEST_WORKERS:-2}
GIVEN_DATABASE_URL=${DATABASE_URL:-}
unset DATABASE_URL

WORK=$(mktemp -d /tmp/kinerja-tests.XXXXXX)
# Keep ./var (the developer's own database and secret key) out of the tests.
export KINERJA_DATA_DIR="$WORK/data"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1  # the browser tests use Debian's Chromium, never a download
mkdir -p test-artifacts

# shellcheck source=../tests/support/pg_cluster.sh
. tests/support/pg_cluster.sh
cleanup() {
    pg_cluster_stop
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

xdist=()
if [ "$WORKERS" != "0" ] && "$PYTHON" -c 'import xdist' 2>/dev/null; then
    xdist=(-n "$WORKERS")
fi

SUMMARIES=()
# run_pytest NAME PYTEST-ARGS…: run one pass, remember its summary line; exit code 5 (no test) is success.
run_pytest() {
    local name=$1 started rc line
    shift
    started=$(date +%s)
    echo "=== $name: pytest $*"
    "$PYTHON" -m pytest -p no:cacheprovider --durations=10 --junitxml="$WORK/$name.xml" "$@"
    rc=$?
    [ "$rc" -eq 5 ] && rc=0
    line=$("$PYTHON" - "$WORK/$name.xml" "$name" <<'PY'
import sys
import xml.etree.ElementTree as ET

path, name = sys.argv[1], sys.argv[2]
try:
    root = ET.parse(path).getroot()
except (OSError, ET.ParseError):
    print(f"{name}: 0 passed, 0 failed")
    sys.exit()
suites = [root] if root.tag == "testsuite" else root.findall("testsuite")
n = {k: sum(int(s.get(k, 0)) for s in suites) for k in ("tests", "failures", "errors", "skipped")}
failed = n["failures"] + n["errors"]
print(f"{name}: {n['tests'] - failed - n['skipped']} passed, {failed} failed, {n['skipped']} skipped")
PY
)
    echo "=== $line   [exit $rc, $(( $(date +%s) - started )) s]"
    SUMMARIES+=("$line")
    return "$rc"
}

status=0
run_pytest sqlite "${xdist[@]}" "$@" || status=1

if [ -n "$GIVEN_DATABASE_URL" ]; then
    export DATABASE_URL=$GIVEN_DATABASE_URL
    echo "=== PostgreSQL: DATABASE_URL yang diberikan / the given DATABASE_URL"
elif pg_cluster_start; then
    echo "=== PostgreSQL: klaster sementara / throwaway cluster at ${DATABASE_URL}"
else
    echo "=== PostgreSQL tidak dapat dijalankan / could not start PostgreSQL" >&2
    status=1
fi
if [ -n "${DATABASE_URL:-}" ]; then
    run_pytest postgres "${xdist[@]}" -m "database or postgres" "$@" || status=1
fi

echo
passed=0 failed=0 skipped=0
for line in "${SUMMARIES[@]}"; do
    echo "$line"
    read -r p f k <<<"$(sed -E 's/.*: ([0-9]+) passed, ([0-9]+) failed, ([0-9]+) skipped.*/\1 \2 \3/' <<<"$line")"
    passed=$((passed + p)) failed=$((failed + f)) skipped=$((skipped + k))
done
# The closing line counts both passes, so CI's reader sees the whole suite.
echo "total: $passed passed, $failed failed, $skipped skipped"
exit "$status"

#!/usr/bin/env bash
# Run a command with a throwaway PostgreSQL server beside it.
#
#   scripts/test-postgres.sh COMMAND [ARGS...]
#
# initdb into a temporary directory, start the server on a free port of
# 127.0.0.1 with trust authentication, export
#   CRM_TEST_POSTGRES_URL=postgresql+psycopg://USER@127.0.0.1:PORT/postgres
# run COMMAND, then stop the server and delete the directory (also on failure or
# Ctrl-C). PostgreSQL refuses to run as root, so as root the cluster belongs to an
# unprivileged user (crmtest, created when missing).
# The exit status is COMMAND's; 97 when no server could be started.
set -euo pipefail

if [ $# -eq 0 ]; then
  echo "usage: $0 COMMAND [ARGS...]" >&2
  exit 2
fi

find_pg_bin() {
  local dir
  if command -v pg_ctl >/dev/null 2>&1 && command -v initdb >/dev/null 2>&1; then
    dirname "$(readlink -f "$(command -v pg_ctl)")"
    return 0
  fi
  # Debian keeps the server binaries outside PATH; take the newest version.
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$dir/pg_ctl" ] && [ -x "$dir/initdb" ]; then
      echo "$dir"
      return 0
    fi
  done
  return 1
}

if ! PG_BIN=$(find_pg_bin); then
  echo "test-postgres: no PostgreSQL server binaries (initdb, pg_ctl) found." >&2
  exit 97
fi

PG_USER=$(id -un)
RUN=()
if [ "$(id -u)" -eq 0 ]; then
  PG_USER=crmtest
  if ! id "$PG_USER" >/dev/null 2>&1; then
    useradd --system --no-create-home --shell /usr/sbin/nologin "$PG_USER"
  fi
  RUN=(runuser -u "$PG_USER" --)
fi

PG_DIR=$(mktemp -d "${TMPDIR:-/tmp}/crm-test-pg.XXXXXX")
chmod 0755 "$PG_DIR"
[ "$(id -u)" -eq 0 ] && chown "$PG_USER" "$PG_DIR"

cleanup() {
  if [ -f "$PG_DIR/data/postmaster.pid" ]; then
    "${RUN[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$PG_DIR"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

"${RUN[@]}" "$PG_BIN/initdb" -D "$PG_DIR/data" -U "$PG_USER" --auth=trust \
  --encoding=UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1 ||
  "${RUN[@]}" "$PG_BIN/initdb" -D "$PG_DIR/data" -U "$PG_USER" --auth=trust \
    --encoding=UTF8 --no-locale >"$PG_DIR/initdb.log" 2>&1 || {
  echo "test-postgres: initdb failed:" >&2
  cat "$PG_DIR/initdb.log" >&2
  exit 97
}

# Speed over durability: this database lives for one test run.
if ! "${RUN[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $PORT -k $PG_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  start >/dev/null; then
  echo "test-postgres: the server did not start:" >&2
  cat "$PG_DIR/server.log" >&2
  exit 97
fi

export CRM_TEST_POSTGRES_URL="postgresql+psycopg://${PG_USER}@127.0.0.1:${PORT}/postgres"
echo "test-postgres: PostgreSQL $("$PG_BIN/pg_ctl" --version | awk '{print $3}') on 127.0.0.1:${PORT} (CRM_TEST_POSTGRES_URL=${CRM_TEST_POSTGRES_URL})"

set +e
"$@"
status=$?
set -e
exit "$status"

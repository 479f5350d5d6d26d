"""The whole-process limit of ``officer-app sync``: the least a sync client must do.

    python -m benchmarks.raw_client URL OFFICER DB_FILE [--cursor N] < password

One fresh process that imports only requests, json and sqlite3, signs in, downloads
every change-feed page from ``--cursor``, parses each with ``json.loads`` and inserts
the same report and event rows with one ``executemany`` each into a plain SQLite
file (no schema checks, no indexes, no encryption, no deadlines, no search index).
``sync_bench`` times it as a subprocess, alternated with ``officer-app sync``.
Prints the number of reports and bytes as JSON on stdout.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys

import requests

PAGE = 2000
COLUMNS = (
    "id", "number", "category_id", "channel", "status", "description", "address", "lat",
    "lon", "kelurahan_code", "unit_id", "assignee_id", "is_private", "priority",
    "created_at", "landed_at", "version", "seq",
)  # fmt: skip
EVENT_COLUMNS = ("id", "report_id", "type", "actor_id", "at", "from_status", "to_status", "note")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("officer")
    parser.add_argument("db_file")
    parser.add_argument("--cursor", type=int, default=0)
    args = parser.parse_args()
    password = sys.stdin.readline().rstrip("\r\n")
    api = args.url.rstrip("/") + "/api/v1"
    http = requests.Session()
    resp = http.post(
        f"{api}/auth/token", json={"officer_id": args.officer, "password": password}, timeout=60
    )
    resp.raise_for_status()
    http.headers["Authorization"] = f"Bearer {resp.json()['token']}"
    db = sqlite3.connect(args.db_file)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute(f"CREATE TABLE IF NOT EXISTS reports ({', '.join(COLUMNS)})")
    db.execute(f"CREATE TABLE IF NOT EXISTS events ({', '.join(EVENT_COLUMNS)})")
    cursor, nbytes = args.cursor, 0
    rows: list[tuple[object, ...]] = []
    events: list[tuple[object, ...]] = []
    while True:
        resp = http.get(
            f"{api}/sync/changes", params={"cursor": cursor, "limit": PAGE}, timeout=120
        )
        resp.raise_for_status()
        nbytes += len(resp.content)
        page = json.loads(resp.content)
        for report in page["reports"]:
            rows.append(tuple(report.get(c) for c in COLUMNS))
            events.extend(
                (e["id"], report["id"], *(e.get(c) for c in EVENT_COLUMNS[2:]))
                for e in report["events"]
            )
        cursor = page["cursor"]
        if not page["has_more"]:
            break
    with db:
        db.executemany(f"INSERT INTO reports VALUES ({', '.join('?' * len(COLUMNS))})", rows)
        db.executemany(f"INSERT INTO events VALUES ({', '.join('?' * len(EVENT_COLUMNS))})", events)
    db.close()
    print(json.dumps({"reports": len(rows), "bytes": nbytes, "cursor": cursor}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

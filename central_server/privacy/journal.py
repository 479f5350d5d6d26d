"""The erasure journal: which identities were erased, kept OUTSIDE the database.

A backup restored after an erasure would bring the erased identity back, and the
record of its erasure (``identity_erasures``, the audit log) would be gone with the
rest of the newer data. So every erasure is also appended to a file beside the
server's configuration, not in the database and not in its backups: JSON lines of
``report_id``, ``subject``, ``supporter_id``, ``basis`` and the time, never a value.
``crm-central retention run --journal FILE`` erases again everything the file
lists, so a restored database follows the rule before it serves anyone.

The file is named by ``CRM_ERASURE_JOURNAL`` (the server and the commands) or the
``--journal`` option; without either, nothing is journalled (tests, the demo).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from .erasure import Erased

ENV = "CRM_ERASURE_JOURNAL"


def journal_path(explicit: Path | None = None) -> Path | None:
    if explicit is not None:
        return explicit
    value = os.environ.get(ENV, "").strip()
    return Path(value) if value else None


def append(path: Path | None, erased: Iterable[Erased], *, basis: str, at: str) -> None:
    """Append the erasures (after their transaction committed); fsync'd."""
    lines = [
        json.dumps(
            {
                "report_id": e.report_id,
                "subject": e.subject,
                "supporter_id": e.supporter_id,
                "basis": basis,
                "at": at,
            }
        )
        for e in erased
    ]
    if path is None or not lines:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")
        out.flush()
        os.fsync(out.fileno())


def entries(path: Path) -> Iterator[Erased]:
    """The erasures listed in ``path`` (a line that does not parse is skipped)."""
    if not path.exists():
        return
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            try:
                data = json.loads(line)
                yield Erased(
                    str(data["report_id"]),
                    str(data["subject"]),
                    None if data.get("supporter_id") is None else int(data["supporter_id"]),
                )
            except (ValueError, KeyError, TypeError):
                continue

"""Looking for one citizen's NIK, name and phone in text, bytes, logs and profiles.

``PiiScanner`` matches the identity in the forms it can take on the way: the NIK
with or without separators (``3171-0157-...``, ``3171 0157 ...``), the phone as
``08...``, ``+628...``, ``628...`` or ``8...`` with any separators (only the
national number is searched, so every prefix matches), the name in any case and
with any spacing, and each distinctive part of the name alone. Bytes are read as
Latin-1 and as UTF-16 (both alignments), so JSON, SQLite pages, EXIF strings and
Windows-style UTF-16 text are all covered.

``profile_plaintext`` opens a (SQLCipher-encrypted) profile the way the app does
and returns everything in it as plaintext: every row of every table, FTS shadow
tables and the FTS vocabulary included, of the database and of every copy of it
(daily copies, migration backups); the desk's identity vault opened with the
staff member's password; every photo decrypted; the encrypted token file.
``raw_files`` is what anyone with the disk sees: every file's bytes as stored.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from officer_app.profile import Profile
from officer_app.store.db import DB_FILENAME, Store
from officer_app.store.identity_vault import ENTRY_PREFIX, KEYRING_KEY, IdentityVault
from officer_app.store.schema import Meta

_SEP = r"[\s.\-/()]?"  # what people and formatters put between digits
_NAME_GAP = r"[\s_.,\-]*"
_MIN_NAME_PART = 5  # shorter parts of a name are ordinary words


@dataclass(frozen=True)
class Citizen:
    name: str
    nik: str
    phone: str  # as typed at the desk (08..., or +62...)

    @property
    def national_number(self) -> str:
        digits = re.sub(r"\D", "", self.phone)
        for prefix in ("62", "0"):
            if digits.startswith(prefix):
                return digits[len(prefix) :]
        return digits


@dataclass(frozen=True)
class Finding:
    where: str
    kind: str  # "nik", "phone", "name" or "name part <part>"
    excerpt: str

    def __str__(self) -> str:
        return f"{self.where}: {self.kind} in …{self.excerpt}…"


def _digits(digits: str) -> str:
    return _SEP.join(re.escape(d) for d in digits)


class PiiScanner:
    """Finds one citizen's identity, in any of its usual spellings."""

    def __init__(self, citizen: Citizen) -> None:
        parts = citizen.name.split()
        self.citizen = citizen
        self.patterns: list[tuple[str, re.Pattern[str]]] = [
            ("nik", re.compile(_digits(citizen.nik))),
            ("phone", re.compile(_digits(citizen.national_number))),
            ("name", re.compile(_NAME_GAP.join(map(re.escape, parts)), re.IGNORECASE)),
        ]
        self.patterns += [
            (f"name part {p}", re.compile(re.escape(p), re.IGNORECASE))
            for p in parts
            if len(p) >= _MIN_NAME_PART
        ]

    def scan_text(self, where: str, text: str) -> list[Finding]:
        out = []
        for kind, pattern in self.patterns:
            match = pattern.search(text)
            if match is not None:
                start, end = max(0, match.start() - 30), match.end() + 30
                out.append(Finding(where, kind, text[start:end].replace("\n", " ")))
        return out

    def scan_bytes(self, where: str, data: bytes) -> list[Finding]:
        found: dict[str, Finding] = {}
        readings = (
            ("", data.decode("latin-1")),
            (" (utf-16)", data.decode("utf-16-le", errors="ignore")),
            (" (utf-16, odd offset)", data[1:].decode("utf-16-le", errors="ignore")),
        )
        for suffix, text in readings:
            for finding in self.scan_text(where + suffix, text):
                found.setdefault(finding.kind, finding)
        return list(found.values())

    def scan(self, blobs: Mapping[str, str | bytes]) -> list[Finding]:
        out: list[Finding] = []
        for where, blob in blobs.items():
            if isinstance(blob, bytes):
                out += self.scan_bytes(where, blob)
            else:
                out += self.scan_text(where, blob)
        return out

    def kinds(self, findings: Iterable[Finding]) -> set[str]:
        return {f.kind for f in findings}


def describe(findings: Iterable[Finding]) -> str:
    return "\n".join(str(f) for f in findings) or "(none)"


# --- files as stored ----------------------------------------------------------------


def raw_files(*roots: Path, but: Path | None = None) -> dict[str, bytes]:
    """Every file under ``roots`` (not under ``but``), byte for byte as on disk."""
    out: dict[str, bytes] = {}
    for root in roots:
        for path in sorted(root.rglob("*")):
            if path.is_file() and (but is None or not path.is_relative_to(but)):
                out[f"file {path}"] = path.read_bytes()
    return out


_RECORD_START = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} [A-Z]+ ")
_RECORD_LOGGER = re.compile(r"^\S+ \S+ [A-Z]+ \S+ (\S+): ")


def log_records(body: str) -> list[tuple[str, str]]:
    """A log file of ``errors_hook.setup_logging`` as (logger name, record text) pairs;
    a traceback stays with its record. ``"?"`` when a line does not tell its logger."""
    out: list[tuple[str, str]] = []
    for line in body.splitlines():
        if _RECORD_START.match(line) or not out:
            match = _RECORD_LOGGER.match(line)
            out.append((match.group(1) if match else "?", line))
        else:
            name, text = out[-1]
            out[-1] = (name, text + "\n" + line)
    return out


def log_files(*roots: Path) -> dict[str, str]:
    """Every log file under ``roots`` (rotated ones included), as text."""
    out: dict[str, str] = {}
    for root in roots:
        for path in sorted(root.rglob("*.log*")):
            if path.is_file():
                out[f"log {path}"] = path.read_text(encoding="utf-8", errors="replace")
    return out


# --- a profile, decrypted -------------------------------------------------------------


def _values(rows: Iterable[tuple[object, ...]]) -> Iterator[str | bytes]:
    for row in rows:
        for value in row:
            if isinstance(value, bytes | bytearray | memoryview):
                yield bytes(value)
            elif value is not None:
                yield str(value)


def _dump_schema(conn: object, schema: str, label: str) -> dict[str, str | bytes]:
    """Every value of every table of one attached database, FTS vocabulary included."""
    execute = conn.execute  # type: ignore[attr-defined]
    out: dict[str, str | bytes] = {}
    tables = execute(
        f"SELECT name, sql FROM {schema}.sqlite_master WHERE type = 'table'"
    ).fetchall()
    out[f"{label} sqlite_master"] = "\n".join(str(sql) for _name, sql in tables)
    for name, sql in tables:
        values = list(_values(execute(f'SELECT * FROM {schema}."{name}"').fetchall()))
        texts = [v for v in values if isinstance(v, str)]
        blobs = [v for v in values if isinstance(v, bytes)]
        out[f"{label} table {name}"] = "\n".join(texts)
        if blobs:
            out[f"{label} table {name} (blobs)"] = b"\n".join(blobs)
        if sql and "fts5" in str(sql).lower():
            # Every term the full-text index knows (its pages are prefix-compressed).
            vocab = f"temp.vocab_{schema}_{name}"
            execute(f"CREATE VIRTUAL TABLE {vocab} USING fts5vocab({schema}, '{name}', 'row')")
            try:
                terms = [str(row[0]) for row in execute(f"SELECT term FROM {vocab}").fetchall()]
            finally:
                execute(f"DROP TABLE {vocab}")
            out[f"{label} fts vocabulary {name}"] = "\n".join(terms)
    return out


def database_copies(profile: Profile) -> list[Path]:
    """Copies of the profile database beside it (daily copies, migration backups)."""
    skip = ("-wal", "-shm", "-journal", ".tmp", ".encrypting")
    return [
        p
        for p in sorted(profile.root.glob(f"{DB_FILENAME}?*"))
        if p.is_file() and not p.name.endswith(skip)
    ]


def profile_plaintext(
    profile: Profile, store: Store, password: str | None = None
) -> dict[str, str | bytes]:
    """Everything the (unlocked) profile holds, decrypted; see the module docstring.

    ``password``: the staff member's, to open the desk's identity vault (without
    it the vault's entries are dumped as the ciphertext they are).
    """
    out: dict[str, str | bytes] = {}
    raw = store.engine.raw_connection()
    try:
        conn = raw.driver_connection
        out.update(_dump_schema(conn, "main", "database"))
        for i, copy in enumerate(database_copies(profile)):
            # ATTACH without KEY: SQLCipher uses the main database's key.
            conn.execute(f"ATTACH DATABASE ? AS copy{i}", (str(copy),))  # type: ignore[union-attr]
            try:
                out.update(_dump_schema(conn, f"copy{i}", f"copy {copy.name}"))
            finally:
                conn.execute(f"DETACH DATABASE copy{i}")  # type: ignore[union-attr]
    finally:
        raw.close()

    with store.read() as session:
        has_vault = session.get(Meta, KEYRING_KEY) is not None
        refs = [
            key[len(ENTRY_PREFIX) :]
            for key in session.scalars(select(Meta.key).where(Meta.key.like(ENTRY_PREFIX + "%")))
        ]
    if has_vault and password is not None:
        vault = IdentityVault.unlock(store, password)
        with store.read() as session:
            for ref in refs:
                out[f"identity vault {ref}"] = json.dumps(vault.reveal(session, ref))

    photos = profile.photo_store()
    for path in sorted(profile.photos_dir.rglob("*")):
        if path.is_file() and re.fullmatch(r"[0-9a-f]{64}", path.name):
            original = "originals" in path.relative_to(profile.photos_dir).parts
            kind = "original photo" if original else "photo"
            out[f"{kind} {path.name}"] = photos.read(path.name, original=original)

    tokens = profile.token_store(use_os_keyring=False)
    if tokens.file.exists():
        out["token file"] = json.dumps(tokens._read_file())
    return out

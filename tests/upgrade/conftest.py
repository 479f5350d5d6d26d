"""Profiles written by the oldest schema this app still supports, made by the migrations.

``oldest_profile_template`` (session): Alembic upgrades an empty file to the first
revision (``0001``), then plain SQL, valid for that revision, fills it the way the
first release did: reports, pending outbox actions (a follow-up with before/after
photos, a note, a walk-in create whose reporter sits sealed in the identity vault),
attachment rows, the photo files themselves under ``photos/ab/cd/<sha256>``, and
the identity vault's keyring and entry in ``meta``. Nothing binary is committed:
the fixture is generated from the migration in each test session.

``oldest_profile`` copies the template into the test's own directory.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import shutil
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from PIL import Image
from sqlalchemy import create_engine, text

from officer_app.store import Store, crypto
from officer_app.store.db import DB_FILENAME
from officer_app.store.migrate import alembic_config, read_revision

OLDEST_REVISION = "0001"
VAULT_PASSWORD = "kata-sandi-meja-1"
# scrypt's cheapest sound parameters: the test is about the upgrade, not the KDF
FAST_KDF = crypto.KdfParams(salt=crypto.KdfParams.fresh().salt, n=2**10, r=8, p=1)


@dataclass
class OldProfile:
    """What was written into the old profile, to be found again after the upgrade."""

    root: Path
    report_ids: list[str] = field(default_factory=list)
    pending_actions: dict[str, dict[str, Any]] = field(default_factory=dict)  # id -> row
    photos: dict[str, bytes] = field(default_factory=dict)  # sha256 -> bytes
    originals: dict[str, bytes] = field(default_factory=dict)
    identity: dict[str, Any] = field(default_factory=dict)
    identity_ref: str = ""

    @property
    def db_file(self) -> Path:
        return self.root / DB_FILENAME


def _jpeg(colour: tuple[int, int, int]) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (64, 48), colour).save(buf, "JPEG", quality=80)
    return buf.getvalue()


def _photo_path(photos_dir: Path, sha: str, *, original: bool = False) -> Path:
    base = photos_dir / "originals" if original else photos_dir
    return base / sha[:2] / sha[2:4] / sha


_REPORT_SQL = text(
    "INSERT INTO reports (id, number, category_id, channel, status, description, address,"
    " lat, lon, kelurahan_code, unit_id, assignee_id, is_private, priority, created_at,"
    " landed_at, supporters, version, seq, reporter, server_status, due_at, in_scope,"
    " pending_count, synced_at) VALUES (:id, :number, 'jalan-rusak', :channel, :status,"
    " :description, 'Jl. Medan Merdeka Barat', -6.1754, 106.8272, '31.71.01.1001',"
    " 'kel-gambir', 'officer.demo', 0, 'normal', '2025-01-10 08:00:00.000000',"
    " '2025-01-10 08:05:00.000000', 0, :version, :seq, :reporter, :status,"
    " '2025-01-13 08:00:00.000000', 1, :pending, '2025-01-10 09:00:00.000000')"
)
_EVENT_SQL = text(
    "INSERT INTO events (id, report_id, type, actor_id, actor_name, at, from_status,"
    " to_status, note, action_id, pending) VALUES (:id, :report_id, :type, 'officer.demo',"
    " 'Petugas Demo', :at, :from_status, :to_status, :note, :action_id, :pending)"
)
_OUTBOX_SQL = text(
    "INSERT INTO outbox (action_id, report_id, type, base_version, payload, happened_at,"
    " state, attempts, updated_at) VALUES (:action_id, :report_id, :type, :base_version,"
    " :payload, :at, 'pending', :attempts, :at)"
)
_ATTACHMENT_SQL = text(
    "INSERT INTO attachments (report_id, sha256, kind, event_id, content_type, size,"
    " captured_at, lat, lon, reused, meta, pending) VALUES (:report_id, :sha256, :kind,"
    " :event_id, 'image/jpeg', :size, '2025-01-11 07:30:00.000000', -6.1754, 106.8272, 0,"
    " :meta, 1)"
)


def _fill(conn: Any, profile: OldProfile) -> None:
    """What the first release wrote for an officer's and a desk's offline work."""
    photos_dir = profile.root / "photos"
    for n in range(1, 4):
        rid = f"R-OLD-{n}"
        profile.report_ids.append(rid)
        conn.execute(
            _REPORT_SQL,
            {
                "id": rid,
                "number": f"JK25011000{n:02d}",
                "channel": "jaki",
                "status": "proses",
                "description": f"Jalan berlubang nomor {n} di depan sekolah",
                "version": 3,
                "seq": 100 + n,
                "reporter": json.dumps({"anonymous": True}),
                "pending": 1 if n <= 2 else 0,
            },
        )
    # 1. a follow-up with a before and an after photo, on R-OLD-1
    before, after = _jpeg((200, 40, 40)), _jpeg((40, 200, 40))
    wire_photos = []
    for kind, data, original in (
        ("before", before, before + b"-original-before"),
        ("after", after, after + b"-original-after"),
    ):
        sha = hashlib.sha256(data).hexdigest()
        osha = hashlib.sha256(original).hexdigest()
        profile.photos[sha] = data
        profile.originals[osha] = original
        for path, content in (
            (_photo_path(photos_dir, sha), data),
            (_photo_path(photos_dir, osha, original=True), original),
        ):
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content)
        wire_photos.append({"sha256": sha, "kind": kind, "original_sha256": osha})
    followup_id = str(uuid.uuid4())
    followup = {"note": "Lubang sudah ditambal dengan aspal dingin.", "photos": wire_photos}
    event_id = f"local-{followup_id}"
    conn.execute(
        _EVENT_SQL,
        {
            "id": event_id,
            "report_id": "R-OLD-1",
            "type": "followup",
            "at": "2025-01-11 07:45:00.000000",
            "from_status": "proses",
            "to_status": "menunggu_validasi",
            "note": followup["note"],
            "action_id": followup_id,
            "pending": 1,
        },
    )
    for photo, data in zip(wire_photos, (before, after), strict=True):
        conn.execute(
            _ATTACHMENT_SQL,
            {
                "report_id": "R-OLD-1",
                "sha256": photo["sha256"],
                "kind": photo["kind"],
                "event_id": event_id,
                "size": len(data),
                "meta": json.dumps({"original_sha256": photo["original_sha256"]}),
            },
        )
    # 2. a note on R-OLD-2, already tried once (the link dropped)
    note_id = str(uuid.uuid4())
    note = {"note": "Warga menambahkan: lubang makin lebar setelah hujan."}
    # 3. a walk-in complaint filed at the desk; the reporter's identity is sealed in
    #    the vault (meta) and the outbox holds only the reference
    vault_key, keyring = crypto.new_keyring(VAULT_PASSWORD, FAST_KDF)
    ref = str(uuid.uuid4())
    profile.identity = {
        "anonymous": False,
        "name": "Siti Aminah",
        "nik": "3171015505900002",
        "phone": "081234567890",
    }
    profile.identity_ref = ref
    sealed = crypto.encrypt(vault_key, json.dumps(profile.identity).encode(), ref.encode())
    conn.execute(
        text("INSERT INTO meta (key, value) VALUES (:k, :v)"),
        [
            {"k": "identity_vault.keyring", "v": json.dumps(keyring)},
            {"k": f"identity/{ref}", "v": base64.b64encode(sealed).decode()},
        ],
    )
    create_id = str(uuid.uuid4())
    create = {
        "category_id": "jalan-rusak",
        "description": "Trotoar amblas di depan kantor kelurahan.",
        "reporter": {"anonymous": False, "vault": ref},
    }
    for action_id, rid, kind, payload, base, attempts in (
        (followup_id, "R-OLD-1", "followup", followup, 3, 0),
        (note_id, "R-OLD-2", "note", note, 3, 1),
        (create_id, "W-LOCAL-1", "create", create, None, 0),
    ):
        conn.execute(
            _OUTBOX_SQL,
            {
                "action_id": action_id,
                "report_id": rid,
                "type": kind,
                "base_version": base,
                "payload": json.dumps(payload),
                "at": "2025-01-11 07:45:00.000000",
                "attempts": attempts,
            },
        )
        profile.pending_actions[action_id] = {"report_id": rid, "type": kind, "payload": payload}


@pytest.fixture(scope="session")
def oldest_profile_template(tmp_path_factory: pytest.TempPathFactory) -> OldProfile:
    profile = OldProfile(tmp_path_factory.mktemp("oldest-profile"))
    engine = create_engine(f"sqlite:///{profile.db_file}")
    try:
        with engine.begin() as conn:
            config = alembic_config()
            config.attributes["connection"] = conn
            command.upgrade(config, OLDEST_REVISION)  # the first release's schema
            _fill(conn, profile)
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()
    assert read_revision(profile.db_file) == OLDEST_REVISION
    return profile


@pytest.fixture
def oldest_profile(oldest_profile_template: OldProfile, tmp_path: Path) -> OldProfile:
    """A private copy of the oldest-schema profile (database and photo files)."""
    template = oldest_profile_template
    root = tmp_path / "profile"
    shutil.copytree(template.root, root)
    return OldProfile(
        root,
        list(template.report_ids),
        dict(template.pending_actions),
        dict(template.photos),
        dict(template.originals),
        dict(template.identity),
        template.identity_ref,
    )


@pytest.fixture(params=["plain", "encrypted"])
def key(request: pytest.FixtureRequest) -> bytes | None:
    """A profile without a key (tests and tools) and one SQLCipher-encrypted under one."""
    return None if request.param == "plain" else os.urandom(32)


def open_store(root: Path, key: bytes | None) -> Store:
    return Store.open(root, key=key)

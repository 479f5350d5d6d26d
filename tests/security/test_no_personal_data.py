"""No personal data in logs, nor in the workstations' profiles (issue 8, point 7).

One full flow on the product path against the real reference server (a separate
process, demo users), run once for this module (``flow``): four workstations,
each a data directory laid out as ``gui_main`` lays it out (settings file,
``logs/``, ``profiles/<officer>/``), signed in through the app's own
``authenticator`` (SQLCipher-encrypted profile, credential file, server token in
the keyring's encrypted-file fallback) and working through
``WorkstationServices``, the services the window uses:

1. the walk-in desk files a complaint with the citizen's identity (NIK, name,
   phone), sealed in its identity vault, and prints the receipt;
2. the desk syncs: the server has the identity, the desk's vault is wiped;
3. the field officer of the kelurahan accepts and records a follow-up (tindak
   lanjut) with before/after photos whose metadata carry the citizen's identity
   (EXIF, XP tags, JPEG comment, PNG text: a photo forwarded by the citizen);
   they go up to the server on sync;
4. the validator syncs: the server sends the identity (the one role that may see
   it) and audits the view; the validator opens it (the validation page's data)
   and rejects the follow-up;
5. the supervisor reassigns the report to another officer, reads the audit log;
6. everybody syncs again and signs out.

Logging runs as in the app (``errors_hook.setup_logging`` and its redacting
filter) at DEBUG (the product's own loggers; third-party ones stay at INFO), into
each workstation's own log file; the server runs with its
product log switch at debug (``--log-level debug``: uvicorn's access and debug
lines; its own loggers log at INFO, the product's setting), stdout and stderr
captured in its log file.

Then the scan for the NIK, the name and the phone in their usual spellings
(``pii_scan``): every log file, the server's output, every record the app logged
as it was before the redacting filter, every file of every workstation and of the
server's media store as stored, and the desk's, officer's and supervisor's
profiles decrypted (every table, FTS included, every database copy, the identity
vault, every uploaded photo, the token file): none found. Allowed, and asserted:
the identity on the server, in ``reporter_identities`` only (the audit log says
who viewed it, never what), and in the validator's profile while the report
waits for validation. The scan is shown to find what is there: in the desk's
vault before the server confirms, in the validator's database and view, in the
server's database, in the photos' untouched originals, and (last test) in a log
file and a control file written on purpose.
"""

from __future__ import annotations

import io
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, PngImagePlugin
from sqlalchemy import create_engine, inspect, select, text

from central_server.testing import DEMO_PASSWORD, LiveServer, find_data_dir, server_rows
from crm_shared.domain import ActionType, Role, Status
from officer_app import settings
from officer_app.app import WorkstationServices
from officer_app.errors_hook import OWN_LOGGERS, setup_logging
from officer_app.gui_main import authenticator, make_backend
from officer_app.store.desk import receipt_for, record_receipt
from officer_app.store.identity_vault import count_entries
from officer_app.store.schema import Attachment, Officer, OutboxItem, Unit
from officer_app.store.validation_queue import load_validation
from officer_app.views.dialogs import PHOTO_SOURCES
from officer_app.views.supervisor.audit_page import fetch_audit

from .pii_scan import (
    Citizen,
    Finding,
    PiiScanner,
    describe,
    log_files,
    log_records,
    profile_plaintext,
    raw_files,
)

pytestmark = pytest.mark.slow

# A name no seed template uses; a valid NIK (317101, born 17-08-1993, a woman: day + 40).
CITIZEN = Citizen(name="Sekarayu Wulandhari Tjokrosoewarno", nik="3171015708930006",
                  phone="0813-7778-8899")  # fmt: skip
IDENTITY = {"nik", "phone", "name"}
SCAN = PiiScanner(CITIZEN)
# Pillow's own DEBUG records: while the app reads a photo's EXIF they show its values
# (see test_debug_logging_shows_photo_metadata).
PILLOW = "PIL."

Blobs = dict[str, str | bytes]


class DebugLoggingServer(LiveServer):
    """The reference server with its product log switch at debug."""

    def _command(self) -> list[str]:
        return [*super()._command(), "--log-level", "debug"]


class RawRecords(logging.Handler):
    """Every record as the code logged it, before the product's redacting filter.

    On the root logger ahead of the product's file handler: handlers run in order,
    and the filter rewrites a record only when the file handler handles it.
    """

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[tuple[str, str]] = []  # (logger name, text)

    def emit(self, record: logging.LogRecord) -> None:
        line = f"{record.levelname} {record.name}: {record.getMessage()}"
        if record.exc_info:
            line += "\n" + logging.Formatter().formatException(record.exc_info)
        self.records.append((record.name, line))


class RootLogging:
    """Puts the root logger back as it was (``setup_logging`` changes it)."""

    def __init__(self) -> None:
        self.root = logging.getLogger()
        self.level, self.before = self.root.level, list(self.root.handlers)
        self.own = {name: logging.getLogger(name).level for name in OWN_LOGGERS}
        self.raw = RawRecords()
        self.root.addHandler(self.raw)

    def restore(self) -> None:
        for handler in list(self.root.handlers):
            handler.flush()
            if handler not in self.before:
                self.root.removeHandler(handler)
                handler.close()
        self.root.setLevel(self.level)
        for name, level in self.own.items():
            logging.getLogger(name).setLevel(level)


@dataclass
class Workstation:
    """One PC: a data directory as ``gui_main`` lays it out, one signed-in officer."""

    data_dir: Path
    services: WorkstationServices

    def activate(self) -> None:
        """This PC is the one working now: the app's logging goes to its log file."""
        setup_logging(self.data_dir / "logs", level=logging.DEBUG)

    def sync(self) -> Any:
        self.activate()
        outcome = self.services.sync(lambda _p: None, lambda: False)
        assert outcome.online, outcome.message
        assert not outcome.login_needed
        assert outcome.message is None, outcome.message
        assert outcome.attention == 0, outcome
        return outcome

    def plaintext(self) -> Blobs:
        self.activate()
        return profile_plaintext(self.services.profile, self.services.store, DEMO_PASSWORD)


def sign_in(root: Path, name: str, server: LiveServer, officer_id: str) -> Workstation:
    data_dir = root / name
    setup_logging(data_dir / "logs", level=logging.DEBUG)  # as run_gui does first
    config = settings.Settings(data_dir)
    config.set(settings.SERVER_URL, server.url)
    config.set(settings.LAST_OFFICER_ID, officer_id)  # as the sign-in dialog does
    authenticate = authenticator(data_dir / "profiles", ask_old_password=lambda _retry: None)
    connection = authenticate(server.url, officer_id, DEMO_PASSWORD)
    assert connection.damage is None
    assert connection.profile.unlocked
    assert not connection.profile.is_plain()  # SQLCipher
    return Workstation(data_dir, WorkstationServices(connection, make_backend=make_backend))


def photo_with_identity(path: Path, colour: tuple[int, int, int]) -> Path:
    """A photo whose metadata name the citizen (as one the citizen forwarded may).

    Written with logging off: the test's own writing is not the app's logging.
    """
    logging.disable(logging.CRITICAL)
    try:
        return _write_photo(path, colour)
    finally:
        logging.disable(logging.NOTSET)


def _write_photo(path: Path, colour: tuple[int, int, int]) -> Path:
    who = f"{CITIZEN.name} NIK {CITIZEN.nik} HP {CITIZEN.phone}"
    short = " ".join(CITIZEN.name.split()[:2])  # an owner's name as a phone keeps it
    image = Image.new("RGB", (800, 600), colour)
    if path.suffix == ".png":
        info = PngImagePlugin.PngInfo()
        info.add_text("Author", CITIZEN.name)
        info.add_itxt("Description", who)
        image.save(path, "PNG", pnginfo=info)
        return path
    exif = Image.Exif()
    exif[0x010E] = who  # ImageDescription
    exif[0x013B] = short  # Artist
    exif[0x8298] = CITIZEN.name  # Copyright
    exif[0x9C9D] = short.split()[0].encode("utf-16-le") + b"\0\0"  # XPAuthor (UTF-16)
    details = exif.get_ifd(0x8769)
    details[0x9003] = "2026:01:05 08:00:00"  # DateTimeOriginal: a fact the app keeps
    details[0xA430] = short  # CameraOwnerName
    details[0x9286] = b"ASCII\0\0\0HP " + CITIZEN.phone.encode()  # UserComment
    image.save(path, "JPEG", exif=exif, comment=who.encode(), quality=90)
    return path


def server_tables(server: LiveServer) -> dict[str, str]:
    """Every value of every table of the server's database, one text per table."""
    engine = create_engine(server.database_url)
    out: dict[str, str] = {}
    try:
        with engine.connect() as conn:
            for table in inspect(conn).get_table_names():
                rows = conn.execute(text(f'SELECT * FROM "{table}"'))
                out[table] = "\n".join(str(v) for row in rows for v in row if v is not None)
    finally:
        engine.dispose()
    return out


@dataclass
class Photo:
    name: str
    processed: bytes  # decrypted from the officer's photo store
    on_server: bytes  # the server's media file
    original: bytes  # the untouched original, decrypted (kept locally, never uploaded)


@dataclass
class Flow:
    report_id: str
    desk_before_confirmation: Blobs  # the desk's profile decrypted, vault opened
    desk_files_before_confirmation: dict[str, bytes]
    validator_while_waiting: Blobs  # the validator's profile decrypted, report waiting
    validator_view: str  # what the validation page got to show
    identity_views: list[str]  # actors of the server's identity_view audit rows
    audit_page: str  # the supervisor's audit log page, as received
    photos: list[Photo]
    profiles: dict[str, Blobs]  # at the end, decrypted
    logs: dict[str, str]
    server_log: str
    raw_records: list[tuple[str, str]]  # (logger name, record as logged)
    files: dict[str, bytes]  # every file (logs aside) of every PC and the server's media
    server_tables: dict[str, str]
    final_status: str


def _original_sha(pc: Workstation, sha256: str) -> str:
    with pc.services.store.read() as s:
        meta = s.scalars(select(Attachment.meta).where(Attachment.sha256 == sha256)).first()
    assert meta is not None
    return str(meta["original_sha256"])


@pytest.fixture(scope="module")
def flow(tmp_path_factory: pytest.TempPathFactory, qapp: Any) -> Flow:
    tmp = tmp_path_factory.mktemp("pii_flow")
    logs = RootLogging()
    server = DebugLoggingServer(tmp / "server", data_dir=find_data_dir(), n_reports=30, seed=21)
    pcs: list[Workstation] = []
    with pytest.MonkeyPatch.context() as mp:
        # No OS keyring: the encrypted token file inside the profile (scanned with it).
        mp.setattr("officer_app.secrets.secure_os_keyring", lambda: None)
        server.start()
        try:
            result = _run_flow(tmp, server, pcs)
        finally:
            for pc in pcs:
                pc.services.close()
            server.stop()
            logs.restore()
    result.logs = log_files(*(pc.data_dir for pc in pcs))
    result.server_log = server.log_path.read_text(encoding="utf-8", errors="replace")
    result.raw_records = logs.raw.records
    for pc in pcs:  # the log files are scanned record by record (test_..._in_any_log)
        result.files.update(raw_files(pc.data_dir, but=pc.data_dir / "logs"))
    result.files.update(raw_files(server.media_dir))
    result.server_tables = server_tables(server)
    return result


def _run_flow(tmp: Path, server: LiveServer, pcs: list[Workstation]) -> Flow:
    # --- 1. the desk files the complaint, the identity sealed in its vault ----------------
    desk = sign_in(tmp, "desk-pc", server, "desk.demo")
    pcs.append(desk)
    desk.sync()
    with desk.services.store.read() as s:
        gambir = s.scalars(
            select(Unit).where(Unit.kind == "kelurahan", Unit.name.ilike("%gambir%"))
        ).first()
    assert gambir is not None
    assert gambir.code
    category = next(c for c in desk.services.categories() if c.name == "Sampah")
    report_id = desk.services.actions.create(
        {
            "channel": "pendopo",
            "category_id": category.id,
            "description": "Sampah menumpuk di pinggir jalan sudah tiga hari tidak diangkut",
            "address": "Jl. Medan Merdeka Selatan",
            "lat": -6.1815,
            "lon": 106.8285,
            "kelurahan_code": gambir.code,  # as the desk's location picker sets it
            "is_private": True,
            "reporter": {
                "name": CITIZEN.name,
                "nik": CITIZEN.nik,
                "phone": CITIZEN.phone,
                "address": "Jl. Kebon Sirih 1",
            },
        }
    ).report_id
    receipt = receipt_for(desk.services.store, report_id, nik=CITIZEN.nik)
    record_receipt(desk.services.store, receipt)  # printed for the citizen
    assert SCAN.scan_text("receipt", receipt.masked_nik) == []
    desk_before = desk.plaintext()
    desk_files_before = raw_files(desk.data_dir)

    # --- 2. the server confirms; the vault is wiped ------------------------------------------
    assert desk.sync().applied == 1
    with desk.services.store.read() as s:
        assert count_entries(s) == 0
        assert s.scalar(select(OutboxItem).limit(1)) is None
    unit_id = server_rows(server, "SELECT unit_id FROM reports WHERE id = :r", r=report_id)[0][0]

    # --- 3. the field officer: accept, then a follow-up with before/after photos ------------
    officer = sign_in(tmp, "officer-pc", server, "officer.demo")
    pcs.append(officer)
    officer.sync()
    assert officer.services.officer.unit_id == unit_id, "routed outside officer.demo's unit"
    detail = officer.services.load_detail(report_id)
    assert detail is not None
    assert detail.reporter_hidden  # "Pelapor dirahasiakan"
    officer.services.act(report_id, ActionType.ACCEPT, {"note": "Diterima, segera ke lokasi"})
    shots = [
        photo_with_identity(tmp / "sebelum.jpg", (120, 90, 60)),
        photo_with_identity(tmp / "sesudah.png", (60, 140, 90)),
    ]
    refs = [officer.services.import_photo(p) for p in shots]  # as the dialog does
    assert refs[0].captured_at is not None  # the EXIF was read: the facts the app keeps
    officer.services.act(  # the follow-up dialog's payload
        report_id,
        ActionType.FOLLOWUP,
        {
            "note": "Sampah sudah diangkut dan lokasi dibersihkan",
            "photos": [
                {"sha256": refs[0].sha256, "kind": "before"},
                {"sha256": refs[1].sha256, "kind": "after"},
            ],
            PHOTO_SOURCES: {r.sha256: r.source for r in refs},
        },
    )
    assert officer.sync().applied == 2
    photos = []
    for ref, shot in zip(refs, shots, strict=True):
        uploaded = [p for p in server.media_dir.rglob("*") if p.is_file() and ref.sha256 in p.name]
        assert len(uploaded) == 1, "the photo did not reach the server"
        store = officer.services.photos
        photos.append(
            Photo(
                shot.name,
                store.read(ref.sha256),
                uploaded[0].read_bytes(),
                store.read(_original_sha(officer, ref.sha256), original=True),
            )
        )

    # --- 4. the validator views the identity (audited) and rejects the follow-up -----------
    validator = sign_in(tmp, "validator-pc", server, "validator.demo")
    pcs.append(validator)
    validator.sync()
    validator_waiting = validator.plaintext()
    shown = [
        item
        for item in load_validation(validator.services.store, validator.services.photos)
        if item.id == report_id
    ]
    assert len(shown) == 1
    views = server_rows(
        server,
        "SELECT actor_id FROM audit_log WHERE kind = 'identity_view' AND report_id = :r",
        r=report_id,
    )
    validator.services.act(
        report_id, ActionType.REJECT_FOLLOWUP, {"reason": "Foto sesudah kurang jelas"}
    )
    assert validator.sync().applied == 1
    validator.sync()  # the report no longer waits for validation: it leaves this profile

    # --- 5. the supervisor reassigns, then reads the audit log ---------------------------------
    supervisor = sign_in(tmp, "supervisor-pc", server, "supervisor.demo")
    pcs.append(supervisor)
    supervisor.sync()
    with supervisor.services.store.read() as s:
        colleagues = s.scalars(
            select(Officer.id).where(
                Officer.unit_id == unit_id,
                Officer.role == Role.FIELD_OFFICER.value,
                Officer.id != "officer.demo",
            )
        ).all()
    assert colleagues, "no other field officer in the unit to reassign to"
    supervisor.services.act(
        report_id,
        ActionType.REASSIGN,
        {"assignee_id": colleagues[0], "reason": "Pembagian beban kerja"},
    )
    assert supervisor.sync().applied == 1
    supervisor.activate()
    audit = fetch_audit(supervisor.services, 0, lambda: False)
    kinds = {e.kind for e in audit.entries if e.report_id == report_id}
    assert {"create", "identity_view", "reassign"} <= kinds, kinds

    # --- 6. everybody syncs again, then the profiles are read, then everybody signs out -----
    for pc in (officer, desk, validator, supervisor):
        pc.sync()
    status = server_rows(server, "SELECT status FROM reports WHERE id = :r", r=report_id)[0][0]
    profiles = {
        "desk": desk.plaintext(),
        "officer": officer.plaintext(),
        "supervisor": supervisor.plaintext(),
        "validator": validator.plaintext(),
    }
    for pc in pcs:
        pc.activate()
        pc.services.sign_out()  # the end of the shift: token forgotten, profile locked
    return Flow(
        report_id=report_id,
        desk_before_confirmation=desk_before,
        desk_files_before_confirmation=desk_files_before,
        validator_while_waiting=validator_waiting,
        validator_view=json.dumps(shown[0].reporter),
        identity_views=[v.actor_id for v in views],
        audit_page=json.dumps([e.model_dump(mode="json") for e in audit.entries]),
        photos=photos,
        profiles=profiles,
        logs={},
        server_log="",
        raw_records=[],
        files={},
        server_tables={},
        final_status=status,
    )


def _only(blobs: Blobs, *prefixes: str, but: tuple[str, ...] = ()) -> Blobs:
    return {
        k: v
        for k, v in blobs.items()
        if (not prefixes or k.startswith(prefixes)) and not k.startswith(but)
    }


def _none(findings: list[Finding]) -> None:
    assert findings == [], "personal data found:\n" + describe(findings)


def _records(flow: Flow) -> list[tuple[str, str, str]]:
    """(where, logger name, text) of every record: the log files' and those as logged."""
    out = [
        (where, name, text) for where, body in flow.logs.items() for name, text in log_records(body)
    ]
    out += [("records as logged", name, text) for name, text in flow.raw_records]
    return out


# --- the flow went as the issue says --------------------------------------------------------


def test_the_flow_ran_on_the_product_path(flow: Flow) -> None:
    assert flow.final_status == Status.TL_DITOLAK.value  # followed up, rejected, reassigned
    assert flow.identity_views
    assert set(flow.identity_views) == {"validator.demo"}
    # The logs hold the flow, at DEBUG, one file per workstation; DEBUG records are
    # the product's own (third-party loggers stay at INFO: no urllib3 request lines).
    assert len(flow.logs) == 4, list(flow.logs)
    for where, body in flow.logs.items():
        assert " DEBUG " in body, f"{where}: no DEBUG records written"
        assert "officer_app.store.integrity: daily copy written" in body, where  # synced
        assert "officer_app.app: signed out" in body, f"{where}: the flow is not in this log"
        debug = {name for name, text in log_records(body) if text.split()[2] == "DEBUG"}
        assert all(name.startswith(OWN_LOGGERS) for name in debug), (where, debug)
    assert "/api/v1/sync/actions" in flow.server_log  # uvicorn's access lines: debug is on
    assert "/api/v1/media/" in flow.server_log
    # INFO and up, and the product's own DEBUG records (Alembic no longer logs each step of a
    # new profile: it is made at head from the models, issue 22)
    assert len(flow.raw_records) > 25
    assert len(flow.files) > 20
    assert any(k.endswith("-wal") for k in flow.desk_files_before_confirmation)
    assert sum(k.endswith("settings.ini") for k in flow.files) == 4
    assert sum(k.endswith("officer.bin") for k in flow.files) == 4  # encrypted, no clear names
    for name, profile in flow.profiles.items():
        assert any(k.startswith("copy ") for k in profile), f"{name}: no database copy read"
        assert "token file" in profile, f"{name}: the keyring's file fallback was not read"
        assert any(k.startswith("database fts vocabulary") for k in profile), name
        assert any(k.startswith("database table reports") for k in profile), name
        texts = "\n".join(v for v in profile.values() if isinstance(v, str))
        if name != "validator":  # the validator's profile lost the report (see below)
            assert flow.report_id in texts, f"{name}: the report is not in the profile"


# --- the scan can find it: where it must be -------------------------------------------------


def test_the_scan_sees_the_identity_where_it_is_held(flow: Flow) -> None:
    # The desk's vault, decrypted, before the server confirmed.
    vault = SCAN.scan(_only(flow.desk_before_confirmation, "identity vault"))
    assert SCAN.kinds(vault) >= IDENTITY, describe(vault)
    # The validator's database, decrypted, while the report waited for validation;
    # and the validation page's data.
    waiting = SCAN.scan(_only(flow.validator_while_waiting, "database table reports"))
    assert SCAN.kinds(waiting) >= IDENTITY, describe(waiting)
    assert SCAN.kinds(SCAN.scan_text("view", flow.validator_view)) >= IDENTITY
    # The untouched originals of the photos (kept encrypted on the officer's PC).
    for photo in flow.photos:
        assert "name" in SCAN.kinds(SCAN.scan_bytes(photo.name, photo.original))
    # The server, which must hold it, in its identity table, and only there.
    held = {f.where for f in SCAN.scan(dict(flow.server_tables)) if f.kind in IDENTITY}
    assert "reporter_identities" in held, held


# --- and it is nowhere else -----------------------------------------------------------------


def test_the_desk_holds_the_identity_sealed_until_the_server_has_it(flow: Flow) -> None:
    # Before the confirmation: decrypted, only the vault has it; on disk, nothing.
    _none(SCAN.scan(_only(flow.desk_before_confirmation, but=("identity vault",))))
    _none(SCAN.scan(dict(flow.desk_files_before_confirmation)))
    # After it: the vault is empty (asserted in the flow) and the profile is clean.
    assert not _only(flow.profiles["desk"], "identity vault")


def test_no_personal_data_in_any_log(flow: Flow) -> None:
    # Every record of every workstation's log file, and every record as the code
    # logged it (before the redacting filter: the app does not even rely on it),
    # but Pillow's DEBUG records (below); and the server's whole output.
    _none(
        [
            finding
            for where, name, record in _records(flow)
            if not name.startswith(PILLOW)
            for finding in SCAN.scan_text(f"{where} ({name})", record)
        ]
    )
    _none(SCAN.scan_text("server output", flow.server_log))


def test_debug_logging_shows_photo_metadata(flow: Flow) -> None:
    # At DEBUG Pillow logs each short EXIF value while the app reads a photo's
    # metadata: setup_logging keeps third-party loggers at INFO (unit test:
    # tests/unit/test_logging_levels.py), so none of its records is even made.
    _none(
        [
            finding
            for where, name, record in _records(flow)
            if name.startswith(PILLOW)
            for finding in SCAN.scan_text(f"{where} ({name})", record)
        ]
    )


@pytest.mark.parametrize("who", ["desk", "officer", "supervisor"])
def test_no_personal_data_in_the_profile_decrypted(flow: Flow, who: str) -> None:
    # Every table (FTS too), every database copy, the vault, the uploaded photos,
    # the token file. Not the originals: the test put the identity in them.
    _none(SCAN.scan(_only(flow.profiles[who], but=("original photo",))))


def test_no_personal_data_in_any_file_as_stored(flow: Flow) -> None:
    # Every file of the four PCs (databases, -wal, copies, photos, officer file,
    # settings, token file, logs) and the server's media store.
    _none(SCAN.scan(dict(flow.files)))


def test_photos_go_up_without_their_metadata(flow: Flow) -> None:
    for photo in flow.photos:
        assert photo.on_server == photo.processed  # the server has the stripped JPEG
        image = Image.open(io.BytesIO(photo.processed))
        assert image.format == "JPEG"
        assert not image.getexif()
        assert not image.info.get("comment"), image.info
        _none(SCAN.scan_bytes(f"uploaded {photo.name}", photo.processed))


def test_the_audit_log_records_the_view_not_the_identity(flow: Flow) -> None:
    # DESIGN.md: every view of an identity is in the server's audit log; it names
    # who saw which report's identity, never the identity (not a log file: a table).
    assert "identity_view" in flow.server_tables["audit_log"]
    _none(SCAN.scan_text("server audit_log", flow.server_tables["audit_log"]))
    _none(SCAN.scan_text("supervisor's audit page", flow.audit_page))


def test_the_server_keeps_the_identity_in_its_identity_table_only(flow: Flow) -> None:
    # The answers kept for replays (applied_actions.result) have the reporter hidden
    # (tests/server/test_replayed_identity.py: a replay to the validator is audited).
    held = {f.where for f in SCAN.scan(dict(flow.server_tables)) if f.kind in IDENTITY}
    assert held == {"reporter_identities"}, held


def test_the_validator_profile_forgets_the_identity_with_the_report(flow: Flow) -> None:
    _none(SCAN.scan(_only(flow.profiles["validator"], but=("copy ",))))


def test_the_validator_database_copies_forget_the_identity(flow: Flow) -> None:
    # The daily copy is made right after the sync that brought the identity: copies
    # keep reporters hidden (store/integrity.py, tests/upgrade/test_copies_forget.py).
    _none(SCAN.scan(_only(flow.profiles["validator"], "copy ")))


# --- the scanner itself ----------------------------------------------------------------------


def test_the_scan_finds_what_is_written_on_purpose(tmp_path: Path) -> None:
    """The usual spellings are found, near misses are not; a record the app logs
    reaches the log file through the product's setup, so a logged name would show."""
    (tmp_path / "control.txt").write_text(
        "nik 3171-0157-0893-0006; hp +62 813 7778 8899; nama SEKARAYU  wulandhari-Tjokrosoewarno\n"
    )
    assert SCAN.kinds(SCAN.scan(raw_files(tmp_path))) >= IDENTITY
    assert "name" in SCAN.kinds(SCAN.scan_bytes("utf-16", f"x{CITIZEN.name}".encode("utf-16-le")))
    spelled = SCAN.scan_text("spelled", "NIK 3171015708930006 / tel. 6281377788899")
    assert SCAN.kinds(spelled) == {"nik", "phone"}
    misses = "3171014501900007 081377788890 Sekar Ayu Wulan Tjokro"
    assert SCAN.scan_text("near misses", misses) == []

    logs = RootLogging()
    try:
        path = setup_logging(tmp_path / "logs", level=logging.DEBUG)
        logging.getLogger("officer_app.sync.engine").debug(
            "reporter %s nik %s phone %s", CITIZEN.name, CITIZEN.nik, CITIZEN.phone
        )
    finally:
        logs.restore()
    in_file = SCAN.kinds(SCAN.scan(log_files(tmp_path)))
    assert path.is_file()
    # The name would be in the file. The product's filter masks the NIK and the phone
    # there; the records as logged still show them (that scan is not blind either).
    assert "name" in in_file
    assert not in_file & {"nik", "phone"}, in_file
    as_logged = "\n".join(text for _name, text in logs.raw.records)
    assert SCAN.kinds(SCAN.scan_text("as logged", as_logged)) >= IDENTITY

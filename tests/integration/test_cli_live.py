"""``officer-app sync|act|outbox`` as subprocesses against the real server."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from central_server.testing import LiveServer
from officer_app.profile import Profile
from officer_app.store import ReportFilter, list_reports
from officer_app.store.schema import Event

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]


def officer_app(
    *args: str, password: str = "demo-password", more_input: str = ""
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "officer_app", *args],
        input=password + "\n" + more_input,
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )


def test_sync_json_exit_codes_end_to_end(
    server_factory: Callable[..., LiveServer], tmp_path: Path
) -> None:
    server = server_factory(n_reports=300, seed=5)
    profile = str(tmp_path / "profile")
    first = officer_app(
        "sync", "--server", server.url, "--user", "officer.demo", "--password-stdin",
        "--profile", profile, "--json",
    )  # fmt: skip
    assert first.returncode == 0, first.stderr
    summary = json.loads(first.stdout)
    for key in ("pulled", "removed", "pushed", "applied", "duplicates", "conflicts",
                "rejected", "media_uploaded", "duration_s", "cursor"):  # fmt: skip
        assert key in summary
    assert summary["pulled"] > 0
    assert summary["cursor"] > 0

    # Wrong password: exit 2, nothing changes.
    wrong = officer_app("sync", "--password-stdin", "--profile", profile, "--json", password="x")
    assert wrong.returncode == 2
    assert "gagal" in wrong.stderr

    # Record an action with `act`, exactly as the UI would.
    with Profile(Path(profile)).open_store("demo-password") as store, store.read() as s:
        target = list_reports(s, ReportFilter(statuses=["menunggu", "koordinasi"]))[0]
    acted = officer_app("act", "accept", target.number, "--profile", profile)
    assert acted.returncode == 0, acted.stderr
    nothing = "/nonexistent.jpg"
    refused = officer_app("act", "followup", target.number, "--before", nothing,
                          "--after", nothing, "--note", "x", "--profile", profile)  # fmt: skip
    assert refused.returncode == 1
    assert refused.stderr.strip()
    listed = officer_app("outbox", "--profile", profile, "--json")
    [item] = json.loads(listed.stdout)
    assert (item["number"], item["type"], item["state"]) == (target.number, "accept", "pending")

    # Server down: exit 3, the outbox is kept.
    server.stop()
    down = officer_app("sync", "--password-stdin", "--profile", profile, "--json", "--retries", "1")
    assert down.returncode == 3
    assert [i["action_id"] for i in json.loads(
        officer_app("outbox", "--profile", profile, "--json").stdout
    )] == [item["action_id"]]  # fmt: skip

    # Back up (remembered URL is the old port: pass the new one), the action goes out.
    server.start()
    back = officer_app("sync", "--server", server.url, "--password-stdin", "--profile", profile,
                       "--json")  # fmt: skip
    assert back.returncode == 0, back.stderr
    assert json.loads(back.stdout)["applied"] == 1
    assert json.loads(officer_app("outbox", "--profile", profile, "--json").stdout) == []

    # An action the server refuses: exit 4 (finished, items need attention).
    reason = "Bukan kewenangan kelurahan"
    forward = officer_app("act", "forward", target.number, "--to", "unit-tidak-ada",
                          "--reason", reason, "--profile", profile)  # fmt: skip
    assert forward.returncode == 0, forward.stderr
    attention = officer_app("sync", "--password-stdin", "--profile", profile, "--json")
    assert attention.returncode == 4
    assert json.loads(attention.stdout)["rejected"] == 1
    human = officer_app("outbox", "--profile", profile)
    assert "perlu perhatian" in human.stdout
    assert "tidak dikenal" in human.stdout


def test_act_refusal_prints_the_indonesian_message(
    server_factory: Callable[..., LiveServer], tmp_path: Path
) -> None:
    server = server_factory(n_reports=300, seed=6)
    profile = str(tmp_path / "p")
    ok = officer_app("sync", "--server", server.url, "--user", "officer.demo",
                     "--password-stdin", "--profile", profile)  # fmt: skip
    assert ok.returncode == 0, ok.stderr
    with Profile(Path(profile)).open_store("demo-password") as store, store.read() as s:
        waiting = ["menunggu", "koordinasi", "disposisi", "menunggu_validasi", "selesai"]
        target = list_reports(s, ReportFilter(statuses=waiting))[0]
    before = Path(profile, "photos")
    photo_files = list(before.rglob("*")) if before.exists() else []
    refused = officer_app("act", "followup", target.number, "--before", __file__, "--after",
                          __file__, "--note", "Sudah", "--profile", profile)  # fmt: skip
    assert refused.returncode == 1
    assert "tidak bisa dilakukan pada laporan berstatus" in refused.stderr
    assert (list(before.rglob("*")) if before.exists() else []) == photo_files
    missing = officer_app("act", "note", "JK0000000000", "--text", "x", "--profile", profile)
    assert missing.returncode == 1
    assert "tidak ada" in missing.stderr

    # Any text is a note: one that looks like an option (--text=...), or stdin after
    # the password line (--text-file -), its lone CR a line break.
    inline = officer_app("act", "note", target.number, "--text=-1+1 sudah dicek",
                         "--profile", profile, "--json")  # fmt: skip
    assert inline.returncode == 0, inline.stderr
    piped = officer_app("act", "note", target.number, "--text-file", "-", "--profile", profile,
                        "--json", more_input="--lihat foto\rbaris dua")  # fmt: skip
    assert piped.returncode == 0, piped.stderr
    with Profile(Path(profile)).open_store("demo-password") as store, store.read() as s:
        notes = {
            e.note
            for e in s.query(Event).filter(Event.report_id == target.id, Event.type == "note")
        }
    assert {"-1+1 sudah dicek", "--lihat foto\nbaris dua"} <= notes

"""``officer-app sync --backend open311`` against variant GeoReport servers, as a
subprocess: jurisdiction_id, refusals as a sentence and an exit code (never a
traceback), the native transport rules, and a sync that is not "ok" with a gap."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from officer_app.cli import EXIT_ERROR, EXIT_OK, EXIT_UNREACHABLE

from .variants import Variant, VariantServer

pytestmark = pytest.mark.slow
REPO = Path(__file__).resolve().parents[2]


def sync(profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "officer_app", "sync", "--profile", str(profile)]
        + ["--backend", "open311", "--user", "petugas.o311", "--json", *args],
        input="profil-sandi\n",
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=300,
    )


def test_jurisdiction_id_and_a_refused_services(tmp_path: Path) -> None:
    with VariantServer(Variant(n=1234, cap=200, jurisdiction="kota.test")) as srv:
        refused = sync(tmp_path / "a", "--server", srv.url)
        assert refused.returncode == EXIT_ERROR, refused.stderr
        assert "Traceback" not in refused.stderr
        assert "jurisdiction_id is required" in refused.stderr
        assert "use 'kota.test'" in refused.stderr  # every error item
        ok = sync(tmp_path / "b", "--server", srv.url, "--jurisdiction-id", "kota.test")
        assert ok.returncode == EXIT_OK, ok.stderr
        summary = json.loads(ok.stdout)
        assert summary["outcome"] == "ok"
        assert summary["pulled"] == 1234
        assert summary["open311"]["missing"] == []
        assert sum(w["held"] for w in summary["open311"]["windows"]) >= 1234
        # Remembered with the profile: the next sync needs neither --server nor the id.
        again = sync(tmp_path / "b")
        assert again.returncode == EXIT_OK, again.stderr
        assert all(
            c[2].get("jurisdiction_id") == ["kota.test"] for c in srv.calls[-5:] if c[0] == "GET"
        )


def test_transport_rules_apply_to_open311(tmp_path: Path) -> None:
    plain = sync(tmp_path / "a", "--server", "http://open311.example.go.id/open311/v2")
    assert plain.returncode == EXIT_ERROR
    assert "http tanpa enkripsi" in plain.stderr
    assert "Traceback" not in plain.stderr
    missing_ca = sync(
        tmp_path / "b",
        "--server",
        "https://open311.example.go.id/open311/v2",
        "--ca-bundle",
        str(tmp_path / "nope.pem"),
    )
    assert missing_ca.returncode == EXIT_ERROR
    assert "sertifikat CA tidak ditemukan" in missing_ca.stderr


def test_a_gap_is_an_error_that_names_the_window(tmp_path: Path) -> None:
    with VariantServer(Variant(n=300, cap=200, same_second=250)) as srv:
        run = sync(tmp_path / "a", "--server", srv.url)
        assert run.returncode == EXIT_ERROR, run.stderr
        assert "Traceback" not in run.stderr
        assert "belum lengkap" in run.stderr
        summary = json.loads(run.stdout)
        assert summary["outcome"] == "failed"
        assert len(summary["open311"]["missing"]) == 1
        assert summary["pulled"] >= 300 + 200


def test_services_errors_are_exit_codes_not_tracebacks(tmp_path: Path) -> None:
    for status, code in ((403, 2), (404, EXIT_ERROR), (500, EXIT_UNREACHABLE)):
        with VariantServer(Variant(n=5, services_status=status)) as srv:
            run = sync(tmp_path / str(status), "--server", srv.url, "--retries", "0")
            assert run.returncode == code, (status, run.stderr)
            assert "Traceback" not in run.stderr
            assert run.stderr.strip()  # a sentence for the person
            if status == 404:
                assert "services unavailable" in run.stderr
            if status == 403:
                assert "kunci API" in run.stderr


def test_it_machine_config_selects_open311_and_its_jurisdiction(tmp_path: Path) -> None:
    """No --backend, no --jurisdiction-id: IT's file chooses both (as for the window)."""
    import os

    from officer_app.machine_config import ENV_VAR

    config = tmp_path / "config.toml"
    config.write_text(
        '[defaults]\nsync_backend = "open311"\nopen311_jurisdiction_id = "kota.test"\n',
        encoding="utf-8",
    )
    with VariantServer(Variant(n=150, cap=100, jurisdiction="kota.test")) as srv:
        run = subprocess.run(
            [sys.executable, "-m", "officer_app", "sync", "--profile", str(tmp_path / "p"),
             "--server", srv.url, "--user", "petugas.o311", "--json"],
            input="profil-sandi\n", capture_output=True, text=True, cwd=REPO, timeout=300,
            env={**os.environ, ENV_VAR: str(config)},
        )  # fmt: skip
        assert run.returncode == EXIT_OK, run.stderr
        summary = json.loads(run.stdout)
        assert summary["pulled"] == 150
        assert "open311" in summary  # the Open311 backend ran, not the native one
        asked = [c for c in srv.calls if "/discovery" not in c[1]]  # discovery: no id
        assert all(c[2].get("jurisdiction_id") == ["kota.test"] for c in asked)


@pytest.mark.parametrize(
    ("since", "sentence"),
    [
        ("2026-13-01", "--since harus tanggal YYYY-MM-DD"),
        ("kemarin", "--since harus tanggal YYYY-MM-DD"),
        ("2999-01-01", "--since tidak boleh tanggal yang akan datang"),
    ],
)
def test_a_bad_since_is_a_sentence_and_an_exit_code(
    tmp_path: Path, since: str, sentence: str
) -> None:
    run = sync(tmp_path / "a", "--server", "http://127.0.0.1:9/open311/v2", "--since", since)
    assert run.returncode == EXIT_ERROR
    assert sentence in run.stderr
    assert "Traceback" not in run.stderr
    assert not (tmp_path / "a" / "profile.key").exists()  # nothing started


def test_since_starts_a_first_sync_at_that_date(tmp_path: Path) -> None:
    from datetime import UTC, datetime, timedelta

    from .variants import NOW

    day = (NOW - timedelta(days=30)).date()
    start = datetime(day.year, day.month, day.day, tzinfo=UTC)
    with VariantServer(Variant(n=300, cap=100, span_days=300)) as srv:
        expected = {
            n
            for n, item in srv.data.requests.items()
            if datetime.fromisoformat(item["requested_datetime"]) >= start
        }
        assert 0 < len(expected) < 300
        run = sync(tmp_path / "a", "--server", srv.url, "--since", day.isoformat())
        assert run.returncode == EXIT_OK, run.stderr
        summary = json.loads(run.stdout)
        assert summary["pulled"] == len(expected)
        asked = [
            c[2]["start_date"][0] for c in srv.calls if "start_date" in c[2] and "requests" in c[1]
        ]
        assert asked
        assert min(asked) >= start.isoformat(timespec="seconds")[:10]

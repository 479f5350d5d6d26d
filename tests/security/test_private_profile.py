"""Private profile files: owner-only modes, one password check, growing delays.

- the program itself (``python -m officer_app``, started with the usual umask 022)
  syncs a real server into a new profile: every file it wrote is 0600, every folder
  0700;
- a profile an earlier version left behind (0644/0755, ``credential.json`` with its
  own cheaper scrypt check and the officer's name and unit in clear) is tightened
  and converted at the next sign-in: no second check, nothing identifying in clear;
- wrong passwords: growing delays, kept in the profile (a restart does not reset
  them), counted by the one check whichever door the password comes through.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from officer_app.profile import Profile
from officer_app.store import attempts
from officer_app.store.attempts import TooManyAttemptsError
from officer_app.store.keys import WrongPasswordError
from officer_app.store.private import secure_tree

PASSWORD = "demo-password"
pytestmark = pytest.mark.skipif(os.name != "posix", reason="mode bits (Windows: ACLs, see docs)")


def _modes(root: Path) -> dict[str, int]:
    out = {}
    for current, _dirs, files in os.walk(root):
        for name in [current, *(os.path.join(current, f) for f in files)]:
            out[os.path.relpath(name, root)] = stat.S_IMODE(os.lstat(name).st_mode)
    return out


def _not_private(root: Path) -> dict[str, str]:
    bad = {}
    for rel, mode in _modes(root).items():
        wanted = 0o700 if (root / rel).is_dir() else 0o600
        if mode != wanted:
            bad[rel] = oct(mode)
    return bad


def test_the_program_writes_only_owner_only_files(server_factory: Any, tmp_path: Path) -> None:
    server = server_factory(n_reports=40)
    profile = tmp_path / "profiles" / "officer.demo"
    run = subprocess.run(
        [sys.executable, "-m", "officer_app", "sync", "--profile", str(profile),
         "--server", server.url, "--user", "officer.demo", "--password-stdin"],
        input=PASSWORD + "\n", capture_output=True, text=True, timeout=300,
        preexec_fn=lambda: os.umask(0o022),  # what a desktop session usually has
    )  # fmt: skip
    assert run.returncode in (0, 4), run.stderr
    modes = _modes(profile)
    assert "officer.sqlite3" in modes
    assert "profile.key" in modes
    assert len(modes) >= 4
    assert _not_private(profile) == {}
    assert _not_private(tmp_path / "profiles") == {}


def _old_credential(root: Path, password: str, name: str, unit: str) -> None:
    """What versions before issue 18 wrote: a second check (scrypt n=2**14) and clear names."""
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1, dklen=32)
    (root / "credential.json").write_text(
        json.dumps(
            {
                "kdf": "scrypt-n14-r8-p1",
                "salt": base64.b64encode(salt).decode(),
                "hash": base64.b64encode(digest).decode(),
                "officer": {
                    "id": "officer.demo",
                    "name": name,
                    "role": "field_officer",
                    "unit_id": "kel-1",
                    "unit_name": unit,
                },
            }
        )
    )


def test_an_earlier_profile_is_tightened_and_loses_its_clear_credential(
    qapp: Any, tmp_path: Path
) -> None:
    from officer_app.gui_main import authenticator
    from officer_app.views.signin import SignInError

    root = tmp_path / "profiles" / "officer.demo"
    old = Profile(root)
    old.unlock(PASSWORD)
    old.open_store()
    old.photo_store()
    old.lock()
    name, unit = "Siti Rahmawati Pengawas", "Kelurahan Gambir Tengah"
    _old_credential(root, PASSWORD, name, unit)
    for current, _dirs, files in os.walk(root):  # as loose as an earlier version left it
        os.chmod(current, 0o755)
        for f in files:
            os.chmod(os.path.join(current, f), 0o644)

    authenticate = authenticator(tmp_path / "profiles", ask_old_password=lambda _r: None)
    unreachable = "http://127.0.0.1:9"  # offline: the profile's own check decides
    with pytest.raises(SignInError, match="Kata sandi salah"):
        authenticate(unreachable, "officer.demo", "not-the-password")
    connection = authenticate(unreachable, "officer.demo", PASSWORD)
    try:
        assert connection.officer.name == name  # from the old file, read once
        assert connection.officer.unit_name == unit
        assert not (root / "credential.json").exists()  # no second, cheaper check
        assert (root / "officer.bin").exists()
        assert _not_private(root) == {}
        for path in root.rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                assert name.encode() not in data, path
                assert unit.encode() not in data, path
    finally:
        connection.profile.lock()
    # The next offline sign-in reads the encrypted file.
    again = authenticate(unreachable, "officer.demo", PASSWORD)
    assert again.officer.name == name
    again.profile.lock()


def test_wrong_passwords_grow_delays_that_survive_a_restart(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    now = [1_000_000.0]
    monkeypatch.setattr(attempts, "_now", lambda: now[0])
    root = tmp_path / "p"
    profile = Profile(root)
    profile.unlock(PASSWORD)
    profile.lock()
    for _ in range(attempts.FREE_ATTEMPTS):
        with pytest.raises(WrongPasswordError):
            profile.unlock("salah")
    # Now a delay: even the right password waits (nothing is tried meanwhile).
    with pytest.raises(TooManyAttemptsError) as first:
        profile.unlock(PASSWORD)
    assert first.value.wait_s == pytest.approx(attempts.BASE_DELAY_S)
    assert "Coba lagi dalam 5 detik" in first.value.message
    # A restart (a new Profile object, a new process) finds the same count.
    restarted = Profile(root)
    with pytest.raises(TooManyAttemptsError):
        restarted.unlock(PASSWORD)
    assert (root / attempts.ATTEMPTS_FILENAME).stat().st_mode & 0o077 == 0
    # Waited out, another wrong one: the next delay is twice as long...
    now[0] += attempts.BASE_DELAY_S + 0.1
    with pytest.raises(WrongPasswordError):
        restarted.unlock("salah lagi")
    with pytest.raises(TooManyAttemptsError) as second:
        restarted.unlock(PASSWORD)
    assert second.value.wait_s == pytest.approx(2 * attempts.BASE_DELAY_S)
    # ...and the lock page's check (an open profile) counts in the same place.
    now[0] += 2 * attempts.BASE_DELAY_S + 0.1
    assert restarted.verify_password("salah juga") is False
    with pytest.raises(TooManyAttemptsError) as third:
        restarted.verify_password(PASSWORD)
    assert third.value.wait_s == pytest.approx(4 * attempts.BASE_DELAY_S)
    # The right password once the delay is over: open, and the count starts again.
    now[0] += 4 * attempts.BASE_DELAY_S + 0.1
    restarted.unlock(PASSWORD)
    assert attempts.failures(root) == 0
    restarted.lock()
    assert attempts.delay_after(100) == attempts.MAX_DELAY_S


def test_one_password_check_with_one_cost(tmp_path: Path, server_factory: Any, qapp: Any) -> None:
    """After an online sign-in the profile holds one password verifier: profile.key."""
    from officer_app.gui_main import authenticator

    server = server_factory(n_reports=10)
    connection = authenticator(tmp_path / "profiles")(server.url, "officer.demo", PASSWORD)
    root = connection.profile.root
    try:
        names = {p.name for p in root.iterdir()}
        assert "credential.json" not in names
        assert "officer.bin" in names
        stored = json.loads((root / "profile.key").read_text())
        assert stored["kdf"]["n"] >= 2**15  # the one check, at the profile key's cost
        officer_name = connection.officer.name.encode()
        for path in root.rglob("*"):
            if path.is_file():
                assert officer_name not in path.read_bytes(), path
    finally:
        connection.profile.lock()


def test_secure_tree_does_not_follow_links_out_of_the_profile(tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text("x")
    os.chmod(outside, 0o644)
    root = tmp_path / "root"
    root.mkdir()
    (root / "link").symlink_to(outside)
    (root / "f").write_text("y")
    os.chmod(root / "f", 0o644)
    secure_tree(root)
    assert stat.S_IMODE(outside.stat().st_mode) == 0o644
    assert stat.S_IMODE((root / "f").stat().st_mode) == 0o600


def test_the_lock_page_says_how_long_to_wait(qtbot: Any) -> None:
    from officer_app.views.signin import LockPage

    def verify(_password: str) -> bool:
        raise TooManyAttemptsError(9.2)

    page = LockPage(verify)
    qtbot.addWidget(page)
    page.password_edit.setText("salah")
    page.submit()
    qtbot.waitUntil(lambda: "10 detik" in page.message.text(), timeout=10_000)
    assert page.unlock_button.isEnabled()


def test_a_profile_made_by_the_cli_signs_in_offline_without_a_second_check(
    server_factory: Any, tmp_path: Path, qapp: Any
) -> None:
    """No officer.bin yet (the CLI does not write one): the database, opened by the
    profile's own check, says who synced it; kept encrypted from then on."""
    from officer_app.gui_main import authenticator
    from officer_app.views.signin import SignInError

    server = server_factory(n_reports=10)
    root = tmp_path / "profiles" / "officer.demo"
    run = subprocess.run(
        [sys.executable, "-m", "officer_app", "sync", "--profile", str(root),
         "--server", server.url, "--user", "officer.demo", "--password-stdin"],
        input=PASSWORD + "\n", capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert run.returncode in (0, 4), run.stderr
    assert not (root / "officer.bin").exists()
    authenticate = authenticator(tmp_path / "profiles", ask_old_password=lambda _r: None)
    unreachable = "http://127.0.0.1:9"
    with pytest.raises(SignInError, match="Kata sandi salah"):
        authenticate(unreachable, "officer.demo", "salah")
    connection = authenticate(unreachable, "officer.demo", PASSWORD)
    try:
        assert connection.officer.id == "officer.demo"
        assert connection.officer.name
        assert (root / "officer.bin").exists()
        assert connection.officer.name.encode() not in (root / "officer.bin").read_bytes()
    finally:
        connection.profile.lock()
    with pytest.raises(SignInError, match="belum pernah masuk"):
        authenticate(unreachable, "someone.else", PASSWORD)

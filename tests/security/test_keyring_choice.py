"""Which keyring ``secure_os_keyring`` asks (issue 22): the platform's OS keyrings only,
unless a keyring was chosen on purpose (environment, keyringrc.cfg, set_keyring).

Each case runs in a fresh process with its own empty configuration folder.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

# A keyring a person could configure: a real backend class, kept in memory.
_CHOSEN = """
from keyring.backend import KeyringBackend

class ChosenKeyring(KeyringBackend):
    priority = 1
    items = {}

    def get_password(self, service, username):
        return self.items.get((service, username))

    def set_password(self, service, username, password):
        self.items[(service, username)] = password

    def delete_password(self, service, username):
        del self.items[(service, username)]
"""

_PROBE = """
import json, sys
{before}
from officer_app.secrets import secure_os_keyring
ring = secure_os_keyring()
print(json.dumps({{
    "ring": None if ring is None else type(ring).__module__ + "." + type(ring).__name__,
    "modules": sorted(m for m in sys.modules if m.startswith("keyring.backends")),
}}))
"""


def _probe(tmp_path: Path, *, before: str = "", **env: str) -> dict[str, object]:
    (tmp_path / "chosen_keyring.py").write_text(_CHOSEN, encoding="utf-8")
    config = tmp_path / "config"
    config.mkdir(exist_ok=True)
    environ = {k: v for k, v in os.environ.items() if k != "PYTHON_KEYRING_BACKEND"}
    environ.update(
        XDG_CONFIG_HOME=str(config),
        PYTHONPATH=os.pathsep.join([str(REPO), str(tmp_path)]),
        **env,
    )
    out = subprocess.run(
        [sys.executable, "-c", _PROBE.format(before=before)],
        capture_output=True,
        text=True,
        env=environ,
        cwd=REPO,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    result: dict[str, object] = json.loads(out.stdout)
    return result


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux's list of OS keyrings")
def test_without_a_choice_only_the_platforms_os_keyrings_are_tried(tmp_path: Path) -> None:
    found = _probe(tmp_path)
    tried = set(found["modules"])  # type: ignore[call-overload]
    # Not keyring's search through every backend: no macOS backend, no chainer.
    assert not tried & {"keyring.backends.macOS", "keyring.backends.chainer"}
    assert "keyring.backends.SecretService" in tried
    ring = found["ring"]
    assert ring is None or str(ring).startswith(
        ("keyring.backends.SecretService.", "keyring.backends.libsecret.",
         "keyring.backends.kwallet.")
    )  # fmt: skip


def test_a_keyring_named_in_the_environment_is_used(tmp_path: Path) -> None:
    found = _probe(tmp_path, PYTHON_KEYRING_BACKEND="chosen_keyring.ChosenKeyring")
    assert found["ring"] == "chosen_keyring.ChosenKeyring"


def test_a_keyring_named_in_keyringrc_is_used(tmp_path: Path) -> None:
    (tmp_path / "config" / "python_keyring").mkdir(parents=True)
    (tmp_path / "config" / "python_keyring" / "keyringrc.cfg").write_text(
        "[backend]\ndefault-keyring = chosen_keyring.ChosenKeyring\n", encoding="utf-8"
    )
    if not sys.platform.startswith("linux"):
        pytest.skip("keyring's configuration folder follows XDG_CONFIG_HOME on Linux only")
    assert _probe(tmp_path)["ring"] == "chosen_keyring.ChosenKeyring"


def test_a_keyring_set_in_the_process_is_used(tmp_path: Path) -> None:
    before = "import keyring, chosen_keyring; keyring.set_keyring(chosen_keyring.ChosenKeyring())"
    assert _probe(tmp_path, before=before)["ring"] == "chosen_keyring.ChosenKeyring"


def test_an_unsafe_keyring_chosen_on_purpose_still_means_the_file(tmp_path: Path) -> None:
    found = _probe(tmp_path, PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
    assert found["ring"] is None

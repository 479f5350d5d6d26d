"""The installer's sources: the PyInstaller spec, the frozen entry, the Inno Setup script.

Fast checks that run in ``make test``. The built program itself is tested in
``test_bundle.py``, only under ``make bundle-check``.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"
SPEC = INSTALLER / "officer-app.spec"


def spec_tree() -> ast.Module:
    return ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))


def string_constants(tree: ast.AST) -> set[str]:
    return {
        n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)
    }


def test_spec_is_valid_python_and_builds_one_folder() -> None:
    tree = spec_tree()
    compile(tree, str(SPEC), "exec")
    calls = {
        n.func.id
        for n in ast.walk(tree)
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)
    }
    assert {"Analysis", "PYZ", "EXE", "COLLECT"} <= calls  # COLLECT: a one-folder build
    exe = next(
        n
        for n in ast.walk(tree)
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "EXE"
    )
    keywords = {k.arg: k.value for k in exe.keywords}
    assert isinstance(keywords["exclude_binaries"], ast.Constant)
    assert keywords["exclude_binaries"].value is True


def test_spec_names_the_data_the_app_needs_at_run_time() -> None:
    text = SPEC.read_text(encoding="utf-8")
    strings = string_constants(spec_tree())
    # the map's own assets and Leaflet (local files, never a CDN)
    assert "resources/map" in strings
    assert "js_lib_leaflet" in strings
    # translations: the compiled .qm files, where i18n.i18n_dir() looks in a bundle
    assert "resources/i18n" in strings
    assert '.glob("*.qm")' in text
    # Alembic reads the migrations from disk
    assert {"*.py", "*.mako", "versions/*.py"} <= strings
    assert '"migrations"' in text
    # icons (qtawesome fonts), folium templates come with contrib hooks, fpdf fonts
    assert {"qtawesome", "fpdf"} <= strings
    # the demo server runs inside the bundle
    assert "central_server" in strings
    assert "rthook_officer_app.py" in strings


def test_spec_keeps_the_qt_modules_the_views_import_and_excludes_the_rest() -> None:
    namespace: dict[str, Any] = {}
    tree = spec_tree()
    for node in tree.body:  # evaluate only the two constant tuples
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id in ("QT_MODULES_USED", "QT_MODULES_UNUSED")
            for t in node.targets
        ):
            exec(compile(ast.Module([node], []), str(SPEC), "exec"), namespace)  # noqa: S102
    used = set(namespace["QT_MODULES_USED"])
    unused = set(namespace["QT_MODULES_UNUSED"])
    imported: set[str] = set()
    for path in (ROOT / "officer_app").rglob("*.py"):
        for found in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(found, ast.ImportFrom) and (found.module or "").startswith("PySide6.Qt"):
                imported.add(found.module.split(".")[1])  # type: ignore[union-attr]
            if isinstance(found, ast.Import):
                imported |= {
                    a.name.split(".")[1] for a in found.names if a.name.startswith("PySide6.Qt")
                }
    assert imported, "the views import Qt modules"
    assert imported <= used, f"imported but not declared as used: {imported - used}"
    assert not imported & unused, f"excluded but imported: {imported & unused}"
    assert not used & unused


def test_frozen_entry_runs_only_the_whitelisted_module(tmp_path: Path) -> None:
    entry = INSTALLER / "entry.py"
    refused = subprocess.run(
        [sys.executable, str(entry), "-m", "http.server"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert refused.returncode == 2
    assert "not available" in refused.stderr
    served = subprocess.run(
        [sys.executable, str(entry), "-m", "central_server", "--help"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert served.returncode == 0, served.stderr
    assert "serve" in served.stdout
    version = subprocess.run(
        [sys.executable, str(entry), "--version"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    from officer_app import __version__

    assert version.stdout.strip() == f"officer-app {__version__}"


@pytest.mark.parametrize(
    "needle",
    [
        "PrivilegesRequired=admin",  # per machine
        r"DefaultDirName={autopf}\CRM Officer",
        r'Name: "{autoprograms}\{#AppName}"',  # Start menu entry
        r'Source: "..\dist\officer-app\*"',  # the one-folder bundle
        "Box.Checked := False",  # user data kept unless the box is ticked
        "if UninstallSilent() then",  # a silent uninstall keeps it too
        "(CurUninstallStep = usPostUninstall) and RemoveUserData",
        r'Name: "{commonappdata}\CRM Officer"; Flags: uninsneveruninstall',
    ],
)
def test_inno_setup_script_installs_per_machine_and_keeps_profiles(needle: str) -> None:
    script = (INSTALLER / "officer-app.iss").read_text(encoding="utf-8")
    assert needle in script


def test_inno_setup_deletes_user_data_only_in_the_ticked_branch() -> None:
    script = (INSTALLER / "officer-app.iss").read_text(encoding="utf-8")
    # DelTree appears only inside DeleteAllUsersData, called only when RemoveUserData
    body = script.split("procedure DeleteAllUsersData();", 1)[1].split("end;\n\nprocedure", 1)[0]
    assert script.count("DelTree(") == body.count("DelTree(") == 2
    assert script.count("DeleteAllUsersData()") == 2  # its definition and the one guarded call
    # the data directory the uninstaller would remove is the app's own
    from officer_app.profile import APP_NAME

    assert f'#define DataDirName "{APP_NAME}"' in script

"""The layering of DESIGN.md, checked on the source text (no imports needed).

- the Qt-free core (crm_shared, store, sync, maps) never imports PySide6;
- crm_shared imports neither side (nor SQLAlchemy, FastAPI);
- client and server meet only in crm_shared: central_server imports nothing of
  officer_app, and officer_app imports central_server only in the demo launcher.

An AST scan of every file, so it holds even where import-linter has not run (and
catches imports inside functions, relative imports and import_module("...")).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
QT_FREE = ["crm_shared", "officer_app.store", "officer_app.sync", "officer_app.maps"]
QT_MODULES = ("PySide6", "shiboken6")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_modules(source: str, module: str, is_package: bool) -> set[str]:
    """Every module a source file imports, relative imports resolved to absolute names."""
    package = module if is_package else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base_parts = package.split(".")
                base = ".".join(base_parts[: len(base_parts) - (node.level - 1)])
                target = f"{base}.{node.module}" if node.module else base
            else:
                target = node.module or ""
            found.add(target)
            # `from officer_app import views` imports officer_app.views.
            found.update(f"{target}.{alias.name}" for alias in node.names)
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute | ast.Name)
            and (node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id)
            in {"import_module", "__import__"}
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.add(node.args[0].value)
    return found


def sources(package: str) -> list[Path]:
    directory = ROOT / package.replace(".", "/")
    return sorted(directory.rglob("*.py")) if directory.is_dir() else []


def imports_of(path: Path) -> set[str]:
    return imported_modules(
        path.read_text(encoding="utf-8"), module_name(path), path.name == "__init__.py"
    )


def violations(packages: list[str], forbidden: tuple[str, ...]) -> list[str]:
    bad = []
    for package in packages:
        for path in sources(package):
            for name in sorted(imports_of(path)):
                if any(name == f or name.startswith(f + ".") for f in forbidden):
                    bad.append(f"{path.relative_to(ROOT)} imports {name}")
    return bad


def test_the_core_is_qt_free() -> None:
    assert sources("crm_shared.domain"), "the scan found no files: is ROOT right?"
    assert violations(QT_FREE, QT_MODULES) == []


def test_the_shared_core_imports_neither_side() -> None:
    forbidden = ("officer_app", "central_server", "sqlalchemy", "fastapi", "starlette")
    assert sources("crm_shared.protocol"), "the scan found no files: is ROOT right?"
    assert violations(["crm_shared"], forbidden) == []


def test_the_server_imports_nothing_of_the_workstation_nor_qt() -> None:
    assert violations(["central_server"], ("officer_app", *QT_MODULES)) == []


def test_the_workstation_reaches_the_server_only_through_the_demo_launcher() -> None:
    bad = violations(["officer_app"], ("central_server",))
    assert all(line.startswith("officer_app/gui_main.py ") for line in bad), bad


# --- the scanner itself: each rule must catch what it is for -------------------------


@pytest.mark.parametrize(
    ("source", "module", "expected"),
    [
        ("import PySide6.QtCore", "officer_app.store.db", "PySide6.QtCore"),
        ("from PySide6 import QtWidgets", "officer_app.sync.engine", "PySide6.QtWidgets"),
        ("def f():\n    from PySide6.QtGui import QImage", "officer_app.maps.x", "PySide6.QtGui"),
        (
            "import importlib\nimportlib.import_module('PySide6.QtWebEngineCore')",
            "m.x",
            "PySide6.QtWebEngineCore",
        ),
        ("from ..store import outbox", "officer_app.sync.engine", "officer_app.store"),
        ("from .. import views", "officer_app.sync.engine", "officer_app.views"),
        ("from ..protocol import wire", "crm_shared.domain.actions", "crm_shared.protocol"),
        ("from officer_app import views", "central_server.app", "officer_app.views"),
    ],
)
def test_the_scanner_sees_every_kind_of_import(source: str, module: str, expected: str) -> None:
    assert expected in imported_modules(source, module, is_package=False)


def test_relative_imports_inside_a_package_stay_inside() -> None:
    found = imported_modules("from .statuses import Status", "crm_shared.domain", is_package=True)
    assert found == {"crm_shared.domain.statuses", "crm_shared.domain.statuses.Status"}

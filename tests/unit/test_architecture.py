"""The layering of DESIGN.md, checked on the source text (no imports needed).

- the Qt-free core (officer_app.domain, store, sync, maps) never imports PySide6;
- officer_app.domain imports nothing else of ours;
- central_server never imports officer_app.views (nor Qt).

An AST scan of every file, so it holds even where import-linter has not run (and
catches imports inside functions, relative imports and import_module("...")).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
QT_FREE = ["officer_app.domain", "officer_app.store", "officer_app.sync", "officer_app.maps"]
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
    assert sources("officer_app.domain"), "the scan found no files: is ROOT right?"
    assert violations(QT_FREE, QT_MODULES) == []


def test_the_domain_imports_nothing_else_of_ours() -> None:
    others = tuple(
        f"officer_app.{p.name}"
        for p in (ROOT / "officer_app").iterdir()
        if p.name != "domain" and (p.is_dir() or p.suffix == ".py") and p.name != "__pycache__"
    ) + ("central_server",)
    bad = violations(["officer_app.domain"], tuple(o.removesuffix(".py") for o in others))
    # `import officer_app` alone would run the package's __init__ and whatever it pulls in.
    bad += [
        f"{path.relative_to(ROOT)} imports officer_app"
        for path in sources("officer_app.domain")
        if "officer_app" in imports_of(path)
    ]
    assert bad == []


def test_the_server_never_imports_the_views_or_qt() -> None:
    assert violations(["central_server"], ("officer_app.views", *QT_MODULES)) == []


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
        ("from ..store import outbox", "officer_app.domain.actions", "officer_app.store"),
        ("from .. import views", "officer_app.domain.actions", "officer_app.views"),
        ("from officer_app import views", "central_server.app", "officer_app.views"),
    ],
)
def test_the_scanner_sees_every_kind_of_import(source: str, module: str, expected: str) -> None:
    assert expected in imported_modules(source, module, is_package=False)


def test_relative_imports_inside_a_package_stay_inside() -> None:
    found = imported_modules("from .statuses import Status", "officer_app.domain", is_package=True)
    assert found == {"officer_app.domain.statuses", "officer_app.domain.statuses.Status"}

"""Languages of the interface: Bahasa Indonesia (the default) and English.

DECISION: the source strings in the code are written in Bahasa Indonesia, and
English is a translation (``resources/i18n/officer_app_en.ts`` -> ``.qm``).
So Indonesian is what a person sees whenever anything about translations goes
wrong: a missing or stale ``.qm`` file, an unknown locale, a string someone
forgot to translate. The reverse choice (English source + Indonesian ``.qm``)
would show English to the officers whenever the build step was skipped.

Workflow: ``pyside6-lupdate`` extracts the strings of ``officer_app/views`` and
``officer_app/app.py`` into ``resources/i18n/officer_app_en.ts`` (the Indonesian
file ``officer_app_id.ts`` holds the same strings, untranslated, for reviewers);
``pyside6-lrelease`` builds the ``.qm`` files (make target ``i18n``; ``.qm`` files
are not committed). When a ``.qm`` is missing but the tool is at hand,
``install_translators`` builds it on the fly. Qt's own texts (standard buttons)
come from Qt's ``qtbase`` catalogue; Qt has none for Indonesian (PySide6 ships no
``qtbase_id.qm``), so ``qt_standard_id.ts`` (written by hand, not touched by lupdate)
gives them: the standard buttons, and Qt's own print, page setup and print preview
dialogs (on Windows the print dialog is the system's, in the system's language).
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "id"
SUPPORTED = ("id", "en")
CATALOG = "officer_app"
QT_STANDARD_CATALOG = "qt_standard"  # Qt's standard buttons, where Qt has no catalogue


def i18n_dir() -> Path:
    """Where the .ts/.qm files are (next to the package, or in a frozen bundle)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources" / "i18n"
    return Path(__file__).resolve().parents[1] / "resources" / "i18n"


def _lrelease() -> str | None:
    here = Path(sys.executable).parent / "pyside6-lrelease"
    if here.exists():
        return str(here)
    return shutil.which("pyside6-lrelease")


def compile_catalog(language: str, catalog: str = CATALOG) -> Path | None:
    """Build ``<catalog>_<language>.qm`` from its ``.ts`` when missing or stale."""
    ts = i18n_dir() / f"{catalog}_{language}.ts"
    qm = ts.with_suffix(".qm")
    if not ts.exists():
        return qm if qm.exists() else None
    if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
        return qm
    tool = _lrelease()
    if tool is None:
        log.warning("no pyside6-lrelease: %s stays untranslated", language)
        return qm if qm.exists() else None
    try:
        subprocess.run(
            [tool, "-silent", str(ts), "-qm", str(qm)],
            check=True,
            capture_output=True,
            timeout=60,
            env={**os.environ},
        )
    except (OSError, subprocess.SubprocessError):
        log.warning("building %s failed", qm.name, exc_info=True)
    return qm if qm.exists() else None


_installed: list[QTranslator] = []
_current = DEFAULT_LANGUAGE


def current_language() -> str:
    return _current


def install_translators(language: str) -> str:
    """Install the translators of ``language`` on the running application.

    Returns the language actually in effect (Indonesian when anything is missing).
    Removes the translators installed before, so it can be called again to switch.
    """
    global _current
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_translators needs a QApplication")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language not in SUPPORTED:
        log.warning("unknown language %r, using %s", language, DEFAULT_LANGUAGE)
        language = DEFAULT_LANGUAGE

    locale_name = "id_ID" if language == "id" else "en_GB"
    QLocale.setDefault(QLocale(locale_name))
    # Qt's own strings (standard buttons, context menus) in the same language.
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator()
    if qt_translator.load(QLocale(locale_name), "qtbase", "_", qt_dir):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    else:  # Qt has no Indonesian catalogue: the standard buttons' texts are ours
        qm = compile_catalog(language, QT_STANDARD_CATALOG)
        if qm is not None and qt_translator.load(str(qm)):
            app.installTranslator(qt_translator)
            _installed.append(qt_translator)

    if language == DEFAULT_LANGUAGE:
        _current = language
        return language
    qm = compile_catalog(language)
    ours = QTranslator()
    if qm is None or not ours.load(str(qm)):
        log.warning("translation %s not available, showing Bahasa Indonesia", language)
        _current = DEFAULT_LANGUAGE
        return DEFAULT_LANGUAGE
    app.installTranslator(ours)
    _installed.append(ours)
    _current = language
    return language

"""The English catalogue is complete and in step with the code.

- no message of ``officer_app_en.ts`` is unfinished (an officer would see Indonesian
  in the middle of an English screen);
- every source string that ``pyside6-lupdate`` finds in ``officer_app`` is in the
  catalogue (a string added to a view without running ``make i18n`` fails here);
- placeholders (%1, %2, %n) survive the translation;
- plural messages have their plural forms.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
EN_TS = REPO / "resources" / "i18n" / "officer_app_en.ts"
PLACEHOLDER = re.compile(r"%(?:\d+|n)")


def _messages(path: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(path).getroot()
    out = []
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for message in ctx.iter("message"):
            out.append((name, message))
    return out


def _live(message: ET.Element) -> bool:
    translation = message.find("translation")
    assert translation is not None
    return translation.get("type") not in ("vanished", "obsolete")


def _lupdate() -> str | None:
    here = Path(sys.executable).parent / "pyside6-lupdate"
    return str(here) if here.exists() else shutil.which("pyside6-lupdate")


def test_no_english_message_is_unfinished() -> None:
    unfinished = [
        f"{ctx}: {m.findtext('source')!r}"
        for ctx, m in _messages(EN_TS)
        if _live(m) and m.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
    ]
    assert unfinished == [], "untranslated:\n" + "\n".join(unfinished)


def test_translations_keep_placeholders_and_plurals() -> None:
    problems = []
    for ctx, m in _messages(EN_TS):
        if not _live(m):
            continue
        source = m.findtext("source") or ""
        translation = m.find("translation")
        assert translation is not None
        if m.get("numerus") == "yes":
            forms = [f.text or "" for f in translation.findall("numerusform")]
            if len(forms) < 2 or not all(forms):
                problems.append(f"{ctx}: {source!r}: plural forms missing")
        else:
            forms = [translation.text or ""]
        for form in forms:
            if sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"{ctx}: {source!r} -> {form!r}: placeholders differ")
    assert problems == [], "\n".join(problems)


def test_lupdate_finds_no_string_missing_from_the_catalogue(tmp_path: Path) -> None:
    tool = _lupdate()
    if tool is None:
        pytest.skip("pyside6-lupdate is not installed")
    sources = sorted(str(p) for p in (REPO / "officer_app").rglob("*.py"))
    fresh = tmp_path / "fresh_en.ts"
    subprocess.run(
        [tool, "-silent", *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    found = {(ctx, m.findtext("source")) for ctx, m in _messages(fresh)}
    assert len(found) > 300  # lupdate really read the views
    known = {(ctx, m.findtext("source")) for ctx, m in _messages(EN_TS) if _live(m)}
    missing = sorted(found - known, key=str)
    assert missing == [], "run `make i18n` and translate:\n" + "\n".join(map(str, missing))


def test_plural_age_is_translated(qapp) -> None:
    """The list's age column (plural through ``Age.tr``) follows the language."""
    from datetime import UTC, datetime, timedelta

    from officer_app import i18n
    from officer_app.views import style

    now = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
    try:
        assert i18n.install_translators("en") == "en"
        assert style.describe_age(now - timedelta(days=3), now) == "3 days"
        assert style.describe_age(now - timedelta(days=1, hours=1), now) == "25 h"
        assert style.role_text(style.Role.SUPERVISOR) == "Unit head"
    finally:
        i18n.install_translators("id")
    assert style.describe_age(now - timedelta(days=3), now) == "3 hari"
    assert style.role_text(style.Role.SUPERVISOR) == "Pimpinan unit"

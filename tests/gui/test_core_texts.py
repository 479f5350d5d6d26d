"""Every code the Qt-free core emits has a text on screen, in both languages.

The core speaks in enums and codes (``Status``, ``Channel``, ``ActionType``, ``Role``,
the sync ``Outcome``, ``DomainError`` and ``PhotoError`` codes) and writes its own
messages in Indonesian for logs and the command line. The views name each of them
(``views.style``, ``views.texts``) with an Indonesian source and an English
translation in ``officer_app_en.ts``; here every member and every code the core can
raise is checked, so a new one without a text fails the build.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from crm_shared.domain import ActionType, Channel, Role, Status
from crm_shared.domain.validation import LIMITS
from officer_app import i18n
from officer_app.sync.engine import MESSAGES, Outcome
from officer_app.views import style, texts

REPO = Path(__file__).resolve().parents[2]
EN_TS = REPO / "resources" / "i18n" / "officer_app_en.ts"
# The exceptions whose first argument is a code meant for a person.
CODED = {"DomainError", "PhotoError", "StoreError", "NotFoundError", "SchemaTooNewError"}


def _catalogue() -> dict[tuple[str, str], str]:
    out = {}
    for ctx in ET.parse(EN_TS).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for message in ctx.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in (None, "") and translation.text:
                out[(name, message.findtext("source") or "")] = translation.text
    return out


@pytest.fixture
def indonesian(qapp: object) -> None:
    i18n.install_translators("id")


@pytest.fixture
def english(qapp: object) -> Iterator[None]:
    assert i18n.install_translators("en") == "en"
    try:
        yield
    finally:
        i18n.install_translators("id")


ENUM_TEXTS: list[tuple[str, list[object], Callable[..., str]]] = [
    ("Status", list(Status), style.status_text),
    ("Action", list(ActionType), style.action_text),
    ("Role", list(Role), style.role_text),
    ("Channel", list(Channel), texts.channel_text),
    ("Sync", [o.value for o in Outcome], texts.outcome_text),
]


@pytest.mark.parametrize(("context", "members", "text"), ENUM_TEXTS, ids=[e[0] for e in ENUM_TEXTS])
def test_every_enum_member_has_a_translated_text(
    indonesian: None, context: str, members: list[object], text: Callable[..., str]
) -> None:
    catalogue = _catalogue()
    missing = [m for m in members if (context, text(m)) not in catalogue]
    assert missing == [], f"{context}: no English text for {missing}"
    assert len({text(m) for m in members}) == len(members)  # no two members read alike


def _codes_raised() -> set[str]:
    """Every code the core can raise to a person: literal codes of DomainError and
    PhotoError, the length checks of every LIMITS field, and ``_required_id`` keys."""
    codes: set[str] = set()
    sources = [
        *(REPO / "crm_shared").rglob("*.py"),
        *(REPO / "officer_app" / "store").rglob("*.py"),
    ]
    for path in sources:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            first = node.args[0]
            if name in CODED and isinstance(first, ast.Constant) and isinstance(first.value, str):
                codes.add(first.value)
            # A StoreError kind names its code in its own constructor.
            is_super_init = (
                name == "__init__"
                and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Call)
                and getattr(node.func.value.func, "id", None) == "super"
            )
            if is_super_init and isinstance(first, ast.Constant) and isinstance(first.value, str):
                codes.add(first.value)
            if name == "_required_id" and len(node.args) > 1:
                key = node.args[1]
                if isinstance(key, ast.Constant) and isinstance(key.value, str):
                    codes.add(f"{key.value}_missing")
    for kind in LIMITS:
        codes |= {f"{kind}_invalid", f"{kind}_too_short", f"{kind}_too_long"}
    return codes


def test_every_code_the_core_raises_has_a_text(indonesian: None) -> None:
    codes = _codes_raised()
    assert {"invalid_transition", "nik_length", "not_an_image", "reason_too_short"} <= codes
    assert {"wrong_password", "profile_damaged", "schema_too_new", "report_not_found"} <= codes
    assert sorted(c for c in codes if not texts.knows(c)) == []
    catalogue = _catalogue()
    untranslated = [
        code
        for code in codes
        if code in texts._fixed_error_texts() and ("Rules", texts.error_text(code)) not in catalogue
    ]
    assert untranslated == []


def test_indonesian_says_what_the_core_says(indonesian: None) -> None:
    for outcome in Outcome:
        assert texts.outcome_text(outcome.value) == MESSAGES[outcome]
    for channel in Channel:
        assert texts.channel_text(channel) == channel.label
    # A code from a newer server: its own Indonesian message stays useful.
    assert texts.error_text("conflict_newer", "Laporan sudah diubah.") == "Laporan sudah diubah."


def test_no_core_message_reaches_an_english_screen(english: None) -> None:
    for outcome in Outcome:
        assert texts.outcome_text(outcome.value) != MESSAGES[outcome]
    assert texts.channel_text(Channel.KELURAHAN) == "Kelurahan office"
    shown = texts.error_text("conflict_newer", "Laporan sudah diubah.")
    assert "Laporan" not in shown
    assert "conflict_newer" in shown
    assert texts.error_text("reason_too_long", "Alasan terlalu panjang") == "Reason is too long."
    indonesian_words = re.compile(r"\b(tidak|wajib|laporan|berkas)\b", re.IGNORECASE)
    for code in _codes_raised():
        text = texts.error_text(code, "pesan inti")
        assert not indonesian_words.search(text), f"{code}: {text}"


# Where a view or the sign-in may put an error's text on screen.
SCREEN_SOURCES = [
    *(REPO / "officer_app" / "views").rglob("*.py"),
    REPO / "officer_app" / "gui_main.py",
]
TRANSLATORS = {"error_text", "domain_message"}


def test_no_view_shows_the_cores_own_words() -> None:
    """``exc.message`` is the core's Indonesian: on screen only through error_text (the
    desk's NIK and phone checks and the sign-in's profile errors showed it raw)."""
    raw = []
    for path in SCREEN_SOURCES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        inside_translator: set[int] = set()
        for node in ast.walk(tree):
            name = getattr(getattr(node, "func", None), "id", None)
            if isinstance(node, ast.Call) and name in TRANSLATORS:
                inside_translator |= {id(arg) for arg in node.args}
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and node.attr == "message"
                and isinstance(node.value, ast.Name)
                and node.value.id in {"exc", "e", "error", "err"}
                and id(node) not in inside_translator
            ):
                raw.append(f"{path.relative_to(REPO)}:{node.lineno}")
    assert [r for r in raw if not _machine_config_detail(r)] == []


def _machine_config_detail(where: str) -> bool:
    """A broken machine config: a translated sentence, then the checker's own detail
    (key and file) for IT support, on stderr and in the box. Not a person's message."""
    path, line = where.rsplit(":", 1)
    lines = (REPO / path).read_text(encoding="utf-8").splitlines()[: int(line)]
    return any("MachineConfigError" in text for text in lines[-16:])


def test_the_desks_nik_and_phone_checks_speak_english(english: None) -> None:
    from crm_shared.domain import DomainError
    from crm_shared.domain.validation import check_nik, check_phone

    for check, value in ((check_nik, "3171000000000000"), (check_phone, "12ab")):
        with pytest.raises(DomainError) as caught:
            check(value)
        shown = texts.error_text(caught.value.code, caught.value.message)
        assert shown != caught.value.message
        assert not re.search(r"\b(tidak|harus|angka|nomor)\b", shown, re.IGNORECASE), shown


PRINT_DIALOG = [
    ("QPrintDialog", "Print"),
    ("QPrintDialog", "&Print"),
    ("QPrintDialog", "&Options >>"),
    ("QPrintDialog", "&Options <<"),
    ("QPrintWidget", "Printer"),
    ("QPrintWidget", "&Name:"),
    ("QPrintSettingsOutput", "Copies:"),
    ("QPrintSettingsOutput", "Print range"),
    ("QPrintPreviewDialog", "Print Preview"),
]


def test_qts_print_dialog_speaks_indonesian(indonesian: None) -> None:
    """Qt ships no Indonesian catalogue (no qtbase_id.qm in PySide6): the print, page
    setup and preview dialogs' texts come from our qt_standard_id.ts."""
    from PySide6.QtCore import QCoreApplication, QLibraryInfo

    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    assert not (qt_dir / "qtbase_id.qm").exists()  # if Qt ships one some day: load it
    untranslated = [
        (ctx, src) for ctx, src in PRINT_DIALOG if QCoreApplication.translate(ctx, src) == src
    ]
    assert untranslated == []
    assert QCoreApplication.translate("QPrintDialog", "&Options >>") == "&Pilihan >>"


def test_the_estimate_date_reads_like_every_other_date(indonesian: None) -> None:
    from officer_app.views.dialogs import FollowupDialog

    dialog = FollowupDialog("JK2610070010", lambda _p: None, lambda *_a: None, None)
    try:
        assert re.fullmatch(r"\d{2}-\d{2}-\d{4}", dialog.estimate.text()), dialog.estimate.text()
        qd = dialog.estimate.date()
        from datetime import date

        assert dialog.estimate.text() == texts.date_text(date(qd.year(), qd.month(), qd.day()))
    finally:
        dialog.deleteLater()

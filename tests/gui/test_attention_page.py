"""Perlu perhatian at the design size (1366x768): "Kirim ulang" only where the stored
error code says a resend may succeed, a translated sentence for the server's answer
(never a raw word such as "ditolak"), and every header shown whole (issue 20, 14)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from types import SimpleNamespace

from page_host import StubHost
from PySide6.QtCore import Qt

from crm_shared.domain import Role
from crm_shared.protocol.wire import ActionIn, ActionResult
from officer_app.app import WorkstationServices
from officer_app.store import Store
from officer_app.store.actions import Actor, LocalActions
from officer_app.store.photos import PhotoStore
from officer_app.sync.engine import SyncConfig, SyncEngine
from officer_app.sync.fake import FakeServer
from officer_app.views.attention import COL_NUMBER, COL_STATE, AttentionPage

OFFICER = Actor("officer.demo", Role.FIELD_OFFICER, "kel-gambir", "Petugas Demo")
# By the note's text: the server's answer to it.
ANSWERS = {
    "tidak sah": ("rejected", "unit_unknown", "Unit tujuan tidak dikenal."),
    "bertabrakan": ("conflict", "stale", "Laporan sudah berubah menjadi Selesai."),
    "foto belum": ("rejected", "photo_missing", "Foto belum terunggah ke server."),
}


class Services:
    """The window's services for this page: the real store queries, no server."""

    def __init__(self, store: Store, actions: LocalActions) -> None:
        self._real = SimpleNamespace(store=store)
        self.actions = actions

    def attention_items(self):  # type: ignore[no-untyped-def]
        return WorkstationServices.attention_items(self._real)  # type: ignore[arg-type]

    def resend(self, action_id: str):  # type: ignore[no-untyped-def]
        return self.actions.resend(action_id).changes

    def discard(self, action_id: str):  # type: ignore[no-untyped-def]
        return self.actions.discard(action_id)


def refused_profile(root: Path) -> tuple[Store, LocalActions]:
    store = Store.open(root / "profile")
    photos = PhotoStore(root / "profile" / "photos")
    server = FakeServer()
    server.add(10)
    config = SyncConfig(page_size=10, sleep=lambda _s: None)
    SyncEngine(store, server, photos, config=config).run()
    actions = LocalActions(store, photos, OFFICER)
    for i, text in enumerate(ANSWERS):
        actions.note(f"r-00000{i + 1}", f"Catatan {text} untuk laporan ini")

    def answer(batch: Sequence[ActionIn]) -> list[ActionResult]:
        out = []
        for action in batch:
            key = next(k for k in ANSWERS if k in str(action.payload))
            status, code, message = ANSWERS[key]
            out.append(
                ActionResult(action_id=action.action_id, status=status, code=code, message=message)
            )
        return out

    server.push = answer  # type: ignore[method-assign]
    SyncEngine(store, server, photos, config=config).run()
    return store, actions


def test_resend_only_where_it_can_succeed_and_sentences_that_fit(qtbot, tmp_path: Path) -> None:
    store, actions = refused_profile(tmp_path)
    try:
        page = AttentionPage(StubHost(Services(store, actions)))
        qtbot.addWidget(page)
        page.resize(1366 - 220, 768 - 120)  # the page's share of the window at 1366x768
        page.show()
        qtbot.waitExposed(page)
        page.refresh()
        qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10_000)
        by_code = {page.model.items[r].code: r for r in range(3)}
        assert set(by_code) == {"unit_unknown", "stale", "photo_missing"}

        def pick(code: str) -> str:
            row = by_code[code]
            page.table.selectRow(row)
            return str(page.model.data(page.model.index(row, COL_STATE)))

        # Refused as invalid: a resend would be refused again; only "Buang".
        state = pick("unit_unknown")
        assert state == "Ditolak; tidak bisa dikirim ulang"
        assert not page.resend_button.isEnabled()
        assert page.discard_button.isEnabled()
        assert "menolak tindakan ini lagi" in page.advice.text()
        page.resend_selected()  # even when asked directly: nothing is queued
        assert page.message.text() == ""
        # A conflict and a passing failure: "Kirim ulang" is offered.
        assert pick("stale") == "Bertabrakan dengan perubahan lain"
        assert page.resend_button.isEnabled()
        assert "periksa keadaan terbaru" in page.advice.text()
        assert pick("photo_missing") == "Ditolak sementara; bisa dikirim ulang"
        assert page.resend_button.isEnabled()
        # No raw state word anywhere in the state column.
        states = {page.model.data(page.model.index(r, COL_STATE)) for r in range(3)}
        assert not states & {"ditolak", "konflik", "rejected", "conflict"}

        # Every header shown whole at the design size (none clipped to "Jawaban se…").
        header = page.table.horizontalHeader()
        for col in range(COL_NUMBER, page.model.columnCount()):
            text = str(page.model.headerData(col, Qt.Orientation.Horizontal))
            # What the style needs for the text, its margins and a sort arrow.
            assert header.sectionSize(col) >= header.sectionSizeFromContents(col).width(), text
        right = header.sectionViewportPosition(COL_STATE) + header.sectionSize(COL_STATE)
        assert right <= page.table.viewport().width()  # the state column is on screen
    finally:
        store.close()

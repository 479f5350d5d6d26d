"""The walk-in intake shows the reporter the privacy notice, records that it was given
(the create action's ``privacy_notice``, stored by the real server), forgets the tick
for the next citizen, and the receipt carries the short version."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from page_host import StubHost

from central_server.testing import LiveServer, server_rows
from crm_shared.domain.privacy import IDENTITY_RETENTION_DAYS, NOTICE_VERSION
from officer_app import workers
from officer_app.app import Connection, WorkstationServices
from officer_app.profile import Profile
from officer_app.sync.http_backend import HttpBackend
from officer_app.views.desk.intake_page import DeskIntakePage
from officer_app.views.desk.privacy_notice import notice_sections
from officer_app.views.desk.receipt import receipt_html
from officer_app.views.services import OfficerView

from .conftest import CITIZENS, PASSWORD

pytestmark = pytest.mark.slow


@pytest.fixture
def desk(
    server_factory: Callable[..., LiveServer], tmp_path: Path, qapp: object
) -> Iterator[tuple[LiveServer, WorkstationServices]]:
    server = server_factory(n_reports=20, seed=2)
    backend = HttpBackend(server.url)
    token = backend.login("desk.demo", PASSWORD)
    o = token.officer
    officer = OfficerView(o.id, o.name, o.role, o.unit_id, o.unit_name)
    svc = WorkstationServices(
        Connection(officer, Profile(tmp_path / "profile"), server.url, backend, PASSWORD)
    )
    assert svc.sync(lambda _p: None, lambda: False).online
    yield server, svc
    workers.cancel_all()
    workers.wait_for_all(20_000)
    svc.close()


def _fill(page: DeskIntakePage, citizen: dict[str, str]) -> None:
    page.name.setText(citizen["name"])
    page.nik.setText(citizen["nik"])
    page.phone.setText(citizen["phone"])
    page.description.setPlainText("Saluran air tersumbat sampah di depan sekolah")
    page.category.setCurrentIndex(1)
    page.set_location(-6.1815, 106.8285, None, "Gambir")


def _save(qtbot: Any, page: DeskIntakePage) -> str:
    page.last_receipt = None
    page.save()
    qtbot.waitUntil(lambda: page.last_receipt is not None, timeout=20_000)
    assert page.last_receipt is not None
    return page.last_receipt.report_id


def test_the_notice_is_shown_recorded_and_printed(qtbot: Any, desk: Any) -> None:
    server, services = desk
    page = DeskIntakePage(StubHost(services))
    qtbot.addWidget(page)
    page.resize(1280, 820)
    page.show()
    qtbot.waitUntil(lambda: page.category.count() > 1, timeout=30_000)  # read in a worker
    # Shown on the form: what, where, how long, anonymity; the full text has all parts.
    summary = page.notice.summary.text()
    assert "NIK" in summary
    assert f"{IDENTITY_RETENTION_DAYS} hari" in summary
    assert page.notice.summary.isVisible()
    dialog = page.notice.full_notice()
    text = dialog.page.toPlainText()
    for heading, _ in notice_sections():
        assert heading in text
    assert "Pejabat Pelindungan Data Pribadi" in text
    assert NOTICE_VERSION in text
    dialog.close()

    _fill(page, CITIZENS[0])
    page.notice.given_box.setChecked(True)
    with_notice = _save(qtbot, page)
    assert page.notice.given_box.isChecked() is False  # the next citizen hears it anew
    receipt = receipt_html(page.last_receipt)  # type: ignore[arg-type]
    assert f"{IDENTITY_RETENTION_DAYS} hari setelah laporan ditutup" in receipt
    assert NOTICE_VERSION in receipt

    _fill(page, CITIZENS[1])
    without_notice = _save(qtbot, page)

    assert services.sync(lambda _p: None, lambda: False).online
    rows = server_rows(server, "SELECT report_id, version, given_by FROM privacy_notices")
    assert [tuple(r) for r in rows] == [(with_notice, NOTICE_VERSION, "desk.demo")]
    assert without_notice != with_notice

"""The walk-in desk's sign-out ends its number lease: unused numbers go back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import create_engine, text

from officer_app.app import WorkstationServices
from officer_app.gui_main import authenticator, make_backend
from officer_app.store.schema import LeasedNumber
from officer_app.views.signin import SignInDialog


def test_sign_out_of_the_desk_returns_its_unused_numbers(
    qtbot, server_factory, tmp_path: Path
) -> None:
    server = server_factory(n_reports=20, seed=4)
    dialog = SignInDialog(authenticator(tmp_path / "profiles"), server.url, "desk.demo")
    qtbot.addWidget(dialog)
    dialog.password_edit.setText("demo-password")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.session is not None, timeout=30_000)
    services = WorkstationServices(dialog.session, make_backend=make_backend)
    services.sync(lambda _p: None, lambda: False)  # leases a block of numbers
    with services.store.read() as s:
        leased = [n.number for n in s.query(LeasedNumber)]
    assert leased

    services.sign_out()

    engine = create_engine(server.database_url)
    with engine.connect() as conn:
        released = dict(
            conn.execute(text("SELECT number, released FROM leased_numbers")).tuples().all()
        )
    engine.dispose()
    assert all(released[n] for n in leased)  # the server knows they are free again

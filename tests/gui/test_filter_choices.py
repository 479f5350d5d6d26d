"""The list's category and kelurahan filters fill in after the first sync (issue 20:
they stayed at "Semua kategori" until the window was reopened)."""

from __future__ import annotations

from pathlib import Path

from test_officer_flow import open_window, sign_in, sync


def test_first_sync_fills_the_filters_and_keeps_a_choice(
    qtbot, live_server, tmp_path: Path
) -> None:
    services = sign_in(qtbot, live_server.url, tmp_path)
    try:
        window = open_window(qtbot, services)
        bar = window.filter_bar
        assert bar.category.count() == 1  # a new profile: no reference data yet
        assert bar.kelurahan.count() == 1
        sync(qtbot, window)
        stored = len(services.categories())
        assert stored > 1
        qtbot.waitUntil(lambda: bar.category.count() == stored + 1, timeout=20_000)
        qtbot.waitUntil(lambda: bar.kelurahan.count() > 1, timeout=20_000)
        assert bar.category.itemText(0) == "Semua kategori"

        # A choice survives the next refresh, and filtering by it still works.
        bar.category.setCurrentIndex(2)
        chosen = bar.category.currentData()
        qtbot.waitUntil(
            lambda: window.model.query.category_id == chosen and not window.model.loading,
            timeout=20_000,
        )
        emitted: list[bool] = []
        bar.changed.connect(lambda: emitted.append(True))
        sync(qtbot, window)
        qtbot.wait(300)
        assert bar.category.currentData() == chosen
        assert bar.category.count() == stored + 1
        assert emitted == []  # the list is not reset for nothing
    finally:
        services.close()

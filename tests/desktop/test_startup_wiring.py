from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication, QIcon

import wocdesk.ui  # noqa: F401  (guards None's reference count before any Qt call)
from wocdesk.ui.printing.menu import PDF_ACTION_ID, PRINT_ACTION_ID


def test_wocdesk_start_up_gives_the_window_its_icon_and_print_actions(qapp, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    from wocdesk.ui.reader import launch

    seen = {}

    def keep(app, window, path):  # type: ignore[no-untyped-def]
        seen["actions"] = set(window.action_registry.actions)
        seen["file menu"] = [a.objectName() for a in window.menu("file").actions()]
        seen["icon"] = QGuiApplication.windowIcon().availableSizes()
        window.close()
        return 0

    monkeypatch.setattr(launch, "_save_screenshot", keep)
    try:
        assert launch.run_window(screenshot=tmp_path / "w.png") == 0
        assert {PRINT_ACTION_ID, PDF_ACTION_ID} <= seen["actions"]
        assert f"action-{PRINT_ACTION_ID}" in seen["file menu"]
        assert seen["icon"]
    finally:
        QGuiApplication.setWindowIcon(QIcon())


@pytest.fixture(autouse=True)
def _restore_platform(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")

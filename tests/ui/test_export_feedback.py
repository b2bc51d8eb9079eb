"""After an export: Show in folder and Open say so in the window when nothing can open them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication

from wocdesk.ui.app.language import set_interface_language


@pytest.fixture
def exported(qtbot, article, tmp_path):  # type: ignore[no-untyped-def]
    """A dialog that has just saved a deck (a short one: the English deck)."""
    if QGuiApplication.platformName() != "offscreen":
        pytest.skip("needs a platform with no program to open files (offscreen)")
    from wocdesk.ui.export.dialog import ExportDialog

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    dialog = ExportDialog(article, settings=settings)
    qtbot.addWidget(dialog)
    dialog.destination_row.edit.setText(str(tmp_path / "decks" / "out.pptx"))
    (tmp_path / "decks").mkdir()
    dialog.start_export()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=30000)
    assert dialog.written is not None
    return dialog


def test_show_in_folder_without_a_file_manager_says_so(exported, tmp_path):
    dialog = exported
    assert not dialog.show_in_folder()
    text = dialog.status.text()
    assert "Saved" in text  # the deck is there all the same
    assert f"No file manager could be started to show the folder {tmp_path / 'decks'}" in text
    set_interface_language("zh")  # said again in the new language
    text = dialog.status.text()
    assert "文件管理器" in text and str(tmp_path / "decks") in text
    assert "No file manager" not in text


def test_show_in_folder_in_chinese(exported, tmp_path):
    set_interface_language("zh")
    assert not exported.show_in_folder()
    assert "文件管理器" in exported.status.text()


def test_open_without_a_program_says_so(exported):
    assert not exported.open_file()
    assert "No program could be started to open" in exported.status.text()
    assert str(exported.written) in exported.status.text()


def test_a_new_export_clears_the_problem(exported, qtbot):
    exported.show_in_folder()
    exported.start_export()
    qtbot.waitUntil(lambda: not exported.is_busy(), timeout=30000)
    assert "No file manager" not in exported.status.text()


def test_waiting_for_exports_does_not_deadlock(qtbot, article, tmp_path):
    """At quit the application waits for running exports: the thread ends by itself."""
    from wocdesk.ui.export.dialog import ExportDialog
    from wocdesk.ui.export.worker import wait_for_exports

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    dialog = ExportDialog(article, settings=settings)
    qtbot.addWidget(dialog)
    dialog.destination_row.edit.setText(str(tmp_path / "out.pptx"))
    dialog.start_export()
    wait_for_exports()  # blocks the event loop until the worker is done
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=30000)
    assert (tmp_path / "out.pptx").exists()

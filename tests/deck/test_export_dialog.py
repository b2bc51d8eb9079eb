"""The Export slides dialog (offscreen): defaults, progress, errors, remembered choices."""

from __future__ import annotations

import pytest
from pptx import Presentation
from PySide6.QtCore import QSettings

from wocdesk.ui.export.dialog import ExportDialog, documents_folder


@pytest.fixture
def settings(tmp_path) -> QSettings:  # type: ignore[no-untyped-def]
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def dialog(qtbot, article, settings):  # type: ignore[no-untyped-def]
    widget = ExportDialog(article, settings=settings)
    qtbot.addWidget(widget)
    return widget


def test_defaults_to_documents_folder_and_names_by_language(dialog) -> None:  # type: ignore[no-untyped-def]
    assert dialog.destination() == documents_folder() / "briefing-en.pptx"
    dialog.lang_box.setCurrentIndex(2)
    assert dialog.mode() == "zh-en"
    assert dialog.destination().name == "briefing-zh-en.pptx"
    assert dialog.thumbnail_layout is not None and dialog.thumbnails.objectName() == "thumbnails"
    assert dialog.open_button.isHidden() and dialog.folder_button.isHidden()


def test_export_runs_off_the_ui_thread_and_offers_open(
    dialog, qtbot, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "out.pptx"
    dialog.lang_box.setCurrentIndex(0)
    dialog.destination_row.edit.setText(str(target))
    seen: list[tuple[int, int]] = []
    dialog._progress = lambda d, t: seen.append((d, t))  # runs in the worker thread: record only
    dialog.start_export()
    assert dialog.is_busy() and not dialog.export_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=20000)
    assert dialog.written == target and len(Presentation(str(target)).slides) == 10
    assert "Saved" in dialog.status.text()
    assert seen[0] == (0, 10) and seen[-1] == (10, 10)
    assert not dialog.open_button.isHidden() and not dialog.folder_button.isHidden()
    opened: list[str] = []
    from PySide6.QtGui import QDesktopServices

    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True
    )
    assert dialog.open_file() and dialog.show_in_folder()
    assert opened == [str(target), str(tmp_path)]


def test_errors_are_shown_in_the_dialog_and_nothing_is_lost(dialog, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    existing = tmp_path / "keep.pptx"
    existing.write_bytes(b"old")
    dialog.destination_row.edit.setText(str(existing))
    dialog.template_row.edit.setText(str(tmp_path / "missing-template.pptx"))
    dialog.start_export()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=20000)
    assert "missing-template.pptx: no such file" in dialog.status.text()
    assert existing.read_bytes() == b"old" and dialog.open_button.isHidden()
    dialog.template_row.edit.clear()
    dialog.destination_row.edit.setText(str(tmp_path / "no-such-folder" / "x.pptx"))
    dialog.start_export()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=20000)
    assert "does not exist" in dialog.status.text()


def test_choices_are_remembered(qtbot, article, settings, tmp_path) -> None:  # type: ignore[no-untyped-def]
    first = ExportDialog(article, settings=settings)
    qtbot.addWidget(first)
    first.lang_box.setCurrentIndex(3)
    first.notes_box.setCurrentIndex(3)
    first.destination_row.edit.setText(str(tmp_path / "x.pptx"))
    first.start_export()
    qtbot.waitUntil(lambda: not first.is_busy(), timeout=20000)
    assert settings.value("export/lang") == "en-zh"
    second = ExportDialog(article, settings=settings)
    qtbot.addWidget(second)
    assert second.mode() == "en-zh" and second.notes_box.currentData() == "both"
    assert second.destination() == tmp_path / "briefing-en-zh.pptx"


def test_bad_stored_values_are_ignored(qtbot, article, settings) -> None:  # type: ignore[no-untyped-def]
    settings.setValue("export/lang", "klingon")
    settings.setValue("export/folder", "/no/such/folder")
    widget = ExportDialog(article, settings=settings)
    qtbot.addWidget(widget)
    assert widget.mode() == "en" and widget.destination().parent == documents_folder()


def test_retranslates_to_chinese(dialog) -> None:  # type: ignore[no-untyped-def]
    from wocdesk.i18n import set_interface_language

    assert dialog.windowTitle() == "Export slides"
    set_interface_language("zh")
    dialog.retranslate_ui()
    assert dialog.windowTitle() == "导出幻灯片"
    assert dialog.lang_box.itemText(0) == "中文"
    assert dialog.mode() == "en"


def test_preload_imports_the_writer_in_the_background() -> None:
    from wocdesk.deck.writer.preload import preload_pptx

    thread = preload_pptx()
    thread.join(30)
    import sys

    assert "pptx" in sys.modules and "wocdesk.deck.writer.pptx_writer" in sys.modules
    assert preload_pptx() is thread


def test_every_control_has_an_accessible_name(dialog) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QComboBox, QLineEdit, QProgressBar, QPushButton

    fields = [
        w
        for kind in (QLineEdit, QComboBox, QProgressBar)
        for w in dialog.findChildren(kind)
        if w.isVisibleTo(dialog) and not isinstance(w.parent(), QComboBox)
    ]
    assert fields and all(w.accessibleName() for w in fields)
    buttons = [w for w in dialog.findChildren(QPushButton) if w.isVisibleTo(dialog)]
    assert all(w.accessibleName() or w.text() for w in buttons)
    browse = [w.accessibleName() for w in buttons if w.text() == "Browse…"]
    assert len(browse) == 3 and len(set(browse)) == 3  # the three Browse… buttons told apart

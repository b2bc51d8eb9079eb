"""The interface language decides every string that is ours, whatever the article is read in."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QFileInfo, QLocale
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QFileDialog,
    QFileIconProvider,
    QLabel,
    QMessageBox,
    QWidget,
)

from wocdesk.content.notes import (
    missing_note,
    missing_note_written_in,
    only_in_note,
    only_in_note_written_in,
)
from wocdesk.ui.app.language import set_interface_language

ENGLISH_WORD = re.compile(r"[A-Za-z]{3,}")


def raw_text_without_key_points(seed_text: str, folder: Path) -> Path:
    raw = folder / "post.txt"
    raw.write_text(seed_text, encoding="utf-8")
    return raw


def test_key_points_placeholder_follows_the_interface(window, seed_text, tmp_path):
    set_interface_language("zh")
    window.set_mode("en")
    assert window.open_article_file(raw_text_without_key_points(seed_text, tmp_path))
    window.key_points.ensure_filled()
    assert window.key_points.topLevelItem(0).text(0) == "这篇文章没有要点。"
    set_interface_language("en")  # live: the panel says it again in English
    assert window.key_points.topLevelItem(0).text(0) == "This article has no key points."


def test_key_point_headings_are_ours_the_entries_the_articles(window, article):
    set_interface_language("zh")
    window.set_mode("en")
    panel = window.key_points
    panel.ensure_filled()
    headings = [panel.topLevelItem(i).text(0) for i in range(panel.topLevelItemCount())]
    assert headings == ["三大创新趋势", "五个关键", "关键数据"] or all(
        not ENGLISH_WORD.search(h) for h in headings
    ), headings
    names = [text for text, _ in panel.entries()]
    assert article.trends[0].name.en in names  # the article's own words, read in English
    set_interface_language("en")
    headings = [panel.topLevelItem(i).text(0) for i in range(panel.topLevelItemCount())]
    assert headings[0] == "Three innovation trends"


def test_one_language_notes_follow_the_interface():
    set_interface_language("zh")
    assert only_in_note("zh", "en") == "[原文仅有中文]"
    assert only_in_note("en", "en") == "[原文仅有英文]"
    assert "英文" in missing_note("en")
    set_interface_language("en")
    assert only_in_note("zh", "zh") == "[Only in Chinese in the original]"
    assert missing_note("zh") == "(The original has no Chinese for this line.)"


def test_a_documents_notes_stay_in_its_language():
    """A slide in English says it in English, whatever the interface (the deck is not ours)."""
    set_interface_language("zh")
    assert only_in_note_written_in("zh", "en") == "[Only in Chinese in the original]"
    assert missing_note_written_in("en") == "(The original has no English for this line.)"


def test_the_reading_view_notes_follow_the_interface(window, article):
    window.set_mode("en")
    set_interface_language("zh")  # live: the view lays its notes out again
    text = window.view.shown_text()
    assert article.passage("p-read-more").zh in text
    assert "[原文仅有中文]" in text and "[Only in Chinese" not in text
    set_interface_language("en")
    assert "[Only in Chinese in the original]" in window.view.shown_text()


def test_a_bad_file_is_explained_in_the_interface_language(window, tmp_path, monkeypatch):
    reports: list[str] = []
    monkeypatch.setattr(
        "wocdesk.ui.reader.open_article.report_bad_article",
        lambda parent, error: reports.append(str(error)),
    )
    set_interface_language("zh")
    folder = tmp_path / "a folder.toml"
    folder.mkdir()
    assert not window.open_article_file(folder)
    assert reports and "文件夹" in reports[0] and "folder," not in reports[0], reports


def _english_left(widget: QWidget) -> list[str]:
    texts = []
    for child in [widget, *widget.findChildren(QWidget)]:
        if isinstance(child, QLabel | QAbstractButton):
            texts.append(child.text())
        texts += [child.toolTip(), child.accessibleName()]
    texts += [action.text() for action in widget.findChildren(QAction)]
    return [t for t in texts if t and ENGLISH_WORD.search(t.replace("wocdesk", ""))]


def test_qts_file_dialog_follows_the_interface(qtbot, tmp_path):
    """Qt's own file dialog: every label, button and tooltip in Chinese (Look in, Files of type)."""
    set_interface_language("zh")
    dialog = QFileDialog(None, "标题", str(tmp_path), "文本 (*.txt)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "查找范围(&L)："
    assert labels["fileTypeLabel"] == "文件类型(&T)："
    assert _english_left(dialog) == []
    set_interface_language("en")  # (a file dialog is modal: the language cannot change under it)
    again = QFileDialog(None, "Title", str(tmp_path), "Texts (*.txt)")
    again.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(again)
    labels = {label.objectName(): label.text() for label in again.findChildren(QLabel)}
    assert labels["lookInLabel"] == "&Look in:"


def test_qts_file_dialog_names_folders_and_file_types_in_chinese(qtbot, tmp_path):
    """The file list's Type column: a folder (Qt's catalog lacks it) and the locale Qt reads."""
    (tmp_path / "folder").mkdir()
    provider = QFileIconProvider()
    assert provider.type(QFileInfo(str(tmp_path / "folder"))) == "Folder"
    set_interface_language("zh")
    assert provider.type(QFileInfo(str(tmp_path / "folder"))) == "文件夹"
    assert QLocale().name() == "zh_CN"  # what Qt's file types are named by
    set_interface_language("en")
    assert provider.type(QFileInfo(str(tmp_path / "folder"))) == "Folder"
    assert QLocale() == QLocale.system()


def test_qts_message_box_buttons_follow_the_interface(qtbot):
    set_interface_language("zh")
    box = QMessageBox(QMessageBox.Icon.Warning, "标题", "正文")
    box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    buttons = sorted(b.text().replace("&", "") for b in box.buttons())
    assert all(not ENGLISH_WORD.search(b) for b in buttons), buttons


@pytest.fixture
def export_dialog(qtbot, article, tmp_path):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from wocdesk.ui.export.dialog import ExportDialog

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    dialog = ExportDialog(article, settings=settings)
    qtbot.addWidget(dialog)
    return dialog


def test_an_export_refusal_is_said_again_after_a_switch(export_dialog, qtbot, tmp_path):
    """A dialog opened before the switch: its labels and the refusal it shows both change."""
    dialog = export_dialog
    dialog.destination_row.edit.setText(str(tmp_path / "no-such-folder" / "x.pptx"))
    dialog.start_export()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=20000)
    assert "does not exist" in dialog.status.text()
    set_interface_language("zh")
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=20000)
    assert dialog.windowTitle() == "导出幻灯片"
    assert "不存在" in dialog.status.text() and "no-such-folder" in dialog.status.text()
    assert not (tmp_path / "no-such-folder").exists()
    set_interface_language("en")
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=20000)
    assert "does not exist" in dialog.status.text()


def test_an_export_refusal_made_under_chinese_is_chinese(export_dialog, qtbot, tmp_path):
    set_interface_language("zh")
    dialog = export_dialog
    dialog.template_row.edit.setText(str(tmp_path / "a-folder"))
    (tmp_path / "a-folder").mkdir()
    dialog.destination_row.edit.setText(str(tmp_path / "out.pptx"))
    dialog.start_export()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=20000)
    message = dialog.status.text()
    assert "a-folder" in message and not (tmp_path / "out.pptx").exists()
    assert re.search("[\u4e00-\u9fff]", message), message

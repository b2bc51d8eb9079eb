from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit, QMessageBox, QProgressDialog

import wocdesk.ui  # noqa: F401  (guards None's reference count before any Qt call)
from tests.desktop.long_text import long_article
from tests.desktop.pdf_text import han, missing_from, needs_poppler, pdf_text, words
from wocdesk.ui.printing.controller import PrintController
from wocdesk.ui.printing.menu import PDF_ACTION_ID, PRINT_ACTION_ID, print_controller


def _controller(window) -> PrintController:  # type: ignore[no-untyped-def]
    return print_controller(window)


def _wait_done(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not _controller(window).is_busy(), timeout=120_000)


def _print_dialog(qtbot, window):  # type: ignore[no-untyped-def]
    from PySide6.QtPrintSupport import QPrintDialog

    qtbot.waitUntil(lambda: window.findChild(QPrintDialog) is not None)
    return window.findChild(QPrintDialog)


@needs_poppler
def test_ctrl_p_prints_the_bilingual_view_as_read(qtbot, make_window, article, tmp_path):
    window = make_window(article, "en-zh")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = _print_dialog(qtbot, window)
    assert dialog.isVisible() and dialog.isModal()
    target = tmp_path / "printed.pdf"
    dialog.findChild(QLineEdit, "filename").setText(str(target))  # "Print to File (PDF)"
    dialog.accept()
    _wait_done(qtbot, window)
    text = pdf_text(target, "-raw")
    english = [p.en for p in article.passages() if p.en]
    chinese = [p.zh for p in article.passages() if p.zh]
    assert missing_from(words(english), words([text])) == []
    assert missing_from(han(chinese), han([text])) == []
    first = text.index(article.title.en.split(":")[0])
    assert first < text.index(article.title.zh)  # English leads, as on screen
    assert "Printed" in window.statusBar().currentMessage()


@needs_poppler
def test_export_as_pdf_asks_where_and_writes_the_current_mode(
    qtbot, make_window, article, tmp_path
):
    window = make_window(article, "zh")
    window.action_registry[PDF_ACTION_ID].trigger()
    qtbot.waitUntil(lambda: window.findChild(QFileDialog, "pdf-dialog") is not None)
    dialog = window.findChild(QFileDialog, "pdf-dialog")
    assert dialog.defaultSuffix() == "pdf"
    assert dialog.selectedFiles()[0].endswith(f"{article.id}-zh.pdf")
    target = tmp_path / "reading.pdf"
    dialog.fileSelected.emit(str(target))
    dialog.close()
    _wait_done(qtbot, window)
    text = pdf_text(target)
    assert article.title.zh in text and (article.title.en or "") not in text
    assert str(target) in window.statusBar().currentMessage()


def test_a_long_text_prints_in_the_background_with_progress(qtbot, make_window, article, tmp_path):
    window = make_window(long_article(article), "zh-en")
    controller = _controller(window)
    seen: list[tuple[int, int]] = []
    job = controller.export_pdf(tmp_path / "book.pdf")
    assert job is not None
    job.progressed.connect(lambda done, total: seen.append((done, total)))
    assert controller.is_busy()
    assert not window.action_registry[PRINT_ACTION_ID].isEnabled()  # one job at a time
    qtbot.waitUntil(lambda: any(total for _done, total in seen), timeout=60_000)
    assert isinstance(controller.progress, QProgressDialog)
    _wait_done(qtbot, window)
    totals = {total for _done, total in seen if total}
    assert len(totals) == 1 and totals.pop() == controller.last_pages > 200
    assert window.action_registry[PRINT_ACTION_ID].isEnabled()
    assert (tmp_path / "book.pdf").stat().st_size > 0


def test_cancel_stops_the_job_and_keeps_the_old_file(qtbot, make_window, article, tmp_path):
    window = make_window(long_article(article), "zh-en")
    controller = _controller(window)
    target = tmp_path / "book.pdf"
    target.write_bytes(b"old")
    job = controller.export_pdf(target)
    assert job is not None
    job.cancel()
    _wait_done(qtbot, window)
    assert target.read_bytes() == b"old"
    assert window.statusBar().currentMessage() == "Printing cancelled"


def test_a_bad_destination_gets_a_message_and_no_job(qtbot, make_window, article, tmp_path):
    window = make_window(article, "en")
    controller = _controller(window)
    assert controller.export_pdf(tmp_path / "missing" / "x.pdf") is None
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "print-warning") is not None)
    box = window.findChild(QMessageBox, "print-warning")
    assert "does not exist" in box.text()
    assert not controller.is_busy()
    box.close()


def test_closing_the_window_mid_job_waits_for_the_thread(qtbot, make_window, article, tmp_path):
    window = make_window(long_article(article), "zh-en")
    controller = _controller(window)
    job = controller.export_pdf(tmp_path / "book.pdf")
    assert job is not None
    window.close()
    assert job.isFinished()
    assert not (tmp_path / "book.pdf").exists()


@pytest.mark.parametrize(
    ("language", "texts"), [("en", ("&Print…", "Export as P&DF…")), ("zh", ("打印(&P)…", None))]
)
def test_the_actions_speak_the_interface_language(make_window, article, language, texts):
    from wocdesk.ui.app.language import set_interface_language

    window = make_window(article, "zh")
    set_interface_language(language)
    print_text = window.action_registry[PRINT_ACTION_ID].text()
    pdf_text_ = window.action_registry[PDF_ACTION_ID].text()
    if texts[0]:
        assert print_text == texts[0]
    if language == "zh":
        assert "PDF" in pdf_text_ and any("\u4e00" <= c <= "\u9fff" for c in pdf_text_)
    assert window.action_registry[PRINT_ACTION_ID].shortcut().toString() == "Ctrl+P"
    file_menu = window.menu("file").actions()
    assert window.action_registry[PRINT_ACTION_ID] in file_menu
    assert window.action_registry[PDF_ACTION_ID] in file_menu


def test_the_printed_document_does_not_come_from_the_screen(make_window, article):
    """The reading view may lay out only what is visible: the document is the whole model."""
    window = make_window(long_article(article), "zh")
    build, _header, _fonts = _controller(window)._document()
    parts = build()
    assert all(f"第{n}章" in "".join(parts) for n in (1, 100, 200))

"""Open an article file or a raw bilingual text (through the importer), from a dialog or a path.

File ▸ Open reads and parses the file in a worker thread (:class:`ArticleOpener`): the window
stays responsive, shows that it is busy, and a file that cannot be opened (anything
``wocdesk text`` refuses, or a failure of ours) gets a dialog, never a traceback.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from wocdesk.errors import WocdeskError, quote_name
from wocdesk.i18n import _
from wocdesk.model.article import Article
from wocdesk.ui.app.plain_text import literal_markup

if TYPE_CHECKING:
    from PySide6.QtCore import QThread
    from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

BUSY_AFTER_MS = 150  # a file that opens at once shows no busy state
NOTE_MS = 15000  # how long a warning of the import stays in the status bar


def load_article_or_text(path: str | Path) -> Article:
    """An article from an article file (.toml) or a raw bilingual text; ``WocdeskError`` if bad."""
    from wocdesk.content.opening import open_article

    return open_article(path)


def ask_article_path(parent: QWidget, start: str = "") -> Path | None:
    """Ask for an article or text file; ``None`` when cancelled."""
    from PySide6.QtWidgets import QFileDialog

    name, _filter = QFileDialog.getOpenFileName(
        parent,
        _("Open article"),
        start,
        _("Articles and bilingual texts (*.toml *.txt);;All files (*)"),
    )
    return Path(name) if name else None


def report_bad_article(parent: QWidget, error: WocdeskError) -> QMessageBox:
    """Say what is wrong with a file and where; the current article stays open.

    The box is window-modal but does not block the caller (``open``, not ``exec``).
    """
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, _("Cannot open the article"), "", parent=parent)
    box.setText(_("This file cannot be opened as an article. The current article stays open."))
    box.setInformativeText(literal_markup(str(error)))
    box.setObjectName("bad-article-dialog")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def open_in_words(path: Path) -> Article:
    """:func:`load_article_or_text`, every failure a ``WocdeskError`` naming the file."""
    try:
        return load_article_or_text(path)
    except WocdeskError:
        raise
    except RecursionError:
        message = _("{file}: nested too deeply to be read").format(file=quote_name(path))
        raise WocdeskError(message) from None
    except Exception as exc:  # ours, not the file's: said in one line all the same
        message = _("{file}: cannot be opened ({reason})").format(
            file=quote_name(path), reason=str(exc) or _("unknown")
        )
        raise WocdeskError(message) from None


class _OpenWorker(QObject):
    """Opens one file in a worker thread."""

    opened = Signal(object, list)  # the Article, the warnings' texts
    failed = Signal(object)  # the WocdeskError

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path

    def run(self) -> None:
        """Open the file; emit ``opened`` or ``failed``."""
        with warnings.catch_warnings(record=True) as seen:
            warnings.simplefilter("always")
            try:
                article = open_in_words(self.path)
            except WocdeskError as error:
                self.failed.emit(error)
                return
        self.opened.emit(article, [str(w.message) for w in seen])


class ArticleOpener(QObject):
    """Opens files off the main thread, one at a time, and says when it is busy.

    ``busy(True)`` is emitted once opening has taken ``BUSY_AFTER_MS`` (a quick file never
    flickers), ``busy(False)`` when done; ``opened(article, warnings)`` or ``failed(error)``
    tell the result.
    """

    opened = Signal(object, list)
    failed = Signal(object)
    busy = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: QThread | None = None
        self._worker: _OpenWorker | None = None
        self._showing_busy = False
        self._cancelled = False
        self._busy_timer = QTimer(self, singleShot=True, interval=BUSY_AFTER_MS)
        self._busy_timer.timeout.connect(self._show_busy)
        self.path: Path | None = None

    def is_busy(self) -> bool:
        """True while a file is being opened."""
        return self._thread is not None

    def open(self, path: Path) -> bool:
        """Start opening ``path``; False (and nothing started) while another file is opening."""
        if self._thread is not None:
            return False
        from PySide6.QtCore import QThread  # made when a file is first opened

        self.path = path
        self._cancelled = False
        thread = QThread(self)
        worker = _OpenWorker(path)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.opened.connect(self._on_opened)  # queued to this thread, in this order:
        worker.failed.connect(self._on_failed)  # the result first, then the thread's end
        # The thread ends itself (directly, not through this thread's event loop, which may be
        # blocked in ``wait``).
        worker.opened.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        worker.failed.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        thread.finished.connect(self._on_finished)
        self._thread, self._worker = thread, worker
        self._busy_timer.start()
        thread.start()
        return True

    def wait(self) -> None:
        """Block until the file being opened is done (for closing and tests)."""
        if self._thread is not None:
            self._thread.wait()

    def cancel(self) -> None:
        """Drop the result of the file being opened (its reading still ends on its own)."""
        self._cancelled = True

    def _show_busy(self) -> None:
        if self._thread is not None:
            self._showing_busy = True
            self.busy.emit(True)

    def _on_opened(self, article: Article, notes: list[str]) -> None:
        if not self._cancelled:
            self.opened.emit(article, notes)

    def _on_failed(self, error: WocdeskError) -> None:
        if not self._cancelled:
            self.failed.emit(error)

    def _on_finished(self) -> None:
        self._busy_timer.stop()
        if self._thread is not None:
            self._thread.wait()
            self._thread.deleteLater()
        self._thread, self._worker = None, None
        if self._showing_busy:
            self._showing_busy = False
            self.busy.emit(False)


class FileOpening(QObject):
    """File ▸ Open in a window: the opener, a busy cursor and status line, the dialogs.

    ``show`` receives the opened article; a refusal gets :func:`report_bad_article`; warnings
    of the import (a text with one language only) are shown in the status bar.
    """

    def __init__(self, window: QMainWindow, show: Callable[[Article], None]) -> None:
        super().__init__(window)
        self._window = window
        self._show = show
        self.opener = ArticleOpener(self)
        self.opener.opened.connect(self._opened)
        self.opener.failed.connect(self._failed)
        self.opener.busy.connect(self._busy)
        self.last_report: QMessageBox | None = None

    def open(self, path: Path) -> bool:
        """Open ``path`` in the background; False while another file is being opened."""
        return self.opener.open(path)

    def open_now(self, path: Path) -> bool:
        """Open ``path`` at once (blocking); a refusal gets the dialog. True when opened."""
        try:
            article = open_in_words(path)
        except WocdeskError as error:
            self.last_report = report_bad_article(self._window, error)
            return False
        self._show(article)
        return True

    def stop(self) -> None:
        """The window closes: drop what is being opened, once its reading has ended."""
        self.opener.cancel()
        self.opener.wait()

    def _opened(self, article: Article, notes: list[str]) -> None:
        self._show(article)
        if notes:
            self._window.statusBar().showMessage(" ".join(notes), NOTE_MS)

    def _failed(self, error: WocdeskError) -> None:
        self.last_report = report_bad_article(self._window, error)

    def _busy(self, busy: bool) -> None:
        from PySide6.QtWidgets import QApplication

        bar = self._window.statusBar()
        if busy:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            path = self.opener.path
            name = quote_name(path.name) if path is not None else ""
            bar.showMessage(_("Opening {file}…").format(file=name))
        else:
            QApplication.restoreOverrideCursor()
            bar.clearMessage()

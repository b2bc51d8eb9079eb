"""Find in the reading pane and count matches in the language that is not shown."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextCursor, QTextDocument

from wocdesk.model.text import LANGS
from wocdesk.ui.reader.find_bar import FindBar
from wocdesk.ui.reader.reader_view import ReaderView
from wocdesk.ui.state import ReaderState


class FindController(QObject):
    """Connects the find bar to the reading pane: matches, current match, the other language."""

    def __init__(
        self,
        state: ReaderState,
        view: ReaderView,
        bar: FindBar,
        show_other_language: Callable[[], None],
    ) -> None:
        super().__init__(view)
        self._state = state
        self.view = view
        self.bar = bar
        self._show_other_language = show_other_language
        self.cursors: list[QTextCursor] = []
        self.index = -1
        bar.find_requested.connect(self.find_from_start)
        bar.next_requested.connect(self.next)
        bar.previous_requested.connect(self.previous)
        bar.show_other_requested.connect(self._show_other)
        bar.closed.connect(self._closed)
        view.rendered.connect(self.refresh)  # a new mode, article, reveal or palette

    def find_from_start(self, _text: str = "") -> None:
        """Find the bar's text from the top of the article and go to the first match."""
        self.index = -1
        self.refresh()
        if self.cursors:
            self.next()

    def refresh(self) -> None:
        """Find again in the current document (after a mode change), keeping the count honest."""
        text = self.bar.text() if self.bar.isVisible() else ""
        document = self.view.document()
        cursors: list[QTextCursor] = []
        if text:
            cursor = document.find(text, 0)
            while not cursor.isNull():
                cursors.append(cursor)
                cursor = document.find(text, cursor, QTextDocument.FindFlag(0))
        self.cursors = cursors
        self.index = min(self.index, len(cursors) - 1)
        hidden = [lang for lang in LANGS if lang not in self._state.mode.languages]
        needle = text.casefold()
        other = 0
        if needle:
            article = self._state.article
            other = sum(article.text_in(lang).casefold().count(needle) for lang in hidden)
        self.view.set_find_selections(cursors, self.index)
        self.bar.set_counts(self.index, len(cursors), other, hidden[0] if hidden else "")

    def _go(self, step: int) -> None:
        if not self.bar.isVisible():
            self.bar.open_bar()
        if not self.cursors:
            self.refresh()
        if not self.cursors:
            return
        self.index = (self.index + step) % len(self.cursors)
        self.view.setTextCursor(self.cursors[self.index])
        self.view.ensureCursorVisible()
        self.refresh()

    def next(self) -> None:
        """Go to the next match."""
        self._go(1)

    def previous(self) -> None:
        """Go to the previous match."""
        self._go(-1)

    def _show_other(self) -> None:
        self._show_other_language()
        self.find_from_start()

    def _closed(self) -> None:
        self.refresh()
        self.view.setFocus()

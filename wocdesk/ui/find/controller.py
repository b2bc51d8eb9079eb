"""Find as you type over the whole text, in slices: counts, highlights, next and previous."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QTextCharFormat

from wocdesk.model.article import Article
from wocdesk.model.text import LANGS
from wocdesk.ui.find.panel import FindPanel
from wocdesk.ui.find.search import FoldCache, Match, Search
from wocdesk.ui.reading.formats import TextRange
from wocdesk.ui.reading.rows import Source
from wocdesk.ui.reading.view import FIND_LAYER, ReadingView

DEBOUNCE_MS = 30  # typing a word is one search, not one per letter
SLICE_S = 0.004  # each slice of the search is too short to be felt


class FindController(QObject):
    """Connects the find panel to the reading view; the search runs on the model's text."""

    finished = Signal()  # the whole text has been searched

    def __init__(
        self, view: ReadingView, panel: FindPanel, show_other_language: Callable[[], None]
    ) -> None:
        super().__init__(view)
        self.view = view
        self.panel = panel
        self._show_other_language = show_other_language
        self.search: Search | None = None
        self.current: Match | None = None
        self._wanted: tuple[Source, int, int] | None = None  # the current match to find again
        self._jump = False
        self._ranges: dict[Source, list[tuple[int, int]]] = {}
        self._cache = FoldCache()
        self._cache_article: Article | None = None
        self._weak = QTextCharFormat()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.timeout.connect(lambda: self.start(jump=True))
        self._slices = QTimer(self)
        self._slices.setSingleShot(True)
        self._slices.timeout.connect(self._step)
        panel.text_changed.connect(lambda _text: self._debounce.start(DEBOUNCE_MS))
        panel.next_requested.connect(self.next)
        panel.previous_requested.connect(self.previous)
        panel.show_other_requested.connect(self._show_other)
        panel.match_chosen.connect(self.go_to)
        panel.closed.connect(self._closed)
        view.content_changed.connect(self._content_changed)

    # -- searching --------------------------------------------------------------------------
    def start(self, jump: bool = True) -> None:
        """Search the panel's text from the reader's place; ``jump`` goes to the first match."""
        self._debounce.stop()
        self._slices.stop()
        view = self.view
        if self.current is not None and self._wanted is None:
            view.clear_selection()  # an old match must not stay selected (e.g. "xyz": none)
        self.current = None
        self._ranges = {}
        self._jump = jump
        text = self.panel.text() if self.panel.isVisible() else ""
        if view.article is not self._cache_article:
            self._cache, self._cache_article = FoldCache(), view.article
        top_row = view.document.row_at(view.scroll_y()) if text else 0
        doc = view.document
        self.search = Search(doc.article, doc.index, doc.mode, text, top_row, self._cache)
        self._weak.setBackground(view.reading_style.find_weak)
        view.set_range_formats(FIND_LAYER, self._ranges, self._weak)
        self.panel.model.reset(self.search)
        self._step()

    def _step(self) -> None:
        search = self.search
        if search is None:
            return
        inserted = search.step(SLICE_S)
        for position, count in inserted:
            for number in range(position, position + count):
                match = search.match(number)
                self._ranges.setdefault(match.source, []).append((match.start, match.length))
                if self._wanted == (match.source, match.start, match.length):
                    self._wanted = None
                    self._set_current(match, jump=False)
        if self.current is None and self._wanted is None and len(search):
            first = search.first_from(search.start_row)
            self._set_current(search.match(first), jump=self._jump)
        self.panel.model.catch_up()
        if inserted:
            self.view.viewport().update()
        if search.done:
            if self._wanted is not None:  # the old current match is not shown any more
                self._wanted = None
                self.view.clear_selection()
            if not len(search):
                self.view.clear_selection()
            self.finished.emit()
        else:
            self._slices.start(0)
        self._show_counts()

    def _show_counts(self) -> None:
        search = self.search
        hidden = [lang for lang in LANGS if lang not in self.view.mode.languages]
        if search is None:
            self.panel.set_counts(-1, 0, True, 0, "")
            return
        current = search.index_of(self.current) if self.current is not None else -1
        self.panel.set_counts(
            current, len(search), search.done, search.hidden_count, hidden[0] if hidden else ""
        )

    def matches(self) -> int:
        """How many matches have been found in what the view shows."""
        return len(self.search) if self.search is not None else 0

    def finish(self) -> None:
        """Search the rest of the text now (for callers that need the final count)."""
        if self._debounce.isActive():
            self.start(jump=True)
        while self.search is not None and not self.search.done:
            self._step()

    # -- moving between matches ---------------------------------------------------------------
    def _set_current(self, match: Match, jump: bool) -> None:
        self.current = match
        text = TextRange(match.source, match.start, match.length)
        self.view.select_range(text)
        if jump:
            self.view.ensure_visible(text)

    def go_to(self, number: int) -> None:
        """Make match ``number`` (reading order) the current one and show it."""
        if self.search is not None and 0 <= number < len(self.search):
            self._set_current(self.search.match(number), jump=True)
            self._show_counts()

    def _go(self, step: int) -> None:
        if not self.panel.isVisible():
            self.panel.open_bar()
        if self.search is None or self.search.needle != self.panel.text():
            self.start(jump=True)
            return
        search = self.search
        if not len(search):
            return
        if self.current is None:
            number = search.first_from(self.view.document.row_at(self.view.scroll_y()))
        else:
            number = (search.index_of(self.current) + step) % len(search)
        self.go_to(number)

    def next(self) -> None:
        """Go to the next match."""
        self._go(1)

    def previous(self) -> None:
        """Go to the previous match."""
        self._go(-1)

    # -- changes around -----------------------------------------------------------------------
    def _show_other(self) -> None:
        self._show_other_language()
        self.start(jump=True)

    def _content_changed(self) -> None:
        """Another mode or article: search again, keeping the current match if still shown."""
        if not self.panel.isVisible() or not self.panel.text():
            return
        if self.current is not None and self.view.article is self._cache_article:
            self._wanted = (self.current.source, self.current.start, self.current.length)
        self.start(jump=False)

    def _closed(self) -> None:
        self._slices.stop()
        self._debounce.stop()
        self.search = None
        self.current = None
        self._wanted = None
        self.view.clear_formats(FIND_LAYER)
        self.panel.model.reset(None)
        self._show_counts()
        self.view.setFocus()

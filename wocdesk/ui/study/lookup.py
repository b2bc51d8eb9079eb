"""Word lookup in the reading view: hover or click a Chinese word, step word by word, Esc.

Resting the mouse on a Chinese word for ``HOVER_MS`` shows the popup (it goes again when the
mouse moves off the text, unless it moves into the popup); a click shows it until Esc or a
click elsewhere. N and B (Go ▸ Next Word, Previous Word) step to the next or previous Chinese
word, as Zhongwen does, scrolling when needed. The word is underlined while the popup shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QObject, QRect, QTimer, Signal
from PySide6.QtGui import QTextCharFormat

from wocdesk.ui.reading.formats import FormatSpan, TextRange
from wocdesk.ui.reading.rows import Source, source_text
from wocdesk.ui.study.popup import LookupPopup

if TYPE_CHECKING:
    from wocdesk.study.spans import Span
    from wocdesk.ui.reading.selection import TextHit
    from wocdesk.ui.reading.view import ReadingView
    from wocdesk.ui.study.data import StudyData

HOVER_MS = 300  # the mouse rests this long on a word before the popup shows
LEAVE_MS = 350  # a popup shown by hovering stays this long after the mouse leaves the word
WORD_LAYER = "study-word"
TEXT_KINDS = ("passage", "heading", "title")


class WordPlace(NamedTuple):
    """A word of the article's text: its source and its span in that source's text."""

    source: Source
    start: int
    end: int

    @property
    def passage_id(self) -> str:
        """The passage of the word ("" for a title or a heading)."""
        return self.source.ident if self.source.kind == "passage" else ""


class WordLookup(QObject):
    """Shows the popup for the word pointed at, clicked or stepped to."""

    word_changed = Signal(object)  # the WordPlace looked up, or None when the popup goes

    def __init__(self, view: ReadingView, data: StudyData) -> None:
        super().__init__(view)
        self.view = view
        self.data = data
        self.popup = LookupPopup(view, view.zh_family)
        self.current: WordPlace | None = None
        self.pinned = False  # shown by a click or a key: stays until Esc or a click elsewhere
        self._pending: tuple[Source, int] | None = None  # the place the hover timer is for
        self._in_popup = False
        self._hover_timer = QTimer(self)
        self._hover_timer.setSingleShot(True)
        self._hover_timer.setInterval(HOVER_MS)
        self._hover_timer.timeout.connect(self._on_hover_timer)
        self._leave_timer = QTimer(self)
        self._leave_timer.setSingleShot(True)
        self._leave_timer.setInterval(LEAVE_MS)
        self._leave_timer.timeout.connect(self._on_left)
        self._underline = QTextCharFormat()
        self._underline.setFontUnderline(True)
        self._underline.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        self.popup.pointer_inside.connect(self._on_popup_pointer)
        self.popup.grown.connect(self._place_popup)
        view.hovered.connect(self.on_hovered)
        view.position_changed.connect(self._follow)
        view.layout_changed.connect(self._follow)
        view.content_changed.connect(self.close)
        data.words_ready.connect(self._refresh)
        data.dictionary_ready.connect(self._refresh)

    @property
    def is_open(self) -> bool:
        """True while the popup shows."""
        return self.popup.isVisible()

    # -- pointing -----------------------------------------------------------------------------
    def on_hovered(self, hit: TextHit | None) -> None:
        """The mouse moved over the text: wait for it to rest on a Chinese word."""
        place = _chinese_point(hit)
        if place is None:
            self._hover_timer.stop()
            self._pending = None
            if self.is_open and not self.pinned and not self._in_popup:
                self._leave_timer.start()
            return
        current = self.current
        same = current is not None and place[0] == current.source
        if same and current is not None and current.start <= place[1] < current.end:
            self._leave_timer.stop()
            self._hover_timer.stop()
            return
        self._pending = place
        self._hover_timer.start()

    def _on_hover_timer(self) -> None:
        if self._pending is not None and not self._in_popup:
            source, offset = self._pending
            self.show_at(source, offset, pinned=False)

    def _on_left(self) -> None:
        if not self.pinned and not self._in_popup:
            self.close()

    def _on_popup_pointer(self, inside: bool) -> None:
        self._in_popup = inside
        if inside:
            self._leave_timer.stop()
            self._hover_timer.stop()
        elif not self.pinned:
            self._leave_timer.start()

    def click(self, hit: TextHit) -> bool:
        """A click on the text: look the Chinese word up (True), or close the popup."""
        place = _chinese_point(hit)
        if place is None:
            self.close()
            return False
        return self.show_at(place[0], place[1], pinned=True)

    # -- showing ------------------------------------------------------------------------------
    def show_at(self, source: Source, offset: int, pinned: bool = True) -> bool:
        """Look up the word of ``source`` at ``offset``; False when there is no Chinese word."""
        self._hover_timer.stop()
        self._leave_timer.stop()
        text = source_text(self.view.article, source)
        if not 0 <= offset < len(text):
            return False
        if not self.data.words_loaded:
            self.data.start()
            place = WordPlace(source, offset, offset + 1)  # the character until words load
        else:
            from wocdesk.study.segment import is_chinese, word_at

            span = word_at(text, offset)
            if span is None or not is_chinese(span.of(text)):
                if not pinned:
                    self.close()
                return False
            place = WordPlace(source, span.start, span.end)
        self.pinned = pinned or (self.pinned and self.is_open)
        self._show(place, text)
        return True

    def _show(self, place: WordPlace, text: str) -> None:
        word = text[place.start : place.end]
        reading, result = "", None
        if self.data.words_loaded:
            from wocdesk.study.spans import Span
            from wocdesk.study.vocab.vocabulary import reading_in

            reading = reading_in(text, Span(place.start, place.end))
        dictionary = self.data.dictionary
        if dictionary is not None:
            from wocdesk.study.word_lookup import lookup

            result = lookup(word, dictionary)
        changed = place != self.current
        self.current = place
        self.popup.show_word(word, reading, result)
        length = place.end - place.start
        self.view.set_formats(
            WORD_LAYER, [FormatSpan(TextRange(place.source, place.start, length), self._underline)]
        )
        if not self._place_popup():
            self.view.ensure_visible(TextRange(place.source, place.start, length))
            self._place_popup()
        if changed:
            self.word_changed.emit(place)

    def _place_popup(self) -> bool:
        place = self.current
        if place is None:
            return False
        rects = self.view.text_rects(TextRange(place.source, place.start, place.end - place.start))
        port = self.view.viewport()
        visible = [r for r in rects if r.bottom() > 0 and r.top() < port.height()]
        if not visible:
            return False
        box = visible[-1].toAlignedRect()
        offset = port.mapTo(self.view, port.rect().topLeft())
        area = QRect(offset, port.size())
        self.popup.place_near(box.translated(offset), area)
        return True

    def _follow(self) -> None:
        """The text moved (scroll, zoom, size): the popup follows its word, or goes."""
        if self.is_open and not self._place_popup():
            self.close()

    def _refresh(self) -> None:
        """The words or the dictionary are loaded now: fill the popup in."""
        place = self.current
        if place is None or not self.is_open:
            return
        self.show_at(place.source, place.start, pinned=self.pinned)

    def close(self) -> None:
        """Hide the popup and the underline."""
        self._hover_timer.stop()
        self._leave_timer.stop()
        self.pinned = False
        self._in_popup = False
        was_open = self.current is not None
        self.current = None
        self.popup.hide()
        self.view.clear_formats(WORD_LAYER)
        if was_open:
            self.word_changed.emit(None)

    # -- stepping -----------------------------------------------------------------------------
    def step(self, forward: bool) -> bool:
        """Look up the next (or previous) Chinese word, from the word shown or the top passage."""
        if not self.data.words_loaded:
            self.data.start()
            return False
        start = self.current
        if start is None:
            source = self._first_source()
            if source is None:
                return False
            text = source_text(self.view.article, source)
            at = _first_word(text) if forward else None
            if at is None:
                return False
            return self.show_at(source, at.start, pinned=True)
        for source, offset in self._walk(start, forward):
            return self.show_at(source, offset, pinned=True)
        return False

    def _walk(self, start: WordPlace, forward: bool) -> list[tuple[Source, int]]:
        from wocdesk.study.segment import next_word, previous_word

        text = source_text(self.view.article, start.source)
        found = next_word(text, start.start) if forward else previous_word(text, start.start)
        if found is not None:
            return [(start.source, found.start)]
        source = self._neighbour(start.source, forward)
        while source is not None:
            text = source_text(self.view.article, source)
            words = _chinese_words(text)
            if words:
                span = words[0] if forward else words[-1]
                return [(source, span.start)]
            source = self._neighbour(source, forward)
        return []

    def _first_source(self) -> Source | None:
        passage_id = self.view.top_paragraph_id()
        source = Source("passage", passage_id, "zh") if passage_id else None
        if source is not None and self.view.document.locate(source) is not None:
            return source
        return self._neighbour(source, True) if source is not None else None

    def _neighbour(self, source: Source, forward: bool) -> Source | None:
        """The next passage's Chinese the view shows (None at either end)."""
        ids = [p.id for p in self.view.article.passages()]
        try:
            at = ids.index(source.ident) if source.kind == "passage" else -1
        except ValueError:
            return None
        step = 1 if forward else -1
        at += step
        while 0 <= at < len(ids):
            candidate = Source("passage", ids[at], "zh")
            if self.view.document.locate(candidate) is not None:
                return candidate
            at += step
        return None


def _chinese_point(hit: TextHit | None) -> tuple[Source, int] | None:
    """The source and offset under the mouse when it is on Chinese text of the article."""
    if hit is None or not hit.on_text or hit.on_mark or hit.source is None:
        return None
    source = hit.source
    if source.lang != "zh" or source.kind not in TEXT_KINDS or hit.char_offset < 0:
        return None
    return source, hit.char_offset


def _chinese_words(text: str) -> tuple[Span, ...]:
    from wocdesk.study.segment import chinese_words

    return chinese_words(text)


def _first_word(text: str) -> Span | None:
    words = _chinese_words(text)
    return words[0] if words else None

"""What the reader points at, as the article's own text: a passage, a language and offsets.

Add to briefing asks a reading view through :class:`ReadingSelection`; ``ViewSelection``
answers for the reading view of ``ui/reading``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple, Protocol

from PySide6.QtCore import QPoint, QRectF
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from wocdesk.briefing.sentences import sentence_spans
from wocdesk.i18n import _
from wocdesk.model.article import Article
from wocdesk.model.script import is_ideograph
from wocdesk.model.text import LANGS, Lang
from wocdesk.ui.reading.formats import TextRange
from wocdesk.ui.reading.rows import Source, source_text
from wocdesk.ui.reading.selection import TextPoint

if TYPE_CHECKING:
    from wocdesk.ui.reading.view import ReadingView


class TextSpan(NamedTuple):
    """A span of a passage's text in one language: offsets into ``passage.text[lang]``."""

    passage_id: str
    lang: Lang
    start: int
    end: int


class ReadingSelection(Protocol):
    """What a reading view tells Add to briefing."""

    def widget(self) -> QWidget:
        """The view (its context menu gets the action)."""
        ...

    def selected_span(self) -> TextSpan | None:
        """The selected text, within one passage and language (cut at the passage's end)."""
        ...

    def span_at(self, pos: QPoint) -> TextSpan | None:
        """The sentence under viewport point ``pos``."""
        ...

    def caret_span(self) -> TextSpan | None:
        """The sentence where the reader last clicked, when it is still on screen."""
        ...

    def current_passage_id(self) -> str:
        """The passage being read."""
        ...

    def standard_menu(self) -> QMenu:
        """The view's own context menu (Add to briefing is added to it)."""
        ...


def sentence_around(text: str, offset: int) -> tuple[int, int]:
    """The sentence of ``text`` holding ``offset`` (the whole text when it has none)."""
    for start, end in sentence_spans(text):
        if start <= offset < end or offset == end:
            return start, end
    spans = sentence_spans(text)
    if spans and offset >= spans[-1][1]:
        return spans[-1]
    return 0, len(text)


def whole_passage(article: Article, passage_id: str, lang: Lang) -> TextSpan | None:
    """All of a passage's text in ``lang`` (in the other language when it has none there)."""
    text = article.passage(passage_id).text
    for choice in (lang, *(x for x in LANGS if x != lang)):
        value = text.get(choice)
        if value and value.strip():
            start = len(value) - len(value.lstrip())
            return TextSpan(passage_id, choice, start, len(value.rstrip()))
    return None


class ViewSelection:
    """:class:`ReadingSelection` for the reading view (``ui/reading``).

    Its selection, its hit-testing and the point last clicked, as offsets into the article's
    own text.
    """

    def __init__(self, view: ReadingView) -> None:
        self.view = view

    @property
    def article(self) -> Article:
        """The article shown."""
        return self.view.article

    def widget(self) -> QWidget:
        """The view."""
        return self.view

    def current_passage_id(self) -> str:
        """The passage being read (at the top of the view)."""
        return self.view.current_passage_id()

    def standard_menu(self) -> QMenu:
        """The view's own context menu: Copy and Select All."""
        menu = QMenu(self.view)
        copy = menu.addAction(_("&Copy"), self.view.copy)
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.setEnabled(not self.view.selection.is_empty)
        select_all = menu.addAction(_("Select &All"), self.view.select_all)
        select_all.setShortcut(QKeySequence.StandardKey.SelectAll)
        return menu

    def place(self, point: TextPoint) -> tuple[Source, int] | None:
        """The passage text (source) and offset into it of a point of the view, if any."""
        blocks = [block for cell in self.view.document.cells(point.row) for block in cell]
        if not 0 <= point.block < len(blocks):
            return None
        block = blocks[point.block]
        source = block.source
        if source is None or source.kind != "passage":
            return None
        text = source_text(self.article, source)
        return source, min(max(point.offset - block.source_start, 0), len(text))

    def selected_span(self) -> TextSpan | None:
        """The selection, cut to the passage and language it starts in."""
        bounds = self.view.selection.bounds()
        if bounds is None:
            return None
        first, last = (self.place(point) for point in bounds)
        if first is None:  # started on a heading or a note: from the start of where it ends
            if last is None:
                return None
            source, end = last
            return _trimmed(self.article, TextSpan(source.ident, source.lang, 0, end))
        source, start = first
        text = source_text(self.article, source)
        end = last[1] if last is not None and last[0] == source else len(text)
        return _trimmed(self.article, TextSpan(source.ident, source.lang, start, end))

    def span_at(self, pos: QPoint) -> TextSpan | None:
        """The sentence under viewport point ``pos``."""
        hit = self.view.hit_test(pos)
        if hit is None or hit.source is None or not hit.passage_id or hit.source_offset < 0:
            return None
        return self._sentence(hit.source, hit.source_offset)

    def caret_span(self) -> TextSpan | None:
        """The sentence where the reader last clicked (no selection), when it is on screen."""
        selection = self.view.selection
        if selection.anchor is None or not selection.is_empty:
            return None
        found = self.place(selection.anchor)
        if found is None:
            return None
        source, offset = found
        last = max(len(source_text(self.article, source)) - 1, 0)
        rects = self.view.text_rects(TextRange(source, min(offset, last), 1))
        screen = QRectF(self.view.viewport().rect())
        if not any(rect.intersects(screen) for rect in rects):
            return None
        return self._sentence(source, offset)

    def _sentence(self, source: Source, offset: int) -> TextSpan | None:
        text = source_text(self.article, source)
        start, end = sentence_around(text, offset)
        return _trimmed(self.article, TextSpan(source.ident, source.lang, start, end))


def _trimmed(article: Article, span: TextSpan) -> TextSpan | None:
    """``span`` with the words it cuts made whole, without spaces at its ends; ``None`` if empty.

    A selection dragged a little short (``in a cent``) or long keeps whole words (Latin letters
    and digits; Chinese has no spaces to snap to and is taken as selected).
    """
    text = article.passage(span.passage_id).text.get(span.lang) or ""
    start, end = max(0, span.start), min(len(text), span.end)
    while 0 < start < end and _in_word(text, start - 1) and _in_word(text, start):
        start -= 1
    while start < end < len(text) and _in_word(text, end - 1) and _in_word(text, end):
        end += 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return span._replace(start=start, end=end) if end > start else None


def _in_word(text: str, index: int) -> bool:
    """True for a Latin letter, digit or apostrophe inside a word (not a Chinese character)."""
    char = text[index]
    if char in "'’":
        return 0 < index < len(text) - 1 and text[index - 1].isalnum() and text[index + 1].isalnum()
    return char.isalnum() and not is_ideograph(char)

"""What the reader points at, as the article's own text: a passage, a language and offsets.

Add to briefing asks a reading view through :class:`ReadingSelection`; ``BrowserSelection``
answers for the rich-text reading view (a ``QTextBrowser`` whose passages carry ``p-`` anchors).
"""

from __future__ import annotations

from typing import NamedTuple, Protocol

from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextBlock
from PySide6.QtWidgets import QTextBrowser, QWidget

from wocdesk.briefing.sentences import sentence_spans
from wocdesk.model.article import Article
from wocdesk.model.script import is_ideograph
from wocdesk.model.text import LANGS, Lang

PASSAGE_ANCHOR = "p-"  # the reading view's anchor before each passage's text


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


class BrowserSelection:
    """:class:`ReadingSelection` for the rich-text reading view."""

    def __init__(self, view: QTextBrowser, article: object) -> None:
        self.view = view
        self._article = article  # a callable giving the article being read

    @property
    def article(self) -> Article:
        """The article being read."""
        found: Article = self._article()  # type: ignore[operator]
        return found

    def widget(self) -> QWidget:
        """The view."""
        return self.view

    def current_passage_id(self) -> str:
        """The passage the reader clicked last, if in view, else the one at the top."""
        found: str = self.view.current_passage_id()  # type: ignore[attr-defined]
        return found

    def locate(self, position: int) -> tuple[str, Lang, int, int] | None:
        """(passage, language, offset into its text, the text's length) of a document position."""
        document = self.view.document()
        block = document.findBlock(position)
        passage_id = _passage_of(block)
        if not passage_id:
            return None
        try:
            text = self.article.passage(passage_id).text
        except KeyError:
            return None
        shown = block.text()
        at = position - block.position()
        for lang in LANGS:
            value = text.get(lang)
            if not value:
                continue
            start = _find(shown, value)
            if start >= 0 and start <= at <= start + len(value):
                return passage_id, lang, at - start, len(value)
        return None

    def selected_span(self) -> TextSpan | None:
        """The selection, cut to the passage and language it starts in."""
        cursor = self.view.textCursor()
        if not cursor.hasSelection():
            return None
        first = self.locate(cursor.selectionStart())
        if first is None:  # started on a heading or a note: take where it ends
            last = self.locate(cursor.selectionEnd())
            if last is None:
                return None
            passage_id, lang, end, _length = last
            return _trimmed(self.article, TextSpan(passage_id, lang, 0, end))
        passage_id, lang, start, length = first
        last = self.locate(cursor.selectionEnd())
        end = last[2] if last is not None and last[:2] == (passage_id, lang) else length
        return _trimmed(self.article, TextSpan(passage_id, lang, start, end))

    def span_at(self, pos: QPoint) -> TextSpan | None:
        """The sentence under viewport point ``pos``."""
        return self._sentence(self.view.cursorForPosition(pos).position())

    def caret_span(self) -> TextSpan | None:
        """The sentence at the text cursor (placed by the last click), when on screen."""
        cursor = self.view.textCursor()
        if not self.view.cursorRect(cursor).intersects(self.view.viewport().rect()):
            return None
        return self._sentence(cursor.position())

    def _sentence(self, position: int) -> TextSpan | None:
        found = self.locate(position)
        if found is None:
            return None
        passage_id, lang, offset, _length = found
        text = self.article.passage(passage_id).text.get(lang) or ""
        start, end = sentence_around(text, offset)
        return _trimmed(self.article, TextSpan(passage_id, lang, start, end))


def _passage_of(block: QTextBlock) -> str:
    """The passage a block belongs to: the ``p-`` anchor in it or in the blocks just before."""
    for _step in range(4):  # the anchor is in the passage's first block (left cell in a table)
        if not block.isValid():
            return ""
        it = block.begin()
        while not it.atEnd():
            for name in it.fragment().charFormat().anchorNames():
                if name.startswith(PASSAGE_ANCHOR):
                    return name[len(PASSAGE_ANCHOR) :]
                if name.startswith("s-"):
                    return ""
            it += 1
        block = block.previous()
    return ""


def _find(shown: str, text: str) -> int:
    """Where ``text`` starts in a block's text (line breaks are spaces there)."""
    found = shown.find(text)
    if found < 0:
        found = shown.find(text.replace("\n", " ").replace("\u2029", " "))
    return found


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

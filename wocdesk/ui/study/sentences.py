"""Aligned sentences in the view: the sentence pointed at and its counterpart, softly lit.

Wherever both languages of a passage are shown (both-languages mode, or a paragraph whose
other language is revealed), pointing at a sentence (the mouse resting on it, or the word
looked up, clicked or stepped to) lights it and the sentence(s) that translate it, from the
passage's alignment. Alignments are computed off the main thread a section at a time; a
sentence pointed at before its alignment is known lights up as soon as it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QTextCharFormat

from wocdesk.model.text import Lang, other_lang
from wocdesk.ui.reading.rows import Source

if TYPE_CHECKING:
    from wocdesk.study.aligning.alignment import PassageAlignment
    from wocdesk.ui.reading.selection import TextHit
    from wocdesk.ui.reading.view import ReadingView
    from wocdesk.ui.study.data import StudyData

SENTENCE_LAYER = "study-sentence"
SOFT_ALPHA = 56  # of the palette's highlight colour


class SentencePoint(NamedTuple):
    """A place in a passage's text in one language."""

    passage_id: str
    lang: Lang
    offset: int


def point_of(hit: TextHit | None) -> SentencePoint | None:
    """The passage text under the mouse, if it is on the text of a passage."""
    if hit is None or not hit.on_text or hit.on_mark or hit.source is None:
        return None
    if hit.source.kind != "passage" or hit.char_offset < 0:
        return None
    return SentencePoint(hit.source.ident, hit.source.lang, hit.char_offset)


class SentenceLinks(QObject):
    """Lights the sentence pointed at and its counterpart where both languages are shown."""

    def __init__(self, view: ReadingView, data: StudyData) -> None:
        super().__init__(view)
        self.view = view
        self.data = data
        self._hover: SentencePoint | None = None
        self._focus: SentencePoint | None = None
        self.shown: tuple[str, Lang, int] | None = None  # passage, language, sentence index
        self._format = QTextCharFormat()
        view.hovered.connect(self.on_hovered)
        view.content_changed.connect(self.refresh)
        view.reveal_changed.connect(lambda _id: self.refresh())
        view.layout_changed.connect(self._recolour)
        data.aligned.connect(self._on_aligned)
        self._recolour()

    def on_hovered(self, hit: TextHit | None) -> None:
        """The mouse moved: light the sentence under it (or the focused one off the text)."""
        point = point_of(hit)
        if point == self._hover:
            return
        self._hover = point
        self._apply()

    def focus(self, point: SentencePoint | None) -> None:
        """The sentence the keyboard (or a click) is on; lit while the mouse is off the text."""
        self._focus = point
        self._apply()

    @property
    def pointed(self) -> SentencePoint | None:
        """The place whose sentence is meant: under the mouse, else the focused one."""
        return self._hover or self._focus

    def refresh(self) -> None:
        """Light again from scratch (another mode, a paragraph revealed)."""
        self.shown = None
        self.view.clear_formats(SENTENCE_LAYER)
        self._apply()

    def clear(self) -> None:
        """Forget every place (another article)."""
        self._hover = self._focus = None
        self.refresh()

    def _on_aligned(self, passage_id: str) -> None:
        point = self.pointed
        if point is not None and point.passage_id == passage_id:
            self._apply()

    def _apply(self) -> None:
        point = self.pointed
        if point is None or not self._both_shown(point.passage_id):
            self._light(None)
            return
        alignment = self.data.alignment_if_known(point.passage_id)
        if alignment is None:
            return  # lit once it is known
        index = alignment.sentence_at(point.lang, point.offset)
        if index is None:
            return  # between two sentences: the one lit stays
        self._light((point, index, alignment))

    def _light(self, what: tuple[SentencePoint, int, PassageAlignment] | None) -> None:
        if what is None:
            if self.shown is not None:
                self.shown = None
                self.view.clear_formats(SENTENCE_LAYER)
            return
        point, index, alignment = what
        key = (point.passage_id, point.lang, index)
        if key == self.shown:
            return
        self.shown = key
        own = alignment.sentences(point.lang)[index]
        other = alignment.counterpart(point.lang, point.offset)
        ranges = {
            Source("passage", point.passage_id, point.lang): [(own.start, own.end - own.start)],
            Source("passage", point.passage_id, other_lang(point.lang)): [
                (span.start, span.end - span.start) for span in other
            ],
        }
        self.view.set_range_formats(SENTENCE_LAYER, ranges, self._format)

    def lit_texts(self) -> dict[Lang, str]:
        """The text lit in each language (for tests and assistive tools)."""
        if self.shown is None:
            return {}
        passage_id, lang, index = self.shown
        alignment = self.data.alignment_if_known(passage_id)
        passage = self.view.article.passage(passage_id)
        if alignment is None:
            return {}
        own = alignment.sentences(lang)[index]
        texts = {lang: own.of(passage.text.get(lang) or "")}
        spans = alignment.counterpart(lang, own.start)
        other = other_lang(lang)
        other_text = passage.text.get(other) or ""
        texts[other] = other_text[spans[0].start : spans[-1].end] if spans else ""
        return texts

    def _both_shown(self, passage_id: str) -> bool:
        locate = self.view.document.locate
        return all(locate(Source("passage", passage_id, lang)) is not None for lang in ("zh", "en"))

    def _recolour(self) -> None:
        colour = QColor(self.view.reading_style.highlight)
        colour.setAlpha(SOFT_ALPHA)
        if self._format.background().color() != colour:
            self._format = QTextCharFormat()
            self._format.setBackground(colour)
            if self.shown is not None:
                self.refresh()

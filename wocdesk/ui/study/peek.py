"""The other language of one sentence, shown under it on demand (Shift+T, or click and hold).

⇄ and T reveal a whole paragraph's other language and lay it into the text for good. For a
single sentence the counterpart is shown for a moment instead: a note under the sentence's
last line, indented and in the other language's face as a revealed paragraph is, over the
text rather than in it, so nothing moves. It goes with Esc, Shift+T again, a click, or when
the mouse button held on the sentence is released.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QColor, QPalette, QTextCharFormat
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from wocdesk.i18n import _, language_name
from wocdesk.model.text import other_lang
from wocdesk.ui.reading.formats import FormatSpan, TextRange
from wocdesk.ui.reading.rows import Role, Source
from wocdesk.ui.study.sentences import SOFT_ALPHA, SentencePoint

if TYPE_CHECKING:
    from wocdesk.ui.reading.view import ReadingView
    from wocdesk.ui.study.data import StudyData

PEEK_LAYER = "study-peek"


class PeekBubble(QFrame):
    """The counterpart's text in a framed note laid over the reading view."""

    def __init__(self, view: ReadingView) -> None:
        super().__init__(view)
        self.setObjectName("sentence-peek")
        self.setFrameShape(QFrame.Shape.Box)
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.label = QLabel(self)
        self.label.setObjectName("sentence-peek-text")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        box = QVBoxLayout(self)
        box.setContentsMargins(8, 4, 8, 6)
        box.addWidget(self.label)
        self.hide()


class SentencePeek(QObject):
    """Shows and hides the counterpart of one sentence under it."""

    def __init__(self, view: ReadingView, data: StudyData) -> None:
        super().__init__(view)
        self.view = view
        self.data = data
        self.bubble = PeekBubble(view)
        self.point: SentencePoint | None = None
        self._waiting: SentencePoint | None = None
        self._sentence: tuple[Source, int, int] | None = None
        view.position_changed.connect(self._follow)
        view.layout_changed.connect(self._follow)
        view.content_changed.connect(self.hide)
        data.aligned.connect(self._on_aligned)

    @property
    def is_open(self) -> bool:
        """True while a counterpart shows."""
        return self.bubble.isVisible()

    @property
    def text(self) -> str:
        """The counterpart shown."""
        return self.bubble.label.text() if self.is_open else ""

    def toggle(self, point: SentencePoint | None) -> None:
        """Show the counterpart of the sentence at ``point``, or hide the one shown."""
        if self.is_open or self._waiting is not None:
            self.hide()
            return
        if point is not None:
            self.show_for(point)

    def show_for(self, point: SentencePoint) -> bool:
        """Show the counterpart of the sentence at ``point`` (when its alignment is known)."""
        alignment = self.data.alignment_if_known(point.passage_id)
        if alignment is None:
            self._waiting = point
            return False
        self._waiting = None
        index = alignment.sentence_at(point.lang, point.offset)
        if index is None:
            return False
        passage = self.view.article.passage(point.passage_id)
        other = other_lang(point.lang)
        spans = alignment.counterpart(point.lang, point.offset)
        other_text = passage.text.get(other) or ""
        text = other_text[spans[0].start : spans[-1].end] if spans else ""
        own = alignment.sentences(point.lang)[index]
        source = Source("passage", point.passage_id, point.lang)
        self.point = point
        self._sentence = (source, own.start, own.end - own.start)
        label = self.bubble.label
        style = self.view.reading_style
        label.setFont(style.face(other, Role.REVEAL).font)
        if text:
            label.setText(text)
        else:
            label.setText(
                _("This sentence has no counterpart in {language}.").format(
                    language=language_name(other)
                )
            )
        self._colour()
        lit = QTextCharFormat()
        soft = QColor(style.highlight)
        soft.setAlpha(SOFT_ALPHA)
        lit.setBackground(soft)
        self.view.set_formats(PEEK_LAYER, [FormatSpan(TextRange(*self._sentence), lit)])
        placed = self._place()
        if not placed:
            self.hide()
        return placed

    def hide(self) -> None:
        """Hide the counterpart."""
        self._waiting = None
        self.point = None
        if self._sentence is not None:
            self.view.clear_formats(PEEK_LAYER)
        self._sentence = None
        self.bubble.hide()

    def _on_aligned(self, passage_id: str) -> None:
        waiting = self._waiting
        if waiting is not None and waiting.passage_id == passage_id:
            self.show_for(waiting)

    def _place(self) -> bool:
        if self._sentence is None:
            return False
        source, start, length = self._sentence
        rects = self.view.text_rects(TextRange(source, start, length))
        port = self.view.viewport()
        if not rects or rects[-1].bottom() < 0 or rects[-1].top() > port.height():
            return False
        columns = self.view.document.columns
        style = self.view.reading_style
        left = min(r.left() for r in rects)
        column = max((x for x in columns.xs if x <= left + 1), default=columns.xs[0])
        indent = style.reveal_indent
        width = int(columns.width - indent)
        offset = port.mapTo(self.view, QPoint(0, 0))
        self.bubble.setFixedWidth(width)
        self.bubble.adjustSize()
        top = int(rects[-1].bottom()) + 2
        if top + self.bubble.height() > port.height() and rects[0].top() > self.bubble.height():
            top = int(rects[0].top()) - self.bubble.height() - 2
        self.bubble.move(offset + QPoint(int(column + indent), top))
        self.bubble.raise_()
        self.bubble.show()
        return True

    def _follow(self) -> None:
        if self.is_open and not self._place():
            self.hide()

    def _colour(self) -> None:
        style = self.view.reading_style
        palette = QPalette(self.bubble.palette())
        palette.setColor(QPalette.ColorRole.Window, style.base)
        palette.setColor(QPalette.ColorRole.WindowText, style.text)
        border = QColor(style.highlight)
        palette.setColor(QPalette.ColorRole.Light, border)
        palette.setColor(QPalette.ColorRole.Dark, border)
        self.bubble.setPalette(palette)

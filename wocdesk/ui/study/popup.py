"""The lookup popup: a word, its pinyin and senses, "More", "Save word"; it never takes focus.

It is a frame laid over the reading view (a child of the view, above its viewport), so it
shows at once, moves with the word and leaves the keyboard with the text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wocdesk.i18n import _
from wocdesk.ui.app.language import translate_ui
from wocdesk.ui.study.popup_text import (
    FIRST_SENSES,
    Sense,
    by_parts_note,
    senses_in_context,
    senses_markup,
    traditional_of,
)

if TYPE_CHECKING:
    from wocdesk.study.word_lookup import LookupResult

WIDTH_EM = 22  # the popup's width in the Chinese face's characters (at most)
MARGIN = 6  # from the word, and from the view's edges


class LookupPopup(QFrame):
    """What the dictionary says about one word; ``save_requested`` when "Save word" is clicked."""

    save_requested = Signal()
    grown = Signal()  # it holds more (a line under the buttons, every sense): place it again
    pointer_inside = Signal(bool)  # the mouse came in (True) or left (False)

    def __init__(self, parent: QWidget, zh_family: str) -> None:
        super().__init__(parent)
        self.setObjectName("lookup-popup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Window)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._zh_family = zh_family
        self.word = ""
        self.reading = ""
        self._result: LookupResult | None = None
        self._senses: list[Sense] = []
        self.expanded = False
        self._loading = False
        self.head = QLabel(self)
        self.head.setObjectName("lookup-word")
        self.head.setTextFormat(Qt.TextFormat.PlainText)
        big = QFont(zh_family)
        big.setPointSizeF(self.font().pointSizeF() * 2.0)
        self.head.setFont(big)
        self.traditional = QLabel(self)
        self.traditional.setObjectName("lookup-traditional")
        self.traditional.setTextFormat(Qt.TextFormat.PlainText)
        plain = QFont(zh_family)
        plain.setPointSizeF(self.font().pointSizeF() * 1.15)
        self.traditional.setFont(plain)
        self.pinyin = QLabel(self)
        self.pinyin.setObjectName("lookup-pinyin")
        self.pinyin.setTextFormat(Qt.TextFormat.PlainText)
        larger = QFont(self.font())
        larger.setPointSizeF(self.font().pointSizeF() * 1.3)
        self.pinyin.setFont(larger)
        self.note = QLabel(self)
        self.note.setObjectName("lookup-note")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.body = QLabel(self)
        self.body.setObjectName("lookup-senses")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.more = QToolButton(self)
        self.more.setObjectName("lookup-more")
        self.more.setAutoRaise(True)
        self.more.clicked.connect(self.toggle_more)
        self.save = QPushButton(self)
        self.save.setObjectName("lookup-save")
        self.save.clicked.connect(self.save_requested)
        self.status = QLabel(self)
        self.status.setObjectName("lookup-status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        for widget in (self.head, self.note, self.body, self.more, self.save, self.status):
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.head, 0, Qt.AlignmentFlag.AlignBaseline)
        top.addWidget(self.traditional, 0, Qt.AlignmentFlag.AlignBaseline)
        top.addWidget(self.pinyin, 1, Qt.AlignmentFlag.AlignBaseline)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.more)
        buttons.addStretch(1)
        buttons.addWidget(self.save)
        box = QVBoxLayout(self)
        box.setContentsMargins(10, 8, 10, 8)
        box.setSpacing(4)
        box.addLayout(top)
        for widget in (self.note, self.body):
            box.addWidget(widget)
        box.addLayout(buttons)
        box.addWidget(self.status)
        self.hide()
        translate_ui(self)

    # -- content ------------------------------------------------------------------------------
    def show_word(self, word: str, reading: str, result: LookupResult | None) -> None:
        """Say what the dictionary says about ``word`` (``result`` None: still loading)."""
        self.word, self.reading, self._result = word, reading, result
        self._loading = result is None
        self._senses = senses_in_context(result, reading) if result is not None else []
        self.expanded = False
        self.status.clear()
        self.status.hide()
        self._fill()

    def say(self, message: str) -> None:
        """A line under the buttons (saved, or why not)."""
        self.status.setText(message)
        self.status.setVisible(bool(message))
        self._fit()
        self.grown.emit()

    def toggle_more(self) -> None:
        """Show every sense, or the first few again."""
        self.expanded = not self.expanded
        self._fill()
        self.grown.emit()

    @property
    def senses(self) -> list[str]:
        """The senses shown now, as plain text (for tests and assistive tools)."""
        shown = self._senses if self.expanded else self._senses[:FIRST_SENSES]
        return [s.text for s in shown]

    @property
    def sense_count(self) -> int:
        """How many senses the word has in all."""
        return len(self._senses)

    def _fill(self) -> None:
        result = self._result
        self.head.setText(self.word)
        traditional = traditional_of(result) if result is not None else ""
        shown = traditional and self._can_draw(traditional)
        self.traditional.setText(f"[{traditional}]" if shown else "")
        self.traditional.setVisible(bool(shown))
        self.pinyin.setText(self.reading)
        if self._loading:
            self.note.setText(_("Loading the dictionary…"))
        elif result is None or not result.found:
            self.note.setText(_("Not in the dictionary."))
        elif result.by_parts:
            self.note.setText(by_parts_note(result))
        else:
            self.note.setText("")
        self.note.setVisible(bool(self.note.text()))
        self.body.setText(senses_markup(self._senses, self.expanded) if self._senses else "")
        self.body.setVisible(bool(self._senses))
        extra = len(self._senses) - FIRST_SENSES
        self.more.setVisible(extra > 0)
        self._label_more()
        self.save.setEnabled(not self._loading)
        self._fit()

    def _label_more(self) -> None:
        extra = len(self._senses) - FIRST_SENSES
        if self.expanded:
            self.more.setText(_("Fewer"))
        else:
            self.more.setText(_("More ({count})").format(count=max(extra, 0)))

    def _can_draw(self, text: str) -> bool:
        metrics = QFontMetrics(QFont(self._zh_family))
        return all(metrics.inFontUcs4(ord(char)) for char in text)

    def _fit(self) -> None:
        """As wide as about ``WIDTH_EM`` Chinese characters, as tall as the text needs."""
        em = QFontMetrics(QFont(self._zh_family)).horizontalAdvance("中")
        parent = self.parentWidget()
        room = parent.width() - 4 * MARGIN if parent is not None else WIDTH_EM * em
        width = max(12 * em, min(WIDTH_EM * em, room))
        self.setFixedWidth(width)
        layout = self.layout()
        if layout is not None:
            layout.activate()
            self.setFixedHeight(layout.totalHeightForWidth(width))

    def retranslate_ui(self) -> None:
        """Buttons, tooltips and notes in the interface language."""
        self.save.setText(_("Save word"))
        self.save.setToolTip(_("Keep this word and its sentence in the vocabulary (S)"))
        self.more.setToolTip(_("Show every sense of the word"))
        self.setAccessibleName(_("Dictionary"))
        self._label_more()
        if self.word:
            self._fill()

    # -- placing ------------------------------------------------------------------------------
    def place_near(self, word: QRect, area: QRect) -> None:
        """Put the popup under the ``word``'s box (above it when there is no room), in ``area``."""
        self._fit()
        size = self.size()
        x = min(max(area.left() + MARGIN, word.left()), area.right() - size.width() - MARGIN)
        y = word.bottom() + MARGIN
        if y + size.height() > area.bottom() - MARGIN and word.top() - size.height() > area.top():
            y = word.top() - MARGIN - size.height()
        self.move(QPoint(max(area.left(), x), max(area.top(), y)))
        self.raise_()
        self.show()

    def event(self, event: QEvent) -> bool:
        """Say when the mouse comes in and leaves (a popup shown by hovering stays meanwhile)."""
        if event.type() == QEvent.Type.Enter:
            self.pointer_inside.emit(True)
        elif event.type() == QEvent.Type.Leave:
            self.pointer_inside.emit(False)
        return super().event(event)

"""The reading view's accessible interface: a read-only document, its whole text and a caret.

The view paints its text itself, so Qt's tree would know nothing of it. This interface gives
assistive technologies (AT-SPI on Linux, UI Automation, NSAccessibility) the text as the view
shows it in its mode, a line per paragraph, in reading order, through Qt's text interface;
the caret is at the start of the row at the top of the view and moves (with an event) as the
reader scrolls or jumps, so a screen reader says the paragraph that comes to the top.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QAccessibleTextCursorEvent,
    QAccessibleTextInterface,
)
from PySide6.QtWidgets import QAccessibleWidget

from wocdesk.i18n import N_, _, interface_language
from wocdesk.ui.reading.accessible.shown_text import ShownText
from wocdesk.ui.reading.formats import TextRange

if TYPE_CHECKING:
    from wocdesk.ui.reading.view import ReadingView

_ROLE = QAccessible.Role.Document
_MODE_DESCRIPTIONS = {
    "zh": N_("The article in Chinese"),
    "en": N_("The article in English"),
    "zh-en": N_("The article in Chinese and English, paragraph by paragraph, Chinese first"),
    "en-zh": N_("The article in English and Chinese, paragraph by paragraph, English first"),
}


def post(event: QAccessibleEvent) -> None:
    """Hand ``event`` to the assistive technology listening (Qt drops it when none is)."""
    QAccessible.updateAccessibility(event)


class ReadingAccessible(QAccessibleWidget, QAccessibleTextInterface):
    """What assistive technologies see of a ReadingView: a document with a text interface."""

    def __init__(self, view: ReadingView) -> None:
        QAccessibleWidget.__init__(self, view, _ROLE)
        QAccessibleTextInterface.__init__(self)
        self._view = view
        self._shown: ShownText | None = None
        self._shown_key: tuple[object, ...] = ()
        self._placed: tuple[int, float] | None = None  # a caret put by the AT; the view's y
        self._announced_row = -1
        self._moving = False
        self.following = True  # announcing the view's moves and changes
        view.position_changed.connect(self._on_moved)
        view.content_changed.connect(self._on_content_changed)
        view.reveal_changed.connect(self._on_content_changed)

    def stop_following(self) -> None:
        """Announce nothing more (another interface now speaks for the view)."""
        self.following = False
        view = self._view
        view.position_changed.disconnect(self._on_moved)
        view.content_changed.disconnect(self._on_content_changed)
        view.reveal_changed.disconnect(self._on_content_changed)

    # -- QAccessibleInterface ---------------------------------------------------------------
    def interface_cast(self, kind: QAccessible.InterfaceType) -> int:
        """Itself for the text interface; what Qt's widget interface gives for the others."""
        if kind == QAccessible.InterfaceType.TextInterface:
            # The C++ address of this object's QAccessibleTextInterface part (the second base);
            # PySide passes a VoidPtr, not an int, back to Qt as a pointer.
            address = shiboken6.getCppPointer(self)[1]
        else:
            address = QAccessibleWidget.interface_cast(self, kind)
        return shiboken6.VoidPtr(address)  # type: ignore[return-value]

    def role(self) -> QAccessible.Role:
        """A document."""
        return _ROLE

    def state(self) -> QAccessible.State:
        """The widget's state (focusable, focused…), read-only, multi-line, text selectable."""
        state = QAccessibleWidget.state(self)
        state.readOnly = True
        state.multiLine = True
        state.selectableText = True
        state.focusable = True
        return state

    def text(self, *args: object) -> str:  # type: ignore[override]
        """``text(kind)``: the name or description; ``text(start, end)``: the shown text."""
        if len(args) == 2:
            start, end = args
            assert isinstance(start, int) and isinstance(end, int)
            return self._text_range(start, end)
        (kind,) = args
        if kind == QAccessible.Text.Name:
            return self._name()
        if kind == QAccessible.Text.Description:
            return _(_MODE_DESCRIPTIONS[self._view.mode.value])
        return str(QAccessibleWidget.text(self, kind))  # type: ignore[arg-type]

    def _name(self) -> str:
        view = self._view
        title = view.article.title.best(view.mode.leading)
        name = view.accessibleName()
        if not name:
            return title
        return _("{name}: {title}").format(name=name, title=title) if title else name

    # -- QAccessibleTextInterface -----------------------------------------------------------
    def shown(self) -> ShownText:
        """The text shown (made again for another article, mode, revealed passage or language)."""
        view = self._view
        key = (view.article, view.mode, view.revealed, interface_language())
        if self._shown is None or not _same(key, self._shown_key):
            self._shown = ShownText(view.document)
            self._shown_key = key
        return self._shown

    def characterCount(self) -> int:
        """The length of the whole text (UTF-16 units, as Qt counts)."""
        shown = self.shown()
        return shown.qt.to_qt(len(shown))

    def _text_range(self, start: int, end: int) -> str:
        shown = self.shown()
        length = len(shown)
        first = min(max(shown.qt.from_qt(start), 0), length)
        last = length if end < 0 else min(max(shown.qt.from_qt(end), first), length)
        return shown.text[first:last]

    def cursorPosition(self) -> int:
        """The caret: where the AT put it while the view has not moved, else at the top row."""
        shown = self.shown()
        return shown.qt.to_qt(self._caret(shown))

    def _caret(self, shown: ShownText) -> int:
        if self._placed is not None and self._placed[1] == self._view.scroll_y():
            return min(self._placed[0], len(shown))
        self._placed = None
        return shown.row_start(self._top_row())

    def setCursorPosition(self, position: int) -> None:
        """Put the caret at ``position``, scrolling its row to the top when it is not on screen."""
        shown = self.shown()
        offset = min(max(shown.qt.from_qt(position), 0), len(shown))
        place = shown.place(offset)
        if place is not None:
            self._show_row(place.row)
        self._placed = (offset, self._view.scroll_y())
        self._announced_row = self._top_row()
        self._post_caret()

    def selectionCount(self) -> int:
        """None reported: PySide6 does not bind ``selection()``, so ranges could not be given."""
        return 0

    def addSelection(self, startOffset: int, endOffset: int) -> None:
        """Select a range within one paragraph of the article (the view's own selection)."""
        self.setSelection(0, startOffset, endOffset)

    def setSelection(self, selectionIndex: int, startOffset: int, endOffset: int) -> None:
        """Select a range within one paragraph of the article (the view's own selection)."""
        shown = self.shown()
        start, end = sorted((shown.qt.from_qt(startOffset), shown.qt.from_qt(endOffset)))
        first, last = shown.place(start), shown.place(end)
        if first is None or last is None or first[:2] != last[:2]:
            return
        block = [b for cell in self._view.document.cells(first.row) for b in cell][first.block]
        if block.source is not None and first.offset >= block.source_start:
            text = TextRange(block.source, first.offset - block.source_start, end - start)
            self._view.select_range(text)

    def removeSelection(self, selectionIndex: int) -> None:
        """Select nothing."""
        self._view.clear_selection()

    def characterRect(self, offset: int) -> QRect:
        """The box of the character at ``offset`` on the screen (empty when it is not laid out)."""
        shown = self.shown()
        place = shown.place(shown.qt.from_qt(offset))
        view = self._view
        laid = view.document.kept_layout(place.row) if place is not None else None
        if place is None or laid is None or place.block >= len(laid.blocks):
            return QRect()
        rects = laid.blocks[place.block].char_rects(place.offset, 1)
        if not rects:
            return QRect()
        box = rects[0].translated(0.0, view.row_top_in_view(place.row)).toAlignedRect()
        return QRect(view.viewport().mapToGlobal(box.topLeft()), box.size())

    def offsetAtPoint(self, point: QPoint) -> int:
        """The offset of the character at screen point ``point`` (-1 off the text)."""
        view = self._view
        hit = view.hit_test(view.viewport().mapFromGlobal(point))
        if hit is None or not hit.on_text:
            return -1
        shown = self.shown()
        return shown.qt.to_qt(shown.offset_of(*hit.point))

    def scrollToSubstring(self, startIndex: int, endIndex: int) -> None:
        """Bring the row of ``startIndex`` to the top when it is not on screen."""
        shown = self.shown()
        place = shown.place(shown.qt.from_qt(startIndex))
        if place is not None:
            self._show_row(place.row)

    # -- following the view -----------------------------------------------------------------
    def _top_row(self) -> int:
        view = self._view
        return view.top_row[0] if view.is_laid_out else 0

    def _show_row(self, row: int) -> None:
        """Bring ``row`` on screen when it is not (its passage's span at the top)."""
        view, document = self._view, self._view.document
        top, height = document.top(row), float(view.viewport().height())
        if view.scroll_y() <= top < view.scroll_y() + height:
            return
        passage_id = document.index.passage_ids[row] if row else ""
        self._moving = True
        try:
            if passage_id:
                view.restore_position(passage_id, 0.0)
            else:
                view.scroll_by(-view.scroll_y())
        finally:
            self._moving = False

    def _on_moved(self, _passage_id: str, _fraction: float) -> None:
        if self._moving or not QAccessible.isActive():
            return
        row = self._top_row()
        if row != self._announced_row:
            self._announced_row = row
            self._placed = None
            self._post_caret()

    def _on_content_changed(self, *_args: object) -> None:
        if not QAccessible.isActive():
            return
        self._placed = None
        self._announced_row = self._top_row()
        post(QAccessibleEvent(self._view, QAccessible.Event.NameChanged))
        post(QAccessibleEvent(self._view, QAccessible.Event.DescriptionChanged))
        post(QAccessibleEvent(self._view, QAccessible.Event.VisibleDataChanged))
        self._post_caret()

    def _post_caret(self) -> None:
        post(QAccessibleTextCursorEvent(self._view, self.cursorPosition()))


def _same(key: tuple[object, ...], other: tuple[object, ...]) -> bool:
    """Keys equal, the article by identity (another article object is another text)."""
    return bool(other) and key[0] is other[0] and key[1:] == other[1:]

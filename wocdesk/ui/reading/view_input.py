"""Mouse and keyboard of the reading view: selection, ⇄, hover, tooltips, scrolling keys, copy."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, Qt, QTextBoundaryFinder, QTimer
from PySide6.QtGui import (
    QClipboard,
    QContextMenuEvent,
    QGuiApplication,
    QHelpEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
)
from PySide6.QtWidgets import QMenu, QToolTip

from wocdesk.i18n import _, language_name
from wocdesk.model.text import other_lang
from wocdesk.ui.reading.rows import Mark
from wocdesk.ui.reading.selection import TextHit, TextPoint

if TYPE_CHECKING:
    from wocdesk.ui.reading.view import ReadingView

AUTOSCROLL_MS = 30
_KEY = Qt.Key


class ViewInput:
    """Turns mouse and key events on the view into selections, scrolling and clicks on ⇄."""

    def __init__(self, view: ReadingView) -> None:
        self.view = view
        self._dragging = False
        self._mark: TextPoint | None = None  # the ⇄ pressed, until released
        self._hover: TextHit | None = None
        self._last_pos = QPointF()
        self._autoscroll = QTimer(view)
        self._autoscroll.setInterval(AUTOSCROLL_MS)
        self._autoscroll.timeout.connect(self._drag_scroll)
        view.viewport().setMouseTracking(True)
        view.viewport().setCursor(Qt.CursorShape.IBeamCursor)

    # -- hit-testing ------------------------------------------------------------------------
    def hit(self, pos: QPointF) -> TextHit | None:
        """The character nearest to viewport point ``pos`` (None outside the text's rows)."""
        view = self.view
        doc = view.document
        y = view.scroll_y() + pos.y()
        if y < 0 or y >= doc.total or len(doc) == 0:
            return None
        row = doc.row_at(y)
        laid = doc.layout(row)
        y_in_row = y - doc.top(row)
        number = laid.block_at(pos.x(), y_in_row)
        if number < 0:
            return None
        block = laid.blocks[number]
        marked = laid.mark_at(pos.x(), y_in_row)
        if marked is not None:
            number, block = laid.blocks.index(marked), marked
        offset = block.offset_at(pos.x(), y_in_row)
        inside = block.rect(laid.columns.width).contains(pos.x(), y_in_row)
        source_offset = offset - block.block.source_start
        char_offset = block.offset_at(pos.x(), y_in_row, True) - block.block.source_start
        if block.block.source is None or source_offset < 0:
            source_offset = -1
        if block.block.source is None or char_offset < 0:
            char_offset = -1
        return TextHit(
            TextPoint(row, number, offset),
            block.block.source,
            source_offset,
            inside,
            marked is not None,
            char_offset,
        )

    def _point(self, pos: QPointF) -> TextPoint | None:
        view = self.view
        height = float(view.viewport().height())
        clamped = QPointF(pos.x(), min(max(pos.y(), 0.0), height - 1))
        hit = self.hit(clamped)
        if hit is None and clamped.y() + view.scroll_y() >= view.document.total:
            return self._end_point()
        return hit.point if hit is not None else None

    def _end_point(self) -> TextPoint | None:
        doc = self.view.document
        for row in range(len(doc) - 1, -1, -1):
            blocks = [b for cell in doc.cells(row) for b in cell]
            if blocks:
                return TextPoint(row, len(blocks) - 1, len(blocks[-1].text))
        return None

    # -- mouse ------------------------------------------------------------------------------
    def press(self, event: QMouseEvent) -> None:
        """Start a selection (Shift extends it) or press ⇄."""
        view = self.view
        if event.button() != Qt.MouseButton.LeftButton:
            return
        view.setFocus(Qt.FocusReason.MouseFocusReason)
        pos = event.position()
        hit = self.hit(pos)
        if hit is not None and hit.on_mark:
            self._mark = hit.point
            return
        point = self._point(pos)
        if point is None:
            view.clear_selection()
            return
        selection = view.selection
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier and selection.anchor is not None:
            selection.extend_to(point)
        else:
            selection.start_at(point)
        self._dragging = True
        self._last_pos = pos
        view.viewport().update()
        view.selection_changed.emit()

    def move(self, event: QMouseEvent) -> None:
        """Extend a selection being dragged; otherwise say what is under the mouse."""
        pos = event.position()
        self._last_pos = pos
        if self._dragging:
            self._extend(pos)
            outside = pos.y() < 0 or pos.y() > self.view.viewport().height()
            if outside and not self._autoscroll.isActive():
                self._autoscroll.start()
            elif not outside:
                self._autoscroll.stop()
            return
        hit = self.hit(pos)
        shape = Qt.CursorShape.IBeamCursor
        if hit is not None and hit.on_mark:
            shape = Qt.CursorShape.PointingHandCursor
        self.view.viewport().setCursor(shape)
        key = (hit.point, hit.on_text, hit.char_offset) if hit is not None else None
        old = self._hover
        old_key = (old.point, old.on_text, old.char_offset) if old is not None else None
        if key != old_key:
            self._hover = hit
            self.view.hovered.emit(hit)

    def _extend(self, pos: QPointF) -> None:
        point = self._point(pos)
        if point is not None and point != self.view.selection.cursor:
            self.view.selection.extend_to(point)
            self.view.viewport().update()
            self.view.selection_changed.emit()

    def _drag_scroll(self) -> None:
        if not self._dragging:
            self._autoscroll.stop()
            return
        height = self.view.viewport().height()
        y = self._last_pos.y()
        distance = y if y < 0 else y - height if y > height else 0.0
        if distance:
            self.view.scroll_by(distance / 2)
            self._extend(self._last_pos)

    def release(self, event: QMouseEvent) -> None:
        """Click ⇄ (released where pressed), or end the selection (copied to X's selection)."""
        self._autoscroll.stop()
        if self._mark is not None:
            hit = self.hit(event.position())
            pressed, self._mark = self._mark, None
            if hit is not None and hit.on_mark and hit.point[:2] == pressed[:2]:
                passage_id = hit.passage_id
                if passage_id:
                    self.view.toggle_reveal(passage_id)
            return
        if self._dragging:
            self._dragging = False
            clipboard = QGuiApplication.clipboard()
            if clipboard.supportsSelection() and not self.view.selection.is_empty:
                clipboard.setText(self.view.selected_text(), QClipboard.Mode.Selection)

    def double_click(self, event: QMouseEvent) -> None:
        """Select the word under the mouse."""
        hit = self.hit(event.position())
        if hit is None or hit.on_mark:
            return
        laid = self.view.document.layout(hit.point.row).blocks[hit.point.block]
        finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Word, laid.block.text)
        unit = laid.offsets.to_qt(hit.point.offset)
        finder.setPosition(unit)
        at_start = finder.isAtBoundary() and _starts_word(finder)
        start = unit if at_start else finder.toPreviousBoundary()
        finder.setPosition(unit)
        end = finder.toNextBoundary()
        if start < 0 or end < 0 or end <= start:
            return
        row, number = hit.point.row, hit.point.block
        first = TextPoint(row, number, laid.offsets.from_qt(start))
        self.view.selection.select(first, first._replace(offset=laid.offsets.from_qt(end)))
        self._dragging = False
        self.view.viewport().update()
        self.view.selection_changed.emit()

    def leave(self) -> None:
        """The mouse left the view."""
        if self._hover is not None:
            self._hover = None
            self.view.hovered.emit(None)

    def tooltip(self, event: QEvent) -> bool:
        """Explain ⇄ when the mouse rests on it; True when a tooltip was shown."""
        if not isinstance(event, QHelpEvent):
            return False
        hit = self.hit(QPointF(event.pos()))
        if hit is None or not hit.on_mark or hit.source is None:
            QToolTip.hideText()
            return False
        laid = self.view.document.layout(hit.point.row).blocks[hit.point.block]
        if laid.block.mark == Mark.HIDE:
            text = _("Hide the {language} of this paragraph").format(
                language=language_name(hit.source.lang)
            )
        else:
            text = _("Show this paragraph in {language}").format(
                language=language_name(other_lang(hit.source.lang))
            )
        QToolTip.showText(event.globalPos(), text, self.view.viewport())
        return True

    # -- keyboard ---------------------------------------------------------------------------
    def key(self, event: QKeyEvent) -> bool:
        """Scroll, copy or select all; False for keys the view leaves to others."""
        view = self.view
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy()
            return True
        if event.matches(QKeySequence.StandardKey.SelectAll):
            self.select_all()
            return True
        bar = view.verticalScrollBar()
        line, page = float(bar.singleStep()), float(bar.pageStep())
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        steps = {
            _KEY.Key_Down: line,
            _KEY.Key_Up: -line,
            _KEY.Key_PageDown: page,
            _KEY.Key_PageUp: -page,
            _KEY.Key_Space: -page if shift else page,
        }
        key = event.key()
        if key in steps:
            view.scroll_by(steps[_KEY(key)])
        elif key == _KEY.Key_Home:
            view.scroll_by(-view.scroll_y())
        elif key == _KEY.Key_End:
            view.scroll_by(view.max_scroll() - view.scroll_y())
        elif key == _KEY.Key_Escape and not view.selection.is_empty:
            view.clear_selection()
        else:
            return False
        return True

    def context_menu(self, event: QContextMenuEvent) -> None:
        """Copy and Select All, in the interface language."""
        menu = QMenu(self.view)
        copy = menu.addAction(_("&Copy"), self.copy)
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.setEnabled(not self.view.selection.is_empty)
        select_all = menu.addAction(_("Select &All"), self.select_all)
        select_all.setShortcut(QKeySequence.StandardKey.SelectAll)
        menu.exec(event.globalPos())

    def copy(self) -> None:
        """Copy the selection to the clipboard (nothing selected: the clipboard stays)."""
        text = self.view.selected_text()
        if text:
            QGuiApplication.clipboard().setText(text)

    def select_all(self) -> None:
        """Select the whole text."""
        view = self.view
        doc = view.document
        first = next((r for r in range(len(doc)) if any(doc.cells(r))), None)
        end = self._end_point()
        if first is None or end is None:
            return
        view.selection.select(TextPoint(first, 0, 0), end)
        view.viewport().update()
        view.selection_changed.emit()


def _starts_word(finder: QTextBoundaryFinder) -> bool:
    return bool(finder.boundaryReasons() & QTextBoundaryFinder.BoundaryReason.StartOfItem)

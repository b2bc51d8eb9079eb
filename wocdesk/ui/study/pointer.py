"""Clicks, click-and-hold and Esc on the reading view, watched for the study aids.

The view keeps doing what it does (selecting, ⇄); this only watches. A click that selects
nothing looks the Chinese word up (or, on English, puts the sentence focus there); holding the
button still on a sentence for ``HOLD_MS`` shows its counterpart until the button is released;
Esc closes the popup or the counterpart when one shows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from wocdesk.ui.reading.selection import TextHit
    from wocdesk.ui.reading.view import ReadingView

HOLD_MS = 450


class PointerWatch(QObject):
    """Turns the view's mouse and Esc into the study aids' click, hold and close."""

    def __init__(
        self,
        view: ReadingView,
        on_click: Callable[[TextHit | None], None],
        on_hold: Callable[[TextHit], bool],
        on_release_hold: Callable[[], None],
        on_escape: Callable[[], bool],
    ) -> None:
        super().__init__(view)
        self.view = view
        self._on_click = on_click
        self._on_hold = on_hold
        self._on_release_hold = on_release_hold
        self._on_escape = on_escape
        self._pressed: QPointF | None = None
        self._hit: TextHit | None = None
        self._holding = False
        self._hold_timer = QTimer(self)
        self._hold_timer.setSingleShot(True)
        self._hold_timer.setInterval(HOLD_MS)
        self._hold_timer.timeout.connect(self._held)
        view.viewport().installEventFilter(self)
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Watch presses, moves and releases on the viewport and Esc on the view."""
        kind = event.type()
        if watched is self.view:
            if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
                plain = event.modifiers() == Qt.KeyboardModifier.NoModifier
                if event.key() == Qt.Key.Key_Escape and plain:
                    return self._on_escape()
            return False
        if not isinstance(event, QMouseEvent):
            return False
        if kind == QEvent.Type.MouseButtonPress and event.button() == Qt.MouseButton.LeftButton:
            self._pressed = event.position()
            self._hit = self.view.hit_test(event.position())
            self._holding = False
            plain = not (event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            if plain and self._hit is not None and self._hit.on_text and not self._hit.on_mark:
                self._hold_timer.start()
        elif kind == QEvent.Type.MouseMove and self._pressed is not None:
            moved = (event.position() - self._pressed).manhattanLength()
            if moved >= QApplication.startDragDistance():
                self._hold_timer.stop()
                if not self._holding:
                    self._pressed = None  # a drag: the view selects
        elif kind == QEvent.Type.MouseButtonRelease and event.button() == Qt.MouseButton.LeftButton:
            self._hold_timer.stop()
            if self._holding:
                self._holding = False
                self._pressed = None
                self._on_release_hold()
                return False
            if self._pressed is not None:
                hit = self._hit
                self._pressed = None
                QTimer.singleShot(0, self, lambda: self._clicked(hit))
        elif kind == QEvent.Type.MouseButtonDblClick:
            self._hold_timer.stop()
        return False

    def _held(self) -> None:
        if self._pressed is not None and self._hit is not None:
            self._holding = self._on_hold(self._hit)

    def _clicked(self, hit: TextHit | None) -> None:
        """After the view has handled the release: a click that selected nothing."""
        if not self.view.selection.is_empty:
            return
        if hit is not None and hit.on_mark:
            return
        self._on_click(hit if hit is not None and hit.on_text else None)

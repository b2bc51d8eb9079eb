"""The reading view and the reader state kept together: article, mode and position, both ways."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from wocdesk.ui.reading.view import ReadingView
from wocdesk.ui.state import ReaderState


class StateLink(QObject):
    """The view shows the state's article in its mode and goes where its position says.

    As the reader scrolls, the view tells the state where the reader is, after every kind of
    scroll (keys, wheel, bar, find, selection), so the status bar names the passage at the top.
    """

    def __init__(self, view: ReadingView, state: ReaderState) -> None:
        super().__init__(view)
        self._view = view
        self._state = state
        self._reporting = False  # telling the state where the reader is
        self._applying = False  # going where the state says
        if view.article is not state.article:
            view.set_article(state.article)
        if view.mode != state.mode:
            view.set_mode(state.mode)
        self._go()
        state.article_changed.connect(self._on_article)
        state.mode_changed.connect(self._on_mode)
        state.position_changed.connect(self._on_position)
        view.position_changed.connect(self._report)

    def _on_article(self) -> None:
        self._applying = True
        try:
            self._view.set_article(self._state.article)
        finally:
            self._applying = False
        self._go()

    def _on_mode(self) -> None:
        # The view keeps the passage at the top to the line, and reports where it is now.
        self._view.set_mode(self._state.mode)

    def _on_position(self) -> None:
        if not self._reporting:
            self._go()

    def _go(self) -> None:
        passage_id, offset = self._state.position
        if not passage_id:
            return
        self._applying = True
        try:
            self._view.restore_position(passage_id, offset)
        finally:
            self._applying = False

    def _report(self, passage_id: str, offset: float) -> None:
        if self._applying or not passage_id:
            return
        self._reporting = True
        try:
            self._state.set_position(passage_id, offset)
        finally:
            self._reporting = False


def linked_view(state: ReaderState, parent: QWidget | None = None) -> ReadingView:
    """A reading view showing ``state`` and keeping it up to date."""
    view = ReadingView(state.article, state.mode, parent)
    StateLink(view, state)
    return view

"""Add to briefing: the selected text, the sentence pointed at or the passage as a key point."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QPoint, Signal
from PySide6.QtGui import QAction, QCursor
from PySide6.QtWidgets import QMenu, QMessageBox

from wocdesk.briefing.keypoints import KeyPoint
from wocdesk.errors import WocdeskError
from wocdesk.i18n import N_, _
from wocdesk.ui.app.plain_text import literal_markup
from wocdesk.ui.outline.points import KeyPointBook
from wocdesk.ui.outline.reading_selection import ReadingSelection, TextSpan, whole_passage
from wocdesk.ui.state import ReaderState

ACTION_TEXT = N_("Add to &Briefing")
SHOWN_CHARS = 60


class AddToBriefing(QObject):
    """Marks what the reader points at as a key point, through the key point book.

    What is marked: the selection; else the sentence under the pointer (context menu) or
    where the reader last clicked; else the whole passage being read.
    """

    added = Signal(str)  # the point's id

    def __init__(
        self,
        state: ReaderState,
        book: KeyPointBook,
        selection: ReadingSelection,
        notify: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._state = state
        self.book = book
        self.selection = selection
        self._notify = notify

    def span(self, pos: QPoint | None = None) -> TextSpan | None:
        """What would be marked (``pos``: a viewport point, for the context menu)."""
        chosen = self.selection.selected_span()
        if chosen is None and pos is not None:
            chosen = self.selection.span_at(pos)
        if chosen is None:
            chosen = self.selection.caret_span()
        if chosen is None:
            passage = self.selection.current_passage_id() or self._state.position.passage_id
            if not passage:
                return None
            chosen = whole_passage(self._state.article, passage, self._state.mode.leading)
        return chosen

    def add(self, pos: QPoint | None = None) -> KeyPoint | None:
        """Mark it and keep it; say what was added (or why nothing could be)."""
        span = self.span(pos)
        if span is None:
            self._notify(_("Nothing to add: select a sentence in the article first."))
            return None
        try:
            point = self.book.mark(*span)
        except (WocdeskError, ValueError, KeyError) as exc:
            QMessageBox.warning(
                self.selection.widget(), _("Cannot add to the briefing"), literal_markup(str(exc))
            )
            return None
        words = point.text if len(point.text) <= SHOWN_CHARS else point.text[:SHOWN_CHARS] + "…"
        self._notify(_("Added to the briefing: “{words}”").format(words=words))
        self.added.emit(point.id)
        return point

    def trigger(self) -> None:
        """The action's slot (Ctrl+B)."""
        self.add()

    def context_menu(self, pos: QPoint, extra: QAction | None = None) -> QMenu:
        """The reading view's context menu with Add to briefing for what is under ``pos``."""
        menu = self.selection.standard_menu()
        menu.setObjectName("reading-context-menu")
        menu.addSeparator()
        action = menu.addAction(_(ACTION_TEXT))
        action.setObjectName("context-add-to-briefing")
        action.triggered.connect(lambda: self.add(pos))
        if extra is not None:
            menu.addAction(extra)
        return menu

    def show_context_menu(self, pos: QPoint) -> None:
        """Show :meth:`context_menu` at viewport point ``pos``."""
        view = self.selection.widget()
        viewport = getattr(view, "viewport", None)
        origin = viewport() if viewport is not None else view
        menu = self.context_menu(pos)
        menu.exec(origin.mapToGlobal(pos) if origin is not None else QCursor.pos())
        menu.deleteLater()

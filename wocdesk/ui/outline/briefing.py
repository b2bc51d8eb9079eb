"""The briefing of a reader state: its key points and its outline, one of each per window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from wocdesk.ui.outline.points import KeyPointBook
from wocdesk.ui.state import ReaderState

if TYPE_CHECKING:
    from wocdesk.ui.outline.document import OutlineDocument

OBJECT_NAME = "briefing"


class Briefing(QObject):
    """The key points and the outline of the article a reader state reads.

    It hangs off the state (a child object), so that every part of the window that has the
    state — the outline panel, the key points, the export dialog, the show — reads the same one.
    """

    def __init__(self, state: ReaderState) -> None:
        super().__init__(state)
        self.setObjectName(OBJECT_NAME)
        self.state = state
        self.points = KeyPointBook(state, self)
        self._outline: OutlineDocument | None = None

    @property
    def has_outline(self) -> bool:
        """True once the outline was made (before that, nothing of it can have been edited)."""
        return self._outline is not None

    @property
    def outline(self) -> OutlineDocument:
        """The outline (made when first asked for: the key points panel needs only the points)."""
        if self._outline is None:
            from wocdesk.ui.outline.document import OutlineDocument

            self._outline = OutlineDocument(self.state, self.points, self)
        return self._outline


def briefing_for(state: ReaderState) -> Briefing:
    """The briefing of ``state`` (made on first use)."""
    for child in state.children():
        if isinstance(child, Briefing):
            return child
    return Briefing(state)

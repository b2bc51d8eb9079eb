"""The list of find matches, growing while the search runs: where each is and its context."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from wocdesk.ui.find.search import Match, Search
from wocdesk.ui.reading.rows import LINE_SEPARATOR

CONTEXT_BEFORE = 24
CONTEXT_AFTER = 40
_Index = QModelIndex | QPersistentModelIndex


class FindResultsModel(QAbstractListModel):
    """One row per match in reading order: the section, then the match in its context."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._search: Search | None = None
        self._wrap = 0  # matches before the search's start row, shown so far
        self._front = 0  # matches from the start row on, shown so far

    def reset(self, search: Search | None) -> None:
        """Show the matches of another search (none yet)."""
        self.beginResetModel()
        self._search = search
        self._wrap = self._front = 0
        self.endResetModel()

    def catch_up(self) -> None:
        """Show the matches the search found since the last call."""
        search = self._search
        if search is None:
            return
        wrap, front = search.found_counts()
        if wrap > self._wrap:
            self.beginInsertRows(QModelIndex(), self._wrap, wrap - 1)
            self._wrap = wrap
            self.endInsertRows()
        if front > self._front:
            start = self._wrap + self._front
            self.beginInsertRows(QModelIndex(), start, start + front - self._front - 1)
            self._front = front
            self.endInsertRows()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """The matches shown."""
        return 0 if parent.isValid() else self._wrap + self._front

    def match_at(self, row: int) -> Match | None:
        """The match on list row ``row``."""
        if self._search is None or not 0 <= row < self.rowCount():
            return None
        return self._search.match(row)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The section and the match in context; the full passage as a tooltip."""
        match = self.match_at(index.row()) if index.isValid() else None
        if match is None or self._search is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._describe(match)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._search.text_of(match.source)
        return None

    def _describe(self, match: Match) -> str:
        assert self._search is not None
        text = self._search.text_of(match.source).replace(LINE_SEPARATOR, " ")
        start, end = match.start, match.start + match.length
        before = text[max(0, start - CONTEXT_BEFORE) : start]
        after = text[end : end + CONTEXT_AFTER]
        lead = "…" if start > CONTEXT_BEFORE else ""
        tail = "…" if end + CONTEXT_AFTER < len(text) else ""
        where = self._search.section_title(match.row)
        return f"{where} — {lead}{before}[{text[start:end]}]{after}{tail}"

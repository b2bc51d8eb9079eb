"""The article's sections as a tree model: nested by their levels, titled in one language."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from wocdesk.model.article import Article
from wocdesk.model.text import Lang

SECTION_ID_ROLE = Qt.ItemDataRole.UserRole
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1  # both titles, for the filter
_Index = QModelIndex | QPersistentModelIndex


class SectionTreeModel(QAbstractItemModel):
    """Sections nested by level (a level-2 section sits under the level-1 one before it)."""

    def __init__(self, article: Article, lang: Lang, parent: Any = None) -> None:
        super().__init__(parent)
        self._lang: Lang = lang
        self._build(article)

    def _build(self, article: Article) -> None:
        self.article = article
        sections = article.sections
        self._parent: list[int] = []
        self._row: list[int] = []
        self._children: dict[int, list[int]] = {-1: []}
        stack: list[tuple[int, int]] = []  # (level, section number) of the open ancestors
        for number, section in enumerate(sections):
            level = max(1, section.level)
            while stack and stack[-1][0] >= level:
                stack.pop()
            parent = stack[-1][1] if stack else -1
            siblings = self._children.setdefault(parent, [])
            self._parent.append(parent)
            self._row.append(len(siblings))
            siblings.append(number)
            stack.append((level, number))
        self._ids = {section.id: number for number, section in enumerate(sections)}

    def set_article(self, article: Article) -> None:
        """Show another article's sections."""
        self.beginResetModel()
        self._build(article)
        self.endResetModel()

    def set_language(self, lang: Lang) -> None:
        """Titles in ``lang`` (the article's leading language)."""
        if lang != self._lang:
            self.layoutAboutToBeChanged.emit()
            self._lang = lang
            self.layoutChanged.emit()

    def section_index(self, section_id: str) -> QModelIndex:
        """The index of a section (invalid for an unknown id)."""
        number = self._ids.get(section_id)
        if number is None:
            return QModelIndex()
        return self.createIndex(self._row[number], 0, number)

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """The child ``row`` of ``parent``."""
        key = int(parent.internalId()) if parent.isValid() else -1
        children = self._children.get(key, [])
        if column != 0 or not 0 <= row < len(children):
            return QModelIndex()
        return self.createIndex(row, 0, children[row])

    def parent(self, child: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        """The section ``child`` is nested in."""
        if not child.isValid():
            return QModelIndex()
        parent = self._parent[int(child.internalId())]
        if parent < 0:
            return QModelIndex()
        return self.createIndex(self._row[parent], 0, parent)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """How many sections are nested directly in ``parent``."""
        if parent.isValid() and parent.column() != 0:
            return 0
        key = int(parent.internalId()) if parent.isValid() else -1
        return len(self._children.get(key, ()))

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """One column: the title."""
        return 1

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The title in the current language, the section id, both titles for the filter."""
        if not index.isValid():
            return None
        section = self.article.sections[int(index.internalId())]
        if role == Qt.ItemDataRole.DisplayRole:
            return section.title.best(self._lang)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(t for t in (section.title.zh, section.title.en) if t)
        if role == SECTION_ID_ROLE:
            return section.id
        if role == SEARCH_ROLE:
            return f"{section.title.zh or ''}\n{section.title.en or ''}"
        return None

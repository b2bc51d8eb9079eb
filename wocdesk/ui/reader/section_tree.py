"""The article's sections as a tree model: nested by their levels, titled in one language."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from wocdesk.model.article import Article, Section
from wocdesk.model.text import Lang

SECTION_ID_ROLE = Qt.ItemDataRole.UserRole
SEARCH_ROLE = Qt.ItemDataRole.ToolTipRole  # both titles: the tooltip, and what the filter reads


class SectionTreeModel(QStandardItemModel):
    """Sections nested by level (a level-2 section sits under the level-1 one before it).

    The items are Qt's own, so the tree and its filter ask Python nothing while they draw.
    """

    def __init__(self, article: Article, lang: Lang, parent: Any = None) -> None:
        super().__init__(parent)
        self.article = article
        self._lang: Lang = lang
        tops: list[QStandardItem] = []
        stack: list[tuple[int, QStandardItem]] = []  # (level, item) of the open ancestors
        for section in article.sections:
            item = self._item(section)
            level = max(1, section.level)
            while stack and stack[-1][0] >= level:
                stack.pop()
            if stack:
                stack[-1][1].appendRow(item)
            else:
                tops.append(item)
            stack.append((level, item))
        if tops:
            self.invisibleRootItem().appendRows(tops)

    def _item(self, section: Section) -> QStandardItem:
        zh, en = section.title.zh, section.title.en
        item = QStandardItem(_title(zh, en, self._lang))
        item.setEditable(False)
        item.setData(section.id, SECTION_ID_ROLE)
        item.setToolTip(f"{zh}\n{en}" if zh and en else zh or en or "")  # the filter reads it
        return item

    def set_language(self, lang: Lang) -> None:
        """Titles in ``lang`` (the article's leading language).

        The views hear of the top level only (telling a tree of every nested list costs it
        milliseconds per list): a view showing nested titles repaints itself after this.
        """
        if lang == self._lang:
            return
        self._lang = lang
        blocked = self.blockSignals(True)  # one change per list of titles, not one per title
        try:
            self._retitle(self.invisibleRootItem(), lang)
        finally:
            self.blockSignals(blocked)
        root = self.invisibleRootItem()
        if root.rowCount():
            first, last = root.child(0).index(), root.child(root.rowCount() - 1).index()
            self.dataChanged.emit(first, last, [Qt.ItemDataRole.DisplayRole])

    @property
    def language(self) -> Lang:
        """The language of the titles."""
        return self._lang

    def _retitle(self, parent: QStandardItem, lang: Lang) -> None:
        for row in range(parent.rowCount()):
            item = parent.child(row)
            title = self.article.section(str(item.data(SECTION_ID_ROLE))).title
            item.setText(_title(title.zh, title.en, lang))
            if item.hasChildren():
                self._retitle(item, lang)

    def section_index(self, section_id: str) -> QModelIndex:
        """The index of a section (invalid for an unknown id)."""
        found = self.match(
            self.index(0, 0),
            SECTION_ID_ROLE,
            section_id,
            1,
            Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive | Qt.MatchFlag.MatchWrap,
        )
        return found[0] if found else QModelIndex()


def _title(zh: str | None, en: str | None, lang: Lang) -> str:
    """The title in ``lang``, else in the other language."""
    return (zh if lang == "zh" else en) or zh or en or ""

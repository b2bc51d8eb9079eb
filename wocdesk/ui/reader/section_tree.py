"""The article's sections as a tree model: nested by their levels, titled in one language."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from wocdesk.model.article import Article, Section
from wocdesk.model.text import Lang

SECTION_ID_ROLE = Qt.ItemDataRole.UserRole
CHILDREN_LANG_ROLE = Qt.ItemDataRole.UserRole + 1  # the language the children are titled in
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
        self.invisibleRootItem().setData(lang, CHILDREN_LANG_ROLE)

    def _item(self, section: Section) -> QStandardItem:
        zh, en = section.title.zh, section.title.en
        item = QStandardItem(_title(zh, en, self._lang))
        item.setEditable(False)
        item.setData(section.id, SECTION_ID_ROLE)
        item.setData(self._lang, CHILDREN_LANG_ROLE)
        item.setToolTip(f"{zh}\n{en}" if zh and en else zh or en or "")  # the filter reads it
        return item

    def set_language(self, lang: Lang) -> None:
        """Titles in ``lang`` (the article's leading language): the top level now.

        Nested titles follow when shown (``title_children``) or when there is time
        (``title_all``). The views hear of the top level only (telling a tree of every
        nested list costs it milliseconds per list): a view showing nested titles repaints
        itself after this.
        """
        if lang == self._lang:
            return
        self._lang = lang
        root = self.invisibleRootItem()
        self.title_children(root, deep=False)
        if root.rowCount():
            first, last = root.child(0).index(), root.child(root.rowCount() - 1).index()
            self.dataChanged.emit(first, last, [Qt.ItemDataRole.DisplayRole])

    def title_children(self, parent: QStandardItem, deep: bool = False) -> None:
        """Title the sections nested in ``parent`` in the current language (quietly)."""
        if parent.data(CHILDREN_LANG_ROLE) == self._lang and not deep:
            return
        blocked = self.blockSignals(True)  # the views repaint; no signal per title
        try:
            parent.setData(self._lang, CHILDREN_LANG_ROLE)
            for row in range(parent.rowCount()):
                item = parent.child(row)
                title = self.article.section(str(item.data(SECTION_ID_ROLE))).title
                item.setText(_title(title.zh, title.en, self._lang))
                if deep and item.hasChildren():
                    self.title_children(item, deep=True)
        finally:
            self.blockSignals(blocked)

    def title_all(self) -> None:
        """Title every nested section in the current language."""
        self.title_children(self.invisibleRootItem(), deep=True)

    @property
    def language(self) -> Lang:
        """The language of the titles."""
        return self._lang

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

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
        self._stale = False  # some titles are in another language than ``_lang``
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
        """Title the sections in ``lang`` (the article's leading language), quietly.

        A book has hundreds of sections: the titles a view shows are retitled by it at once
        (``title``), the others when there is time (``title_all``); retitling says nothing to
        the views (a signal per title, or a tree told of every nested list, costs them
        milliseconds), so a view repaints itself after.
        """
        if lang != self._lang:
            self._lang = lang
            self._stale = True

    def title(self, index: QModelIndex) -> None:
        """Title the section at ``index`` in the current language (quietly)."""
        item = self.itemFromIndex(index)
        if item is None or not self._stale:
            return
        section = self.article.section(str(item.data(SECTION_ID_ROLE)))
        text = _title(section.title.zh, section.title.en, self._lang)
        if item.text() != text:
            blocked = self.blockSignals(True)
            try:
                item.setText(text)
            finally:
                self.blockSignals(blocked)

    def title_all(self) -> None:
        """Title every section in the current language (quietly)."""
        if not self._stale:
            return
        blocked = self.blockSignals(True)
        try:
            for section, item in zip(self.article.sections, self._items(), strict=True):
                item.setText(_title(section.title.zh, section.title.en, self._lang))
        finally:
            self.blockSignals(blocked)
        self._stale = False

    def _items(self) -> list[QStandardItem]:
        """Every item, in reading order (the order of the article's sections)."""
        out: list[QStandardItem] = []

        def walk(parent: QStandardItem) -> None:
            for row in range(parent.rowCount()):
                child = parent.child(row)
                out.append(child)
                if child.hasChildren():
                    walk(child)

        walk(self.invisibleRootItem())
        return out

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

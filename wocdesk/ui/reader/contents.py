"""The table of contents: a filter box over a tree of sections that follows the reader."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTreeView, QVBoxLayout, QWidget

from wocdesk.i18n import _
from wocdesk.model.article import Article
from wocdesk.model.text import Lang
from wocdesk.ui.app.language import translate_ui
from wocdesk.ui.reader.section_tree import SEARCH_ROLE, SECTION_ID_ROLE, SectionTreeModel
from wocdesk.ui.state import ReaderState

TITLE_REST_MS = 250  # the titles of closed chapters change when the reader has paused


class _FilterField(QLineEdit):
    """The filter box: Down or Enter moves into the list."""

    def __init__(self, panel: ContentsPanel) -> None:
        super().__init__(panel)
        self._panel = panel

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Down goes to the first section shown; Enter goes there in the text too."""
        if event.key() == Qt.Key.Key_Down:
            self._panel.focus_first()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._panel.choose_first()
            return
        super().keyPressEvent(event)


class ContentsPanel(QWidget):
    """Sections nested by level, in the leading language; filtering keeps their parents.

    It follows the reader state (article, mode, the section at the top); choosing a section
    asks for it (``section_chosen``).
    """

    section_chosen = Signal(str)

    def __init__(self, state: ReaderState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("section-list")
        self._state = state
        self.model = SectionTreeModel(state.article, state.mode.leading, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setDynamicSortFilter(False)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setFilterRole(SEARCH_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = _FilterField(self)
        self.filter.setObjectName("contents-filter")
        self.filter.setClearButtonEnabled(True)
        self.tree = QTreeView(self)
        # A viewport made here: the first Python call of the one Qt makes costs about 11 ms
        # (PySide6 finds its Python type), at start-up, before the first paint.
        port = QWidget(self.tree)
        port.setBackgroundRole(QPalette.ColorRole.Base)
        port.setAutoFillBackground(True)
        self.tree.setViewport(port)
        self.tree.setObjectName("contents-tree")
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(self.filter)
        box.addWidget(self.tree, 1)
        self._title_rest = QTimer(self)
        self._title_rest.setSingleShot(True)
        self._title_rest.timeout.connect(self.model_title_all)
        self.tree.expanded.connect(self._title_shown)
        self._scroll_followed = False  # titles follow scrolling once they can be stale
        self.filter.textChanged.connect(self._filter)
        self.tree.activated.connect(self._chosen)
        self.tree.clicked.connect(self._chosen)
        self._current = ""
        state.article_changed.connect(lambda: self.set_article(state.article))
        state.mode_changed.connect(lambda: self.set_language(state.mode.leading))
        state.position_changed.connect(self._follow)
        self._follow()
        translate_ui(self)

    def _follow(self) -> None:
        """Highlight the section of the passage at the top of the reading view."""
        passage_id = self._state.position.passage_id
        if passage_id:
            self.set_current_section(self._state.article.passage(passage_id).section_id)

    def retranslate_ui(self) -> None:
        """Set the texts in the interface language."""
        self.setAccessibleName(_("Contents"))
        self.tree.setAccessibleName(_("Contents"))
        self.tree.setToolTip(_("Sections of the article: click one to go there"))
        self.filter.setPlaceholderText(_("Filter sections"))
        self.filter.setAccessibleName(_("Filter sections"))

    def set_article(self, article: Article) -> None:
        """List the sections of another article."""
        self.filter.clear()
        self._current = ""
        if article is self.model.article:
            return
        lang = self.model.language
        self.model = SectionTreeModel(article, lang, self)
        self.proxy.setSourceModel(self.model)
        self._follow()

    def set_language(self, lang: Lang) -> None:
        """Show the titles in ``lang``: those in view now, the others when there is time."""
        self.model.set_language(lang)
        if not self._scroll_followed:
            self._scroll_followed = True
            self.tree.verticalScrollBar().valueChanged.connect(self._title_shown)
        self._title_shown()
        self._title_rest.start(TITLE_REST_MS)

    def _title_shown(self, *_: object) -> None:
        """Title the rows in view (and repaint them)."""
        tree = self.tree
        index = tree.indexAt(tree.viewport().rect().topLeft())
        bottom = tree.viewport().height()
        while index.isValid() and tree.visualRect(index).top() < bottom:
            self.model.title(self.proxy.mapToSource(index))
            index = tree.indexBelow(index)
        tree.viewport().update()

    def set_current_section(self, section_id: str) -> None:
        """Highlight ``section_id`` (opening its parents) without asking to go there."""
        if section_id == self._current and self.tree.currentIndex().isValid():
            return
        self._current = section_id
        index = self.proxy.mapFromSource(self.model.section_index(section_id))
        if not index.isValid():
            return
        parent = index.parent()
        while parent.isValid():
            self.tree.expand(parent)
            parent = parent.parent()
        blocked = self.tree.blockSignals(True)
        self.tree.selectionModel().setCurrentIndex(
            index, self.tree.selectionModel().SelectionFlag.ClearAndSelect
        )
        self.tree.blockSignals(blocked)
        shown = self.tree.viewport().rect().contains(self.tree.visualRect(index))
        if not shown:  # bring it to the middle, where the sections around it show too
            self.tree.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def current_section_id(self) -> str:
        """The highlighted section."""
        index = self.tree.currentIndex()
        return str(index.data(SECTION_ID_ROLE)) if index.isValid() else ""

    def model_title_all(self) -> None:
        """Title every section in the current language now."""
        self.model.title_all()
        self.tree.viewport().update()

    def titles(self) -> list[str]:
        """Every section title shown, in reading order (filtered ones left out)."""
        self.model.title_all()
        out: list[str] = []

        def walk(parent: QModelIndex) -> None:
            for row in range(self.proxy.rowCount(parent)):
                index = self.proxy.index(row, 0, parent)
                out.append(str(index.data()))
                walk(index)

        walk(QModelIndex())
        return out

    def section_count(self) -> int:
        """How many sections the article has."""
        return len(self.model.article.sections)

    def focus_first(self) -> None:
        """Move the keyboard into the list, on the current or the first section shown."""
        if not self.tree.currentIndex().isValid() and self.proxy.rowCount():
            self.tree.setCurrentIndex(self.proxy.index(0, 0))
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def choose_first(self) -> None:
        """Go to the first section the filter shows."""
        index = self.proxy.index(0, 0)
        while index.isValid() and not self._matches(index) and self.proxy.rowCount(index):
            index = self.proxy.index(0, 0, index)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self._chosen(index)

    def _matches(self, index: QModelIndex) -> bool:
        needle = self.filter.text().casefold()
        return not needle or needle in str(index.data(SEARCH_ROLE)).casefold()

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        if text:
            self.tree.expandAll()
        else:
            self.tree.collapseAll()
            current, self._current = self._current, ""
            self.set_current_section(current)

    def _chosen(self, index: QModelIndex) -> None:
        if index.isValid():
            self.section_chosen.emit(str(index.data(SECTION_ID_ROLE)))

"""The Library view: every article in a sortable table, a filter that also searches the text."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from wocdesk.i18n import _
from wocdesk.library.search import SearchHit
from wocdesk.library.store import Library
from wocdesk.ui.app.language import translate_ui
from wocdesk.ui.app.plain_text import plain_labels
from wocdesk.ui.library.view.counts import articles_line, hits_line
from wocdesk.ui.library.view.hits import HitDelegate, HitsModel
from wocdesk.ui.library.view.table_model import (
    BUNDLED_ROLE,
    COLUMNS,
    ID_ROLE,
    LibraryFilter,
    LibraryTableModel,
)
from wocdesk.ui.library.view.table_setup import setup_table, size_columns

SEARCH_DELAY_MS = 150  # typing pauses this long before the library is searched
SEARCH_LIMIT = 50  # hits listed (the count says how many there are)
NARROW, NARROWEST = 640, 460  # panel widths under which the date, then the source, hide
MARK, MARK_TEXT = QColor(255, 214, 0), QColor(0, 0, 0)


class LibraryPanel(QWidget):
    """Lists the library's articles and searches their text as the reader types.

    The field filters the table by title, source and file name and searches the passages of
    every article: the table keeps the articles with matches too, and the hits below show a
    snippet in each language. The panel reads the library; what is done to an article is
    asked for with signals.
    """

    open_requested = Signal(int)  # an article id
    hit_chosen = Signal(object)  # a SearchHit
    rename_requested = Signal(int)
    remove_requested = Signal(int)
    import_requested = Signal()
    searched = Signal(str)  # the query whose results are now shown

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("library-panel")
        self.library = library
        self.query = ""  # the query of the hits shown
        self._counts: dict[int, int] = {}  # passages matching it, per article id
        self.field = QLineEdit(self)
        self.field.setObjectName("library-search")
        self.field.setClearButtonEnabled(True)
        self.field.setAcceptDrops(False)  # a file dropped here is imported by the window
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("library-import")
        self.model = LibraryTableModel(self)
        self.proxy = LibraryFilter(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("library-table")
        setup_table(self.table, self.proxy)
        self.count_label = QLabel(self)
        self.hits_label = QLabel(self)
        plain_labels(self.count_label, self.hits_label)  # they quote what the reader typed
        self.hits_model = HitsModel(self)
        self.hits_view = QListView(self)
        self.hits_view.setObjectName("library-hits")
        self.hits_view.setModel(self.hits_model)
        self.hits_view.setItemDelegate(HitDelegate(self.hits_view))
        self.hits_view.setWordWrap(True)
        self.hits_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.hits_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.hits_view.setAlternatingRowColors(True)
        self._layout()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.run_search)
        self.field.textChanged.connect(lambda _text: self._debounce.start())
        self.field.returnPressed.connect(self._open_first)
        self.import_button.clicked.connect(self.import_requested)
        self.table.doubleClicked.connect(lambda index: self._open_row(index))
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().selectionChanged.connect(self._sync_actions)
        self.hits_view.clicked.connect(self._choose_hit)
        self.open_action = self._action("library-open", self.open_current)
        self.rename_action = self._action("library-rename", self._rename_current)
        self.remove_action = self._action("library-remove", self._remove_current)
        self.table.installEventFilter(self)
        self.hits_view.installEventFilter(self)
        self._set_colors()
        self._filled = False  # the list is read when the panel is first shown
        translate_ui(self)

    # -- building ---------------------------------------------------------------------------
    def _layout(self) -> None:
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.field, 1)
        top.addWidget(self.import_button)
        hits_box = QWidget(self)
        hits_layout = QVBoxLayout(hits_box)
        hits_layout.setContentsMargins(0, 0, 0, 0)
        hits_layout.addWidget(self.hits_label)
        hits_layout.addWidget(self.hits_view, 1)
        self.hits_box = hits_box
        table_box = QWidget(self)
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.table, 1)
        table_layout.addWidget(self.count_label)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(table_box)
        self.splitter.addWidget(hits_box)
        self.splitter.setChildrenCollapsible(False)
        hits_box.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

    def _action(self, name: str, slot: Callable[[], None]) -> QAction:
        """An action of the table's context menu (its key is handled by :meth:`eventFilter`)."""
        action = QAction(self.table)
        action.setObjectName(f"action-{name}")
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter opens, F2 renames and Delete removes in the table; Enter opens a hit."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if watched is self.table:
            handlers = {
                Qt.Key.Key_F2: self._rename_current,
                Qt.Key.Key_Delete: self._remove_current,
            }
            handler = self.open_current if enter else handlers.get(Qt.Key(key))
            if handler is not None and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                handler()
                return True
        elif watched is self.hits_view and enter:
            self._choose_hit(self.hits_view.currentIndex())
            return True
        return super().eventFilter(watched, event)

    def _set_colors(self) -> None:
        """Matches marked as find marks them (yellow, dark text), apart from the selection."""
        palette = self.hits_view.palette()
        self.hits_model.set_colors(
            MARK, MARK_TEXT, palette.color(QPalette.ColorRole.PlaceholderText)
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        """In a narrow dock, the title keeps its room: the date, then the source, give way."""
        super().resizeEvent(event)
        width = event.size().width()
        self.table.setColumnHidden(COLUMNS.index("date"), width < NARROW)
        self.table.setColumnHidden(COLUMNS.index("source"), width < NARROWEST)

    def retranslate_ui(self) -> None:
        """Every text of the panel in the interface language."""
        self.field.setPlaceholderText(_("Filter titles, search the text…"))
        self.field.setToolTip(
            _(
                "Type to filter the articles by title, source or file, and to search the text "
                "of every article in both languages"
            )
        )
        self.field.setAccessibleName(_("Filter and search the library"))
        self.import_button.setText(_("Import…"))
        self.import_button.setToolTip(
            _("Import articles into the library (text, TOML, Word, web page)")
        )
        self.table.setAccessibleName(_("Articles in the library"))
        self.hits_view.setAccessibleName(_("Passages found"))
        # The keys are the table's own (see eventFilter); the menu shows them after a tab.
        self.open_action.setText(_("&Open") + "\t" + _key_name(Qt.Key.Key_Return))
        self.rename_action.setText(_("&Rename…") + "\t" + _key_name(Qt.Key.Key_F2))
        self.remove_action.setText(_("Re&move from Library") + "\t" + _key_name(Qt.Key.Key_Delete))
        self.model.retranslate_ui()
        self.hits_model.retranslate_ui()
        size_columns(self.table)
        self._show_counts()

    # -- the list ---------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        """Read the list when first shown (not while the window starts)."""
        if not self._filled:
            self.refresh()
        super().showEvent(event)

    def refresh(self, select: int | None = None) -> None:
        """List the library again (keeping the selection, or selecting article ``select``)."""
        keep = select if select is not None else self.current_id()
        self._filled = True
        self.model.set_articles(self.library.list_articles())
        if self.query:
            self.run_search()
        if keep is not None:
            self.select_article(keep)
        self._sync_actions()
        self._show_counts()

    def current_id(self) -> int | None:
        """The id of the selected article, if any."""
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isSelected(index):
            return None
        return int(index.siblingAtColumn(0).data(ID_ROLE))

    def select_article(self, article_id: int) -> bool:
        """Select (and show) an article's row; False when the filter hides it or it is gone."""
        row = self.model.row_of(article_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)
        return True

    def visible_ids(self) -> list[int]:
        """The ids of the articles the table shows, in its order."""
        return [int(self.proxy.index(row, 0).data(ID_ROLE)) for row in range(self.proxy.rowCount())]

    def open_current(self) -> None:
        """Open the selected article."""
        self._open_row(self.table.currentIndex())

    def _open_row(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(int(index.siblingAtColumn(0).data(ID_ROLE)))

    def _open_first(self) -> None:
        """Enter in the field: open the best hit, else the first article listed."""
        self.run_search()
        if self.hits_model.rowCount():
            self.hit_chosen.emit(self.hits_model.hit(0))
        elif self.proxy.rowCount():
            self._open_row(self.proxy.index(0, 0))

    def _rename_current(self) -> None:
        article_id = self.current_id()
        if article_id is not None:
            self.rename_requested.emit(article_id)

    def _remove_current(self) -> None:
        article_id = self.current_id()
        if article_id is not None and self.remove_action.isEnabled():
            self.remove_requested.emit(article_id)

    def _sync_actions(self) -> None:
        index = self.table.currentIndex()
        chosen = index.isValid() and self.current_id() is not None
        bundled = chosen and bool(index.siblingAtColumn(0).data(BUNDLED_ROLE))
        self.open_action.setEnabled(chosen)
        self.rename_action.setEnabled(chosen)
        self.remove_action.setEnabled(chosen and not bundled)

    def _context_menu(self, point: QPoint) -> None:
        index = self.table.indexAt(point)
        if not index.isValid():
            return
        self.table.selectRow(index.row())
        menu = QMenu(self)
        menu.addActions([self.open_action, self.rename_action, self.remove_action])
        menu.popup(self.table.viewport().mapToGlobal(point))

    # -- search -----------------------------------------------------------------------------
    def search_now(self, text: str) -> None:
        """Put ``text`` in the field and search at once (for callers that cannot wait)."""
        self.field.setText(text)
        self.run_search()

    def run_search(self) -> None:
        """Filter the table and search the passages for the field's text."""
        self._debounce.stop()
        text = self.field.text().strip()
        hits: list[SearchHit] = []
        counts: dict[int, int] = {}
        if text:
            hits = self.library.search(text, SEARCH_LIMIT)
            counts = self.library.count_by_article(text)
        self.query = text
        self._counts = counts
        self.proxy.set_filter(text, frozenset(counts))
        self.hits_model.set_hits(hits)
        self.hits_box.setVisible(bool(text))
        self._show_counts()
        self._sync_actions()
        self.searched.emit(text)

    def _show_counts(self) -> None:
        self.count_label.setText(articles_line(self.proxy.rowCount(), self.model.rowCount()))
        line = hits_line(self.query, self._counts, self.hits_model.rowCount())
        self.hits_label.setText(line)

    def _choose_hit(self, index: QModelIndex) -> None:
        if index.isValid():
            self.hit_chosen.emit(self.hits_model.hit(index.row()))


def _key_name(key: Qt.Key) -> str:
    """A key's name as menus show it on this system (in Qt's own language)."""
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)

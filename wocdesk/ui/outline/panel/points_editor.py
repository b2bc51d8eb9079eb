"""The key points marked in the article: titles per language, order, groups, removal."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wocdesk.briefing.keypoints import anchor, source_words
from wocdesk.errors import WocdeskError
from wocdesk.i18n import _
from wocdesk.model.text import BiText
from wocdesk.ui.app.language import translate_ui
from wocdesk.ui.app.plain_text import literal_markup, plain_labels
from wocdesk.ui.outline.panel.layout_helpers import button_bar, stretch_first_column
from wocdesk.ui.outline.points import KeyPointBook

ID_ROLE = Qt.ItemDataRole.UserRole


class PointsEditor(QWidget):
    """The article's key points in the user's order; each edit is stored at once.

    ``passage_chosen`` asks the reader to show a point's passage (double-click, Show).
    """

    passage_chosen = Signal(str)

    def __init__(self, book: KeyPointBook, lang: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("points-editor")
        self.book = book
        self._lang = lang  # a callable giving the reading language
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("key-point-table")
        stretch_first_column(self.table)
        self.table.setWordWrap(True)
        self.groups = QTableWidget(0, 2, self)
        self.groups.setObjectName("group-table")
        self.groups.horizontalHeader().setStretchLastSection(True)
        self.up_button, self.down_button = QPushButton(self), QPushButton(self)
        self.remove_button, self.show_button = QPushButton(self), QPushButton(self)
        self.new_group, self.remove_group = QPushButton(self), QPushButton(self)
        self.hint, self.groups_label, self.message = QLabel(self), QLabel(self), QLabel(self)
        for label in (self.hint, self.message):
            plain_labels(label)
            label.setWordWrap(True)
        row = (self.up_button, self.down_button, self.remove_button, self.show_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 3)
        layout.addWidget(button_bar(self, row))
        layout.addWidget(self.groups_label)
        layout.addWidget(self.groups, 1)
        layout.addWidget(button_bar(self, (self.new_group, self.remove_group)))
        layout.addWidget(self.message)
        self._filling = False
        self.table.itemChanged.connect(self._title_changed)
        self.table.cellDoubleClicked.connect(
            lambda row, column: self._show(row) if column == 0 else None
        )
        self.groups.itemChanged.connect(self._group_title_changed)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.remove_button.clicked.connect(self._remove)
        self.show_button.clicked.connect(lambda: self._show(self.table.currentRow()))
        self.new_group.clicked.connect(self._new_group)
        self.remove_group.clicked.connect(self._remove_group)
        book.changed.connect(self.refresh)
        translate_ui(self)
        self.refresh()

    def retranslate_ui(self) -> None:
        """Headings, buttons and hints in the interface language."""
        self.table.setHorizontalHeaderLabels(
            [_("Marked words"), _("Title (中文)"), _("Title (English)"), _("Slide")]
        )
        self.groups.setHorizontalHeaderLabels([_("Group (中文)"), _("Group (English)")])
        self.table.setAccessibleName(_("Your key points"))
        self.groups.setAccessibleName(_("Groups"))
        self.hint.setText(
            _(
                "Select a sentence in the article and choose Add to Briefing (Ctrl+B). "
                "A title replaces the source's words on the slides; leave it empty to keep them."
            )
        )
        self.groups_label.setText(_("Groups (a slide each):"))
        self.up_button.setText(_("Move up"))
        self.down_button.setText(_("Move down"))
        self.remove_button.setText(_("Remove"))
        self.show_button.setText(_("Show in the article"))
        self.new_group.setText(_("New group"))
        self.remove_group.setText(_("Remove group"))
        self.refresh()

    def refresh(self) -> None:
        """Show the stored points and groups again."""
        book = self.book
        points = book.points
        article = book.article
        lang = self._lang()  # type: ignore[operator]
        self._filling = True
        try:
            self.table.setRowCount(len(points.points))
            for row, point in enumerate(points.points):
                fitted = anchor(point, article)
                words = source_words(fitted, article).best(lang) if fitted else None
                shown = words or "⚠ " + (point.text or point.id)
                cells = [shown, point.title.zh or "", point.title.en or ""]
                for column, text in enumerate(cells):
                    cell = QTableWidgetItem(text)
                    cell.setData(ID_ROLE, point.id)
                    if column == 0:
                        cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                        cell.setToolTip(literal_markup(point.text or shown))
                    self.table.setItem(row, column, cell)
                self.table.setCellWidget(row, 3, self._group_box(point.id, point.group))
            self.groups.setRowCount(len(points.groups))
            for row, group in enumerate(points.groups):
                for column, text in enumerate((group.title.zh or "", group.title.en or "")):
                    cell = QTableWidgetItem(text)
                    cell.setData(ID_ROLE, group.id)
                    self.groups.setItem(row, column, cell)
            self.table.resizeRowsToContents()
        finally:
            self._filling = False
        self.message.setText(book.error)

    def _group_box(self, point_id: str, group: str | None) -> QComboBox:
        box = QComboBox(self.table)
        box.addItem(_("Its section's slide"), None)
        lang = self._lang()  # type: ignore[operator]
        for item in self.book.points.groups:
            box.addItem(item.title.best(lang) or item.id, item.id)
        box.setCurrentIndex(max(0, box.findData(group)) if group else 0)
        box.setAccessibleName(_("Slide"))
        box.currentIndexChanged.connect(
            lambda _index: self._do(lambda: self.book.set_group(point_id, box.currentData()))
        )
        return box

    def _do(self, edit: object) -> None:
        try:
            edit()  # type: ignore[operator]
        except WocdeskError as exc:
            QMessageBox.warning(self, _("Key points"), literal_markup(str(exc)))

    def _point_id(self, row: int) -> str:
        cell = self.table.item(row, 0)
        return str(cell.data(ID_ROLE)) if cell is not None else ""

    def _title_changed(self, cell: QTableWidgetItem) -> None:
        if self._filling or cell.column() not in (1, 2):
            return
        row = cell.row()
        title = BiText(
            *(
                (self.table.item(row, c).text().strip() or None)  # type: ignore[union-attr]
                if self.table.item(row, c)
                else None
                for c in (1, 2)
            )
        )
        self._do(lambda: self.book.retitle(self._point_id(row), title))

    def _group_title_changed(self, cell: QTableWidgetItem) -> None:
        if self._filling:
            return
        row = cell.row()
        texts = [self.groups.item(row, c) for c in (0, 1)]
        title = BiText(*((t.text().strip() or None) if t else None for t in texts))
        if not title.languages:
            return
        group_id = str(cell.data(ID_ROLE))
        self._do(lambda: self.book.retitle_group(group_id, title))

    def _move(self, step: int) -> None:
        row = self.table.currentRow()
        if row < 0 or not 0 <= row + step < self.table.rowCount():
            return
        self._do(lambda: self.book.move(self._point_id(row), row + step))
        self.table.setCurrentCell(row + step, 0)

    def _remove(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self._do(lambda: self.book.remove(self._point_id(row)))

    def _show(self, row: int) -> None:
        point_id = self._point_id(row)
        if point_id:
            self.passage_chosen.emit(self.book.points.point(point_id).passage_id)

    def _new_group(self) -> None:
        count = len(self.book.points.groups) + 1
        title = BiText(f"第{count}组", f"Group {count}")
        self._do(lambda: self.book.add_group(title))

    def _remove_group(self) -> None:
        row = self.groups.currentRow()
        cell = self.groups.item(row, 0) if row >= 0 else None
        if cell is not None:
            group_id = str(cell.data(ID_ROLE))
            self._do(lambda: self.book.remove_group(group_id))

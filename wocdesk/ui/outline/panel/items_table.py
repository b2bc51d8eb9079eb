"""The entries of a points or agenda slide as a table: own titles per language, order, removal."""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wocdesk.i18n import _
from wocdesk.ui.app.language import translate_ui
from wocdesk.ui.outline.panel.bitext_edit import as_bitext
from wocdesk.ui.outline.panel.layout_helpers import button_bar, stretch_first_column

Words = Callable[[Mapping[str, Any]], str]  # the source's words an entry shows


class ItemsTable(QWidget):
    """A slide's ``items``, ``edited`` after each change.

    For points: the source's words and your titles (中文, English); for an agenda: its lines
    in both languages.
    """

    edited = Signal()

    def __init__(self, agenda: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.agenda = agenda
        self.table = QTableWidget(0, 2 if agenda else 3, self)
        self.table.setObjectName("agenda-items" if agenda else "point-items")
        if agenda:
            self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        else:
            stretch_first_column(self.table)
        self.table.setWordWrap(True)
        self.up_button, self.down_button = QPushButton(self), QPushButton(self)
        self.remove_button, self.add_button = QPushButton(self), QPushButton(self)
        shown = [self.up_button, self.down_button, self.remove_button]
        if agenda:
            shown.append(self.add_button)
        else:
            self.add_button.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(button_bar(self, shown))
        self._items: list[Any] = []
        self._filling = False
        self.table.itemChanged.connect(self._cell_changed)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.remove_button.clicked.connect(self._remove)
        self.add_button.clicked.connect(self._add)
        translate_ui(self)

    def retranslate_ui(self) -> None:
        """Headings and buttons in the interface language."""
        if self.agenda:
            heads = ["中文", "English"]
        else:
            heads = [_("Source's words"), _("Your title (中文)"), _("Your title (English)")]
        self.table.setHorizontalHeaderLabels(heads)
        self.table.setAccessibleName(_("Agenda items") if self.agenda else _("Entries"))
        self.up_button.setText(_("Move up"))
        self.down_button.setText(_("Move down"))
        self.remove_button.setText(_("Remove entry"))
        self.add_button.setText(_("Add line"))

    def set_items(self, items: list[Any], words: Words | None = None) -> None:
        """Show ``items`` (``words`` gives a points entry's source words)."""
        self._items = copy.deepcopy(items)
        self._filling = True
        try:
            self.table.setRowCount(len(items))
            for row, item in enumerate(items):
                if self.agenda:
                    text = as_bitext(item)
                    cells = [text.zh or "", text.en or ""]
                else:
                    title = as_bitext(item.get("title")) if isinstance(item, Mapping) else None
                    source = words(item) if words is not None and isinstance(item, Mapping) else ""
                    cells = [
                        source,
                        (title.zh or "") if title else "",
                        (title.en or "") if title else "",
                    ]
                for column, value in enumerate(cells):
                    cell = QTableWidgetItem(value)
                    if not self.agenda and column == 0:
                        cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                        cell.setToolTip(value)
                    self.table.setItem(row, column, cell)
            self.table.resizeRowsToContents()
        finally:
            self._filling = False

    def items(self) -> list[Any]:
        """The entries as the outline's ``items``."""
        return copy.deepcopy(self._items)

    def _cell(self, row: int, column: int) -> str:
        cell = self.table.item(row, column)
        return cell.text().strip() if cell is not None else ""

    def _cell_changed(self, cell: QTableWidgetItem) -> None:
        if self._filling:
            return
        row = cell.row()
        if self.agenda:
            zh, en = self._cell(row, 0), self._cell(row, 1)
            self._items[row] = {k: v for k, v in (("zh", zh), ("en", en)) if v} or {"en": ""}
        else:
            item = dict(self._items[row])
            zh, en = self._cell(row, 1), self._cell(row, 2)
            title = {k: v for k, v in (("zh", zh), ("en", en)) if v}
            if title:
                item["title"] = title
            else:
                item.pop("title", None)
            self._items[row] = item
        self.edited.emit()

    def _move(self, step: int) -> None:
        row = self.table.currentRow()
        to = row + step
        if row < 0 or not 0 <= to < len(self._items):
            return
        self._items.insert(to, self._items.pop(row))
        self.edited.emit()
        self.table.setCurrentCell(to, self.table.currentColumn())

    def _remove(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self._items) and len(self._items) > 1:
            del self._items[row]
            self.edited.emit()

    def _add(self) -> None:
        self._items.append({"zh": "…", "en": "…"})
        self.edited.emit()

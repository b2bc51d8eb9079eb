"""A small grid of labels and values for a chart or table slide: typed, or pasted from a sheet."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wocdesk.i18n import _
from wocdesk.ui.app.language import translate_ui
from wocdesk.ui.app.plain_text import plain_labels
from wocdesk.ui.outline.panel.bitext_edit import BiTextEdit, as_bitext
from wocdesk.ui.outline.panel.layout_helpers import button_bar

UNITS = ("count", "percent")
_SPACES = re.compile(r"[\s,，\u00a0\u202f']")
_FULL_WIDTH = str.maketrans("０１２３４５６７８９．－＋％", "0123456789.-+%")


def parse_number(text: str) -> tuple[float, bool] | None:
    """``"1,234.5"`` → (1234.5, False); ``"70%"`` → (70.0, True); not a number → None."""
    cleaned = _SPACES.sub("", text.translate(_FULL_WIDTH))
    percent = cleaned.endswith("%")
    cleaned = cleaned.rstrip("%")
    try:
        value = float(cleaned)
    except ValueError:
        return None
    return value, percent


def parse_rows(text: str) -> list[list[str]]:
    """Tab-separated lines (what a spreadsheet copies) as rows of cells; blank lines dropped."""
    rows = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if line.strip():
            rows.append([cell.strip() for cell in line.split("\t")])
    return rows


class NumberGrid(QWidget):
    """Labels (中文, English) and a value per row, a unit and a caption; ``edited`` on change.

    Pasting (Ctrl+V) tab-separated text fills the grid from the current row on (the whole grid
    when no row is current): two columns
    are a label and a value, three a Chinese label, an English label and a value. A first line
    whose value is not a number is taken as headings.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("number-grid")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.installEventFilter(self)
        self.unit_box = QComboBox(self)
        self.caption = BiTextEdit("Caption", self)
        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.paste_button = QPushButton(self)
        self.message = QLabel(self)
        plain_labels(self.message)
        self.message.setWordWrap(True)
        self.message.setObjectName("grid-message")
        self.unit_label, self.caption_label = QLabel(self), QLabel(self)
        form = QFormLayout()
        form.addRow(self.unit_label, self.unit_box)
        form.addRow(self.caption_label, self.caption)
        buttons = (self.add_button, self.remove_button, self.paste_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(button_bar(self, buttons))
        layout.addWidget(self.message)
        self._filling = False
        self.table.itemChanged.connect(self._changed)
        self.unit_box.currentIndexChanged.connect(self._changed)
        self.caption.edited.connect(self._changed)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        self.paste_button.clicked.connect(self.paste)
        translate_ui(self)

    def retranslate_ui(self) -> None:
        """Headings, buttons and choices in the interface language."""
        self.table.setHorizontalHeaderLabels([_("Label (中文)"), _("Label (English)"), _("Value")])
        self.table.setAccessibleName(_("Numbers"))
        self.unit_label.setText(_("Unit:"))
        self.caption_label.setText(_("Caption:"))
        self.add_button.setText(_("Add row"))
        self.remove_button.setText(_("Remove row"))
        self.paste_button.setText(_("Paste"))
        self.paste_button.setToolTip(_("Paste rows copied from a spreadsheet (Ctrl+V)"))
        current = max(self.unit_box.currentIndex(), 0)
        self.unit_box.blockSignals(True)
        self.unit_box.clear()
        self.unit_box.addItem(_("Numbers"), "count")
        self.unit_box.addItem(_("Percentages"), "percent")
        self.unit_box.setCurrentIndex(current)
        self.unit_box.blockSignals(False)

    # -- value ------------------------------------------------------------------------------
    def set_data(self, data: Mapping[str, Any]) -> None:
        """Show an outline's ``data`` table."""
        self._filling = True
        try:
            labels, values = list(data.get("labels", ())), list(data.get("values", ()))
            self.table.setRowCount(len(labels))
            for row, (label, value) in enumerate(zip(labels, values, strict=False)):
                text = as_bitext(label)
                self._set_row(row, text.zh or "", text.en or "", _number_text(value))
            self.unit_box.setCurrentIndex(UNITS.index(data.get("unit", "count")))
            self.caption.set_value(data.get("caption"))
            self.message.clear()
        finally:
            self._filling = False

    def data(self) -> dict[str, Any] | None:
        """The grid as an outline's ``data``; ``None`` (and a message) for a value not a number."""
        labels: list[Any] = []
        values: list[float] = []
        for row in range(self.table.rowCount()):
            zh, en, value = (self._cell(row, column) for column in range(3))
            if not (zh or en or value):
                continue
            parsed = parse_number(value)
            if parsed is None:
                self.message.setText(
                    _("Row {row}: “{value}” is not a number").format(row=row + 1, value=value)
                )
                return None
            labels.append(_label(zh, en))
            values.append(int(parsed[0]) if parsed[0].is_integer() else parsed[0])
        if not labels:
            self.message.setText(_("Type at least one label and its value"))
            return None
        self.message.clear()
        result: dict[str, Any] = {
            "labels": labels,
            "values": values,
            "unit": self.unit_box.currentData() or "count",
        }
        caption = self.caption.table()
        if caption:
            result["caption"] = caption
        return result

    # -- editing ----------------------------------------------------------------------------
    def add_row(self) -> None:
        """An empty row after the current one."""
        row = self.table.currentRow() + 1 if self.table.currentRow() >= 0 else self.table.rowCount()
        self.table.insertRow(row)
        self.table.setCurrentCell(row, 0)

    def remove_row(self) -> None:
        """Remove the current row."""
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._changed()

    def paste(self) -> None:
        """Fill rows from the clipboard's text."""
        self.paste_text(QGuiApplication.clipboard().text())

    def paste_text(self, text: str) -> None:
        """Fill rows from tab-separated ``text``: from the current row on, or the whole grid."""
        rows = parse_rows(text)
        if rows and len(rows[0]) >= 2 and parse_number(rows[0][-1]) is None:
            rows = rows[1:]  # headings
        if not rows:
            return
        percent = False
        start = self.table.currentRow()
        if start < 0:  # nothing chosen: the pasted rows are the grid
            start = 0
            self.table.setRowCount(0)
        self._filling = True
        try:
            self.table.setRowCount(max(self.table.rowCount(), start + len(rows)))
            for offset, cells in enumerate(rows):
                value = cells[-1] if len(cells) >= 2 else ""
                zh = cells[0] if cells else ""
                en = cells[1] if len(cells) >= 3 else zh
                parsed = parse_number(value)
                percent = percent or (parsed is not None and parsed[1])
                shown = _number_text(parsed[0]) if parsed is not None else value
                self._set_row(start + offset, zh, en, shown)
            if percent:
                self.unit_box.setCurrentIndex(UNITS.index("percent"))
        finally:
            self._filling = False
        self._changed()

    def eventFilter(self, watched: Any, event: Any) -> bool:
        """Ctrl+V in the grid pastes rows rather than one cell."""
        if (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.matches(QKeySequence.StandardKey.Paste)
        ):
            self.paste()
            return True
        return super().eventFilter(watched, event)

    def _set_row(self, row: int, zh: str, en: str, value: str) -> None:
        for column, text in enumerate((zh, en, value)):
            self.table.setItem(row, column, QTableWidgetItem(text))

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def _changed(self, *_args: object) -> None:
        if not self._filling:
            self.edited.emit()


def _label(zh: str, en: str) -> Any:
    if zh and en and zh != en:
        return {"zh": zh, "en": en}
    return zh or en


def _number_text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value)

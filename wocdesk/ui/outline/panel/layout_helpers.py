"""Layout helpers of the outline panel: button rows that fit a narrow dock, table columns."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QAbstractButton, QHeaderView, QTableWidget, QToolBar, QWidget


def button_bar(parent: QWidget, buttons: Iterable[QAbstractButton]) -> QToolBar:
    """``buttons`` in a row; those that do not fit a narrow panel go under its » button."""
    bar = QToolBar(parent)
    bar.setIconSize(QSize(1, 1))
    bar.setMovable(False)
    bar.setFloatable(False)
    for button in buttons:
        bar.addWidget(button)
    return bar


def stretch_first_column(table: QTableWidget, width: int = 110) -> None:
    """The first column (the source's words) takes the room; the others start ``width`` wide.

    No column gets narrower than ``width`` (the source's words in a narrow dock were a
    column of one character per line): a table wider than the panel scrolls sideways.
    """
    header = table.horizontalHeader()
    header.setMinimumSectionSize(width)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, table.columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, width)

"""The Library view's table: how it selects, sorts and sizes its columns."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from wocdesk.i18n import _, format_date, format_number, format_percent, ngettext
from wocdesk.ui.library.view.progress_delegate import ProgressDelegate
from wocdesk.ui.library.view.table_model import COLUMNS, HEADERS


def setup_table(table: QTableView, proxy: QSortFilterProxyModel) -> None:
    """Rows selected whole, one at a time, sorted by a click on a column; nothing edited."""
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the library's order until asked
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(COLUMNS.index("title"), QHeaderView.ResizeMode.Stretch)
    header.setSortIndicatorShown(True)
    header.setSortIndicatorClearable(True)
    table.setItemDelegateForColumn(COLUMNS.index("progress"), ProgressDelegate(table))


def size_columns(table: QTableView) -> None:
    """Widths that fit a long date, a large size and 100% in the interface language."""
    metrics = table.fontMetrics()
    header = table.horizontalHeader()
    samples = {
        "source": "M" * 12,
        "date": format_date(dt.date(2024, 12, 28), style="medium"),
        "size": ngettext("{n} passage", "{n} passages", 88888).format(n=format_number(88888)),
        "progress": format_percent(1.0) + "MM",
    }
    for name, sample in samples.items():
        wanted = max(
            metrics.horizontalAdvance(sample),
            header.fontMetrics().horizontalAdvance(_(HEADERS[name])),
        )
        header.resizeSection(COLUMNS.index(name), wanted + 24)

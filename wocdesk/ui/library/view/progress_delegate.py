"""The Read column: a thin progress bar under the percentage, as the style draws one."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
)

from wocdesk.ui.library.view.table_model import PROGRESS_ROLE

BAR_HEIGHT = 4


class ProgressDelegate(QStyledItemDelegate):
    """Draws the cell as usual (the percentage), with a progress bar along its bottom."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """The percentage, then the bar (none for an article never opened)."""
        super().paint(painter, option, index)
        share = index.data(PROGRESS_ROLE)
        if not isinstance(share, float) or share < 0:
            return
        rect: QRect = option.rect
        bar = QStyleOptionProgressBar()
        bar.rect = QRect(
            rect.left() + 4, rect.bottom() - BAR_HEIGHT - 1, rect.width() - 8, BAR_HEIGHT
        )
        bar.minimum = 0
        bar.maximum = 1000
        bar.progress = round(share * 1000)
        bar.textVisible = False
        bar.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Horizontal
        bar.palette = option.palette
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ProgressBarGroove, bar, painter, widget)
        style.drawControl(QStyle.ControlElement.CE_ProgressBarContents, bar, painter, widget)

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        """Keep the percentage clear of the bar."""
        super().initStyleOption(option, index)
        option.displayAlignment = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop

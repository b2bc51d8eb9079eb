"""Search hits across the library: a list model and a delegate that draws each hit's snippets."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from wocdesk.library.search import SearchHit
from wocdesk.ui.library.view.snippet_html import hit_html, hit_plain

Index = QModelIndex | QPersistentModelIndex
HIT_ROLE = int(Qt.ItemDataRole.UserRole) + 1  # the SearchHit
HTML_ROLE = int(Qt.ItemDataRole.UserRole) + 2  # the hit as rich text (article text escaped)
PADDING = 6
DOCUMENTS_KEPT = 200  # hits laid out and kept (a search shows at most 50)


class HitsModel(QAbstractListModel):
    """The passages a library search found, best first."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []
        self._html: dict[int, str] = {}
        self.mark_style = "background-color:#ffe066;"
        self.muted = "#777777"

    def set_hits(self, hits: list[SearchHit]) -> None:
        """Show these hits."""
        self.beginResetModel()
        self._hits = list(hits)
        self._html.clear()
        self.endResetModel()

    def set_colors(self, mark: QColor, mark_text: QColor, muted: QColor) -> None:
        """Colours of the matches and of the passage numbers (from the view's palette)."""
        self.mark_style = f"background-color:{mark.name()}; color:{mark_text.name()};"
        self.muted = muted.name()
        self.retranslate_ui()

    def hit(self, row: int) -> SearchHit:
        """The hit on ``row``."""
        return self._hits[row]

    def hits(self) -> list[SearchHit]:
        """Every hit shown."""
        return list(self._hits)

    def retranslate_ui(self) -> None:
        """Build the rich text again (titles and passage numbers follow the interface)."""
        self._html.clear()
        if self._hits:
            self.dataChanged.emit(self.index(0), self.index(len(self._hits) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """How many hits."""
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Plain text, rich text or the hit itself."""
        if not index.isValid():
            return None
        row = index.row()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return hit_plain(self._hits[row])
        if role == HTML_ROLE:
            text = self._html.get(row)
            if text is None:
                text = hit_html(self._hits[row], self.mark_style, self.muted)
                self._html[row] = text
            return text
        if role == HIT_ROLE:
            return self._hits[row]
        return None


class HitDelegate(QStyledItemDelegate):
    """Draws a hit's rich text (heading and snippets) with the item's selection state."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view
        self._documents: dict[tuple[str, int, str], QTextDocument] = {}  # laid out once

    def _document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument:
        html = str(index.data(HTML_ROLE) or "")
        width = max(80, self._view.viewport().width())
        key = (html, width, option.font.key())
        document = self._documents.get(key)
        if document is None:
            if len(self._documents) > DOCUMENTS_KEPT:
                self._documents.clear()
            document = QTextDocument()
            document.setDocumentMargin(PADDING)
            document.setDefaultFont(option.font)
            document.setHtml(html)
            document.setTextWidth(width)
            self._documents[key] = document
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """The item's background (selected or not), then its rich text."""
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        text = option.text
        option.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        option.text = text
        document = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        rect = option.rect
        painter.translate(rect.topLeft())
        painter.setClipRect(QRectF(0, 0, rect.width(), rect.height()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        """The height of the hit's rich text at the view's width."""
        self.initStyleOption(option, index)
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()))

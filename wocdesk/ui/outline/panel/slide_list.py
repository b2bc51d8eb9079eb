"""The outline's slides as a list with thumbnails: a model over the document and its view."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from wocdesk.deck.outlines.outline import SlideSpec
from wocdesk.i18n import N_, _, ngettext
from wocdesk.ui.outline.document import OutlineDocument
from wocdesk.ui.outline.panel.thumbnails import Thumbnails

Index = QModelIndex | QPersistentModelIndex
PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_NAMES = {
    "cover": N_("Title slide"),
    "title": N_("Event title"),
    "points": N_("Points"),
    "quote": N_("Quote"),
    "chart": N_("Chart"),
    "table": N_("Table"),
    "agenda": N_("Agenda"),
    "credits": N_("Credits"),
    "waves": N_("Cards: waves"),
    "trends": N_("Cards: trends"),
    "keys": N_("Cards: keys"),
    "trend": N_("Trend"),
    "source": N_("Source"),
    "closing": N_("Closing"),
}
PROBLEM_COLOR = "#B42318"


def kind_name(kind: str) -> str:
    """A slide kind's name in the interface language."""
    return _(KIND_NAMES[kind]) if kind in KIND_NAMES else kind


class SlideListModel(QAbstractListModel):
    """One row per outline slide: number, kind and title, its thumbnail, its problems."""

    def __init__(self, document: OutlineDocument, thumbnails: Thumbnails) -> None:
        super().__init__()
        self.document = document
        self.thumbnails = thumbnails
        self._moving = False
        self._slides = document.slides  # read once per change: views ask for them often
        document.reset.connect(self._on_reset)
        document.slide_changed.connect(self._on_slide_changed)
        thumbnails.ready.connect(self._on_thumbnail)

    def _on_reset(self) -> None:
        if not self._moving:
            self.beginResetModel()
            self._slides = self.document.slides
            self.endResetModel()

    def _on_slide_changed(self, row: int) -> None:
        self._slides = self.document.slides
        index = self.index(row)
        self.dataChanged.emit(index, index)

    def _on_thumbnail(self, row: int) -> None:
        index = self.index(row)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """The number of outline slides."""
        return 0 if parent.isValid() else len(self._slides)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, thumbnail, tooltip and colour of a slide's row."""
        slides = self._slides
        if not index.isValid() or not 0 <= index.row() < len(slides):
            return None
        spec = slides[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.label(spec)
        if role == Qt.ItemDataRole.DecorationRole:
            return self.thumbnails.pixmap(index.row())
        problems = self.document.slide_problems(spec.number)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(str(p) for p in problems) or self.label(spec)
        if role == Qt.ItemDataRole.ForegroundRole and problems:
            return QColor(PROBLEM_COLOR)
        if role == PROBLEM_ROLE:
            return bool(problems)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and problems:
            return str(problems[0])
        return None

    def label(self, spec: SlideSpec) -> str:
        """``3 · Points`` then the title, with ⚠ for a slide the article cannot fill."""
        lang = self.thumbnails.mode().leading
        title = spec.title.best(lang) if spec.title is not None else ""
        if not title and spec.kind in ("cover", "title"):
            title = self.document.article.title.best(lang)
        head = f"{spec.number} · {kind_name(spec.kind)}"
        drawn = self.thumbnails.cached(spec.number - 1)
        if drawn is not None and drawn[1] > 1:
            head += " · " + ngettext("{count} slide", "{count} slides", drawn[1]).format(
                count=drawn[1]
            )
        if self.document.slide_problems(spec.number):
            head = "⚠ " + head
        return f"{head}\n{title}" if title else head

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Rows are dragged; drops go between rows."""
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDragEnabled
        )

    def supportedDropActions(self) -> Qt.DropAction:
        """Rows move."""
        return Qt.DropAction.MoveAction

    def moveRows(
        self,
        source_parent: Index,
        source_row: int,
        count: int,
        destination_parent: Index,
        destination_child: int,
    ) -> bool:
        """Move one slide to before row ``destination_child`` (drag and drop, keys)."""
        if count != 1 or source_parent.isValid() or destination_parent.isValid():
            return False
        rows = self.rowCount()
        if not (0 <= source_row < rows and 0 <= destination_child <= rows):
            return False
        if destination_child in (source_row, source_row + 1):
            return False
        if not self.beginMoveRows(
            QModelIndex(), source_row, source_row, QModelIndex(), destination_child
        ):
            return False
        target = destination_child - 1 if destination_child > source_row else destination_child
        self._moving = True
        try:
            self.document.move_slide(source_row, target)
        finally:
            self._moving = False
            self._slides = self.document.slides
            self.endMoveRows()
        return True


class SlideList(QListView):
    """The slides in order, with thumbnails; drag to reorder, Ctrl+Up/Down and Delete too."""

    move_requested = Signal(int)  # -1 up, +1 down
    remove_requested = Signal()
    insert_requested = Signal()

    def __init__(self, model: SlideListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outline-slides")
        self.setModel(model)
        thumbs = model.thumbnails
        self.setIconSize(QSize(thumbs.width, thumbs.height))
        self.setUniformItemSizes(True)
        self.setWordWrap(True)
        self.setSpacing(2)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        thumbs.is_wanted = self.is_row_visible

    def is_row_visible(self, row: int) -> bool:
        """True when row ``row`` is (partly) on screen."""
        model = self.model()
        if model is None or not self.isVisible():
            return False
        rect = self.visualRect(model.index(row, 0))
        return rect.isValid() and rect.intersects(self.viewport().rect())

    def current_row(self) -> int:
        """The selected slide's row, or -1."""
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+Up / Ctrl+Down move the slide, Delete removes it, Insert adds one after it."""
        key, mods = event.key(), event.modifiers()
        ctrl = mods & Qt.KeyboardModifier.ControlModifier
        if ctrl and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_requested.emit(-1 if key == Qt.Key.Key_Up else 1)
        elif key == Qt.Key.Key_Delete and not mods:
            self.remove_requested.emit()
        elif key == Qt.Key.Key_Insert and not mods:
            self.insert_requested.emit()
        else:
            super().keyPressEvent(event)

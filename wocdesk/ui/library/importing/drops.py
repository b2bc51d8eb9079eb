"""Files dropped on the window are imported into the library."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QMainWindow, QWidget

from wocdesk.i18n import _


def dropped_files(mime: QMimeData) -> list[Path]:
    """The local files a drag carries (links to web pages and plain text are not files)."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class DropImporter(QObject):
    """Watches the window for drags of files; a drop hands them to ``import_files``.

    Qt gives a drag to the widget under the mouse that takes drops, else to its parents: the
    window takes them, and so do the widgets inside it that take text (the reading pane, the
    fields); those are watched too, so that a file dropped anywhere is imported, not pasted.
    """

    def __init__(self, window: QMainWindow, import_files: Callable[[list[Path]], None]) -> None:
        super().__init__(window)
        self._window = window
        self._import = import_files
        self._watched: set[int] = set()
        window.setAcceptDrops(True)
        self.watch_children()

    def watch_children(self) -> None:
        """Watch the window and every widget in it that takes drops (call again for new ones)."""
        for widget in [self._window, *self._window.findChildren(QWidget)]:
            if widget.acceptDrops() and id(widget) not in self._watched:
                self._watched.add(id(widget))
                widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Accept drags of local files; import them when dropped."""
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDragEnterEvent | QDragMoveEvent)
            files = dropped_files(event.mimeData())
            if files:
                event.acceptProposedAction()
                if kind == QEvent.Type.DragEnter:
                    self._window.statusBar().showMessage(_("Drop to import into the library"), 3000)
                return True
            event.ignore()
            return False
        if kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            files = dropped_files(event.mimeData())
            if not files:
                return False
            event.acceptProposedAction()
            self._window.statusBar().clearMessage()
            self._import(files)
            return True
        return super().eventFilter(watched, event)

"""Dropping files on a widget as Qt does: the widget under the point that accepts drops."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget


def drop_target(window: QWidget, point: QPoint) -> QWidget:
    """The widget a drop at ``point`` (window coordinates) goes to, as Qt chooses it."""
    widget = window.childAt(point) or window
    while not widget.acceptDrops() and widget is not window:
        parent = widget.parentWidget()
        if parent is None:
            break
        widget = parent
    return widget


def mime_of(files: Sequence[Path]) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in files])
    return mime


def drop_files(window: QWidget, files: Sequence[Path], point: QPoint | None = None) -> bool:
    """Drag ``files`` over ``window`` at ``point`` (its centre) and drop them; True if taken."""
    return drop_mime(window, mime_of(files), point)


def drop_mime(window: QWidget, mime: QMimeData, point: QPoint | None = None) -> bool:
    """Drag ``mime`` over the window and drop it, through the widget that takes drops."""
    point = point or window.rect().center()
    target = drop_target(window, point)
    local = QPointF(target.mapFrom(window, point))
    copy = Qt.DropAction.CopyAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(local.toPoint(), copy, mime, buttons, keys)
    QApplication.sendEvent(target, enter)
    if not enter.isAccepted():
        return False
    move = QDragMoveEvent(local.toPoint(), copy, mime, buttons, keys)
    QApplication.sendEvent(target, move)
    drop = QDropEvent(local, copy, mime, buttons, keys)
    QApplication.sendEvent(target, drop)
    return drop.isAccepted()

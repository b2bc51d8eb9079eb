"""Registers the reading view's accessible interface with Qt (asked for only by assistive tools).

Qt asks the factory for an object's interface only when something queries it: an assistive
technology, or Qt itself once one is active. Installing costs one call; the interface's
module is imported on the first query.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface

if TYPE_CHECKING:
    from wocdesk.ui.reading.accessible.interface import ReadingAccessible
    from wocdesk.ui.reading.view import ReadingView

VIEW_CLASS = "ReadingView"  # the class name Qt's meta-object gives the reading view
_installed: list[bool] = []
# Every interface made, held until Qt deletes it: were Python to free one first (at exit, when
# PySide drops its own references), Qt's cache would delete it a second time.
_made: list[ReadingAccessible] = []


def install_accessible_factory() -> None:
    """Install the factory (once per process; later calls do nothing)."""
    if not _installed:
        QAccessible.installFactory(reading_view_accessible)
        _installed.append(True)


def reading_view_accessible(class_name: str, obj: QObject) -> QAccessibleInterface | None:
    """The interface of a reading view; None for anything else (Qt's own interfaces then).

    Qt asks again for an object whose meta-object changed (PySide makes a new one when a
    signal is first connected to a method of the view): the interface made before then stops
    following the view, so that each change is announced once.
    """
    if class_name != VIEW_CLASS:
        return None
    from wocdesk.ui.reading.accessible.interface import ReadingAccessible

    _made[:] = [made for made in _made if shiboken6.isValid(made)]
    for made in _made:
        if made.following and made.object() is obj:
            made.stop_following()
    interface = ReadingAccessible(cast("ReadingView", obj))
    _made.append(interface)
    return interface

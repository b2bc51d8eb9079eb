"""The Qt window (imported lazily, so that start-up can check Qt can run first).

Embedding: ``MainWindow(article)``, ``set_interface_language("zh" | "en")``, ``ActionSpec`` for
actions added with ``MainWindow.add_action`` and ``ReaderState``, the state the window follows.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from wocdesk.ui.app.qt_compat import keep_none_alive

keep_none_alive()  # before any Qt call: see qt_compat (PySide6 6.12 on Python 3.11)

if TYPE_CHECKING:
    from wocdesk.ui.app.actions import ActionSpec
    from wocdesk.ui.app.language import set_interface_language
    from wocdesk.ui.reader.main_window import MainWindow
    from wocdesk.ui.state import ReaderState

__all__ = ["ActionSpec", "MainWindow", "ReaderState", "set_interface_language"]

_LAZY = {
    "ActionSpec": "wocdesk.ui.app.actions",
    "MainWindow": "wocdesk.ui.reader.main_window",
    "ReaderState": "wocdesk.ui.state",
    "set_interface_language": "wocdesk.ui.app.language",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'wocdesk.ui' has no attribute {name!r}")

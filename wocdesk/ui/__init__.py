"""The Qt window: the reader (imported lazily, so start-up can check Qt can run first)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wocdesk.ui.app.qt_compat import keep_none_alive

keep_none_alive()  # before any Qt call: see qt_compat (PySide6 6.12 on Python 3.11)

if TYPE_CHECKING:
    from wocdesk.ui.app.language import set_interface_language
    from wocdesk.ui.reader.main_window import MainWindow

__all__ = ["MainWindow", "set_interface_language"]


def __getattr__(name: str) -> Any:
    if name == "MainWindow":
        from wocdesk.ui.reader.main_window import MainWindow

        return MainWindow
    if name == "set_interface_language":
        from wocdesk.ui.app.language import set_interface_language

        return set_interface_language
    raise AttributeError(f"module 'wocdesk.ui' has no attribute {name!r}")

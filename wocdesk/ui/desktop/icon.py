"""wocdesk's icon for the window, the taskbar and the About box (the bundled PNG sizes)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QIcon

from wocdesk.desktop.identity import APP_ID
from wocdesk.resources import resource

# The sizes a title bar, a taskbar and an About box use; the 512 px one is for launchers only.
WINDOW_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def application_icon() -> QIcon:
    """The icon, one PNG per size (files are read when a size is first drawn, not here)."""
    icon = QIcon()
    for size in WINDOW_ICON_SIZES:
        path = resource("icons", "hicolor", f"{size}x{size}", "apps", "wocdesk.png")
        icon.addFile(str(path), QSize(size, size))
    return icon


def install_application_icon(_app: object = None) -> None:
    """Give every window the icon, and tell the desktop which launcher the app belongs to."""
    QGuiApplication.setWindowIcon(application_icon())
    QGuiApplication.setDesktopFileName(APP_ID)  # the launcher's name: the app id on Wayland

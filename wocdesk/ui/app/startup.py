"""Start the Qt application: its names, the bundled fonts and quiet offscreen rendering."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from wocdesk.ui.app.fonts import register_fonts
from wocdesk.ui.desktop.icon import install_application_icon


def start_application(offscreen: bool = False) -> QCoreApplication:
    """The application (made once), named for its settings, with the bundled fonts registered.

    ``offscreen``: drop the offscreen plugin's notes about window hints it cannot honour.
    """
    if offscreen:
        qInstallMessageHandler(_quiet_offscreen)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QApplication.setApplicationName("wocdesk")
    QApplication.setOrganizationName("wocdesk")
    install_application_icon(app)
    register_fonts()
    return app


def _quiet_offscreen(kind: QtMsgType, _context: object, message: str) -> None:
    if "propagateSizeHints" in message or "does not support" in message:
        return
    sys.stderr.write(f"{message}\n")

"""Start the Qt application: its names, the bundled fonts, and one line instead of Qt's abort."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from wocdesk.errors import one_line
from wocdesk.ui.app.fonts import register_fonts

#: Exit code when the window system cannot start (as for any other refusal of the user's setup).
CANNOT_START = 2


class _StartupMessages:
    """Qt's messages while the application starts: held, and a fatal one becomes our one line.

    Qt aborts the process (SIGABRT, exit 134) when no platform plugin can start, after printing
    several lines; the checks of ``qt_platform`` catch the usual causes first, and this catches
    the rest: it prints one line naming Qt's first complaint and exits with ``CANNOT_START``.
    """

    def __init__(self, offscreen: bool) -> None:
        self.offscreen = offscreen
        self.held: list[str] = []
        self.starting = True

    def __call__(self, kind: QtMsgType, _context: object, message: str) -> None:
        if self.offscreen and ("propagateSizeHints" in message or "does not support" in message):
            return
        if kind == QtMsgType.QtFatalMsg:
            self._give_up(message)
        if self.starting:
            self.held.append(message)
        else:
            _write(message)

    def _give_up(self, message: str) -> None:
        from wocdesk.i18n import _
        from wocdesk.ui.app.qt_platform import joined, without_a_window

        reason = self.held[0] if self.held else message
        line = _("the window system could not start ({reason})").format(reason=reason)
        _write(one_line(f"wocdesk: {joined(line, without_a_window())}"))
        os._exit(CANNOT_START)  # Qt aborts if this handler returns

    def started(self) -> None:
        """The application exists: pass on what was held."""
        self.starting = False
        for message in self.held:
            _write(message)
        self.held.clear()


def _write(message: str) -> None:
    if sys.stderr is not None:
        sys.stderr.write(f"{message}\n")
        sys.stderr.flush()


def start_application(offscreen: bool = False) -> QCoreApplication:
    """The application (made once), named for its settings, with the bundled fonts registered.

    ``offscreen``: drop the offscreen plugin's notes about window hints it cannot honour. When
    the window system cannot start, prints one line and exits with ``CANNOT_START``.
    """
    app = QApplication.instance()
    if app is None:
        messages = _StartupMessages(offscreen)
        qInstallMessageHandler(messages)
        app = QApplication(sys.argv[:1])
        messages.started()
        if not offscreen:
            qInstallMessageHandler(None)  # Qt's own handler again once the window system runs
    QApplication.setApplicationName("wocdesk")
    QApplication.setOrganizationName("wocdesk")
    register_fonts()
    return app

"""Start the Qt application: its names, the bundled fonts, and one line instead of Qt's abort."""

from __future__ import annotations

import contextlib
import gc
import os
import signal
import sys
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSocketNotifier, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from wocdesk.errors import one_line
from wocdesk.ui.app.fonts import register_fonts
from wocdesk.ui.desktop.icon import install_application_icon

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
    the window system cannot start, prints one line and exits with ``CANNOT_START``. SIGTERM,
    SIGINT and SIGHUP remove the parts of unfinished writes, also while Qt's loop waits.
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
    install_application_icon(app)
    register_fonts()
    handle_stop_signals(app)
    return app


def collect_garbage_from_now() -> None:
    """Turn Python's cyclic garbage collector back on if the start-up ran without it.

    ``wocdesk`` run as a process starts its window without the collector (all that the
    start-up makes lives on); once the window runs, what exists is frozen out of the
    collector's walks and collection resumes for what comes next. Where the collector was
    on (a window made in a test, say), nothing changes.
    """
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


_wakeup: list[object] = []  # the notifier and its channel, kept for the application's life


def handle_stop_signals(app: QCoreApplication) -> None:
    """Clean up unfinished writes on SIGTERM, SIGINT and SIGHUP, even while Qt's loop idles.

    Python runs a signal handler only when the interpreter next runs, which Qt's event loop
    does not do by itself: the signal also writes to a pipe (a socket on Windows) whose
    notifier wakes the loop into Python (``signal.set_wakeup_fd``). Call from the main thread;
    a second call does nothing.
    """
    from wocdesk.content.destination import install_signal_cleanup

    install_signal_cleanup()
    if _wakeup or threading.current_thread() is not threading.main_thread():
        return
    # Python's own SIGINT handler raises KeyboardInterrupt, which Qt's loop cannot stop on:
    # Ctrl+C stops the window as SIGTERM does, once the unfinished parts are removed.
    if signal.getsignal(signal.SIGINT) is not signal.SIG_IGN:
        signal.signal(signal.SIGINT, _stop_now)
    try:
        reader, writer, drain = _wakeup_channel()
        signal.set_wakeup_fd(writer, warn_on_full_buffer=False)
    except (OSError, ValueError, AttributeError):
        return
    notifier = QSocketNotifier(reader, QSocketNotifier.Type.Read, app)
    notifier.activated.connect(lambda *_args: _drain(drain))
    _wakeup.append(notifier)


def _stop_now(number: int, _frame: object) -> None:
    """Remove this process's unfinished parts, then stop the way the signal stops a process."""
    from wocdesk.content.destination import remove_live_parts

    remove_live_parts()
    signal.signal(number, signal.SIG_DFL)
    os.kill(os.getpid(), number)


def _wakeup_channel() -> tuple[int, int, Callable[[], bytes]]:
    """The non-blocking ends (read, write) signals are written to, and a read of what came.

    A pipe where there are pipes (no socket module to load at start-up); a socket pair on
    Windows, where ``set_wakeup_fd`` takes only sockets.
    """
    if os.name == "posix":
        reader, writer = os.pipe()
        os.set_blocking(reader, False)
        os.set_blocking(writer, False)
        return reader, writer, lambda: os.read(reader, 64)
    import socket

    pair = socket.socketpair()
    for end in pair:
        end.setblocking(False)
    _wakeup.extend(pair)
    return pair[0].fileno(), pair[1].fileno(), lambda: pair[0].recv(64)


def _drain(read: Callable[[], bytes]) -> None:
    """Empty the wakeup channel; Python runs the pending signal handlers on the way."""
    with contextlib.suppress(OSError):
        while read():
            pass

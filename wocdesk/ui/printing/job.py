"""Run one printing job on a worker thread, so that the window stays responsive meanwhile."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QThread, Signal

from wocdesk.errors import WocdeskError
from wocdesk.i18n import _
from wocdesk.ui.printing.pages import PrintCancelled, Progress

Work = Callable[[Progress], int]


class PrintJob(QThread):
    """Lays out and paints on its own thread; reports pages done, the page count or the failure.

    The work is given everything it needs (the HTML, fonts, the printer or file): it touches no
    widget. Qt paints text on a QPrinter or QPdfWriter outside the GUI thread.
    """

    progressed = Signal(int, int)
    succeeded = Signal(int)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, work: Work) -> None:
        super().__init__()
        self._work = work
        self._stop = threading.Event()

    def cancel(self) -> None:
        """Stop after the page being painted."""
        self._stop.set()

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self._stop.is_set()

    def run(self) -> None:
        """The thread's body: run the work and say how it ended."""
        try:
            pages = self._work(self._progress)
        except PrintCancelled:
            self.cancelled.emit()
        except WocdeskError as exc:
            self.failed.emit(str(exc))
        except OSError as exc:
            self.failed.emit(_("printing failed: {reason}").format(reason=exc.strerror or exc))
        except Exception as exc:  # reported in the window, never a traceback
            self.failed.emit(_("printing failed: {reason}").format(reason=exc))
        else:
            self.succeeded.emit(pages)

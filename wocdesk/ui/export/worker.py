"""The export job of the Export slides dialog: plan and write the deck off the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal

from wocdesk.deck.outlines.outline import Outline
from wocdesk.errors import WocdeskError, quote_name
from wocdesk.model import Article
from wocdesk.model.text import DisplayMode


@dataclass(frozen=True)
class ExportJob:
    """What to export: the language mode, outline, template, notes choice and destination."""

    mode: DisplayMode
    destination: Path
    outline: Outline | Path | None = None
    template: Path | None = None
    notes: str | None = None


class ExportWorker(QObject):
    """Runs one export in a worker thread and reports progress, success or a one-line error.

    ``check_only``: plan, open the template and check the destination, write nothing (to say a
    refusal again, e.g. in another interface language); ``succeeded`` then carries "".
    """

    progress = Signal(int, int)
    succeeded = Signal(str)
    failed = Signal(str)

    def __init__(self, article: Article, job: ExportJob, check_only: bool = False) -> None:
        super().__init__()
        self.article = article
        self.job = job
        self.check_only = check_only

    def run(self) -> None:
        """Plan and write; emit ``succeeded(path)`` or ``failed(message)``."""
        from wocdesk.errors import WocdeskError
        from wocdesk.i18n import _

        try:
            written = self._check() if self.check_only else self._export()
        except WocdeskError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # shown in the dialog, never a traceback in the user's face
            self.failed.emit(_("Export failed: {error}").format(error=str(exc) or _("unknown")))
        else:
            self.succeeded.emit(written)

    def _check_inputs(self) -> None:
        """As ``wocdesk export`` does: the files named are regular files, the destination writable.

        Nothing is opened that could block (a named pipe as the template), and each refusal is
        one line in the interface language naming the file.
        """
        from wocdesk.content.files import BINARY_LIMIT, TEXT_LIMIT, check_destination, check_input
        from wocdesk.i18n import _

        job = self.job
        for path, noun, limit in (
            (job.outline, _("an outline file"), TEXT_LIMIT),
            (job.template, _("a .pptx template"), BINARY_LIMIT),
        ):
            if isinstance(path, Path):  # an outline may be given already read
                check_input(path, noun, _naming(path), limit=limit)
        check_destination(job.destination)

    def _export(self) -> str:
        from wocdesk.deck import plan_deck, write_pptx

        self._check_inputs()
        job = self.job
        deck = plan_deck(self.article, job.outline, job.mode, notes=job.notes)
        self.progress.emit(0, len(deck.slides))
        written = write_pptx(
            deck, job.destination, template=job.template, progress=self.progress.emit
        )
        return str(written)

    def _check(self) -> str:
        from wocdesk.deck import plan_deck
        from wocdesk.deck.writer.pptx_template import open_target

        self._check_inputs()
        job = self.job
        deck = plan_deck(self.article, job.outline, job.mode, notes=job.notes)
        open_target(deck, job.template)
        return ""


# Exports running, each thread with its worker: kept here, not by the dialog that started them,
# so that closing the dialog neither destroys a running thread (Qt aborts) nor drops its worker.
_running: dict[QThread, ExportWorker] = {}


def _naming(path: Path) -> Callable[[str, int | None], WocdeskError]:
    """An error factory for ``check_input``: the message after the file's name."""

    def error(message: str, _line: int | None) -> WocdeskError:
        return WocdeskError(f"{quote_name(path)}: {message}")

    return error


def start_export(
    article: Article, job: ExportJob, check_only: bool = False
) -> tuple[QThread, ExportWorker]:
    """A thread and a worker for ``job``; connect to the worker's signals, then start the thread.

    ``check_only``: the worker checks the job without writing (see :class:`ExportWorker`). The
    thread belongs to the application: a dialog closed meanwhile does not end a write half-way,
    and the application waits for running exports before it quits. Once the thread has
    finished, the caller drops both references and calls the thread's ``deleteLater`` (a thread
    whose dialog went away is deleted with the application).
    """
    app = QCoreApplication.instance()
    thread = QThread(app)
    worker = ExportWorker(article, job, check_only)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    # The thread ends itself, not through the main thread's event loop (which may be waiting).
    worker.succeeded.connect(thread.quit, Qt.ConnectionType.DirectConnection)
    worker.failed.connect(thread.quit, Qt.ConnectionType.DirectConnection)
    _running[thread] = worker
    thread.finished.connect(partial(_running.pop, thread, None))
    if app is not None and not _hooked:
        app.aboutToQuit.connect(wait_for_exports)
        _hooked.append(True)
    return thread, worker


_hooked: list[bool] = []


def wait_for_exports() -> None:
    """Wait until every running export has finished (no file is left half-written)."""
    for thread in list(_running):
        thread.wait()

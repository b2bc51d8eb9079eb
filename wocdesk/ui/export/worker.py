"""The export job of the Export slides dialog: plan and write the deck off the UI thread."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from wocdesk.deck.outline import Outline
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
    """Runs one export in a worker thread and reports progress, success or a one-line error."""

    progress = Signal(int, int)
    succeeded = Signal(str)
    failed = Signal(str)

    def __init__(self, article: Article, job: ExportJob) -> None:
        super().__init__()
        self.article = article
        self.job = job

    def run(self) -> None:
        """Plan and write; emit ``succeeded(path)`` or ``failed(message)``."""
        from wocdesk.errors import WocdeskError
        from wocdesk.i18n import _

        try:
            from wocdesk.deck import plan_deck, write_pptx

            job = self.job
            deck = plan_deck(self.article, job.outline, job.mode, notes=job.notes)
            self.progress.emit(0, len(deck.slides))
            written = write_pptx(
                deck, job.destination, template=job.template, progress=self.progress.emit
            )
        except WocdeskError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # shown in the dialog, never a traceback in the user's face
            self.failed.emit(
                _("Export failed: {error}").format(error=f"{type(exc).__name__}: {exc}")
            )
        else:
            self.succeeded.emit(str(written))


def start_export(article: Article, job: ExportJob, parent: QObject) -> tuple[QThread, ExportWorker]:
    """A thread and a worker for ``job``; connect to the worker's signals, then start the thread.

    The worker has no Qt parent: the caller keeps the Python reference until the thread has
    finished and then drops it (no ``deleteLater``, which would delete it twice).
    """
    thread = QThread(parent)
    worker = ExportWorker(article, job)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    worker.succeeded.connect(thread.quit)
    worker.failed.connect(thread.quit)
    return thread, worker

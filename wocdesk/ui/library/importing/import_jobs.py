"""Importing files into the library on a worker thread, with its own library connection."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from wocdesk.errors import WocdeskError
from wocdesk.i18n import _
from wocdesk.library.duplicates import Duplicate
from wocdesk.library.models import ArticleSummary
from wocdesk.library.sources import Imported, ImportReport
from wocdesk.library.store import Library
from wocdesk.model.text import BiText


@dataclass(frozen=True)
class ImportItem:
    """One thing to import: a file to read, or a file already read (a duplicate to settle)."""

    path: Path
    duplicate: Duplicate = Duplicate.ASK
    imported: Imported | None = None


@dataclass(frozen=True)
class ImportResult:
    """What became of one file: ``added``, ``replaced``, ``duplicate`` or ``failed``."""

    path: Path
    status: str
    article_id: int | None = None
    title: BiText = field(default_factory=BiText)
    report: ImportReport | None = None
    message: str = ""  # why a file failed, in one line naming it
    imported: Imported | None = None  # a duplicate's article, to add once the reader chose
    twins: tuple[ArticleSummary, ...] = ()


class ImportWorker(QObject):
    """Reads and stores files one after the other; each result is reported as it comes.

    It opens the library itself, in its own thread (a connection stays in its thread), and
    stops between two files when :meth:`stop` is called; a file is stored whole or not at all.
    """

    file_started = Signal(int, int, str)  # number (from 0), how many, the file's name
    file_done = Signal(object)  # an ImportResult
    finished = Signal()

    def __init__(self, library_path: Path, items: list[ImportItem]) -> None:
        super().__init__()
        self.library_path = library_path
        self.items = list(items)
        self._stop = threading.Event()
        self.thread_id: int | None = None  # the thread that ran the import (for tests)

    def stop(self) -> None:
        """Stop after the file being imported."""
        self._stop.set()

    def run(self) -> None:
        """Import every item (in the worker thread)."""
        self.thread_id = threading.get_ident()
        try:
            library = Library.open(self.library_path)
        except WocdeskError as error:
            for item in self.items:
                self.file_done.emit(ImportResult(item.path, "failed", message=str(error)))
            self.finished.emit()
            return
        try:
            for number, item in enumerate(self.items):
                if self._stop.is_set():
                    break
                self.file_started.emit(number, len(self.items), item.path.name)
                self.file_done.emit(import_one(library, item))
        finally:
            library.close()
            self.finished.emit()


def import_one(library: Library, item: ImportItem) -> ImportResult:
    """Read and store one item in ``library``; every failure becomes a one-line result."""
    from wocdesk.library.sources import read_source

    try:
        imported = item.imported or read_source(item.path)
        outcome = library.add(imported, item.duplicate)
    except WocdeskError as error:
        return ImportResult(item.path, "failed", message=str(error))
    except Exception as error:  # said in the summary, never a traceback in the reader's face
        reason = str(error) or _("unknown reason")
        message = _("{file}: could not be imported ({reason})").format(
            file=item.path, reason=reason
        )
        return ImportResult(item.path, "failed", message=message)
    title = imported.article.title
    if outcome.status == "duplicate":
        return ImportResult(
            item.path,
            "duplicate",
            title=title,
            report=outcome.report,
            imported=imported,
            twins=outcome.duplicates,
        )
    return ImportResult(item.path, outcome.status, outcome.article_id, title, outcome.report)


def start_import(
    library_path: Path, items: list[ImportItem], parent: QObject
) -> tuple[QThread, ImportWorker]:
    """A thread and a worker for ``items``; connect to the worker's signals, then start it.

    The caller keeps the worker until the thread has finished (it has no Qt parent).
    """
    thread = QThread(parent)
    worker = ImportWorker(library_path, items)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    worker.finished.connect(thread.quit)
    return thread, worker

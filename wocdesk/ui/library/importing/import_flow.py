"""Imports from the window: progress in the status bar, the same file asked about, a summary.

Files are read and stored on a worker thread, so the window stays usable while a long text is
imported. A file already in the library (the same bytes) is asked about once the others are
in: replace that article, keep both, or add nothing. A file that cannot be used adds nothing
and gets one line naming it in the summary.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QProgressBar, QWidget

from wocdesk.i18n import _, interface_language
from wocdesk.library.duplicates import Duplicate
from wocdesk.ui.app.plain_text import literal_markup, plain_labels
from wocdesk.ui.library.importing.import_jobs import (
    ImportItem,
    ImportResult,
    ImportWorker,
    start_import,
)
from wocdesk.ui.library.importing.import_summary import ImportSummary, batch_line, result_line

STATUS_MS = 10_000

#: Asks what to do with a file already in the library: REPLACE, KEEP_BOTH, or None (skip).
DuplicateQuestion = Callable[[QWidget, ImportResult], Duplicate | None]


def ask_duplicate(parent: QWidget, result: ImportResult) -> Duplicate | None:
    """Ask whether a file already in the library replaces that article or is added again."""
    twin = result.twins[-1] if result.twins else None
    title = twin.title.best(interface_language()) if twin else ""
    box = QMessageBox(QMessageBox.Icon.Question, _("Already in the library"), "", parent=parent)
    box.setObjectName("duplicate-question")
    box.setText(
        literal_markup(
            _("{file} is already in the library as {id} ({title}).").format(
                file=result.path.name, id=twin.id if twin else "?", title=title
            )
        )
    )
    box.setInformativeText(
        _(
            "Replace that article (its reading place and key points stay), keep both, or "
            "add nothing?"
        )
    )
    replace = box.addButton(_("&Replace"), QMessageBox.ButtonRole.AcceptRole)
    both = box.addButton(_("&Keep Both"), QMessageBox.ButtonRole.AcceptRole)
    skip = box.addButton(_("&Skip"), QMessageBox.ButtonRole.RejectRole)
    replace.setObjectName("duplicate-replace")
    both.setObjectName("duplicate-keep-both")
    skip.setObjectName("duplicate-skip")
    box.setDefaultButton(skip)
    box.setEscapeButton(skip)
    box.exec()
    clicked = box.clickedButton()
    if clicked is replace:
        return Duplicate.REPLACE
    if clicked is both:
        return Duplicate.KEEP_BOTH
    return None


class ImportFlow(QObject):
    """Runs imports one batch at a time (later files wait their turn) and reports them.

    ``finished(results, open_after)`` is emitted once a batch is settled (duplicates answered).
    ``open_after`` batches (File ▸ Open…, a file handed over by another ``wocdesk``) do not
    ask about a file already in the library: that article is opened.
    """

    finished = Signal(list, bool)  # the ImportResults, open_after
    progressed = Signal(int, int)  # files done, files in the batch

    def __init__(self, window: QMainWindow, library_path: Path) -> None:
        super().__init__(window)
        self._window = window
        self.library_path = library_path
        self.ask: DuplicateQuestion = ask_duplicate
        self.summary: ImportSummary | None = None
        self._queue: list[tuple[list[Path], bool]] = []
        self._thread: QThread | None = None
        self._worker: ImportWorker | None = None
        self._results: list[ImportResult] = []
        self._settled: list[ImportResult] = []  # results of the first round, kept while asking
        self._open_after = False
        self.label = QLabel(window.statusBar())
        self.label.setObjectName("import-progress-label")
        plain_labels(self.label)
        self.bar = QProgressBar(window.statusBar())
        self.bar.setObjectName("import-progress")
        self.bar.setMaximumWidth(160)
        self.bar.setTextVisible(False)
        window.statusBar().addPermanentWidget(self.label)
        window.statusBar().addPermanentWidget(self.bar)
        self.label.hide()
        self.bar.hide()

    # -- starting ---------------------------------------------------------------------------
    def is_busy(self) -> bool:
        """True while files are being imported (or waiting for their turn)."""
        return self._thread is not None or bool(self._queue)

    @property
    def worker(self) -> ImportWorker | None:
        """The worker of the batch running (for tests)."""
        return self._worker

    def import_files(self, paths: Sequence[str | Path], open_after: bool = False) -> None:
        """Import ``paths`` (after any batch running); ``open_after``: see the class."""
        files = [Path(path) for path in paths]
        if not files:
            return
        self._queue.append((files, open_after))
        if self._thread is None:
            self._next_batch()

    def _next_batch(self) -> None:
        if not self._queue:
            return
        files, self._open_after = self._queue.pop(0)
        self._settled = []
        self._run([ImportItem(path) for path in files])

    def _run(self, items: list[ImportItem]) -> None:
        self._results = []
        thread, worker = start_import(self.library_path, items, self)
        worker.file_started.connect(self._on_file_started)
        worker.file_done.connect(self._on_file_done)
        thread.finished.connect(self._on_thread_finished)
        self._thread, self._worker = thread, worker
        self.bar.setRange(0, 0 if len(items) == 1 else len(items))
        self.bar.setValue(0)
        self.bar.show()
        self.label.show()
        thread.start()

    def _on_file_started(self, number: int, total: int, name: str) -> None:
        if total > 1:
            self.bar.setValue(number)
        self.label.setText(
            _("Importing {file} ({number} of {total})…").format(
                file=name, number=number + 1, total=total
            )
        )
        self.progressed.emit(number, total)

    def _on_file_done(self, result: ImportResult) -> None:
        self._results.append(result)

    # -- finishing --------------------------------------------------------------------------
    def _on_thread_finished(self) -> None:
        thread = self._thread
        self._thread, self._worker = None, None
        if thread is not None:
            thread.deleteLater()
        results = self._results
        self.bar.hide()
        self.label.hide()
        if self._open_after or self._settled:
            self._done(self._settled + results if self._settled else results)
            return
        again: list[ImportItem] = []
        kept: list[ImportResult] = []
        for result in results:
            choice = self.ask(self._window, result) if result.status == "duplicate" else None
            if choice is not None and result.imported is not None:
                again.append(ImportItem(result.path, choice, result.imported))
            else:
                kept.append(result)
        if again:
            self._settled = kept
            self._run(again)
            return
        self._done(kept)

    def _done(self, results: list[ImportResult]) -> None:
        self._settled = []
        failed = any(r.status == "failed" for r in results)
        if not self._open_after or failed:
            self.show_summary(results)
        if self._open_after and len(results) == 1 and not failed:
            self._window.statusBar().showMessage(result_line(results[0]), STATUS_MS)
        else:
            self._window.statusBar().showMessage(batch_line(results), STATUS_MS)
        self.finished.emit(results, self._open_after)
        self._next_batch()

    def show_summary(self, results: list[ImportResult]) -> ImportSummary:
        """Show what the files held in the summary window (made once, non-modal)."""
        if self.summary is None:
            self.summary = ImportSummary(self._window)
        self.summary.show_results(results)
        return self.summary

    def stop(self, wait_ms: int = 30_000) -> None:
        """Stop after the file being imported and wait for it (when the window closes)."""
        self._queue.clear()
        if self._worker is not None:
            self._worker.stop()
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait(wait_ms)

"""Printing and PDF export of the article as it is read: dialogs, one job at a time, progress."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from wocdesk.content.files import check_destination
from wocdesk.errors import WocdeskError
from wocdesk.i18n import _, ngettext
from wocdesk.ui.printing.document import (
    PrintFonts,
    RunningHeader,
    printable_parts,
    running_header,
)
from wocdesk.ui.printing.job import PrintJob, Work
from wocdesk.ui.printing.pages import paint_pages, set_margins
from wocdesk.ui.printing.pdf import default_paper, print_fonts, write_pdf_parts

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from wocdesk.ui.reader.main_window import MainWindow

PROGRESS_DELAY_MS = 300  # a short job finishes before any progress window appears


class PrintController(QObject):
    """Builds the printable document from the window's article and mode, runs one job at a time."""

    def __init__(self, window: MainWindow, action_ids: tuple[str, ...] = ()) -> None:
        super().__init__(window)
        self.action_ids = action_ids  # the menu actions to disable while a job runs
        self.setObjectName("print-controller")
        self.window = window
        self.job: PrintJob | None = None
        self.progress: QProgressDialog | None = None
        self.last_pages = 0
        self._printer: QPrinter | None = None
        window.installEventFilter(self)

    def is_busy(self) -> bool:
        """True while a job runs."""
        return self.job is not None

    # -- the two actions --------------------------------------------------------------------
    def open_print_dialog(self) -> None:
        """Ask for a printer (Qt's print dialog, which also prints to a PDF file) and print."""
        if self._refuse_second_job():
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(running_header(self.window.article, self.window.mode).title)
        printer.setCreator("wocdesk")
        set_margins(printer)
        self._printer = printer
        dialog = QPrintDialog(printer, self.window)
        dialog.setObjectName("print-dialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(self.print_now)
        dialog.show()  # window-modal (set by the dialog), without blocking the event loop

    def open_pdf_dialog(self) -> None:
        """Ask where to save the PDF, then write it."""
        if self._refuse_second_job():
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = f"{self.window.article.id or 'article'}-{self.window.mode.value}.pdf"
        dialog = QFileDialog(self.window, _("Export as PDF"), str(Path(folder) / name))
        dialog.setObjectName("pdf-dialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(_("PDF files (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.fileSelected.connect(self.export_pdf)
        dialog.open()

    # -- the jobs ---------------------------------------------------------------------------
    def print_now(self, printer: QPrinter | None = None) -> PrintJob | None:
        """Print the article as read on ``printer`` (the one the dialog set up)."""
        printer = printer or self._printer
        if printer is None or self._refuse_second_job():
            return None
        build, header, fonts = self._document()

        def work(progress: Callable[[int, int], bool]) -> int:
            return paint_pages(build(), header, fonts, printer, progress)

        target = printer.outputFileName() or printer.printerName()
        return self._start(work, lambda pages: self._printed_message(pages, target))

    def export_pdf(self, path: str | Path) -> PrintJob | None:
        """Write the article as read to the PDF ``path`` (atomically)."""
        if self._refuse_second_job():
            return None
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            check_destination(target)
        except WocdeskError as error:
            self._warn(_("Export as PDF"), str(error))
            return None
        build, header, fonts = self._document()
        paper = default_paper()

        def work(progress: Callable[[int, int], bool]) -> int:
            return write_pdf_parts(build(), header, fonts, target, paper, progress)

        return self._start(work, lambda pages: self._saved_message(pages, target))

    def _document(self) -> tuple[Callable[[], list[str]], RunningHeader, PrintFonts]:
        """What to print, taken now; the fonts are registered here, on the GUI thread.

        The parts are built later, on the worker thread: a book's HTML takes a while.
        """
        article, mode = self.window.article, self.window.mode
        fonts = print_fonts()
        return (lambda: printable_parts(article, mode, fonts)), running_header(article, mode), fonts

    def _start(self, work: Work, message: Callable[[int], str]) -> PrintJob:
        job = PrintJob(work)
        self.job = job
        self._set_actions_enabled(False)
        progress = QProgressDialog(self.window)
        progress.setObjectName("print-progress")
        progress.setWindowTitle(_("Printing"))
        progress.setLabelText(_("Laying out the pages…"))
        progress.setCancelButtonText(_("Cancel"))
        progress.setRange(0, 0)
        progress.setMinimumDuration(PROGRESS_DELAY_MS)
        progress.setWindowModality(Qt.WindowModality.NonModal)  # reading goes on meanwhile
        progress.canceled.connect(job.cancel)
        self.progress = progress
        job.progressed.connect(self._on_progress)
        job.succeeded.connect(lambda pages: self._finish(message(pages), pages))
        job.failed.connect(self._on_failed)
        job.cancelled.connect(lambda: self._finish(_("Printing cancelled"), 0))
        job.start()
        return job

    def _on_progress(self, done: int, total: int) -> None:
        if self.progress is None:
            return
        if not total:  # still laying out
            return
        if self.progress.maximum() != total:
            self.progress.setRange(0, total)
        self.progress.setLabelText(_("Page {done} of {total}").format(done=done, total=total))
        self.progress.setValue(done)

    def _on_failed(self, message: str) -> None:
        self._finish("", 0)
        self._warn(_("Printing failed"), message)

    def _finish(self, message: str, pages: int) -> None:
        if self.job is not None:
            self.job.wait()
            self.job.deleteLater()
        self.job = None
        self.last_pages = pages
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None
        self._set_actions_enabled(True)
        if message:
            self.window.statusBar().showMessage(message, 10000)

    def _printed_message(self, pages: int, target: str) -> str:
        return ngettext(
            "Printed {pages} page to {target}", "Printed {pages} pages to {target}", pages
        ).format(pages=pages, target=target)

    def _saved_message(self, pages: int, target: Path) -> str:
        return ngettext(
            "Saved {path} ({pages} page)", "Saved {path} ({pages} pages)", pages
        ).format(path=target, pages=pages)

    def _warn(self, title: str, message: str) -> None:
        """Say what went wrong in a window-modal box that does not block the event loop."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, parent=self.window)
        box.setObjectName("print-warning")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _refuse_second_job(self) -> bool:
        if self.job is None:
            return False
        if self.progress is not None:
            self.progress.show()
        return True

    def _set_actions_enabled(self, enabled: bool) -> None:
        for action_id in self.action_ids:
            self.window.action_registry[action_id].setEnabled(enabled)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """When the window closes, stop a running job and wait for its thread to end."""
        if watched is self.window and event.type() == QEvent.Type.Close and self.job is not None:
            self.job.cancel()
            self.job.wait()
        return False

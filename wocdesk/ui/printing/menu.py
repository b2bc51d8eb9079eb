"""File ▸ Print… (Ctrl+P) and File ▸ Export as PDF…: the actions; printing loads on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence

from wocdesk.i18n import N_
from wocdesk.ui.app.actions import ActionSpec

if TYPE_CHECKING:
    from wocdesk.ui.printing.controller import PrintController
    from wocdesk.ui.reader.main_window import MainWindow

PRINT_ACTION_ID = "print"
PDF_ACTION_ID = "export-pdf"
PRINT_SPEC = ActionSpec(
    N_("&Print…"),
    N_("Print the article as it is read: the language shown, columns aligned"),
    (QKeySequence.StandardKey.Print, "Ctrl+P"),
)
PDF_SPEC = ActionSpec(
    N_("Export as P&DF…"), N_("Save the article as it is read as a PDF file, text included")
)


def install_print_actions(window: MainWindow) -> None:
    """Add Print… and Export as PDF… to the File menu of ``window``."""
    window.add_action(
        "file", PRINT_ACTION_ID, PRINT_SPEC, lambda: print_controller(window).open_print_dialog()
    )
    window.add_action(
        "file", PDF_ACTION_ID, PDF_SPEC, lambda: print_controller(window).open_pdf_dialog()
    )


def print_controller(window: MainWindow) -> PrintController:
    """The window's print controller, made (and the printing code imported) when first needed."""
    from wocdesk.ui.printing.controller import PrintController

    found = window.findChild(PrintController)
    if isinstance(found, PrintController):
        return found
    return PrintController(window, (PRINT_ACTION_ID, PDF_ACTION_ID))

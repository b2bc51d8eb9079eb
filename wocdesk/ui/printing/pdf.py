"""Write the article as read to a PDF file (atomically); the fonts and paper it is printed with."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtGui import QPageSize, QPdfWriter

from wocdesk.content.files import write_atomically
from wocdesk.model.article import Article
from wocdesk.model.text import DisplayMode
from wocdesk.ui.printing.document import (
    PrintFonts,
    RunningHeader,
    printable_parts,
    running_header,
)
from wocdesk.ui.printing.pages import Progress, paint_pages, set_margins

PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
PDF_RESOLUTION = 600  # dots per inch of the layout; text stays text whatever the value


def default_paper() -> str:
    """Letter where the system's locale measures in US units, else A4."""
    system = QLocale.system().measurementSystem()
    return "letter" if system == QLocale.MeasurementSystem.ImperialUSSystem else "a4"


def print_fonts() -> PrintFonts:
    """The bundled Chinese face (registered now, on the GUI thread) and the interface's Latin."""
    from wocdesk.ui.app.fonts import latin_family, register_fonts
    from wocdesk.ui.printing.font_alias import register_print_font

    bundled = register_fonts()
    zh = register_print_font() or bundled
    latin = latin_family()
    return PrintFonts(zh=zh, en=latin if latin not in (zh, bundled) else "")


def write_pdf_parts(
    parts: list[str],
    header: RunningHeader,
    fonts: PrintFonts,
    path: Path,
    paper: str = "a4",
    progress: Progress | None = None,
) -> int:
    """Paint the document's parts into the PDF ``path`` (replaced only when complete)."""
    pages = 0

    def write(temporary: Path) -> None:
        nonlocal pages
        writer = QPdfWriter(str(temporary))
        writer.setResolution(PDF_RESOLUTION)
        writer.setPageSize(QPageSize(PAPERS[paper]))
        writer.setTitle(header.title)
        writer.setCreator("wocdesk")
        set_margins(writer)
        pages = paint_pages(parts, header, fonts, writer, progress)
        del writer  # the file is complete once the writer is gone

    write_atomically(path, write)
    return pages


def write_pdf(
    article: Article,
    mode: DisplayMode,
    path: Path,
    paper: str = "a4",
    progress: Progress | None = None,
) -> int:
    """The article in ``mode`` as a PDF at ``path``; the page count (GUI thread)."""
    fonts = print_fonts()
    parts = printable_parts(article, mode, fonts)
    return write_pdf_parts(parts, running_header(article, mode), fonts, path, paper, progress)


def write_pdf_offscreen(
    article: Article, mode: DisplayMode, path: Path, paper: str | None = None
) -> int:
    """``write_pdf`` from the command line: a GUI application without a window is made first."""
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(["wocdesk"])
    return write_pdf(article, mode, path, paper or default_paper())

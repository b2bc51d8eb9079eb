"""``wocdesk print``: the article as read (a language mode) to a PDF, without a window."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import Any

from wocdesk.errors import WocdeskError

NAME = "print"


def add_parser(subparsers: Any) -> None:
    """Declare ``wocdesk print`` and its options."""
    parser = subparsers.add_parser(
        NAME,
        help="print the article as read to a PDF file",
        description="Lay the article out for pages as the reader shows it — 中文, English, or "
        "both side by side, aligned paragraph by paragraph — with the title and source at the "
        "top of each page and page numbers, and write it as a PDF whose text can be searched "
        "and copied. Needs no window system.",
    )
    parser.add_argument(
        "--lang",
        default=argparse.SUPPRESS,
        metavar="MODE",
        help="zh, en, zh-en or en-zh (both, the first on the left); default: the system's",
    )
    parser.add_argument(
        "--article",
        metavar="FILE",
        default=argparse.SUPPRESS,
        help="an article file or raw bilingual text instead of the bundled article",
    )
    parser.add_argument(
        "--paper",
        choices=("a4", "letter"),
        help="paper size; default: Letter where the locale measures in US units, else A4",
    )
    parser.add_argument("-o", "--output", metavar="FILE.pdf", required=True, help="the PDF")


def run(args: argparse.Namespace) -> int:
    """Check the destination, load the article, lay it out offscreen and write the PDF."""
    from wocdesk.cli.options import mode_or_system
    from wocdesk.content.files import check_destination

    output = Path(args.output)
    if output.suffix.lower() != ".pdf":
        raise WocdeskError(f"-o: {output}: the file name must end in .pdf")
    check_destination(output)
    mode = mode_or_system(getattr(args, "lang", None))
    article = _load(getattr(args, "article", None))
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from wocdesk.ui.printing.pdf import write_pdf_offscreen

    start = time.perf_counter()
    pages = write_pdf_offscreen(article, mode, output, args.paper)
    seconds = time.perf_counter() - start
    sys.stderr.write(f"wocdesk: wrote {output} ({pages} pages, {mode.value}, {seconds:.1f} s)\n")
    return 0


def _load(path: str | None):  # type: ignore[no-untyped-def]
    from wocdesk.cli.options import path_option
    from wocdesk.content.opening import open_article

    return open_article(None if path is None else path_option(path, "--article"))

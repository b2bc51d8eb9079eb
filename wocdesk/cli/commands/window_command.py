"""``wocdesk`` with no command: open the reader window (or say why it cannot open)."""

from __future__ import annotations

import argparse
import importlib
import re
from pathlib import Path

from wocdesk.errors import WocdeskError

NAME = ""


# Options of the window that take a value (the command line is scanned for the command name).
VALUE_OPTIONS = ("--article", "--section", "--lang", "--ui-lang", "--screenshot", "--size")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of the window, given before any command."""
    parser.add_argument("--article", metavar="FILE", help="a file or library id to open")
    parser.add_argument("--section", metavar="ID", help="open at this section")
    parser.add_argument("--lang", metavar="MODE", help="article language: zh, en, zh-en, en-zh")
    parser.add_argument("--ui-lang", metavar="LANG", help="interface language: zh or en")
    parser.add_argument(
        "--screenshot",
        metavar="FILE",
        help="render the window offscreen, save it (a .png or .jpg name) and exit",
    )
    parser.add_argument(
        "--size", metavar="WxH", help="window size, e.g. 1280x800 (default for --screenshot)"
    )
    parser.add_argument(
        "--library", action="store_true", help="open on the library (every article, search)"
    )


def parse_size(value: str) -> tuple[int, int]:
    """``1280x800`` as (width, height); ``WocdeskError`` naming the option when it is not."""
    match = re.fullmatch(r"\s*(\d{2,5})\s*[xX×]\s*(\d{2,5})\s*", value or "")
    if not match:
        raise WocdeskError(f"--size: expected WIDTHxHEIGHT such as 1280x800, not {value!r}")
    width, height = int(match.group(1)), int(match.group(2))
    if not (200 <= width <= 8000 and 150 <= height <= 8000):
        raise WocdeskError(f"--size: {value!r} is out of range (200x150 to 8000x8000)")
    return width, height


def run(args: argparse.Namespace) -> int:
    """Open the window, or explain in one line why it cannot (the window gets plain values)."""
    from wocdesk.cli.options import mode_option, ui_lang_option

    size = parse_size(args.size) if args.size else None
    mode = mode_option(args.lang)
    ui_language = ui_lang_option(args.ui_lang)
    run_window = importlib.import_module("wocdesk.ui.reader.launch").run_window
    return int(
        run_window(
            article=args.article,
            mode=mode,
            ui_language=ui_language,
            section=args.section,
            screenshot=Path(args.screenshot) if args.screenshot else None,
            size=size,
            library_page=args.library,
        )
    )

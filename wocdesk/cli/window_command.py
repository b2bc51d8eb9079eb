"""``wocdesk`` with no command: open the reader window (or say why it cannot open)."""

from __future__ import annotations

import argparse
import importlib.util

NAME = ""


# Options of the window that take a value (the command line is scanned for the command name).
VALUE_OPTIONS = ("--article", "--section", "--lang", "--ui-lang", "--screenshot", "--size")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of the window, given before any command."""
    parser.add_argument("--article", metavar="FILE", help="open this article file or raw text")
    parser.add_argument("--section", metavar="ID", help="open at this section")
    parser.add_argument("--lang", metavar="MODE", help="article language: zh, en, zh-en, en-zh")
    parser.add_argument("--ui-lang", metavar="LANG", help="interface language: zh or en")
    parser.add_argument(
        "--screenshot",
        metavar="FILE.png",
        help="render the window offscreen, save it as a PNG and exit",
    )
    parser.add_argument(
        "--size", metavar="WxH", help="window size, e.g. 1280x800 (default for --screenshot)"
    )


def run(args: argparse.Namespace) -> int:
    """Open the window, or explain in one line why it cannot."""
    run_window = importlib.import_module("wocdesk.ui.reader.launch").run_window
    return int(run_window(args))

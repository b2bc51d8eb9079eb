"""``wocdesk import``: turn a raw bilingual text into an article file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

NAME = "import"


def add_parser(subparsers: Any) -> None:
    """Declare ``wocdesk import`` and its options."""
    parser = subparsers.add_parser(
        NAME,
        help="turn a raw bilingual text into an article file",
        description="Read a text with each Chinese paragraph followed by its English counterpart "
        "(headings likewise, web-page leftovers mixed in) and write an article file that wocdesk "
        "opens.",
    )
    parser.add_argument("source", metavar="SOURCE.txt", help="the raw bilingual text (UTF-8)")
    parser.add_argument(
        "-o", "--output", metavar="ARTICLE.toml", required=True, help="the article file to write"
    )


def run(args: argparse.Namespace) -> int:
    """Import, check that the result loads, and write it atomically."""
    from wocdesk.content.files import write_text_atomically
    from wocdesk.content.importer import import_file
    from wocdesk.content.loader import parse_article

    output = Path(args.output)
    toml = import_file(Path(args.source))
    article = parse_article(toml, output)
    write_text_atomically(output, toml)
    passages = sum(len(s.passages) for s in article.sections)
    sys.stderr.write(
        f"wocdesk: wrote {output}: {len(article.sections)} sections, {passages} passages, "
        f"{len(article.leftovers)} page leftovers set aside\n"
    )
    return 0

"""``wocdesk import``: turn a raw bilingual text into an article file."""

from __future__ import annotations

import argparse
import sys
from typing import Any

NAME = "import"


def add_parser(subparsers: Any) -> None:
    """Declare ``wocdesk import`` and its options."""
    from wocdesk.i18n import _

    parser = subparsers.add_parser(
        NAME,
        help=_("turn a raw bilingual text into an article file"),
        description=_(
            "Read a text with each Chinese paragraph followed by its English counterpart "
            "(headings likewise, web-page leftovers mixed in) and write an article file that "
            "wocdesk opens."
        ),
    )
    parser.add_argument("source", metavar="SOURCE.txt", help=_("the raw bilingual text (UTF-8)"))
    parser.add_argument(
        "-o",
        "--output",
        metavar="ARTICLE.toml",
        required=True,
        help=_("the article file to write"),
    )


def run(args: argparse.Namespace) -> int:
    """Import the text and write the article file atomically."""
    from wocdesk.cli.options import path_option
    from wocdesk.content.article_file.article_toml import write_article
    from wocdesk.content.destination import check_destination
    from wocdesk.content.importing.importer import import_comment, import_file
    from wocdesk.errors import one_line, quote_name
    from wocdesk.i18n import _, ngettext

    source = path_option(args.source, "SOURCE")
    output = path_option(args.output, "--output")
    check_destination(output)  # refuse before the work
    article = import_file(source)
    written = write_article(article, output, import_comment(source))
    sections = len(article.sections)
    passages = sum(len(s.passages) for s in article.sections)
    leftovers = len(article.leftovers)
    counts = ", ".join(
        (
            ngettext("{count} section", "{count} sections", sections).format(count=sections),
            ngettext("{count} passage", "{count} passages", passages).format(count=passages),
            ngettext(
                "{count} page leftover set aside", "{count} page leftovers set aside", leftovers
            ).format(count=leftovers),
        )
    )
    message = _("wocdesk: wrote {file}: {counts}")
    sys.stderr.write(one_line(message.format(file=quote_name(written), counts=counts)) + "\n")
    return 0

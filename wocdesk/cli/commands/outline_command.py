"""``wocdesk outline``: write the outline an article's deck uses, as TOML to edit."""

from __future__ import annotations

import argparse
import shlex
import sys
from pathlib import Path
from typing import Any

from wocdesk.errors import WocdeskError

NAME = "outline"


def add_parser(subparsers: Any) -> None:
    """Declare ``wocdesk outline`` and its options."""
    parser = subparsers.add_parser(
        NAME,
        help="write the deck outline of an article as TOML to edit",
        description="Write the outline the deck of an article uses (the bundled article's curated "
        "one, or the default outline made from the article's sections and key points) as "
        "editable TOML; export your edit with: wocdesk export --outline FILE.",
    )
    parser.add_argument(
        "--article",
        metavar="FILE",
        default=argparse.SUPPRESS,
        help="an article file instead of the bundled one",
    )
    parser.add_argument(
        "-o", "--output", metavar="FILE.toml", required=True, help="the outline file to write"
    )


def run(args: argparse.Namespace) -> int:
    """Choose the article's outline, check it, and write it atomically."""
    from wocdesk.content.files import check_destination, write_text_atomically
    from wocdesk.content.opening import open_article
    from wocdesk.deck.outlines.check import check_outline
    from wocdesk.deck.outlines.default import curated_outline, outline_for
    from wocdesk.deck.outlines.writing import outline_toml
    from wocdesk.i18n import _

    if not args.output.strip():
        raise WocdeskError(_("-o: give a file name (got an empty one)"))
    output = check_destination(Path(args.output))
    article = open_article(args.article)
    if curated_outline(article) is not None:  # the curated file itself, comments and all
        from wocdesk.resources import default_outline_path

        text = default_outline_path().read_text(encoding="utf-8")
        slides = len(curated_outline(article).slides)  # type: ignore[union-attr]
    else:
        outline = outline_for(article)
        check_outline(outline, article)
        text = outline_toml(outline, article)
        slides = len(outline.slides)
    written = write_text_atomically(output, text)
    command = "wocdesk export"
    if getattr(args, "article", None):
        command += f" --article {shlex.quote(str(args.article))}"
    command += f" --outline {shlex.quote(str(written))}"
    message = _("wrote {path} ({count} slides); edit it, then: {command}")
    sys.stderr.write(f"wocdesk: {message.format(path=written, count=slides, command=command)}\n")
    return 0

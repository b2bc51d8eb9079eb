"""``wocdesk text``: print the article as plain text in a language mode."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from wocdesk.errors import WocdeskError

if TYPE_CHECKING:
    from wocdesk.model.text import DisplayMode

NAME = "text"


def add_parser(subparsers: Any) -> None:
    """Declare ``wocdesk text`` and its options."""
    parser = subparsers.add_parser(
        NAME,
        help="print the article as plain text",
        description="Print the article as plain text: section titles as headings, one paragraph "
        "per line; in a bilingual mode each paragraph is followed by its counterpart.",
    )
    parser.add_argument(
        "--lang",
        metavar="MODE",
        help="zh, en, zh-en or en-zh (both, the first leading; 'both' means zh-en); "
        "default: the system's language",
    )
    parser.add_argument("--section", metavar="ID", help="print only this section")
    parser.add_argument(
        "--article", metavar="FILE", help="an article file instead of the bundled one"
    )


def mode_from_option(value: str | None) -> DisplayMode:
    """The display mode asked for, or the system language's mode."""
    from wocdesk.i18n import system_language
    from wocdesk.model.text import DisplayMode, parse_mode

    if value is None:
        return DisplayMode.for_lang(system_language())
    try:
        return parse_mode(value)
    except ValueError as exc:
        raise WocdeskError(f"--lang: {exc}") from None


def run(args: argparse.Namespace) -> int:
    """Print the article."""
    from wocdesk.content.loader import load_article
    from wocdesk.content.plain_text import render_text

    mode = mode_from_option(args.lang)
    article = load_article(args.article)
    if args.section is not None:
        known = [s.id for s in article.sections]
        if args.section not in known:
            raise WocdeskError(
                f"--section: no section {args.section!r} (sections: {', '.join(known)})"
            )
    sys.stdout.write(render_text(article, mode, args.section))
    sys.stdout.flush()
    return 0

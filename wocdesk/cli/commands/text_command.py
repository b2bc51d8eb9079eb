"""``wocdesk text``: print the article as plain text in a language mode."""

from __future__ import annotations

import argparse
from typing import Any

from wocdesk.errors import WocdeskError

NAME = "text"


def add_parser(subparsers: Any) -> None:
    """Declare ``wocdesk text`` and its options."""
    from wocdesk.i18n import _

    parser = subparsers.add_parser(
        NAME,
        help=_("print the article as plain text"),
        description=_(
            "Print the article as plain text: section titles as headings, one paragraph per "
            "line; in a bilingual mode each paragraph is followed by its counterpart."
        ),
    )
    # --lang, --section and --article may also come before the command (they are the window's
    # options too): SUPPRESS keeps that value when the command itself is not given one.
    parser.add_argument(
        "--lang",
        default=argparse.SUPPRESS,
        metavar="MODE",
        help=_(
            "zh, en, zh-en or en-zh (both, the first leading; 'both' means zh-en); "
            "default: the system's language"
        ),
    )
    parser.add_argument(
        "--section", metavar="ID", default=argparse.SUPPRESS, help=_("print only this section")
    )
    parser.add_argument(
        "--article",
        metavar="FILE",
        default=argparse.SUPPRESS,
        help=_("an article file or a raw bilingual text instead of the bundled article"),
    )
    parser.add_argument(
        "--pinyin", action="store_true", help=_("follow each Chinese paragraph with its pinyin")
    )


def run(args: argparse.Namespace) -> int:
    """Print the article."""
    from wocdesk.cli.options import mode_or_system, path_option
    from wocdesk.cli.output import print_out
    from wocdesk.content.plain_text import render_text
    from wocdesk.errors import quote_value, some_of
    from wocdesk.i18n import _
    from wocdesk.library.resolve import article_or_bundled as open_article

    mode = mode_or_system(args.lang)
    article = open_article(None if args.article is None else path_option(args.article, "--article"))
    if args.section is not None:
        known = [s.id for s in article.sections]
        if args.section not in known:
            message = _("--section: no section {id} (sections: {known})")
            raise WocdeskError(message.format(id=quote_value(args.section), known=some_of(known)))
    text = render_text(article, mode, args.section)
    if args.pinyin:
        from wocdesk.study.pinyin import with_pinyin_lines

        text = with_pinyin_lines(text, article)
    print_out(text)
    return 0

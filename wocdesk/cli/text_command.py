"""``wocdesk text``: print the article as plain text in a language mode."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from wocdesk.errors import WocdeskError

NAME = "text"


def add_parser(subparsers: Any) -> None:
    """Declare ``wocdesk text`` and its options."""
    parser = subparsers.add_parser(
        NAME,
        help="print the article as plain text",
        description="Print the article as plain text: section titles as headings, one paragraph "
        "per line; in a bilingual mode each paragraph is followed by its counterpart.",
    )
    # --lang, --section and --article may also come before the command (they are the window's
    # options too): SUPPRESS keeps that value when the command itself is not given one.
    parser.add_argument(
        "--lang",
        default=argparse.SUPPRESS,
        metavar="MODE",
        help="zh, en, zh-en or en-zh (both, the first leading; 'both' means zh-en); "
        "default: the system's language",
    )
    parser.add_argument(
        "--section", metavar="ID", default=argparse.SUPPRESS, help="print only this section"
    )
    parser.add_argument(
        "--article",
        metavar="FILE",
        default=argparse.SUPPRESS,
        help="an article file instead of the bundled one",
    )
    parser.add_argument(
        "--pinyin", action="store_true", help="follow each Chinese paragraph with its pinyin"
    )


def run(args: argparse.Namespace) -> int:
    """Print the article."""
    from wocdesk.cli.options import mode_or_system
    from wocdesk.content.loader import load_article
    from wocdesk.content.plain_text import render_text

    mode = mode_or_system(args.lang)
    article = load_article(args.article)
    if args.section is not None:
        known = [s.id for s in article.sections]
        if args.section not in known:
            raise WocdeskError(
                f"--section: no section {args.section!r} (sections: {', '.join(known)})"
            )
    text = render_text(article, mode, args.section)
    if args.pinyin:
        from wocdesk.study.pinyin import with_pinyin_lines

        text = with_pinyin_lines(text, article)
    sys.stdout.write(text)
    sys.stdout.flush()
    return 0

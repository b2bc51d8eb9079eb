"""``wocdesk align``: the article's sentences linked across the two languages, one link a line."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from wocdesk.errors import WocdeskError

NAME = "align"


def add_parser(subparsers: Any) -> None:
    """Declare ``wocdesk align`` and its options."""
    parser = subparsers.add_parser(
        NAME,
        help="print the article's aligned sentences",
        description="Print one line per link between the Chinese and English sentences of each "
        "passage: the passage id, a TAB, the Chinese sentence(s), a TAB, the English "
        "sentence(s). A sentence without a counterpart has an empty side.",
    )
    # --section and --article may also come before the command (they are the window's options).
    parser.add_argument(
        "--section", metavar="ID", default=argparse.SUPPRESS, help="align only this section"
    )
    parser.add_argument(
        "--article",
        metavar="FILE",
        default=argparse.SUPPRESS,
        help="an article file or a raw bilingual text instead of the bundled article",
    )


def run(args: argparse.Namespace) -> int:
    """Align the passages (of one section) and print their links."""
    from wocdesk.content.opening import open_article
    from wocdesk.i18n import _
    from wocdesk.study.aligning.alignment import AlignmentCache
    from wocdesk.study.dictionary import load_dictionary

    article = open_article(getattr(args, "article", None))
    section = getattr(args, "section", None)
    if section is not None:
        known = [s.id for s in article.sections]
        if section not in known:
            raise WocdeskError(
                _("--section: no section {section!r} (sections: {known})").format(
                    section=section, known=", ".join(known)
                )
            )
        passages = article.section(section).passages
    else:
        passages = tuple(article.passages())
    aligner = AlignmentCache(load_dictionary())
    out = sys.stdout
    for passage in passages:
        alignment = aligner.passage(passage)
        for link in alignment.links:
            chinese = "".join(_one_line(alignment.zh[i].of(passage.zh or "")) for i in link.zh)
            english = " ".join(_one_line(alignment.en[i].of(passage.en or "")) for i in link.en)
            out.write(f"{passage.id}\t{chinese}\t{english}\n")
    out.flush()
    return 0


def _one_line(text: str) -> str:
    """``text`` with every run of whitespace (tabs and line breaks too) as one space."""
    return " ".join(text.split())

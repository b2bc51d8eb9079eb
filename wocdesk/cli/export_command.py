"""``wocdesk export``: write the briefing deck as an editable .pptx (and a PDF on request)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from wocdesk.errors import WocdeskError

NAME = "export"


def add_parser(subparsers: Any) -> None:
    """Declare ``wocdesk export`` and its options."""
    parser = subparsers.add_parser(
        NAME,
        help="write the briefing deck as a PowerPoint file",
        description="Plan the briefing deck from a deck outline (slides/briefing.toml unless "
        "--outline is given) and write it as an editable .pptx: text boxes, a native chart and "
        "table, speaker notes with the source paragraphs, Chinese in an East Asian face.",
    )
    # --lang, --section and --article may also come before the command (they are the window's
    # options too): SUPPRESS keeps that value when the command itself is not given one.
    parser.add_argument(
        "--lang",
        default=argparse.SUPPRESS,
        metavar="MODE",
        help="zh, en, zh-en or en-zh (bilingual, the first leading); "
        "default: the system's language",
    )
    parser.add_argument("--outline", metavar="FILE", help="a deck outline (.toml) of your own")
    parser.add_argument(
        "--template", metavar="FILE", help="a .pptx whose masters and layouts to use"
    )
    parser.add_argument(
        "--notes",
        metavar="LANG",
        choices=("zh", "en", "both"),
        help="speaker notes in zh, en or both; default: the deck's language(s)",
    )
    parser.add_argument(
        "-o", "--output", metavar="FILE", help="the .pptx to write; default: OUTLINE-MODE.pptx here"
    )
    parser.add_argument(
        "--pdf", action="store_true", help="also write a PDF beside it (needs LibreOffice)"
    )
    parser.add_argument(
        "--cjk-font", metavar="NAME", help="East Asian face (default Microsoft YaHei)"
    )
    parser.add_argument("--latin-font", metavar="NAME", help="Latin face (default Arial)")
    parser.add_argument(
        "--article",
        metavar="FILE",
        default=argparse.SUPPRESS,
        help="an article file instead of the bundled one",
    )


def fonts_from(args: argparse.Namespace) -> Any:
    """The typefaces asked for, over the defaults."""
    from wocdesk.deck.model import Fonts
    from wocdesk.deck.style import DEFAULT_FONTS

    latin = args.latin_font if args.latin_font is not None else DEFAULT_FONTS.latin
    cjk = args.cjk_font if args.cjk_font is not None else DEFAULT_FONTS.cjk
    from wocdesk.content.clean import xml_illegal_chars

    for option, value in (("--latin-font", latin), ("--cjk-font", cjk)):
        printable = value.isprintable() and not xml_illegal_chars(value)
        if not value.strip() or not printable:
            raise WocdeskError(f"{option}: give a font name (got {value!r})")
    return Fonts(
        latin=latin.strip(),
        cjk=cjk.strip(),
        theme_latin=args.latin_font is None,  # a template's own face unless one is asked for
        theme_cjk=args.cjk_font is None,
    )


def default_output(outline_name: str, mode: str) -> Path:
    """``briefing-zh-en.pptx`` in the current folder."""
    safe = "".join(c if c.isalnum() or c in "-_." else "-" for c in outline_name) or "deck"
    return Path(f"{safe}-{mode}.pptx")


def run(args: argparse.Namespace) -> int:
    """Plan (or reuse the cached plan), write atomically, and optionally convert to PDF."""
    from wocdesk.cli.options import mode_or_system
    from wocdesk.content.files import check_destination

    mode = mode_or_system(args.lang)
    fonts = fonts_from(args)
    output = Path(args.output) if args.output else None
    if output is not None and output.suffix.lower() != ".pptx" and not output.is_dir():
        output = output.with_name(output.name + ".pptx")
    if output is not None:
        check_destination(output)
    deck, name = _deck(args, mode.value, fonts)
    output = output or default_output(name, mode.value)
    check_destination(output)
    from wocdesk.deck import write_pptx

    written = write_pptx(deck, output, template=args.template)
    sys.stderr.write(f"wocdesk: wrote {written} ({len(deck.slides)} slides, {mode.value})\n")
    if args.pdf:
        from wocdesk.deck.pdf import convert_to_pdf

        pdf = convert_to_pdf(written)
        sys.stderr.write(f"wocdesk: wrote {pdf}\n")
    return 0


def _deck(args: argparse.Namespace, mode: str, fonts: Any) -> tuple[Any, str]:
    """The planned deck and the outline's name, from the plan cache when the inputs match."""
    from wocdesk.deck import cache
    from wocdesk.resources import bundled_article_path, default_outline_path

    article_path = Path(args.article) if args.article else bundled_article_path()
    outline_path = Path(args.outline) if args.outline else default_outline_path()
    key = cache.deck_key(article_path, outline_path, mode, args.notes, fonts)
    cached = cache.load(key)
    if cached is not None:
        return cached, cached.name
    from wocdesk.content.loader import load_article
    from wocdesk.deck import load_outline, plan_deck

    article = load_article(args.article)
    outline = load_outline(args.outline)
    deck = plan_deck(article, outline, mode, notes=args.notes, fonts=fonts)
    cache.store(key, deck)
    return deck, outline.name

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
        description="Plan the briefing deck from a deck outline (--outline, else the article's "
        "own: slides/briefing.toml for the bundled article, one made from the sections and key "
        "points for any other) and write it as an editable .pptx: text boxes, native charts and "
        "tables, speaker notes with the source paragraphs, Chinese in an East Asian face.",
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
        help="an article file or a raw bilingual text instead of the bundled article",
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
            from wocdesk.errors import quote_value
            from wocdesk.i18n import _

            message = _("{option}: give a font name (got {value})")
            raise WocdeskError(message.format(option=option, value=quote_value(value)))
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
    """Plan the deck, write it atomically, and optionally convert it to PDF."""
    from wocdesk.cli.options import input_option, mode_or_system, path_option
    from wocdesk.content.files import BINARY_LIMIT, check_destination
    from wocdesk.errors import one_line, quote_name
    from wocdesk.i18n import _, ngettext

    mode = mode_or_system(args.lang)
    fonts = fonts_from(args)
    # Inputs are checked before anything reads them: a named pipe or a device never blocks.
    if args.article is not None:  # the library is asked only when an article is named
        from wocdesk.library.resolve import file_spec

        input_option(file_spec(args.article), "--article", _("an article file or a raw text"))
    input_option(args.outline, "--outline", _("an outline file"))
    input_option(args.template, "--template", _("a .pptx template"), limit=BINARY_LIMIT)
    output = path_option(args.output, "--output") if args.output is not None else None
    if output is not None and output.suffix.lower() != ".pptx" and not output.is_dir():
        output = output.with_name(output.name + ".pptx")
    if output is not None:
        check_destination(output)
    deck, name = _deck(args, mode.value, fonts)
    output = output or default_output(name, mode.value)
    check_destination(output)
    from wocdesk.deck import write_pptx

    written = write_pptx(deck, output, template=args.template)
    count = len(deck.slides)
    slides = ngettext("{count} slide", "{count} slides", count).format(count=count)
    message = _("wocdesk: wrote {file} ({slides}, {mode})")
    line = message.format(file=quote_name(written), slides=slides, mode=mode.value)
    sys.stderr.write(one_line(line) + "\n")
    if args.pdf:
        from wocdesk.deck.writer.pdf import convert_to_pdf

        pdf = convert_to_pdf(written)
        sys.stderr.write(one_line(_("wocdesk: wrote {file}").format(file=quote_name(pdf))) + "\n")
    return 0


def _deck(args: argparse.Namespace, mode: str, fonts: Any) -> tuple[Any, str]:
    """The planned deck and the outline's name.

    The article's own or default outline is used without ``--outline`` (``outline_for``).
    """
    outline = None
    if args.outline is not None:  # read first: an empty name or a FIFO is refused at once
        from wocdesk.deck import load_outline

        outline = load_outline(args.outline)
    from wocdesk.deck import plan_deck

    if args.article is None:
        from wocdesk.content.article_file.loader import load_article

        article = load_article()  # the bundled article
    else:
        from wocdesk.library.resolve import article_or_bundled

        article = article_or_bundled(args.article)
    deck = plan_deck(article, outline, mode, notes=args.notes, fonts=fonts)
    return deck, deck.name

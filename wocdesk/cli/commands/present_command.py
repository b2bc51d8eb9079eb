"""``wocdesk present``: start the slide show, or render one slide to a PNG and exit."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from wocdesk.errors import WocdeskError

if TYPE_CHECKING:
    from wocdesk.deck.model import Deck
    from wocdesk.model.article import Article
    from wocdesk.model.text import DisplayMode

NAME = "present"
NOTES_CHOICES = ("zh", "en", "both")


class SlideNumberError(WocdeskError):
    """A slide number outside the deck."""


def add_parser(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """The ``present`` command and its options."""
    parser = subparsers.add_parser(
        NAME,
        help="present the briefing deck full screen (or render one slide to a PNG)",
        description="Present the briefing deck full screen: → Space PgDn next, ← PgUp Backspace "
        "previous, Home/End, a number then Enter to jump, L to switch language, B to blank, "
        "N for notes, Esc to end. With a second screen, a presenter view opens on the first.",
    )
    parser.add_argument(
        "--lang",
        dest="present_lang",
        metavar="MODE",
        help="deck language: zh, en, zh-en or en-zh (default: the system's language)",
    )
    parser.add_argument(
        "--outline",
        metavar="FILE",
        help="deck outline (default: the article's own, or one made from its sections)",
    )
    parser.add_argument(
        "--article",
        metavar="FILE",
        default=argparse.SUPPRESS,
        help="an article file instead of the bundled one (its own or default deck)",
    )
    parser.add_argument(
        "--slide", type=int, default=1, metavar="N", help="start at slide N (default 1)"
    )
    parser.add_argument(
        "--notes",
        choices=NOTES_CHOICES,
        default=None,
        help="language of the speaker notes in the presenter view (default: the deck's)",
    )
    parser.add_argument(
        "--screenshot",
        metavar="FILE.png",
        help="render slide N at 1920x1080 to FILE.png and exit (no window needed)",
    )


def resolve_mode(args: argparse.Namespace) -> DisplayMode:
    """The deck language from ``--lang`` (or the top-level ``--lang``, or the system's)."""
    from wocdesk.cli.options import mode_or_system

    return mode_or_system(getattr(args, "present_lang", None) or getattr(args, "lang", None))


def plan(article: Article, mode: DisplayMode, outline: str | None, notes: str | None) -> Deck:
    """The deck of ``article`` in ``mode``, planned as the .pptx writer gets it."""
    from wocdesk.deck import plan_deck

    return plan_deck(article, outline, lang=mode, notes=notes)


def check_slide(number: int, deck: Deck) -> int:
    """The 0-based index of slide ``number``; a number outside the deck is a one-line error."""
    count = len(deck.slides)
    if not 1 <= number <= count:
        from wocdesk.i18n import ngettext

        message = ngettext(
            "--slide {number}: the deck has {count} slide; choose a number from 1 to {count}",
            "--slide {number}: the deck has {count} slides; choose a number from 1 to {count}",
            count,
        )
        raise SlideNumberError(message.format(number=number, count=count))
    return number - 1


def run(args: argparse.Namespace) -> int:
    """Render a screenshot, or run the show until Esc."""
    from wocdesk.cli.options import path_option
    from wocdesk.library.resolve import article_or_bundled as open_article

    mode = resolve_mode(args)
    target = None
    if args.screenshot is not None:
        from wocdesk.content.files import check_destination

        target = check_destination(path_option(args.screenshot, "--screenshot"))
    article_option = getattr(args, "article", None)
    article = open_article(
        None if article_option is None else path_option(article_option, "--article")
    )
    deck = plan(article, mode, args.outline, args.notes)
    index = check_slide(args.slide, deck)
    if target is None:
        from wocdesk.ui.app.qt_platform import missing_window_system

        problem = missing_window_system()
        if problem:
            raise WocdeskError(problem)
    from wocdesk.ui.show import present_app

    if target is not None:
        return present_app.screenshot_slide(deck, index, target)
    return present_app.run_show(article, mode, args.outline, args.notes, index, deck)

"""Write a planned deck to a .pptx file: built in memory, then moved over the target at once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from wocdesk.content.files import check_destination, write_atomically
from wocdesk.deck.errors import DeckError
from wocdesk.deck.model import Deck
from wocdesk.deck.writer.pptx_package import finish_package
from wocdesk.deck.writer.pptx_template import open_target
from wocdesk.deck.writer.pptx_writer import Drawer


def build_presentation(
    deck: Deck,
    template: str | Path | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Any:
    """The python-pptx ``Presentation`` drawing ``deck`` (not yet saved)."""
    target = open_target(deck, template)
    drawer = Drawer(target, deck)
    total = len(deck.slides)
    for index, plan in enumerate(deck.slides, start=1):
        drawer.slide(plan)
        if progress is not None:
            progress(index, total)
    finish_package(target.prs, deck, templated=target.templated)
    return target.prs


def write_pptx(
    deck: Deck,
    path: str | Path,
    template: str | Path | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Write ``deck`` to ``path`` as an editable .pptx, atomically; return the path written.

    The destination is checked first, the whole file is built in memory, written beside the
    target and moved over it at the end: a failure leaves an existing file untouched.
    """
    target = check_destination(Path(path))
    prs = build_presentation(deck, template, progress)

    def save(temporary: Path) -> None:
        try:
            prs.save(str(temporary))
        except ValueError as exc:  # python-pptx refusing a string
            raise DeckError(f"{target}: cannot write the deck: {exc}") from None

    return write_atomically(target, save)

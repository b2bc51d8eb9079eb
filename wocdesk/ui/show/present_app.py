"""Run the slide show or render one slide to a PNG for ``wocdesk present`` (Qt lives here)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from wocdesk.content.files import DestinationError, write_atomically

if TYPE_CHECKING:
    from wocdesk.deck.model import Deck
    from wocdesk.model.article import Article
    from wocdesk.model.text import DisplayMode

SCREENSHOT_SIZE = (1920, 1080)


def screenshot_slide(deck: Deck, index: int, target: Path) -> int:
    """Render slide ``index`` at 1920x1080 to ``target`` (offscreen without a display)."""
    has_display = os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    if not has_display:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from wocdesk.ui.slides.renderer import SlideRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    image = SlideRenderer(deck).image(deck.slides[index], *SCREENSHOT_SIZE)

    def write(temporary: Path) -> None:
        saved: bool = image.save(str(temporary), "PNG")  # type: ignore[call-overload]
        if not saved:
            raise DestinationError(f"{target}: the PNG could not be written")

    write_atomically(target, write)
    print(target)
    return 0


def run_show(
    article: Article,
    mode: DisplayMode,
    outline: str | None,
    notes: str | None,
    index: int,
    deck: Deck,
) -> int:
    """Run the full-screen show from slide ``index`` until it ends; the exit code."""
    from PySide6.QtWidgets import QApplication

    from wocdesk.ui.show.deck_source import DeckSource
    from wocdesk.ui.show.start import start_show

    app = QApplication.instance() or QApplication([])
    source = DeckSource.for_article(article, outline, notes)
    source.seed(mode, deck)
    # Without a parent the show lives as long as this reference: keep it until the loop ends.
    show = start_show(None, article, mode, outline, notes=notes, slide=index, source=source)
    code = int(app.exec())  # type: ignore[union-attr]
    del show
    return code

"""Run the slide show or render one slide to an image for ``wocdesk present`` (Qt lives here)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wocdesk.deck.model import Deck
    from wocdesk.model.article import Article
    from wocdesk.model.text import DisplayMode

SCREENSHOT_SIZE = (1920, 1080)


def screenshot_slide(deck: Deck, index: int, target: Path) -> int:
    """Render slide ``index`` at 1920x1080 to ``target``, PNG or JPEG by its name (offscreen)."""
    from wocdesk.ui.app.image_files import image_format, save_image

    image_format(target, "--screenshot")  # refused before anything is drawn
    has_display = os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    if not has_display:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from wocdesk.ui.slides.renderer import SlideRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    image = SlideRenderer(deck).image(deck.slides[index], *SCREENSHOT_SIZE)
    save_image(image, target, "--screenshot")
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
    from wocdesk.ui.app.startup import start_application
    from wocdesk.ui.show.deck_source import DeckSource
    from wocdesk.ui.show.start import start_show

    app = start_application()  # one line, not Qt's abort, if the window system cannot start
    source = DeckSource.for_article(article, outline, notes)
    source.seed(mode, deck)
    # Without a parent the show lives as long as this reference: keep it until the loop ends.
    show = start_show(None, article, mode, outline, notes=notes, slide=index, source=source)
    code = int(app.exec())
    del show
    return code

"""Start a show from the window or the command line: full screen, presenter view on a 2nd screen."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from wocdesk.model.text import DisplayMode
from wocdesk.ui.show.deck_source import DeckSource
from wocdesk.ui.show.presenter_view import PresenterView
from wocdesk.ui.show.show_window import ShowWindow

if TYPE_CHECKING:
    from wocdesk.deck.outlines.outline import Outline
    from wocdesk.model.article import Article


def pick_screens(home: QScreen | None) -> tuple[QScreen | None, QScreen | None]:
    """(screen for the show, screen for the presenter view or ``None`` with one screen)."""
    screens = QGuiApplication.screens()
    home = home or QGuiApplication.primaryScreen()
    others = [screen for screen in screens if screen is not home]
    if others:
        return others[0], home
    return home, None


def start_show(
    parent: QWidget | None,
    article: Article,
    mode: DisplayMode = DisplayMode.EN,
    outline: Outline | str | Path | None = None,
    *,
    notes: str | None = None,
    slide: int = 0,
    source: DeckSource | None = None,
    full_screen: bool = True,
) -> ShowWindow:
    """Present ``article``'s deck in ``mode`` from slide ``slide`` (0-based); return the show.

    With a second screen the show goes there and a presenter view opens on the parent's screen.
    Esc (or closing either window) ends the show and gives the focus back to ``parent``, which
    is left exactly where it was. Planning errors (a bad outline) raise ``WocdeskError``.
    """
    source = source or DeckSource.for_article(article, outline, notes)
    show = ShowWindow(source, mode, slide, parent)
    show.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # its pixmaps go with it
    home = parent.screen() if parent is not None else None
    show_screen, presenter_screen = pick_screens(home)
    view: PresenterView | None = None
    if presenter_screen is not None:
        view = PresenterView(show, parent)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.setGeometry(presenter_screen.availableGeometry())
    show.presenter_view = view
    if show_screen is not None:
        show.setGeometry(show_screen.geometry())
    if full_screen:
        show.showFullScreen()
    else:
        show.show()
    if view is not None:
        view.showMaximized() if full_screen else view.show()
    show.raise_()
    show.activateWindow()
    show.setFocus()
    return show

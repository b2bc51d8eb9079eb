"""Presenting from the app: the full-screen show, the presenter view and how to start them."""

from wocdesk.ui.presenter.deck_source import LANGUAGE_CYCLE, DeckSource, map_index, next_mode
from wocdesk.ui.presenter.presenter_view import PresenterView
from wocdesk.ui.presenter.show_window import ShowWindow
from wocdesk.ui.presenter.start import start_show

__all__ = [
    "LANGUAGE_CYCLE",
    "DeckSource",
    "PresenterView",
    "ShowWindow",
    "map_index",
    "next_mode",
    "start_show",
]

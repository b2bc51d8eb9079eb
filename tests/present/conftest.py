"""Fixtures for the presenter tests: a show of a hand-built deck."""

from __future__ import annotations

import pytest

from tests.present.sample_deck import make_deck
from wocdesk.model.text import DisplayMode


@pytest.fixture
def source():  # type: ignore[no-untyped-def]
    from wocdesk.ui.show.deck_source import DeckSource

    calls: list[str] = []

    def planner(mode):  # type: ignore[no-untyped-def]
        calls.append(mode.value)
        return make_deck(mode, extra=8)

    src = DeckSource(planner)
    src.calls = calls  # type: ignore[attr-defined]
    return src


@pytest.fixture
def show(qtbot, source):  # type: ignore[no-untyped-def]
    from wocdesk.ui.show.show_window import ShowWindow

    window = ShowWindow(source, DisplayMode.EN)
    window.resize(960, 540)
    qtbot.addWidget(window)
    window.show()
    return window

"""Fixtures for the reading view: the bundled article and the 200-chapter text, shown views."""

from __future__ import annotations

import pytest

import wocdesk.ui  # noqa: F401  (guards None's reference count before any Qt call)
from tests.reading.long_article import long_article


@pytest.fixture(scope="session")
def long_text():  # type: ignore[no-untyped-def]
    """The 200-chapter text (3,600 passages)."""
    return long_article()


@pytest.fixture(params=["bundled", "long"])
def text(request, article, long_text):  # type: ignore[no-untyped-def]
    """Each test that takes ``text`` runs on the bundled article and on the long text."""
    return article if request.param == "bundled" else long_text


@pytest.fixture
def make_view(qtbot, qapp):  # type: ignore[no-untyped-def]
    """A factory of shown reading views (article, mode, size)."""
    from wocdesk.model.text import DisplayMode
    from wocdesk.ui.app.fonts import register_fonts
    from wocdesk.ui.reading.view import ReadingView

    register_fonts()

    def make(article, mode="zh", size=(900, 640)):  # type: ignore[no-untyped-def]
        view = ReadingView(article, DisplayMode(mode))
        qtbot.addWidget(view)
        view.resize(*size)
        view.show()
        qtbot.waitExposed(view)
        return view

    return make

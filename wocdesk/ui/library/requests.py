"""What a second ``wocdesk`` asks of the running window: a file, an article, the library."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any

from wocdesk.model.text import parse_mode

if TYPE_CHECKING:
    from wocdesk.ui.library.controller import LibraryController


def handle_request(controller: LibraryController, request: dict[str, Any]) -> None:
    """Do what a second ``wocdesk`` asked: raise the window, open a file or an article."""
    window = controller.window
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
    spec = request.get("article")
    mode = request.get("mode")
    if mode:
        with contextlib.suppress(ValueError):  # a mode this wocdesk does not know
            window.state.set_mode(parse_mode(mode))
    section = request.get("section")
    if spec:
        from wocdesk.library.resolve import library_id, names_library_article

        number = library_id(spec)
        if number is None or not names_library_article(spec):
            controller.open_files([spec])  # imported first: the section is not known yet
            return
        if not controller.open_article(number, keep_mode=bool(mode)):
            return
    elif request.get("library"):
        controller.show_library()
    if section and section in [s.id for s in window.state.article.sections]:
        window.show_section(section)

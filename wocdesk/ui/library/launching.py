"""Starting the window with its library: hand over to a running one, choose what to open.

``wocdesk`` with no article comes back to the article read last (the settings keep its
library id) at its own place; when none was read and the library holds more than the bundled
article, it opens on the library (the start page). ``wocdesk FILE`` imports the file (a file
already there is just opened) and opens it; ``--screenshot`` runs write nothing and neither
hand over nor listen.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from wocdesk.errors import WocdeskError
from wocdesk.i18n import _
from wocdesk.library.errors import LibraryError
from wocdesk.library.paths import library_path
from wocdesk.model.article import Article

if TYPE_CHECKING:
    from wocdesk.library.store import Library
    from wocdesk.ui.app.settings import Settings
    from wocdesk.ui.library.controller import LibraryController
    from wocdesk.ui.library.instance import InstanceServer
    from wocdesk.ui.reader.main_window import MainWindow


@dataclass
class StartChoice:
    """What the window opens on: an article (with its library id, if it has one), or the page."""

    article: Article | None
    article_id: int | None = None
    home: bool = False


def hand_over_to_running(
    article: str | None, mode: str | None, section: str | None, library_page: bool
) -> bool:
    """True when a window already running on this library took the request (then exit)."""
    from wocdesk.ui.library.instance import hand_over, instance_name, make_request

    request = make_request(article, mode, section, library_page)
    return hand_over(instance_name(library_path()), request)


def open_library(screenshot: bool) -> tuple[Library | None, str]:
    """The library for the window and what went wrong opening it (the window opens anyway).

    A screenshot run uses the library only if it exists already.
    """
    path = library_path()
    if screenshot and not path.exists():
        return None, ""
    from wocdesk.library.store import Library

    try:
        return Library.open(path), ""
    except WocdeskError as error:  # a newer wocdesk's library, an unwritable folder
        return None, str(error)


def resolve_article(library: Library | None, spec: str | None, screenshot: bool) -> StartChoice:
    """The article ``--article`` names: a library id, or a file (imported unless screenshot)."""
    from wocdesk.library.resolve import library_id, names_library_article

    if spec is None:
        return StartChoice(None)
    number = library_id(spec)
    if number is not None and names_library_article(spec):
        if library is None:
            raise LibraryError(_("{spec}: no such file, and no library yet").format(spec=spec))
        try:
            return StartChoice(library.article(number), number)
        except LibraryError:
            raise LibraryError(
                _(
                    "{spec}: no such file, and no article {id} in the library "
                    "(wocdesk library list shows them)"
                ).format(spec=spec, id=number)
            ) from None
    if screenshot or library is None:
        from wocdesk.library.resolve import article_from

        return StartChoice(article_from(spec))
    from wocdesk.library.duplicates import Duplicate
    from wocdesk.library.sources import read_source

    outcome = library.add(read_source(spec), Duplicate.ASK)
    found = outcome.article_id if outcome.article_id is not None else outcome.duplicates[-1].id
    return StartChoice(library.article(found), found)


def choose_start(
    library: Library | None, last_id: int, library_page: bool, page_if_several: bool = True
) -> StartChoice:
    """What to open when no article is named on the command line.

    The article read last, else the page (``page_if_several``: when the library holds more
    than the bundled article), else the bundled article.
    """
    if library is None:
        from wocdesk.content.article_file.loader import load_article

        return StartChoice(load_article(), home=library_page)
    if last_id > 0 and not library_page:
        try:
            return StartChoice(library.article(last_id), last_id)
        except WocdeskError:
            pass  # removed meanwhile (by ``wocdesk library remove``)
    articles = library.list_articles()
    bundled = next((a.id for a in articles if a.bundled), None)
    if bundled is None:
        from wocdesk.content.article_file.loader import load_article

        article = load_article()
    else:
        article = library.article(bundled)
    home = library_page or (page_if_several and len(articles) > 1)
    return StartChoice(article, None if home else bundled, home)


def report_later(window: MainWindow, message: str) -> None:
    """Say, once the window shows, why it has no library (``message`` names the file)."""
    import sys

    sys.stderr.write(f"wocdesk: {message}\n")

    def report(_window: MainWindow) -> None:
        from PySide6.QtWidgets import QMessageBox

        from wocdesk.ui.app.plain_text import literal_markup

        box = QMessageBox(QMessageBox.Icon.Warning, _("The library"), "", parent=window)
        box.setObjectName("library-error")
        box.setText(literal_markup(message))
        box.setInformativeText(_("The window opens without the library."))
        box.setModal(False)
        box.show()

    window.call_after_first_show(report)


def install_library(
    window: MainWindow, library: Library, settings: Settings | None, remember: bool
) -> LibraryController:
    """The Library dock, menus, drops and places in ``window`` (before its state is restored)."""
    from wocdesk.ui.library.controller import LibraryController

    return LibraryController(window, library, settings, remember)


def serve(controller: LibraryController) -> InstanceServer | None:
    """Listen for later ``wocdesk`` runs on this library; ``None`` if another window does."""
    from wocdesk.ui.library.instance import InstanceServer, instance_name

    server = InstanceServer(instance_name(controller.library.path), controller)
    if not server.listen():
        return None
    from wocdesk.ui.library.requests import handle_request

    server.request_received.connect(lambda request: handle_request(controller, request))
    controller.server = server
    return server

"""The library's entries in the window's menus: View ▸ Library, File ▸ Import, Open Recent."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from wocdesk.errors import WocdeskError
from wocdesk.i18n import N_, _, interface_language
from wocdesk.library.store import Library
from wocdesk.ui.app.actions import ActionSpec
from wocdesk.ui.app.language import translate_ui

if TYPE_CHECKING:
    from wocdesk.ui.reader.main_window import MainWindow

IMPORT_ACTION_ID = "library-import"
IMPORT_SPEC = ActionSpec(
    N_("&Import into Library…"),
    N_("Import articles into the library: raw text, article TOML, Word, saved web pages"),
    ("Ctrl+I",),
)
LIBRARY_ACTION_ID = "library"
LIBRARY_SPEC = ActionSpec(
    N_("&Library"),
    N_("Show the library: every article, and search across them"),
    ("Ctrl+L",),
    checkable=True,
)
RECENT_LIMIT = 10


class RecentMenu(QMenu):
    """File ▸ Open Recent: the articles opened last, newest first (read when it opens)."""

    def __init__(
        self, library: Library, open_article: Callable[[int], object], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("menu-open-recent")
        self._library = library
        self._open = open_article
        self.aboutToShow.connect(self.fill)
        translate_ui(self)

    def fill(self) -> None:
        """List the recent articles (or say there are none)."""
        self.clear()
        try:
            recent = self._library.recent(RECENT_LIMIT)
        except WocdeskError:
            recent = []
        lang = interface_language()
        for number, summary in enumerate(recent, start=1):
            title = " ".join(summary.title.best(lang).split()).replace("&", "&&")
            action = self.addAction(f"&{number % 10}  {title}" if number <= 10 else title)
            action.setObjectName(f"recent-{summary.id}")
            action.setData(summary.id)
            action.triggered.connect(lambda _checked=False, i=summary.id: self._open(i))
        if not recent:
            empty = self.addAction(_("No articles opened yet"))
            empty.setEnabled(False)

    def retranslate_ui(self) -> None:
        """The title in the interface language (the entries are read when the menu opens)."""
        self.setTitle(_("Open &Recent"))


def install_menus(
    window: MainWindow,
    library: Library,
    open_article: Callable[[int], object],
    toggle_library: Callable[[], object],
    ask_import: Callable[[], object],
    ask_open: Callable[[], object],
) -> tuple[QAction, QAction, RecentMenu]:
    """Put the library's entries in the window's menus.

    Returns View ▸ Library (Ctrl+L), File ▸ Import into Library… and File ▸ Open Recent.
    """
    toggle = window.add_action("view", LIBRARY_ACTION_ID, LIBRARY_SPEC, toggle_library)
    view = window.menu("view")
    keys_toggle = window.keys_dock.toggleViewAction()
    actions = view.actions()
    if keys_toggle in actions:  # beside the other docks
        after = actions.index(keys_toggle) + 1
        if after < len(actions):
            view.insertAction(actions[after], toggle)
    importer = window.add_action("file", IMPORT_ACTION_ID, IMPORT_SPEC, ask_import)
    file_menu = window.menu("file")
    open_action = window.action_registry["open"]
    open_action.triggered.disconnect()
    open_action.triggered.connect(lambda _checked=False: ask_open())
    recent = RecentMenu(library, open_article, window)
    entries = file_menu.actions()
    position = entries.index(open_action) + 1 if open_action in entries else 0
    before = entries[position] if position < len(entries) else None
    if before is not None:
        file_menu.insertMenu(before, recent)
        file_menu.insertAction(before, importer)
    else:
        file_menu.addMenu(recent)
    return toggle, importer, recent

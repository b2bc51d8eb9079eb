"""The library in the reader window: opening, importing, renaming and removing articles.

The controller owns the window's library connection (the main thread's), the Library dock
and start page, the imports and each article's place; ``install_library`` builds it.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QDockWidget, QFileDialog, QMessageBox

from wocdesk.errors import WocdeskError
from wocdesk.i18n import _, interface_language
from wocdesk.library.search import SearchHit
from wocdesk.library.store import Library
from wocdesk.model.text import parse_mode
from wocdesk.ui.app import language
from wocdesk.ui.app.plain_text import literal_markup
from wocdesk.ui.app.settings import Settings
from wocdesk.ui.library.dialogs import RenameDialog, confirm_remove
from wocdesk.ui.library.home import LibraryHome
from wocdesk.ui.library.importing.drops import DropImporter
from wocdesk.ui.library.importing.import_flow import ImportFlow
from wocdesk.ui.library.importing.import_jobs import ImportResult
from wocdesk.ui.library.match_highlight import clear_highlight, highlight_hit
from wocdesk.ui.library.menus import install_menus
from wocdesk.ui.library.places import LAST_FOLDER, PlaceKeeper
from wocdesk.ui.library.view.panel import LibraryPanel

if TYPE_CHECKING:
    from wocdesk.ui.library.instance import InstanceServer
    from wocdesk.ui.reader.main_window import MainWindow

STATUS_MS = 8000
FILE_KINDS = "*.txt *.toml *.docx *.html *.htm *.md"
DOCK_WIDTH = 560


class LibraryController(QObject):
    """Everything the window does with the library; see the module."""

    article_opened = Signal(int)  # a library id, once the window shows that article

    def __init__(
        self,
        window: MainWindow,
        library: Library,
        settings: Settings | None = None,
        remember: bool = True,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.library = library
        self.settings = settings
        self.remember = remember
        self._notices_shown = 0
        self._closed = False
        self.server: InstanceServer | None = None  # listening for later ``wocdesk`` runs
        self.places = PlaceKeeper(window, library, settings, remember, self.say)
        self.panel = LibraryPanel(library, window)
        self.dock = QDockWidget(window)
        self.dock.setObjectName("library-dock")
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.dock)
        window.tabifyDockWidget(window.contents_dock, self.dock)
        window.contents_dock.raise_()
        self.dock.hide()
        self.home = LibraryHome(window, self.panel, self.dock)
        self.imports = ImportFlow(window, library.path)
        self.drops = DropImporter(window, self.import_files)
        self.library_action, self.import_action, self.recent_menu = install_menus(
            window, library, self.open_article, self.toggle_library, self.ask_import, self.ask_open
        )
        self.dock.visibilityChanged.connect(self._sync_library_action)
        self.panel.open_requested.connect(self.open_article)
        self.panel.hit_chosen.connect(self.open_hit)
        self.panel.rename_requested.connect(self.rename_article)
        self.panel.remove_requested.connect(self.remove_article)
        self.panel.import_requested.connect(self.ask_import)
        self.imports.finished.connect(self._on_imported)
        window.state.article_changed.connect(self._on_article_changed)
        window.installEventFilter(self)
        language.translate_ui(self)

    # -- start ------------------------------------------------------------------------------
    def start(self, article_id: int | None, home: bool = False, keep_mode: bool = False) -> None:
        """Begin with article ``article_id`` at its place (the window's article), or the page."""
        self.places.attach(article_id)
        if article_id is not None:
            self.places.restore(article_id, self.window.state.article, keep_mode)
        if home:
            self.show_home()
        self.window.call_after_first_show(lambda _window: self._after_first_show())

    def _after_first_show(self) -> None:
        self.drops.watch_children()  # widgets built since (the find bar's field)
        self.show_notices()

    def show_home(self) -> None:
        """Show the library as the window's page (no article open)."""
        self.places.save()
        self.panel.refresh()
        self.home.show()
        self._sync_library_action()

    def show_library(self) -> None:
        """Show the Library dock (or focus the start page's field) and its search field.

        The list is read again: another ``wocdesk`` (``wocdesk library add``) may have changed
        the library meanwhile.
        """
        self.places.save()  # the article read shows its progress as of now
        self.panel.refresh()
        if not self.home.showing:
            self.dock.show()
            self.dock.raise_()
            self.window.resizeDocks([self.dock], [DOCK_WIDTH], Qt.Orientation.Horizontal)
        self.panel.field.setFocus()
        self.panel.field.selectAll()

    def _on_article_changed(self) -> None:
        clear_highlight(self.window)  # the matches were another article's

    def toggle_library(self) -> None:
        """View ▸ Library (Ctrl+L): show the library and its field; hide it if already there.

        A dock behind another dock's tab, or shown without the keyboard in it, is brought up
        and focused rather than hidden.
        """
        focus = QApplication.focusWidget()
        there = focus is not None and self.panel.isAncestorOf(focus)
        if self.home.showing or self.dock.isHidden() or not self.dock.isVisible() or not there:
            self.show_library()
        else:
            self.dock.hide()
        self._sync_library_action()

    def _sync_library_action(self, *_args: object) -> None:
        self.library_action.setChecked(self.home.showing or not self.dock.isHidden())

    # -- opening ----------------------------------------------------------------------------
    def open_article(self, article_id: int, keep_mode: bool = False) -> bool:
        """Show the library's article ``article_id`` at its own place, mode and zoom."""
        if article_id == self.places.current_id and not self.home.showing:
            self.article_opened.emit(article_id)
            return True
        try:
            article = self.library.article(article_id)
        except WocdeskError as error:
            self.report_error(_("Cannot open the article"), str(error))
            self.panel.refresh()
            return False
        if not self.places.open(article_id, article, keep_mode):
            return False  # the reader chose to stay (unsaved outline edits)
        self.home.leave()
        self._sync_library_action()
        if self.panel.isVisible():
            self.panel.refresh(select=article_id)  # opened now: its progress shows
        else:
            self.panel.select_article(article_id)
        self.article_opened.emit(article_id)
        return True

    def open_hit(self, hit: SearchHit) -> bool:
        """Open a search hit's article at its passage, the match highlighted."""
        if not self.open_article(hit.article_id):
            return False
        shown = self.window.state.mode.languages
        if hit.languages and not any(lang in shown for lang in hit.languages):
            self.window.set_bilingual()  # the match is in the language not shown: show both
        try:
            self.window.jump_to_passage(hit.passage_id)
        except KeyError:
            return False
        highlight_hit(self.window, hit)
        return True

    def open_files(self, paths: Sequence[str | Path]) -> None:
        """Import files (an article already there is just opened) and open the last one."""
        self.imports.import_files(paths, open_after=True)

    def ask_open(self) -> None:
        """File ▸ Open…: choose a file; it is imported into the library and opened."""
        name, _chosen = QFileDialog.getOpenFileName(
            self.window, _("Open article"), self._folder(), self._filters()
        )
        if name:
            self._remember_folder(name)
            self.open_files([name])

    def ask_import(self) -> None:
        """Import…: choose files to import into the library."""
        names, _chosen = QFileDialog.getOpenFileNames(
            self.window, _("Import into the library"), self._folder(), self._filters()
        )
        if names:
            self._remember_folder(names[0])
            self.import_files([Path(name) for name in names])

    def _folder(self) -> str:
        """Where the file dialogs start: the folder used last, else the home folder."""
        if self.settings is not None:
            folder = self.settings.get(LAST_FOLDER)
            if folder and Path(folder).is_dir():
                return folder
        return str(Path.home())

    def _remember_folder(self, name: str) -> None:
        if self.settings is not None and self.remember:
            self.settings.set(LAST_FOLDER, str(Path(name).parent))

    def _filters(self) -> str:
        articles = _("Articles and bilingual texts")
        return f"{articles} ({FILE_KINDS});;{_('All files')} (*)"

    # -- importing --------------------------------------------------------------------------
    def import_files(self, paths: Sequence[str | Path]) -> None:
        """Import files into the library (on a worker thread); they are not opened."""
        self.imports.import_files(paths)

    def _on_imported(self, results: list[ImportResult], open_after: bool) -> None:
        stored = [r.article_id for r in results if r.article_id is not None]
        self.panel.refresh(select=stored[-1] if stored else None)
        self.show_notices()
        if open_after:
            target = None
            for result in results:
                if result.article_id is not None:
                    target = result.article_id
                elif result.status == "duplicate" and result.twins:
                    target = result.twins[-1].id
            if target is not None:
                self.open_article(target)
            return
        if stored and not self.home.showing:
            self.show_library()

    # -- renaming and removing --------------------------------------------------------------
    def rename_article(self, article_id: int) -> bool:
        """Ask for the titles of an article and store them."""
        try:
            summary = self.library.summary(article_id)
        except WocdeskError as error:
            self.report_error(_("Cannot rename the article"), str(error))
            return False
        dialog = RenameDialog(summary, self.window)
        if dialog.exec() != RenameDialog.DialogCode.Accepted:
            return False
        return self.rename(article_id, dialog.title())

    def rename(self, article_id: int, title: Any) -> bool:
        """Give article ``article_id`` the titles ``title`` (a ``BiText``)."""
        try:
            self.library.rename(article_id, title)
        except WocdeskError as error:
            self.report_error(_("Cannot rename the article"), str(error))
            return False
        if article_id == self.places.current_id:  # the window's title follows
            self.places.save()
            renamed = dataclasses.replace(self.window.state.article, title=title)
            self.places.open(article_id, renamed, keep_mode=True)
        self.panel.refresh(select=article_id)
        return True

    def remove_article(self, article_id: int, confirm: bool = True) -> bool:
        """Remove an article after asking; the one being read gives way to the start page."""
        try:
            summary = self.library.summary(article_id)
        except WocdeskError as error:
            self.report_error(_("Cannot remove the article"), str(error))
            return False
        if summary.bundled or (confirm and not confirm_remove(self.window, summary)):
            return False
        try:
            self.library.remove(article_id)
        except WocdeskError as error:
            self.report_error(_("Cannot remove the article"), str(error))
            return False
        reading = article_id == self.places.current_id
        self.places.forget(article_id)
        self.panel.refresh()
        if reading:
            self.show_home()
        title = summary.title.best(interface_language())
        self.say(_("Removed from the library: {title}").format(title=title))
        return True

    # -- another wocdesk --------------------------------------------------------------------
    def handle_request(self, request: dict[str, Any]) -> None:
        """Do what a second ``wocdesk`` asked: raise the window, open a file or an article."""
        window = self.window
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
                self.open_files([spec])  # imported first: the section is not known yet
                return
            if not self.open_article(number, keep_mode=bool(mode)):
                return
        elif request.get("library"):
            self.show_library()
        if section and section in [s.id for s in window.state.article.sections]:
            window.show_section(section)

    # -- messages ---------------------------------------------------------------------------
    def say(self, message: str) -> None:
        """A line in the status bar."""
        self.window.statusBar().showMessage(message, STATUS_MS)

    def report_error(self, title: str, message: str) -> None:
        """One message naming what went wrong and where (never a traceback)."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, "", parent=self.window)
        box.setObjectName("library-error")
        box.setText(literal_markup(message))
        box.setModal(False)
        box.show()

    def show_notices(self) -> None:
        """Tell, once each, what the library had to do (a damaged database moved aside)."""
        notices = self.library.notices[self._notices_shown :]
        self._notices_shown = len(self.library.notices)
        if notices:
            self.report_error(_("The library"), "\n".join(notices))

    def retranslate_ui(self) -> None:
        """The dock's title in the interface language."""
        self.dock.setWindowTitle(_("Library"))
        language.retranslate_dock_buttons(self.dock)

    # -- quitting ---------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """When the window closes: save the place, the article, stop listening.

        On Close (before the window saves its docks) the start page gives the reading view
        back; the rest waits for the window to be hidden, since another part of the window
        may still keep it open (a question about unsaved edits, cancelled).
        """
        if watched is self.window:
            kind = event.type()
            if kind == QEvent.Type.Close:
                self.home.leave()
            elif kind == QEvent.Type.Hide and not event.spontaneous():
                self.close()
        return False

    def close(self) -> None:
        """Save where the reader is, let the imports finish, stop listening (once)."""
        if self._closed:
            return
        self._closed = True
        if self.server is not None:
            self.server.close()
        self.imports.stop()
        self.home.leave()
        self.places.quit()

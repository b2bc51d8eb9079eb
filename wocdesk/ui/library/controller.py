"""The library in the reader window: opening, importing, renaming and removing articles.

The controller owns the window's library connection (the main thread's), the Library dock
and start page, the imports and each article's place; ``install_library`` builds it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QDockWidget, QFileDialog, QMessageBox, QWidget

from wocdesk.errors import WocdeskError
from wocdesk.i18n import _, interface_language
from wocdesk.library.search import SearchHit
from wocdesk.library.store import Library
from wocdesk.ui.app import language
from wocdesk.ui.app.plain_text import literal_markup
from wocdesk.ui.app.settings import Settings
from wocdesk.ui.library.home import LibraryHome
from wocdesk.ui.library.importing.drops import DropImporter
from wocdesk.ui.library.match_highlight import clear_highlight, highlight_hit
from wocdesk.ui.library.memory import LAST_FOLDER
from wocdesk.ui.library.menus import install_menus
from wocdesk.ui.library.places import PlaceKeeper
from wocdesk.ui.library.undo import RemovalUndo

# The panel, the imports and the dialogs are built when first needed, not while wocdesk starts.
if TYPE_CHECKING:
    from wocdesk.ui.library.importing.import_flow import ImportFlow
    from wocdesk.ui.library.importing.import_jobs import ImportResult
    from wocdesk.ui.library.instance import InstanceServer
    from wocdesk.ui.library.view.panel import LibraryPanel
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
        self._panel: LibraryPanel | None = None
        self._imports: ImportFlow | None = None
        self.dock = QDockWidget(window)
        self.dock.setObjectName("library-dock")
        self.dock.setWidget(QWidget(self.dock))  # the panel comes when the dock first shows
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.dock)
        window.tabifyDockWidget(window.contents_dock, self.dock)
        window.contents_dock.raise_()
        self.dock.hide()
        self.home = LibraryHome(window, lambda: self.panel, self.dock)
        self.drops = DropImporter(window, self.import_files)
        self.library_action, self.import_action, self.recent_menu = install_menus(
            window, library, self.open_article, self.toggle_library, self.ask_import, self.ask_open
        )
        self.undo = RemovalUndo(window, library)
        self.undo.restored.connect(self._on_restored)
        self.undo.failed.connect(
            lambda error: self.report_error(_("Cannot put the article back"), error)
        )
        self.dock.visibilityChanged.connect(self._on_dock_visible)
        window.state.article_changed.connect(self._on_article_changed)
        window.installEventFilter(self)
        language.translate_ui(self)

    @property
    def panel(self) -> LibraryPanel:
        """The Library view (made on first need: the dock shown, the start page, a search)."""
        if self._panel is None:
            from wocdesk.ui.library.view.panel import LibraryPanel

            panel = LibraryPanel(self.library, self.window)
            panel.open_requested.connect(self.open_article)
            panel.hit_chosen.connect(self.open_hit)
            panel.rename_requested.connect(self.rename_article)
            panel.remove_requested.connect(self.remove_article)
            panel.import_requested.connect(self.ask_import)
            self.undo.attach(panel)
            self._panel = panel
            if not self.home.showing:
                self.dock.setWidget(panel)
                if self.dock.isVisible():
                    panel.show()  # a widget given to a shown dock is not shown by itself
        return self._panel

    @property
    def imports(self) -> ImportFlow:
        """The imports from the window (made with the first import)."""
        if self._imports is None:
            from wocdesk.ui.library.importing.import_flow import ImportFlow

            self._imports = ImportFlow(self.window, self.library.path)
            self._imports.finished.connect(self._on_imported)
        return self._imports

    def _on_dock_visible(self, visible: bool) -> None:
        if visible and self._panel is None:
            self.panel.refresh()
        self._sync_library_action()

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
            if self._panel is not None:
                self._panel.refresh()
            return False
        if not self.places.open(article_id, article, keep_mode):
            return False  # the reader chose to stay (unsaved outline edits)
        self.home.leave()
        self._sync_library_action()
        if self._panel is not None and self._panel.isVisible():
            self._panel.refresh(select=article_id)  # opened now: its progress shows
        elif self._panel is not None:
            self._panel.select_article(article_id)
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
        from wocdesk.ui.library.dialogs import RenameDialog

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

    def remove_article(self, article_id: int) -> bool:
        """Remove an article at once (Undo puts it back); the one read gives way to the page."""
        reading = article_id == self.places.current_id
        if reading:
            self.places.save()  # so that Undo brings the reader back to this very place
        try:
            removed = self.library.take_out(article_id)
        except WocdeskError as error:
            self.report_error(_("Cannot remove the article"), str(error))
            return False
        self.places.forget(article_id)
        self.panel.refresh()
        if reading:
            self.show_home()
        self.undo.push(removed, reading)
        return True

    def _on_restored(self, article_id: int, reading: bool) -> None:
        """An article put back: listed again, and open again if it was read and nothing since."""
        self.show_notices()
        if reading and self.home.showing:
            self.open_article(article_id)
        self.panel.refresh(select=article_id)
        summary = next((s for s in self.panel.model.summaries() if s.id == article_id), None)
        if summary is not None:
            title = summary.title.best(interface_language())
            self.say(_("Back in the library: {title}").format(title=title))

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
        if self._imports is not None:
            self._imports.stop()
        self.home.leave()
        self.places.quit()

"""The reader window, assembled from small widgets that follow one reader state."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QShowEvent
from PySide6.QtWidgets import QMainWindow, QMenu, QVBoxLayout, QWidget

from wocdesk.i18n import _, interface_language
from wocdesk.model.article import Article
from wocdesk.model.text import DisplayMode, parse_mode
from wocdesk.ui.app import language
from wocdesk.ui.app import settings as keys
from wocdesk.ui.app.actions import ActionRegistry, ActionSpec
from wocdesk.ui.app.settings import Settings
from wocdesk.ui.export.export_action import ExportSlides, install_export_action, preload_later
from wocdesk.ui.outline.install import install_outline
from wocdesk.ui.printing.menu import install_print_actions
from wocdesk.ui.reader import navigation
from wocdesk.ui.reader.contents import ContentsPanel
from wocdesk.ui.reader.key_points import KeyPointsPanel
from wocdesk.ui.reader.open_article import FileOpening, ask_article_path
from wocdesk.ui.reader.status_line import StatusLine, TextProgress
from wocdesk.ui.reader.window_actions import (
    INTERFACE_LANGUAGE_MENU,
    MENUS,
    TOOLBAR,
    add_dock,
    build_actions,
    build_menus,
    build_toolbar,
)
from wocdesk.ui.reader.window_state import restore_window_state, save_window_state
from wocdesk.ui.reading.state_link import linked_view
from wocdesk.ui.show.present_action import Presenter, install_present_action
from wocdesk.ui.state import ReaderState
from wocdesk.ui.study.install import install_study_aids

if TYPE_CHECKING:
    from wocdesk.ui.app.shortcuts import ShortcutsDialog
    from wocdesk.ui.export.dialog import ExportDialog
    from wocdesk.ui.find.controller import FindController
    from wocdesk.ui.find.panel import FindPanel
    from wocdesk.ui.show.show_window import ShowWindow


class MainWindow(QMainWindow):
    """The reader: table of contents, reading pane, key points, find; every action in a menu.

    The article, its display mode and the reading position live in ``state`` (a
    :class:`ReaderState`); every widget of the window follows it.
    """

    first_shown = Signal()

    def __init__(
        self,
        article: Article,
        mode: DisplayMode | str = DisplayMode.EN,
        settings: Settings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("main-window")
        self.state = ReaderState(article, parse_mode(mode), self)
        self.settings = settings
        self.action_registry = ActionRegistry(self)
        self._after_show: list[Callable[[MainWindow], None]] = []
        self._shown = False
        self._ui_choice = ""
        self.view = linked_view(self.state, self)
        self._finder: FindController | None = None  # the find bar is built when first used
        central = QWidget(self)
        box = QVBoxLayout(central)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.view, 1)
        self._central_box = box
        self.setCentralWidget(central)
        self.section_list = ContentsPanel(self.state, self)
        self.contents_dock = add_dock(self, "contents-dock", self.section_list, "left")
        self.key_points = KeyPointsPanel(self.state, self)
        self.keys_dock = add_dock(self, "key-points-dock", self.key_points, "right")
        self.status_line = StatusLine(self.statusBar(), self.state)
        self.section_label = self.status_line.section_label
        self.position_label = self.status_line.position_label
        self.text_progress = TextProgress(self.statusBar(), self.view)
        build_actions(self.action_registry, self._action_slots())
        docks = [self.contents_dock.toggleViewAction(), self.keys_dock.toggleViewAction()]
        self.menus, self.menu_anchors = build_menus(self.menuBar(), self.action_registry, docks)
        self.toolbar = build_toolbar(self, self.action_registry)
        store = settings.store if settings is not None else None
        self.opening = FileOpening(self, self.set_article)  # File ▸ Open, off the main thread
        self.exporter = ExportSlides(self.state, self, store)
        self.presenter = Presenter(self.state, self, store)
        install_export_action(self, self.exporter)
        install_present_action(self, self.presenter)
        self.outline_feature = install_outline(self, self.presenter.trigger)
        self.study = install_study_aids(self)
        install_print_actions(self)
        self.call_after_first_show(preload_later)
        self.section_list.section_chosen.connect(self.show_section)
        self.key_points.passage_chosen.connect(self.jump_to_passage)
        self.keys_dock.visibilityChanged.connect(self._on_keys_visible)
        self.state.mode_changed.connect(self._on_mode_changed)
        self.state.article_changed.connect(self.update_title)
        self.resize(1200, 800)
        self.resizeDocks(
            [self.contents_dock, self.keys_dock], [190, 290], Qt.Orientation.Horizontal
        )
        self._sync_mode_actions()
        language.translate_ui(self)
        self.view.setFocus()  # the keys scroll the article from the start

    def _action_slots(self) -> dict[str, Callable[[], object]]:
        """What each declared action of ``window_actions`` does."""
        return {
            "open": self.open_article_dialog,
            "open-bundled": self.open_bundled_article,
            "quit": self.close,
            "copy": self.view.copy,
            "find": self.open_find,
            "find-next": self.find_next,
            "find-previous": self.find_previous,
            "mode-zh": lambda: self.set_mode(DisplayMode.ZH),
            "mode-en": lambda: self.set_mode(DisplayMode.EN),
            "mode-both": self.set_bilingual,
            "mode-swap": self.swap_columns,
            "reveal": self.reveal_current,
            "zoom-in": lambda: self.set_zoom(self.view.zoom + 1),
            "zoom-out": lambda: self.set_zoom(self.view.zoom - 1),
            "zoom-reset": lambda: self.set_zoom(0),
            "previous-section": self.previous_section,
            "next-section": self.next_section,
            "ui-zh": lambda: self.choose_interface_language("zh"),
            "ui-en": lambda: self.choose_interface_language("en"),
            "ui-system": lambda: self.choose_interface_language("system"),
            "shortcuts": self.show_shortcuts,
            "about": self.show_about,
        }

    # -- extension points for later features ----------------------------------------------
    def menu(self, menu_id: str) -> QMenu:
        """The menu ``file``, ``edit``, ``view``, ``go``, ``help`` or ``interface-language``."""
        return self.menus[menu_id]

    def add_action(
        self,
        menu_id: str,
        action_id: str,
        spec: ActionSpec,
        slot: Callable[..., object] | None = None,
    ) -> QAction:
        """Add an action to a menu (before Quit in File); it is retranslated like the others."""
        action = self.action_registry.add(action_id, spec, slot)
        menu = self.menus[menu_id]
        anchor = self.menu_anchors.get(menu_id)
        if anchor is not None:
            menu.insertAction(anchor, action)
        else:
            menu.addAction(action)
        return action

    def call_after_first_show(self, hook: Callable[[MainWindow], None]) -> None:
        """Run ``hook(window)`` once, just after the window is first shown (for preloading)."""
        if self._shown and not self._after_show:
            QTimer.singleShot(0, self, lambda: hook(self))
        else:
            self._after_show.append(hook)

    def showEvent(self, event: QShowEvent) -> None:
        """Schedule the after-show work the first time the window appears."""
        super().showEvent(event)
        if not self._shown:
            self._shown = True
            QTimer.singleShot(0, self, self._run_after_show)

    def _run_after_show(self) -> None:
        if self.keys_dock.isVisible():
            self.key_points.ensure_filled()
        hooks, self._after_show = self._after_show, []
        for hook in hooks:
            hook(self)
        self.first_shown.emit()

    # -- reading ----------------------------------------------------------------------------
    @property
    def article(self) -> Article:
        """The article being read."""
        return self.state.article

    @property
    def mode(self) -> DisplayMode:
        """The article's display mode."""
        return self.state.mode

    def set_mode(self, mode: DisplayMode | str) -> None:
        """Show the article in ``mode``; the passage at the top stays at the top."""
        self.state.set_mode(parse_mode(mode))

    def set_bilingual(self) -> None:
        """Both languages side by side, the current language leading."""
        self.state.set_mode(navigation.both_languages(self.mode))
        self._sync_mode_actions()  # choosing Both again keeps it ticked

    def swap_columns(self) -> None:
        """Swap the leading language (in a single-language mode: switch to the other one)."""
        self.state.set_mode(navigation.swapped(self.mode))

    def show_section(self, section_id: str) -> None:
        """Scroll to the start of a section (its heading at the top)."""
        navigation.show_section(self.state, section_id)

    def top_paragraph_id(self) -> str:
        """The id of the passage at the top of the reading view."""
        return self.state.position.passage_id

    def current_section_id(self) -> str:
        """The section of the passage at the top of the view."""
        return navigation.current_section_id(self.state)

    def next_section(self) -> None:
        """Go to the next section."""
        navigation.step_section(self.state, 1)

    def previous_section(self) -> None:
        """Go to the start of this section, or to the previous one when already there."""
        navigation.previous_section(self.state, self.view)

    def jump_to_passage(self, passage_id: str) -> None:
        """Scroll a passage to the top and highlight it briefly."""
        self.state.set_position(passage_id, 0.0)
        self.view.flash_passage(passage_id)

    def reveal_current(self) -> None:
        """Show or hide the other language of the current paragraph."""
        if self.mode.is_bilingual:
            return
        passage_id = self.view.current_passage_id()
        if passage_id:
            self.view.toggle_reveal(passage_id)

    def set_zoom(self, steps: int) -> None:
        """Text size in steps from the normal size."""
        low, high = keys.ZOOM_RANGE
        self.view.set_zoom(min(max(steps, low), high))

    def _on_keys_visible(self, visible: bool) -> None:
        if visible and self._shown:
            self.key_points.ensure_filled()

    # -- find -------------------------------------------------------------------------------
    @property
    def finder(self) -> FindController:
        """The find controller (the find bar is built on first use, not at start-up)."""
        if self._finder is None:
            from wocdesk.ui.find.controller import FindController
            from wocdesk.ui.find.panel import FindPanel

            bar = FindPanel(self)
            bar.hide()
            self._central_box.addWidget(bar)
            self._finder = FindController(self.view, bar, self.set_bilingual)
        return self._finder

    @property
    def find_bar(self) -> FindPanel:
        """The find bar (with its list of matches)."""
        return self.finder.panel

    def open_find(self) -> None:
        """Show the find bar with its field focused."""
        self.find_bar.open_bar()

    def find_next(self) -> None:
        """Go to the next match of the find bar's text."""
        self.finder.next()

    def find_previous(self) -> None:
        """Go to the previous match."""
        self.finder.previous()

    def find_matches(self) -> int:
        """How many matches the reading view shows (the search is finished first)."""
        self.finder.finish()
        return self.finder.matches()

    # -- briefing ---------------------------------------------------------------------------
    @property
    def export_dialog(self) -> ExportDialog | None:
        """The Export slides dialog, once opened (one at a time)."""
        return self.exporter.dialog

    def open_export_dialog(self) -> ExportDialog:
        """Show the Export slides dialog for the article being read."""
        return self.exporter.open()

    @property
    def present_show(self) -> ShowWindow | None:
        """The show started with View ▸ Present, while it runs."""
        return self.presenter.show

    # -- files ------------------------------------------------------------------------------
    def set_article(self, article: Article) -> None:
        """Show another article from its first section (unsaved outline edits asked about)."""
        if article is self.article or self.outline_feature.may_leave(quitting=False):
            self.state.set_article(article)

    def open_article_file(self, path: str | Path) -> bool:
        """Open an article or raw text now; a bad file gets a dialog and the article stays."""
        return self.opening.open_now(Path(path))

    def open_article_dialog(self) -> None:
        """Ask for a file and open it in the background (the window stays responsive)."""
        folder = str(Path(self.article.path).parent) if self.article.path else ""
        path = ask_article_path(self, folder)
        if path is not None:
            self.opening.open(path)

    def open_bundled_article(self) -> None:
        """Go back to the bundled article."""
        from wocdesk.content.article_file.loader import load_article

        self.set_article(load_article())

    # -- interface language -----------------------------------------------------------------
    def set_interface_choice(self, choice: str) -> None:
        """Record (and tick in the menu) the interface language chosen: zh, en or system."""
        self._ui_choice = choice
        self.action_registry[f"ui-{choice}"].setChecked(True)

    def choose_interface_language(self, choice: str) -> None:
        """Switch the interface to ``zh``, ``en`` or ``system`` and remember the choice."""
        self._ui_choice = choice
        language.set_interface_language(None if choice == "system" else choice)
        if self.settings is not None:
            self.settings.set(keys.UI_LANGUAGE, choice)

    def retranslate_ui(self) -> None:
        """Set the window's own strings (menus, actions, docks) in the interface language."""
        self.action_registry.retranslate_ui()
        for menu_id, title in MENUS.items():
            self.menus[menu_id].setTitle(_(title))
        self.menus["interface-language"].setTitle(_(INTERFACE_LANGUAGE_MENU))
        self.toolbar.setWindowTitle(_(TOOLBAR))
        self.contents_dock.setWindowTitle(_("Contents"))
        self.keys_dock.setWindowTitle(_("Key points"))
        for dock in (self.contents_dock, self.keys_dock):
            language.retranslate_dock_buttons(dock)
        self.view.setAccessibleName(_("Article"))
        self.action_registry[f"ui-{self._ui_choice or interface_language()}"].setChecked(True)
        self.update_title()

    def update_title(self) -> None:
        """The title bar names the article read, or the library while its page shows instead."""
        reading = self.view.isVisibleTo(self)
        title = self.article.title.best(self.mode.leading) if reading else _("Library")
        self.setWindowTitle(_("{title} — wocdesk").format(title=title))

    def _on_mode_changed(self) -> None:
        self._sync_mode_actions()
        self.update_title()

    def _sync_mode_actions(self) -> None:
        action_id = "mode-both" if self.mode.is_bilingual else f"mode-{self.mode.leading}"
        self.action_registry[action_id].setChecked(True)

    def show_shortcuts(self) -> ShortcutsDialog:
        """Help ▸ Keyboard Shortcuts: every command and its keys, by menu."""
        from wocdesk.ui.app.shortcuts import show_shortcuts

        return show_shortcuts(self)

    def show_about(self) -> None:
        """About wocdesk and its article (the dialog module is imported when first used)."""
        from wocdesk.ui.app.about import show_about

        show_about(self, self.article)

    # -- settings ---------------------------------------------------------------------------
    def restore_state_from(self, settings: Settings) -> None:
        """Restore geometry, docks, zoom and reading place (when the same article is open)."""
        restore_window_state(self, self.view, self.state, settings)

    def save_state_to(self, settings: Settings) -> None:
        """Remember the place, mode, zoom, geometry and docks."""
        save_window_state(self, self.view, self.state, settings)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember where the reader was; a file being opened is not shown any more."""
        self.opening.stop()
        if self.settings is not None:
            self.save_state_to(self.settings)
        super().closeEvent(event)

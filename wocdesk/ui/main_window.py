"""The reader window, assembled from small widgets: contents, reading pane, key points, find bar."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QMenu,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from wocdesk.errors import WocdeskError
from wocdesk.i18n import _, interface_language
from wocdesk.model.article import Article
from wocdesk.model.text import DisplayMode, other_lang, parse_mode
from wocdesk.ui import language
from wocdesk.ui import settings as keys
from wocdesk.ui.actions import ActionRegistry, ActionSpec
from wocdesk.ui.briefing_actions import install_briefing_actions
from wocdesk.ui.key_points import KeyPointsPanel
from wocdesk.ui.open_article import load_article_or_text
from wocdesk.ui.printing.actions import install_print_actions
from wocdesk.ui.reader_view import ReaderView
from wocdesk.ui.section_list import SectionList
from wocdesk.ui.settings import Settings
from wocdesk.ui.status_line import StatusLine
from wocdesk.ui.window_actions import (
    INTERFACE_LANGUAGE_MENU,
    MENUS,
    TOOLBAR,
    build_actions,
    build_menus,
    build_toolbar,
)
from wocdesk.ui.window_state import restore_window_state, save_window_state

if TYPE_CHECKING:
    from wocdesk.ui.export_dialog import ExportDialog
    from wocdesk.ui.find_bar import FindBar
    from wocdesk.ui.find_controller import FindController
    from wocdesk.ui.presenter.show_window import ShowWindow


def report_bad_article(parent: QWidget, error: WocdeskError) -> None:
    """Say in a dialog what is wrong with a file (imported on first use, like every dialog)."""
    from wocdesk.ui.open_article import report_bad_article as report

    report(parent, error)


class MainWindow(QMainWindow):
    """The reader: table of contents, reading pane, key points, find; every action in a menu."""

    first_shown = Signal()
    mode_changed = Signal(str)

    def __init__(
        self,
        article: Article,
        mode: DisplayMode | str = DisplayMode.EN,
        settings: Settings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("main-window")
        self.article = article
        self.settings = settings
        self.menus: dict[str, QMenu] = {}
        self.menu_anchors: dict[str, QAction] = {}
        self.toolbar: QToolBar | None = None
        self.action_registry = ActionRegistry(self)
        self._after_show: list[Callable[[MainWindow], None]] = []
        self._shown = False
        mode = parse_mode(mode)
        self.view = ReaderView(article, mode, self)
        self._finder: FindController | None = None  # the find bar is built when first used
        central = QWidget(self)
        box = QVBoxLayout(central)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.view, 1)
        self._central_box = box
        self.setCentralWidget(central)
        self.section_list = SectionList(article, mode.leading, self)
        self.contents_dock = self._dock(
            "contents-dock", self.section_list, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.key_points = KeyPointsPanel(article, mode.leading, self)
        self.keys_dock = self._dock(
            "key-points-dock", self.key_points, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.status_line = StatusLine(self.statusBar())
        self.section_label = self.status_line.section_label
        self.position_label = self.status_line.position_label
        build_actions(self)
        build_menus(self)
        build_toolbar(self)
        self.export_dialog: ExportDialog | None = None
        self.present_show: ShowWindow | None = None
        install_briefing_actions(self)
        install_print_actions(self)
        self.view.top_passage_changed.connect(self._on_top_passage)
        self.section_list.section_chosen.connect(self.show_section)
        self.key_points.passage_chosen.connect(self.jump_to_passage)
        self.keys_dock.visibilityChanged.connect(self._on_keys_visible)
        self.resize(1200, 800)
        self.resizeDocks(
            [self.contents_dock, self.keys_dock], [190, 290], Qt.Orientation.Horizontal
        )
        self._sync_mode_actions()
        self.retranslate_ui()
        self._on_top_passage(self.view.top_paragraph_id())
        self.view.setFocus()  # the keys scroll the article from the start
        language.register(self)

    def _dock(self, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

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
            QTimer.singleShot(0, lambda: hook(self))
        else:
            self._after_show.append(hook)

    def showEvent(self, event: QShowEvent) -> None:
        """Schedule the after-show work the first time the window appears."""
        super().showEvent(event)
        if not self._shown:
            self._shown = True
            QTimer.singleShot(0, self._run_after_show)

    def _run_after_show(self) -> None:
        if self.keys_dock.isVisible():
            self.key_points.ensure_filled()
        hooks, self._after_show = self._after_show, []
        for hook in hooks:
            hook(self)
        self.first_shown.emit()

    # -- reading ----------------------------------------------------------------------------
    @property
    def mode(self) -> DisplayMode:
        """The article's display mode."""
        return self.view.mode

    def set_mode(self, mode: DisplayMode | str) -> None:
        """Show the article in ``mode``; the passage at the top stays at the top."""
        mode = parse_mode(mode)
        self.view.set_mode(mode)
        self.section_list.set_language(mode.leading)
        self.key_points.set_language(mode.leading)
        self._sync_mode_actions()
        self._update_status()
        self._update_title()
        self.mode_changed.emit(mode.value)

    def set_bilingual(self) -> None:
        """Both languages side by side, the current language leading."""
        if not self.mode.is_bilingual:
            self.set_mode("-".join((self.mode.leading, other_lang(self.mode.leading))))
        else:
            self._sync_mode_actions()

    def swap_columns(self) -> None:
        """Swap the leading language (in a single-language mode: switch to the other one)."""
        self.set_mode(
            "-".join(reversed(self.mode.languages))
            if self.mode.is_bilingual
            else other_lang(self.mode.leading)
        )

    def show_section(self, section_id: str) -> None:
        """Scroll to the start of a section."""
        self.article.section(section_id)  # KeyError for an unknown section
        self.view.scroll_to_section(section_id)
        self.section_list.set_current_section(section_id)

    def top_paragraph_id(self) -> str:
        """The id of the passage at the top of the reading view."""
        return self.view.top_paragraph_id()

    def current_section_id(self) -> str:
        """The section of the passage at the top of the view."""
        top = self.top_paragraph_id()
        return self.article.passage(top).section_id if top else ""

    def _step_section(self, step: int) -> None:
        ids = [s.id for s in self.article.sections]
        current = self.current_section_id()
        index = ids.index(current) if current in ids else 0
        target = min(max(index + step, 0), len(ids) - 1)
        self.show_section(ids[target])

    def next_section(self) -> None:
        """Go to the next section."""
        self._step_section(1)

    def previous_section(self) -> None:
        """Go to the start of this section, or to the previous one when already there."""
        current = self.current_section_id()
        if current:
            first = self.article.section(current).passages[0].id
            start = self.view.passage_top(first)
            if self.view.verticalScrollBar().value() > start + 2:
                self.show_section(current)
                return
        self._step_section(-1)

    def jump_to_passage(self, passage_id: str) -> None:
        """Scroll a passage to the top and highlight it briefly."""
        self.view.restore_position(passage_id, 0.0)
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

    def _on_top_passage(self, passage_id: str) -> None:
        if passage_id in self.view.passage_ids():
            self.section_list.set_current_section(self.article.passage(passage_id).section_id)
        self._update_status()

    def _on_keys_visible(self, visible: bool) -> None:
        if visible and self._shown:
            self.key_points.ensure_filled()

    # -- find -------------------------------------------------------------------------------
    @property
    def finder(self) -> FindController:
        """The find controller (the find bar is built on first use, not at start-up)."""
        if self._finder is None:
            from wocdesk.ui.find_bar import FindBar
            from wocdesk.ui.find_controller import FindController

            bar = FindBar(self)
            bar.hide()
            self._central_box.addWidget(bar)
            self._finder = FindController(self.view, bar, self.set_bilingual)
        return self._finder

    @property
    def find_bar(self) -> FindBar:
        """The find bar."""
        return self.finder.bar

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
        """How many matches the reading view shows."""
        return len(self.finder.cursors)

    # -- files ------------------------------------------------------------------------------
    def set_article(self, article: Article) -> None:
        """Show another article from its first section."""
        self.article = article
        self.view.set_article(article)
        self.section_list.set_article(article)
        self.key_points.set_article(article)
        self._on_top_passage(self.view.top_paragraph_id())
        self._update_title()

    def open_article_file(self, path: str | Path) -> bool:
        """Open an article or raw text; a bad file gets a dialog and the current article stays."""
        try:
            article = load_article_or_text(path)
        except WocdeskError as error:
            report_bad_article(self, error)
            return False
        self.set_article(article)
        return True

    def open_article_dialog(self) -> None:
        """Ask for a file and open it."""
        from wocdesk.ui.open_article import ask_article_path

        path = ask_article_path(
            self, str(Path(self.article.path).parent) if self.article.path else ""
        )
        if path is not None:
            self.open_article_file(path)

    def open_bundled_article(self) -> None:
        """Go back to the bundled article."""
        from wocdesk.content.loader import load_article

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
        """Set every string of the window in the current interface language."""
        self.action_registry.retranslate_ui()
        for menu_id, title in MENUS.items():
            self.menus[menu_id].setTitle(_(title))
        self.menus["interface-language"].setTitle(_(INTERFACE_LANGUAGE_MENU))
        if self.toolbar is not None:
            self.toolbar.setWindowTitle(_(TOOLBAR))
        self.contents_dock.setWindowTitle(_("Contents"))
        self.keys_dock.setWindowTitle(_("Key points"))
        for dock in (self.contents_dock, self.keys_dock):
            language.retranslate_dock_buttons(dock)
        self.view.setAccessibleName(_("Article"))
        self.status_line.retranslate_ui()
        for widget in (self.section_list, self.key_points):
            widget.retranslate_ui()
        if self._finder is not None:
            self._finder.bar.retranslate_ui()
        choice = getattr(self, "_ui_choice", interface_language())
        self.action_registry[f"ui-{choice}"].setChecked(True)
        self._update_status()
        self._update_title()

    def _update_title(self) -> None:
        title = self.article.title.best(self.mode.leading)
        self.setWindowTitle(_("{title} — wocdesk").format(title=title))

    def _update_status(self) -> None:
        self.status_line.show_position(
            self.article, self.mode.leading, self.view.top_paragraph_id(), self.view.passage_ids()
        )

    def _sync_mode_actions(self) -> None:
        action_id = "mode-both" if self.mode.is_bilingual else f"mode-{self.mode.leading}"
        self.action_registry[action_id].setChecked(True)

    def show_about(self) -> None:
        """About wocdesk and its article (the dialog module is imported when first used)."""
        from wocdesk.ui.about import show_about

        show_about(self, self.article)

    # -- settings ---------------------------------------------------------------------------
    def restore_state_from(self, settings: Settings) -> None:
        """Restore geometry, docks, zoom and reading place (when the same article is open)."""
        restore_window_state(self, settings)

    def save_state_to(self, settings: Settings) -> None:
        """Remember the place, mode, zoom, geometry and docks."""
        save_window_state(self, settings)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember where the reader was."""
        if self.settings is not None:
            self.save_state_to(self.settings)
        language.unregister(self)
        super().closeEvent(event)

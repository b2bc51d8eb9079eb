"""The main window's actions and menus, declared in one place (text, tooltips, shortcuts)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from wocdesk.i18n import N_
from wocdesk.model.text import DisplayMode
from wocdesk.ui.app.actions import ActionSpec

if TYPE_CHECKING:
    from wocdesk.ui.reader.main_window import MainWindow

SK = QKeySequence.StandardKey

# Menu ids and their titles (message ids); later features add to them with MainWindow.add_action.
MENUS = {
    "file": N_("&File"),
    "edit": N_("&Edit"),
    "view": N_("&View"),
    "go": N_("&Go"),
    "help": N_("&Help"),
}

SPECS: dict[str, ActionSpec] = {
    "open": ActionSpec(
        N_("&Open Article…"), N_("Open an article file or a bilingual text"), (SK.Open,)
    ),
    "open-bundled": ActionSpec(
        N_("Open the &Bundled Article"), N_("Go back to the bundled article")
    ),
    "quit": ActionSpec(N_("&Quit"), N_("Quit wocdesk"), (SK.Quit, "Ctrl+Q")),
    "copy": ActionSpec(N_("&Copy"), N_("Copy the selected text"), (SK.Copy,)),
    "find": ActionSpec(N_("&Find…"), N_("Find text in either language"), (SK.Find,)),
    "find-next": ActionSpec(N_("Find &Next"), N_("Go to the next match"), (SK.FindNext, "F3")),
    "find-previous": ActionSpec(
        N_("Find &Previous"), N_("Go to the previous match"), (SK.FindPrevious, "Shift+F3")
    ),
    "mode-zh": ActionSpec("中文", N_("Read in Chinese"), ("Ctrl+1",), literal=True, checkable=True),
    "mode-en": ActionSpec(
        "English", N_("Read in English"), ("Ctrl+2",), literal=True, checkable=True
    ),
    "mode-both": ActionSpec(
        N_("Both"), N_("Read both languages side by side"), ("Ctrl+3",), checkable=True
    ),
    "mode-swap": ActionSpec(N_("S&wap Columns"), N_("Put the other language on the left")),
    "reveal": ActionSpec(
        N_("Show &Other Language of Paragraph"),
        N_("Show or hide the other language of the current paragraph"),
        ("T",),
    ),
    "zoom-in": ActionSpec(N_("Zoom &In"), N_("Larger text"), (SK.ZoomIn, "Ctrl+=")),
    "zoom-out": ActionSpec(N_("Zoom &Out"), N_("Smaller text"), (SK.ZoomOut, "Ctrl+-")),
    "zoom-reset": ActionSpec(N_("&Actual Size"), N_("Text at its normal size"), ("Ctrl+0",)),
    "previous-section": ActionSpec(
        N_("&Previous Section"), N_("Go to the previous section"), ("Ctrl+PgUp",)
    ),
    "next-section": ActionSpec(N_("&Next Section"), N_("Go to the next section"), ("Ctrl+PgDown",)),
    "ui-zh": ActionSpec("中文", N_("Show the interface in Chinese"), literal=True, checkable=True),
    "ui-en": ActionSpec(
        "English", N_("Show the interface in English"), literal=True, checkable=True
    ),
    "ui-system": ActionSpec(
        N_("Follow the &System"), N_("Use the system's language for the interface"), checkable=True
    ),
    "about": ActionSpec(N_("&About wocdesk"), N_("What wocdesk is and which article it shows")),
}
INTERFACE_LANGUAGE_MENU = N_("&Interface Language")
TOOLBAR = N_("Reading")


def build_actions(window: MainWindow) -> None:
    """Create every action of ``window`` and connect it."""
    reg = window.action_registry
    view = window.view
    slots = {
        "open": window.open_article_dialog,
        "open-bundled": window.open_bundled_article,
        "quit": window.close,
        "copy": view.copy,
        "find": window.open_find,
        "find-next": window.find_next,
        "find-previous": window.find_previous,
        "mode-zh": lambda: window.set_mode(DisplayMode.ZH),
        "mode-en": lambda: window.set_mode(DisplayMode.EN),
        "mode-both": window.set_bilingual,
        "mode-swap": window.swap_columns,
        "reveal": window.reveal_current,
        "zoom-in": lambda: window.set_zoom(view.zoom + 1),
        "zoom-out": lambda: window.set_zoom(view.zoom - 1),
        "zoom-reset": lambda: window.set_zoom(0),
        "previous-section": window.previous_section,
        "next-section": window.next_section,
        "ui-zh": lambda: window.choose_interface_language("zh"),
        "ui-en": lambda: window.choose_interface_language("en"),
        "ui-system": lambda: window.choose_interface_language("system"),
        "about": window.show_about,
    }
    for action_id, spec in SPECS.items():
        reg.add(action_id, spec, slots[action_id])
    for ids in (("mode-zh", "mode-en", "mode-both"), ("ui-zh", "ui-en", "ui-system")):
        group = QActionGroup(window)
        group.setExclusive(True)
        for action_id in ids:
            group.addAction(reg[action_id])


def build_menus(window: MainWindow) -> None:
    """Fill the menu bar; each menu keeps an insertion point for actions added later."""
    layout: dict[str, list[str | None]] = {
        "file": ["open", "open-bundled", "quit"],
        "edit": ["copy", None, "find", "find-next", "find-previous"],
        "view": [
            "mode-zh",
            "mode-en",
            "mode-both",
            "mode-swap",
            None,
            "reveal",
            None,
            "zoom-in",
            "zoom-out",
            "zoom-reset",
            None,
        ],
        "go": ["previous-section", "next-section"],
        "help": ["about"],
    }
    bar = window.menuBar()
    for menu_id in MENUS:
        menu = bar.addMenu("")
        menu.setObjectName(f"menu-{menu_id}")
        window.menus[menu_id] = menu
        for item in layout[menu_id]:
            if item is None:
                menu.addSeparator()
            else:
                menu.addAction(window.action_registry[item])
    # Later actions go before Quit in File, and after the docks and languages in View.
    file_menu = window.menus["file"]
    window.menu_anchors["file"] = file_menu.insertSeparator(window.action_registry["quit"])
    view_menu = window.menus["view"]
    view_menu.addAction(window.contents_dock.toggleViewAction())
    view_menu.addAction(window.keys_dock.toggleViewAction())
    view_menu.addSeparator()
    languages = QMenu(view_menu)
    languages.setObjectName("menu-interface-language")
    for action_id in ("ui-zh", "ui-en", "ui-system"):
        languages.addAction(window.action_registry[action_id])
    view_menu.addMenu(languages)
    window.menus["interface-language"] = languages
    window.menu_anchors["view"] = view_menu.addSeparator()


def build_toolbar(window: MainWindow) -> None:
    """The reading toolbar: modes, sections, find, zoom."""
    toolbar = window.addToolBar("")
    toolbar.setObjectName("reading-toolbar")
    window.toolbar = toolbar
    for item in (
        "mode-zh",
        "mode-en",
        "mode-both",
        None,
        "previous-section",
        "next-section",
        None,
        "find",
        None,
        "zoom-out",
        "zoom-in",
    ):
        if item is None:
            toolbar.addSeparator()
        else:
            toolbar.addAction(window.action_registry[item])

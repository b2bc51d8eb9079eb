"""The main window's actions and menus, declared in one place (text, tooltips, shortcuts)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QMenuBar, QToolBar, QWidget

from wocdesk.i18n import N_
from wocdesk.ui.app.actions import ActionRegistry, ActionSpec

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
        N_("Show Ot&her Language of Paragraph"),
        N_("Show or hide the other language of the current paragraph"),
        ("T",),
    ),
    "zoom-in": ActionSpec(N_("Zoom &In"), N_("Larger text"), (SK.ZoomIn, "Ctrl+=")),
    "zoom-out": ActionSpec(N_("Zoom O&ut"), N_("Smaller text"), (SK.ZoomOut, "Ctrl+-")),
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
    "shortcuts": ActionSpec(
        N_("&Keyboard Shortcuts"), N_("Every command and the keys that run it"), ("F1",)
    ),
    "about": ActionSpec(N_("&About wocdesk"), N_("What wocdesk is and which article it shows")),
}
INTERFACE_LANGUAGE_MENU = N_("Interface &Language")
TOOLBAR = N_("Reading")


def build_actions(registry: ActionRegistry, slots: Mapping[str, Callable[[], object]]) -> None:
    """Create every declared action in ``registry``, each running its slot from ``slots``."""
    for action_id, spec in SPECS.items():
        registry.add(action_id, spec, slots[action_id])
    for ids in (("mode-zh", "mode-en", "mode-both"), ("ui-zh", "ui-en", "ui-system")):
        group = QActionGroup(registry.parent)
        group.setExclusive(True)
        for action_id in ids:
            group.addAction(registry[action_id])


MENU_LAYOUT: dict[str, list[str | None]] = {
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
    "help": ["shortcuts", None, "about"],
}


def build_menus(
    bar: QMenuBar, registry: ActionRegistry, dock_toggles: Sequence[QAction]
) -> tuple[dict[str, QMenu], dict[str, QAction]]:
    """Fill the menu bar; return the menus by id and each menu's insertion point for later."""
    menus: dict[str, QMenu] = {}
    for menu_id in MENUS:
        menu = bar.addMenu("")
        menu.setObjectName(f"menu-{menu_id}")
        menus[menu_id] = menu
        for item in MENU_LAYOUT[menu_id]:
            if item is None:
                menu.addSeparator()
            else:
                menu.addAction(registry[item])
    # Later actions go before Quit in File, and after the docks and languages in View.
    anchors = {"file": menus["file"].insertSeparator(registry["quit"])}
    view_menu = menus["view"]
    for toggle in dock_toggles:
        view_menu.addAction(toggle)
    view_menu.addSeparator()
    languages = QMenu(view_menu)
    languages.setObjectName("menu-interface-language")
    for action_id in ("ui-zh", "ui-en", "ui-system"):
        languages.addAction(registry[action_id])
    view_menu.addMenu(languages)
    menus["interface-language"] = languages
    anchors["view"] = view_menu.addSeparator()
    return menus, anchors


def build_toolbar(window: QMainWindow, registry: ActionRegistry) -> QToolBar:
    """The reading toolbar: modes, sections, find, zoom."""
    toolbar = window.addToolBar("")
    toolbar.setObjectName("reading-toolbar")
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
            toolbar.addAction(registry[item])
    return toolbar


def add_dock(window: QMainWindow, name: str, widget: QWidget, side: str) -> QDockWidget:
    """Put ``widget`` in a dock named ``name`` on the ``left`` or ``right`` of ``window``."""
    dock = QDockWidget(window)
    dock.setObjectName(name)
    dock.setWidget(widget)
    window.addDockWidget(getattr(Qt.DockWidgetArea, f"{side.title()}DockWidgetArea"), dock)
    return dock

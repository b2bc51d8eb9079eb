"""Help ▸ Keyboard Shortcuts: every action of the window with its keys, grouped by menu.

Generated from the window's menus at the time it is shown (and again when the interface
language changes), so an action added by a feature appears without being listed here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QMenuBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wocdesk.i18n import _
from wocdesk.ui.app.language import translate_ui

_CHINESE_MNEMONIC = re.compile(r"\(&\w\)")
Group = tuple[str, list[tuple[str, str]]]


def plain_name(text: str) -> str:
    """A menu entry's text without its mnemonic and trailing ellipsis: "Open Article"."""
    text = _CHINESE_MNEMONIC.sub("", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.removesuffix("…").removesuffix("...").strip()


# Keys that every keyboard has, by Qt's portable name (a platform's standard binding may add a
# dedicated "Open" or "Copy" key, which few keyboards have: those are not listed).
_COMMON_KEYS = re.compile(
    r"^(.|F[1-9]|F1[0-2]|PgUp|PgDown|Home|End|Left|Right|Up|Down|Ins|Del|Backspace|Return|Enter|Esc|"
    r"Space|Tab)$"
)


def on_every_keyboard(key: QKeySequence) -> bool:
    """True when every key of ``key`` is on an ordinary keyboard (not a dedicated "Open" key)."""
    portable = key.toString(QKeySequence.SequenceFormat.PortableText)
    for chord in portable.split(", "):
        name = chord.rsplit("+", 1)[-1] if not chord.endswith("++") else "+"
        if not _COMMON_KEYS.match(name):
            return False
    return bool(portable)


def keys_of(action: QAction) -> str:
    """The keys of ``action`` as the platform writes them, joined by commas; "" when none."""
    native = QKeySequence.SequenceFormat.NativeText
    keys = [key for key in action.shortcuts() if not key.isEmpty() and on_every_keyboard(key)]
    return ", ".join(key.toString(native) for key in keys)


def _rows(menu: QMenu, prefix: str = "") -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            rows += _rows(submenu, f"{prefix}{plain_name(submenu.title())} ▸ ")
        else:
            rows.append((prefix + plain_name(action.text()), keys_of(action)))
    return rows


def shortcut_groups(bar: QMenuBar, others: Iterable[QAction] = ()) -> list[Group]:
    """(menu title, [(command, keys)]) for every menu of ``bar``, submenus included.

    ``others``: actions that may be in no menu; those with keys come last, under "Other".
    """
    groups: list[Group] = []
    seen: set[int] = set()
    for action in bar.actions():
        menu = action.menu()
        if isinstance(menu, QMenu) and action.isVisible():
            groups.append((plain_name(menu.title()), _rows(menu)))
            stack = [menu]
            while stack:
                current = stack.pop()
                for entry in current.actions():
                    seen.add(id(entry))
                    submenu = entry.menu()
                    if isinstance(submenu, QMenu):
                        stack.append(submenu)
    rest = [(plain_name(a.text()), keys_of(a)) for a in others if id(a) not in seen and keys_of(a)]
    if rest:
        groups.append((_("Other"), rest))
    return groups


class ShortcutsDialog(QDialog):
    """The keyboard shortcuts page of a window: a tree of its menus' commands and their keys."""

    def __init__(self, bar: QMenuBar, others: Iterable[QAction], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts-dialog")
        self._bar = bar
        self._others = list(others)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()  # the keys always in view; a long command name is elided
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(560, 640)
        translate_ui(self)

    def retranslate_ui(self) -> None:
        """Build the page again from the menus, in the interface language."""
        self.setWindowTitle(_("Keyboard Shortcuts"))
        self.tree.setHeaderLabels([_("Command"), _("Keys")])
        self.tree.setAccessibleName(_("Keyboard shortcuts"))
        self.tree.clear()
        for title, rows in shortcut_groups(self._bar, self._others):
            group = QTreeWidgetItem([title])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)
            group.addChildren([QTreeWidgetItem([name, keys]) for name, keys in rows])
            group.setExpanded(True)

    def rows(self) -> list[tuple[str, str, str]]:
        """What the page shows: (menu, command, keys) for every entry."""
        found = []
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            if group is None:
                continue
            for j in range(group.childCount()):
                child = group.child(j)
                if child is not None:
                    found.append((group.text(0), child.text(0), child.text(1)))
        return found


def show_shortcuts(window: QMainWindow) -> ShortcutsDialog:
    """Show ``window``'s shortcuts page (one per window, rebuilt: features may add actions)."""
    page = window.findChild(ShortcutsDialog, "shortcuts-dialog")
    if page is None:
        page = ShortcutsDialog(window.menuBar(), window.actions(), window)
    else:
        page.retranslate_ui()
    page.show()
    page.raise_()
    return page

"""Every menu of the window, in both interface languages: no two entries share a mnemonic."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from wocdesk.ui.app.language import set_interface_language

_MNEMONIC = re.compile(r"&(?!&)(.)")


def mnemonic(text: str) -> str | None:
    """The key after the single ``&`` of ``text`` (``&&`` is a literal ampersand), lower-cased."""
    match = _MNEMONIC.search(text.replace("&&", ""))
    return match.group(1).lower() if match else None


def clashes(container: QWidget, where: str) -> list[str]:
    """Mnemonics used twice among ``container``'s visible entries, then in each submenu."""
    found: list[str] = []
    seen: dict[str, str] = {}
    for action in container.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        text = action.menu().title() if action.menu() is not None else action.text()
        key = mnemonic(text)
        if key is not None:
            if key in seen:
                found.append(f"{where}: {seen[key]!r} and {text!r} share {key!r}")
            seen[key] = text
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            found += clashes(submenu, f"{where} ▸ {text}")
    return found


def menus_walked(bar: QMenuBar) -> int:
    count = 0
    stack: list[QWidget] = [bar]
    while stack:
        widget = stack.pop()
        count += 1
        stack += [a.menu() for a in widget.actions() if isinstance(a.menu(), QMenu)]
    return count


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_no_menu_has_two_entries_with_one_mnemonic(window, lang):
    set_interface_language(lang)
    bar = window.menuBar()
    assert menus_walked(bar) >= 7  # the bar, five menus and the language submenu at least
    assert clashes(bar, "menu bar") == []


def test_the_walk_finds_a_clash(window):
    """The check itself: a clash planted in a submenu is reported."""
    view = window.menu("view")
    extra = QMenu("&Extra", view)
    extra.addAction("&Zoom")
    extra.addAction("&zero")
    view.addMenu(extra)
    found = clashes(window.menuBar(), "menu bar")
    assert any("'&Zoom' and '&zero' share 'z'" in line for line in found), found


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_menu_entry_with_words_has_a_mnemonic(window, lang):
    """Keyboard users reach every named command of the menu bar's menus with Alt."""
    set_interface_language(lang)
    missing = []
    for menu_id in ("file", "edit", "go", "help"):
        for action in window.menu(menu_id).actions():
            if not action.isSeparator() and action.isVisible() and mnemonic(action.text()) is None:
                missing.append(action.text())
    assert missing == []

"""Register the bundled Chinese font with Qt so Chinese renders on machines without CJK fonts."""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from wocdesk.resources import resource

FONT_FILES = ("NotoSansSC-Regular-subset.otf", "NotoSansSC-Bold-subset.otf")
# Generic and common families whose missing Han glyphs should come from the bundled font.
_SUBSTITUTED = ("Sans Serif", "sans-serif", "Serif", "serif", "Monospace", "monospace", "Helvetica")
_registered: list[str] = []


def register_fonts() -> str:
    """Add the bundled fonts (once) and make them the fallback for Han script; return the family."""
    if _registered:
        return _registered[0]
    family = ""
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource("fonts", name)))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families and not family:
            family = families[0]
    if family:
        _use_as_han_fallback(family)
        _registered.append(family)
    return family


def _use_as_han_fallback(family: str) -> None:
    """Make ``family`` the fallback for Chinese in every font the interface uses."""
    add = getattr(QFontDatabase, "addApplicationFallbackFontFamily", None)
    qchar = getattr(QtCore, "QChar", None)
    if add is not None and qchar is not None:  # Qt 6.8+, when the binding exposes QChar.Script
        add(qchar.Script.Script_Han, family)
    names = set(_SUBSTITUTED)
    if QGuiApplication.instance() is not None:
        app_font = QGuiApplication.font()
        names.add(app_font.family())
        if family not in app_font.families():
            app_font.setFamilies([*app_font.families(), family])
            QGuiApplication.setFont(app_font)
    for name in names:
        if family not in QFont.substitutes(name):
            QFont.insertSubstitution(name, family)

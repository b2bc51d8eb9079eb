"""Register the bundled Chinese font with Qt so Chinese renders on machines without CJK fonts."""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtGui import QFontDatabase, QFontInfo, QGuiApplication

from wocdesk.resources import resource

FONT_FILES = ("NotoSansSC-Regular-subset.otf", "NotoSansSC-Bold-subset.otf")
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
    """Make ``family`` the fallback for Chinese in the interface's font."""
    add = getattr(QFontDatabase, "addApplicationFallbackFontFamily", None)
    qchar = getattr(QtCore, "QChar", None)
    if add is not None and qchar is not None:  # Qt 6.8+, when the binding exposes QChar.Script
        add(qchar.Script.Script_Han, family)
    if QGuiApplication.instance() is None:
        return
    # Latin text keeps the system's face (the CJK font's Latin punctuation is full-width);
    # Chinese the system's face lacks comes from the bundled font next in the list.
    app_font = QGuiApplication.font()
    latin = QFontInfo(app_font).family()
    if family not in app_font.families():
        families = [latin] if latin and latin != family else []
        app_font.setFamilies([*families, family])
        QGuiApplication.setFont(app_font)


def latin_family() -> str:
    """The family the interface uses for Latin text."""
    families = QGuiApplication.font().families()
    return families[0] if families else QGuiApplication.font().family()

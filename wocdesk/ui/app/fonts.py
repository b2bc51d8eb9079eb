"""Register the bundled Chinese font with Qt so Chinese renders on machines without CJK fonts."""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QGuiApplication

from wocdesk.resources import resource

FONT_FILES = ("NotoSansSC-Regular-subset.otf", "NotoSansSC-Bold-subset.otf")
_registered: list[str] = []


def register_fonts() -> str:
    """Add the bundled fonts (once) and make them the fallback for Chinese; return the family.

    PySide6 6.12 does not expose ``QFontDatabase.addApplicationFallbackFontFamily`` (it takes a
    ``QChar.Script``, which is not bound), so the bundled family is appended to the
    application font's family list instead: Latin text keeps the system's face and Qt takes the
    Han glyphs that face lacks from the bundled font. (Substituting the default family with the
    bundled one, by contrast, makes Qt draw Latin text in the CJK face, whose quotes and
    apostrophes are full-width.)
    """
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


def with_cjk_fallback(font: QFont) -> QFont:
    """A copy of ``font`` whose family list ends with the bundled Chinese font."""
    family = register_fonts()
    copy = QFont(font)
    families = list(copy.families()) or [copy.family()]
    if family and family not in families:
        copy.setFamilies([*families, family])
    return copy

"""Register the bundled Chinese font with Qt so Chinese renders on machines without CJK fonts."""

from __future__ import annotations

from PySide6.QtCore import QChar
from PySide6.QtGui import QFontDatabase

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
        QFontDatabase.addApplicationFallbackFontFamily(QChar.Script.Script_Han, family)
        _registered.append(family)
    return family

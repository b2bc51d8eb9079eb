"""Register the bundled Chinese font with Qt so Chinese renders on machines without CJK fonts."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from wocdesk.resources import resource

FONT_FILES = ("NotoSansSC-Regular-subset.otf", "NotoSansSC-Bold-subset.otf")
# Families a style or a stylesheet may ask for; each falls back to the bundled font for Han.
_COMMON_FAMILIES = ("Sans Serif", "sans-serif", "Helvetica", "Arial", "DejaVu Sans", "Segoe UI")
_registered: list[str] = []


def register_fonts() -> str:
    """Add the bundled fonts (once) and make them the fallback for Chinese; return the family.

    PySide6 does not expose ``QFontDatabase.addApplicationFallbackFontFamily`` (it takes a
    ``QChar.Script``), so the family is added as a substitution of the default and common
    families instead: Qt then takes glyphs the first family lacks from the bundled font, while
    the system's own fonts still serve everything they cover.
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
        default = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family()
        for base in dict.fromkeys((default, *_COMMON_FAMILIES)):
            if base != family and family not in QFont.substitutes(base):
                QFont.insertSubstitution(base, family)
        _registered.append(family)
    return family


def with_cjk_fallback(font: QFont) -> QFont:
    """A copy of ``font`` whose family list ends with the bundled Chinese font."""
    family = register_fonts()
    copy = QFont(font)
    families = list(copy.families()) or [copy.family()]
    if family and family not in families:
        copy.setFamilies([*families, family])
    return copy

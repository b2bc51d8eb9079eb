"""The bundled CJK face for slides: registered through ``wocdesk.ui.fonts`` when it works."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from wocdesk.resources import resource

BUNDLED_FAMILY = "Noto Sans CJK SC"
FONT_FILES = ("NotoSansSC-Regular-subset.otf", "NotoSansSC-Bold-subset.otf")
_family: list[str] = []


def bundled_family() -> str:
    """Register the bundled faces once and return their family name.

    Slides name their families explicitly (the deck's faces, then this one), so they need no
    Han fallback; ``wocdesk.ui.fonts.register_fonts`` is used when it imports and runs on this
    PySide6, else the font files are added directly.
    """
    if _family:
        return _family[0]
    family = ""
    try:
        from wocdesk.ui.fonts import register_fonts

        family = register_fonts()
    except (ImportError, AttributeError):
        family = ""
    if not family:
        for name in FONT_FILES:
            font_id = QFontDatabase.addApplicationFont(str(resource("fonts", name)))
            families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            if families and not family:
                family = families[0]
    _family.append(family or BUNDLED_FAMILY)
    return _family[0]

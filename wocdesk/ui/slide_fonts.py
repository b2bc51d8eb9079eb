"""The bundled CJK face for slides: registered through ``wocdesk.ui.fonts`` when it works."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from wocdesk.resources import resource

BUNDLED_FAMILY = "Noto Sans CJK SC"
FONT_FILES = ("NotoSansSC-Regular-subset.otf", "NotoSansSC-Bold-subset.otf")
_family: list[str] = []

# Faces a deck may name that Linux machines rarely have, and the metric-compatible (or nearest)
# faces LibreOffice substitutes for them, so the show looks like the exported deck there.
ALIASES: dict[str, tuple[str, ...]] = {
    "arial": ("Liberation Sans", "Arimo"),
    "helvetica": ("Liberation Sans", "Arimo"),
    "times new roman": ("Liberation Serif", "Tinos"),
    "calibri": ("Carlito", "Liberation Sans"),
    "cambria": ("Caladea", "Liberation Serif"),
    "microsoft yahei": ("Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei"),
    "pingfang sc": ("Noto Sans CJK SC", "Source Han Sans SC"),
    "simhei": ("Noto Sans CJK SC",),
    "dengxian": ("Noto Sans CJK SC",),
    "等线": ("Noto Sans CJK SC",),
    "微软雅黑": ("Noto Sans CJK SC",),
}


def resolve_family(name: str) -> list[str]:
    """``name`` if Qt has it, else the installed faces that stand in for it (maybe none)."""
    if not name:
        return []
    if QFontDatabase.hasFamily(name):
        return [name]
    return [alias for alias in ALIASES.get(name.casefold(), ()) if QFontDatabase.hasFamily(alias)]


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

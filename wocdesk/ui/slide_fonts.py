"""The bundled CJK face for slides: registered through ``wocdesk.ui.app.fonts``."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

BUNDLED_FAMILY = "Noto Sans CJK SC"

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
    """The bundled faces' family, registered once (slides name it after the deck's own faces)."""
    from wocdesk.ui.app.fonts import register_fonts

    return register_fonts() or BUNDLED_FAMILY

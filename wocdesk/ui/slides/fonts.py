"""The deck's typefaces in Qt: the faces a deck names, their stand-ins, fonts in slide points."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QFont, QFontDatabase, QFontMetricsF, QImage

from wocdesk.deck.model import Fonts, Paragraph
from wocdesk.model.text import Lang
from wocdesk.ui.app.fonts import register_fonts

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
    return register_fonts() or BUNDLED_FAMILY


class SlideFonts:
    """QFonts for the deck's typefaces, sized in slide points for one paint device resolution."""

    def __init__(self, fonts: Fonts, dpi: float = 96.0) -> None:
        """Fonts from the plan's ``latin`` and ``cjk`` faces, the bundled face as fallback."""
        bundled = bundled_family()
        latin, cjk = resolve_family(fonts.latin), resolve_family(fonts.cjk)
        self._families: dict[Lang, list[str]] = {
            "en": _unique([*latin, bundled, *cjk]),
            # As in PowerPoint: Latin letters of a Chinese run take the Latin face, the rest the
            # East Asian one (Qt falls back per character along the list).
            "zh": _unique([*latin, *cjk, bundled]),
        }
        self._dpi = dpi
        self._cache: dict[tuple[Lang, float, bool, bool], QFont] = {}

    def font(self, lang: Lang, size: float, bold: bool = False, italic: bool = False) -> QFont:
        """A font whose em is ``size`` units when the painter maps one unit to one point."""
        key = (lang, size, bold, italic)
        font = self._cache.get(key)
        if font is None:
            font = QFont()
            font.setFamilies(self._families[lang])
            font.setPointSizeF(size * 72.0 / self._dpi)
            font.setBold(bold)
            font.setItalic(italic)
            font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
            font.setKerning(True)
            self._cache[key] = font
        return font

    def metrics(
        self, lang: Lang, size: float, bold: bool = False, italic: bool = False
    ) -> QFontMetricsF:
        """Metrics of :meth:`font` in slide points."""
        return QFontMetricsF(self.font(lang, size, bold, italic), _reference_device(self._dpi))

    def paragraph_font(self, paragraph: Paragraph) -> QFont:
        """The font of one planned paragraph."""
        return self.font(paragraph.lang, paragraph.size, paragraph.bold, paragraph.italic)


_devices: dict[float, QImage] = {}


def _reference_device(dpi: float) -> QImage:
    """A tiny image with ``dpi`` to measure fonts as they will be drawn."""
    image = _devices.get(dpi)
    if image is None:
        image = QImage(1, 1, QImage.Format.Format_ARGB32_Premultiplied)
        dots = round(dpi / 0.0254)
        image.setDotsPerMeterX(dots)
        image.setDotsPerMeterY(dots)
        _devices[dpi] = image
    return image


def _unique(names: Sequence[str]) -> list[str]:
    seen: list[str] = []
    for name in names:
        if name and name not in seen:
            seen.append(name)
    return seen

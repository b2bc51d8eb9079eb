"""The bundled Chinese face, renamed and with one code point per glyph, for text in PDFs.

Qt's PDF writer records each glyph's text as the lowest code point the font maps to it. Where a
font gives one glyph to several code points, a PDF's text then reads wrong: the en dash – as the
figure dash ‒, and in the full Noto Sans CJK of many Linux systems an ideograph (月 U+6708) as
its Kangxi radical (⽉ U+2F49), so that searching the PDF for 月 fails. Printing therefore uses
the bundled subset (which maps no radicals) under a family name no other font has, so that Qt
cannot take the system's copy instead, and with the rarer code points of a shared glyph taken
out of its map (Qt draws those from another font). The file on disk is left as it is.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QFontDatabase

from wocdesk.resources import resource
from wocdesk.ui.app.fonts import FONT_FILES
from wocdesk.ui.printing import sfnt

PRINT_FAMILY = "wocdesk Print CJK SC"
# Where several code points share a glyph, the one a text means most often keeps it.
PREFERRED = frozenset("-–·～｀、。，：；！？（）")


def print_font(data: bytes, family: str = PRINT_FAMILY) -> bytes:
    """The font ``data`` named ``family``, each glyph mapped from one code point only."""
    tables = sfnt.read_tables(data)
    mapping = sfnt.character_map(tables[b"cmap"])
    by_glyph: dict[int, list[int]] = {}
    for code, glyph in sorted(mapping.items()):
        by_glyph.setdefault(glyph, []).append(code)
    for codes in by_glyph.values():
        if len(codes) > 1:
            keep = next((c for c in codes if chr(c) in PREFERRED), codes[0])
            for code in codes:
                if code != keep:
                    del mapping[code]
    names = {1: family, 16: family}  # the family and the typographic family
    return sfnt.replace_tables(
        data,
        {
            b"name": sfnt.renamed_name_table(tables[b"name"], names),
            b"cmap": sfnt.format4_cmap(mapping),
        },
    )


@cache
def register_print_font() -> str:
    """Register the bundled faces as ``PRINT_FAMILY`` (once); the family, or "" on failure."""
    family = ""
    for name in FONT_FILES:
        data = resource("fonts", name).read_bytes()
        font_id = QFontDatabase.addApplicationFontFromData(QByteArray(print_font(data)))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        family = family or (families[0] if families else "")
    return family

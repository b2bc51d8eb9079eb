"""The bundled Chinese face under a family name of its own, so that printing uses exactly it.

The bundled subset is called "Noto Sans CJK SC", like the full font many Linux systems have.
Qt may then draw with the system's copy, whose character map gives one glyph both to an
ideograph (月 U+6708) and to its Kangxi radical (⽉ U+2F49); Qt's PDF writer maps each glyph back
to the lowest code point, so the PDF's text would read ⽉ and searching it for 月 fails. The
subset maps no radicals, so printing with it, under a name no other font has, keeps the text
right. The renaming rewrites the font's ``name`` table in memory; the file is left as it is.
"""

from __future__ import annotations

import struct
from functools import cache

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QFontDatabase

from wocdesk.resources import resource
from wocdesk.ui.fonts import FONT_FILES

PRINT_FAMILY = "wocdesk Print CJK SC"
_HEADER = struct.Struct(">4sHHHH")
_TABLE_RECORD = struct.Struct(">4sIII")
_NAME_RECORD = struct.Struct(">HHHHHH")


def renamed_font(data: bytes, family: str = PRINT_FAMILY) -> bytes:
    """``data`` (an OpenType font) with ``family`` as its family name; other names kept."""
    _version, count, *_rest = _HEADER.unpack_from(data, 0)
    records = [_TABLE_RECORD.unpack_from(data, 12 + 16 * i) for i in range(count)]
    index = next(i for i, record in enumerate(records) if record[0] == b"name")
    _tag, _checksum, offset, length = records[index]
    # name 1: the family; 16: the typographic family
    table = _renamed_name_table(data[offset : offset + length], {1: family, 16: family})
    padding = b"\0" * (-len(data) % 4)
    new_offset = len(data) + len(padding)
    out = bytearray(data + padding + table + b"\0" * (-len(table) % 4))
    _TABLE_RECORD.pack_into(
        out, 12 + 16 * index, b"name", _checksum_of(table), new_offset, len(table)
    )
    return bytes(out)


def _renamed_name_table(table: bytes, names: dict[int, str]) -> bytes:
    _format, count, string_offset = struct.unpack_from(">HHH", table, 0)
    strings = bytearray()
    out_records = []
    for i in range(count):
        platform, encoding, language, name_id, length, offset = _NAME_RECORD.unpack_from(
            table, 6 + 12 * i
        )
        if language >= 0x8000:  # a language-tag record (format 1): not kept
            continue
        raw = table[string_offset + offset : string_offset + offset + length]
        if name_id in names:
            text = names[name_id]
            raw = text.encode("latin-1") if platform == 1 else text.encode("utf-16-be")
        out_records.append((platform, encoding, language, name_id, len(raw), len(strings)))
        strings += raw
    header = struct.pack(">HHH", 0, len(out_records), 6 + 12 * len(out_records))
    body = b"".join(_NAME_RECORD.pack(*record) for record in out_records)
    return header + body + bytes(strings)


def _checksum_of(table: bytes) -> int:
    padded = table + b"\0" * (-len(table) % 4)
    words: tuple[int, ...] = struct.unpack(f">{len(padded) // 4}I", padded)
    return sum(words) & 0xFFFFFFFF


@cache
def register_print_font() -> str:
    """Register the bundled faces under ``PRINT_FAMILY`` (once); the family, or "" on failure."""
    family = ""
    for name in FONT_FILES:
        data = resource("fonts", name).read_bytes()
        font_id = QFontDatabase.addApplicationFontFromData(QByteArray(renamed_font(data)))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        family = family or (families[0] if families else "")
    return family

"""Rewrite tables of an OpenType font in memory: its family name, and its character map."""

from __future__ import annotations

import struct

_HEADER = struct.Struct(">4sHHHH")
_TABLE_RECORD = struct.Struct(">4sIII")
_NAME_RECORD = struct.Struct(">HHHHHH")


def read_tables(data: bytes) -> dict[bytes, bytes]:
    """Every table of the font ``data`` by tag."""
    _version, count, *_rest = _HEADER.unpack_from(data, 0)
    tables = {}
    for i in range(count):
        tag, _checksum, offset, length = _TABLE_RECORD.unpack_from(data, 12 + 16 * i)
        tables[tag] = data[offset : offset + length]
    return tables


def replace_tables(data: bytes, new: dict[bytes, bytes]) -> bytes:
    """``data`` with the tables in ``new`` appended and the table directory pointing at them."""
    _version, count, *_rest = _HEADER.unpack_from(data, 0)
    out = bytearray(data)
    for i in range(count):
        tag = _TABLE_RECORD.unpack_from(data, 12 + 16 * i)[0]
        if tag not in new:
            continue
        out += b"\0" * (-len(out) % 4)
        table = new[tag]
        _TABLE_RECORD.pack_into(out, 12 + 16 * i, tag, _checksum(table), len(out), len(table))
        out += table
    out += b"\0" * (-len(out) % 4)
    return bytes(out)


def _checksum(table: bytes) -> int:
    padded = table + b"\0" * (-len(table) % 4)
    words: tuple[int, ...] = struct.unpack(f">{len(padded) // 4}I", padded)
    return sum(words) & 0xFFFFFFFF


def renamed_name_table(table: bytes, names: dict[int, str]) -> bytes:
    """A ``name`` table with the strings of the name ids in ``names`` replaced."""
    _format, count, string_offset = struct.unpack_from(">HHH", table, 0)
    strings = bytearray()
    records = []
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
        records.append((platform, encoding, language, name_id, len(raw), len(strings)))
        strings += raw
    header = struct.pack(">HHH", 0, len(records), 6 + 12 * len(records))
    return header + b"".join(_NAME_RECORD.pack(*r) for r in records) + bytes(strings)


def character_map(table: bytes) -> dict[int, int]:
    """Code point → glyph of the Basic Multilingual Plane, from the ``cmap``'s format-4 maps."""
    _version, count = struct.unpack_from(">HH", table, 0)
    mapping: dict[int, int] = {}
    for i in range(count):
        _platform, _encoding, offset = struct.unpack_from(">HHI", table, 4 + 8 * i)
        if struct.unpack_from(">H", table, offset)[0] == 4:
            mapping.update(_format4(table, offset))
    return mapping


def _format4(table: bytes, base: int) -> dict[int, int]:
    segments = struct.unpack_from(">H", table, base + 6)[0] // 2
    ends = struct.unpack_from(f">{segments}H", table, base + 14)
    starts_at = base + 16 + 2 * segments
    starts = struct.unpack_from(f">{segments}H", table, starts_at)
    deltas = struct.unpack_from(f">{segments}h", table, starts_at + 2 * segments)
    ranges_at = starts_at + 4 * segments
    ranges = struct.unpack_from(f">{segments}H", table, ranges_at)
    mapping = {}
    for n in range(segments):
        for code in range(starts[n], ends[n] + 1):
            if code == 0xFFFF:
                continue
            if ranges[n] == 0:
                glyph = (code + deltas[n]) & 0xFFFF
            else:
                at = ranges_at + 2 * n + ranges[n] + 2 * (code - starts[n])
                glyph = struct.unpack_from(">H", table, at)[0]
                glyph = (glyph + deltas[n]) & 0xFFFF if glyph else 0
            if glyph:
                mapping[code] = glyph
    return mapping


def format4_cmap(mapping: dict[int, int]) -> bytes:
    """A ``cmap`` table (Unicode BMP, for both the Unicode and Windows platforms) of ``mapping``."""
    codes = sorted(c for c in mapping if c < 0xFFFF)
    segments = [*((c, c, (mapping[c] - c) & 0xFFFF) for c in codes), (0xFFFF, 0xFFFF, 1)]
    count = len(segments)
    search = 2 ** (count.bit_length() - 1)
    subtable = struct.pack(
        ">HHHHHHH",
        4,
        16 + 8 * count,
        0,
        2 * count,
        2 * search,
        count.bit_length() - 1,
        2 * count - 2 * search,
    )
    subtable += struct.pack(f">{count}H", *(end for _start, end, _delta in segments))
    subtable += struct.pack(">H", 0)
    subtable += struct.pack(f">{count}H", *(start for start, _end, _delta in segments))
    subtable += struct.pack(f">{count}H", *(delta for _start, _end, delta in segments))
    subtable += struct.pack(f">{count}H", *([0] * count))
    header = (
        struct.pack(">HH", 0, 2) + struct.pack(">HHI", 0, 3, 20) + struct.pack(">HHI", 3, 1, 20)
    )
    return header + subtable

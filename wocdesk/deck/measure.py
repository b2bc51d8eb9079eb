"""Measure text and break it into lines: Chinese per character with kinsoku, Latin at spaces.

Widths come from the bundled Noto Sans SC (through Pillow) for Chinese and other characters, and
from an Arial-compatible table for Latin (each the wider of Arial and Noto Sans SC), so that a
line measured here never comes out wider in PowerPoint or in LibreOffice's substitutes.
"""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache
from typing import Any

from wocdesk.model.script import is_han, is_wide

# Line-start prohibited (closing punctuation, small kana, iteration marks) and line-end
# prohibited (opening punctuation), as in JIS X 4051 / the Chinese rules, ASCII included.
NO_START = frozenset(
    "!%),.:;?]}¢°·’”‰′″℃、。〃〆〉》」』】〕〗〙〛゛゜ゝゞ・ーヽヾ！％），．：；？］｝～｡｣､･ｰ"
    "…‥—–-‐－゠〜ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ"
)
NO_END = frozenset("([{£¥‘“〈《「『【〔〖〘〚＄（［｛｢￡￥")
# Characters of which a line may be made narrower at its end (spaces hang); a no-break space
# (U+00A0) hangs too but is no place to break.
SPACES = frozenset(" \t\u00a0\u3000")
NO_BREAK = "\u00a0"


@cache
def _pillow_font(bold: bool) -> Any:
    from PIL import ImageFont

    from wocdesk.resources import resource

    name = "NotoSansSC-Bold-subset.otf" if bold else "NotoSansSC-Regular-subset.otf"
    return ImageFont.truetype(
        str(resource("fonts", name)), 1000, layout_engine=ImageFont.Layout.BASIC
    )


@cache
def _latin_tables() -> dict[str, dict[int, int]]:
    """The Latin widths of ``resources/fonts/latin-metrics.json`` (made by the script beside it)."""
    import json

    from wocdesk.resources import resource

    data = json.loads(resource("fonts", "latin-metrics.json").read_text(encoding="utf-8"))
    return {
        key: {int(code): int(width) for code, width in data[key].items()}
        for key in ("regular", "bold")
    }


def _latin_table(bold: bool) -> dict[int, int]:
    return _latin_tables()["bold" if bold else "regular"]


@cache
def char_width(char: str, bold: bool = False) -> float:
    """The advance of ``char`` in em (conservative: never narrower than any face we expect)."""
    code = ord(char)
    table = _latin_table(bold)
    if code in table:
        return table[code] / 1000
    category = unicodedata.category(char)
    if category in ("Mn", "Me", "Cf") or char in "\n\r":
        return 0.0
    if is_han(char) and is_wide(char):
        return 1.0  # ideographs and full-width marks sit on the em square in every CJK face
    floor = 1.0 if is_wide(char) else 0.6
    try:
        measured = float(_pillow_font(bold).getlength(char)) / 1000
    except Exception:  # a character FreeType cannot lay out: fall back to the floor
        measured = 0.0
    return max(measured, floor)


# LibreOffice (and Word) put a little space between Chinese and Latin letters or digits.
AUTOSPACE = 0.25


def text_width(text: str, size: float, bold: bool = False) -> float:
    """The width of ``text`` set at ``size`` points (with room for CJK/Latin autospacing)."""
    return em_width(text, bold) * size


@lru_cache(maxsize=16384)
def em_width(text: str, bold: bool = False) -> float:
    """The width of ``text`` in ems."""
    total = 0.0
    previous = ""
    for char in text:
        total += char_width(char, bold)
        if previous.isalnum() and char.isalnum() and is_wide(previous) != is_wide(char):
            total += AUTOSPACE
        previous = char
    return total


def widest_word(text: str, size: float, bold: bool = False) -> float:
    """The width of the widest unbreakable piece of ``text`` (a word, or one Chinese character)."""
    return max((text_width(p.rstrip(), size, bold) for p in segments(text)), default=0.0)


def _breakable(before: str, after: str) -> bool:
    """Whether a line may break between ``before`` and ``after``."""
    if after in SPACES:
        return False
    if before in SPACES:
        return before != NO_BREAK and after not in NO_START
    if after in NO_START or before in NO_END:
        return False
    if is_wide(before) or is_wide(after):
        return True
    return before in "-‐/" and after.isalnum()


@lru_cache(maxsize=4096)
def segments(text: str) -> tuple[str, ...]:
    """Split ``text`` into the pieces between which a line may break."""
    pieces: list[str] = []
    current = ""
    for char in text:
        if current and _breakable(current[-1], char):
            pieces.append(current)
            current = ""
        current += char
    if current:
        pieces.append(current)
    return tuple(pieces)


def _joint(before: str, after: str) -> float:
    """The autospace :func:`em_width` adds where ``before`` meets ``after``."""
    if before.isalnum() and after.isalnum() and is_wide(before) != is_wide(after):
        return AUTOSPACE
    return 0.0


def _split_long(piece: str, width: float, size: float, bold: bool) -> list[str]:
    """Cut a piece wider than a line into character runs that fit (last resort)."""
    parts: list[str] = []
    current = ""
    for char in piece:
        if current and text_width((current + char).rstrip(), size, bold) > width:
            parts.append(current)
            current = ""
        current += char
    if current:
        parts.append(current)
    return parts


def break_lines(text: str, width: float, size: float, bold: bool = False) -> tuple[str, ...]:
    """Break ``text`` into lines no wider than ``width`` points at ``size`` points.

    Explicit newlines start new lines; trailing spaces hang past the edge and are dropped.
    Widths add up piece by piece (with the autospace where two pieces meet), so a paragraph
    is measured once, not once per candidate line.
    """
    limit = width / size if size > 0 else 0.0
    lines: list[str] = []
    for hard_line in text.split("\n"):
        current = ""
        used = 0.0  # em width of ``current``, trailing spaces included
        for piece in segments(hard_line):
            stripped = piece.rstrip()
            joint = _joint(current[-1], piece[0]) if current else 0.0
            if not stripped or used + joint + em_width(stripped, bold) <= limit:
                current += piece
                used += joint + em_width(piece, bold)
                continue
            if current.strip():
                lines.append(current.rstrip())
                current, used = "", 0.0
            if em_width(stripped, bold) <= limit:
                current, used = piece, em_width(piece, bold)
            else:
                parts = _split_long(piece, width, size, bold)
                lines.extend(p.rstrip() for p in parts[:-1])
                current, used = parts[-1], em_width(parts[-1], bold)
        lines.append(current.rstrip())
    return tuple(lines)


# A last line with this many letters or fewer (punctuation and spaces not counted) is too short.
SHORT_LAST = 2


def _letters(line: str) -> int:
    return sum(1 for char in line if char.isalnum())


def break_balanced(
    text: str, width: float, size: float, bold: bool = False, balance: bool = True
) -> tuple[tuple[str, ...], float]:
    """Lines as :func:`break_lines`, and the width they were broken to.

    With ``balance``, a paragraph whose last line would hold one or two characters is broken
    to a slightly narrower measure, if one gives as many lines and a fuller last line.
    """
    lines = break_lines(text, width, size, bold)
    if not balance or len(lines) < 2 or "\n" in text or _letters(lines[-1]) > SHORT_LAST:
        return lines, width
    step = size * 0.5
    trial_width = width - step
    while trial_width >= width * 0.6:
        trial = break_lines(text, trial_width, size, bold)
        if len(trial) > len(lines):
            break
        if _letters(trial[-1]) > SHORT_LAST:
            return trial, trial_width
        trial_width -= step
    return lines, width

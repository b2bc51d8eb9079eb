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


# Per character, once: its advance (regular, bold) and its class for the autospace
# (0: not a letter or digit, 1: a narrow one, 2: a wide one). Looked up, not recomputed, for
# every character of every line measured.
_WIDTHS: tuple[dict[str, float], dict[str, float]] = ({}, {})
_CLASSES: dict[str, int] = {}


def _class(char: str) -> int:
    found = _CLASSES.get(char)
    if found is None:
        found = _CLASSES[char] = (2 if is_wide(char) else 1) if char.isalnum() else 0
    return found


@lru_cache(maxsize=16384)
def em_width(text: str, bold: bool = False) -> float:
    """The width of ``text`` in ems."""
    widths = _WIDTHS[bold]
    classes = _CLASSES
    total = 0.0
    previous = 0
    for char in text:
        width = widths.get(char)
        if width is None:
            width = widths[char] = char_width(char, bold)
        kind = classes.get(char)
        if kind is None:
            kind = _class(char)
        total += width
        if previous and kind and previous != kind:
            total += AUTOSPACE  # a letter or digit meets one of the other width
        previous = kind
    return total


def widest_word(text: str, size: float, bold: bool = False) -> float:
    """The width of the widest unbreakable piece of ``text`` (a word, or one Chinese character)."""
    return max((text_width(p.rstrip(), size, bold) for p in segments(text)), default=0.0)


# What decides a break, per character, as bits; whether a line may break between two
# characters then depends on their two bit sets only, and is decided once per pair of sets.
_SPACE, _NBSP, _NO_START, _NO_END, _WIDE, _HYPHEN, _ALNUM = (1 << n for n in range(7))
_BITS: dict[str, int] = {}


def _bits(char: str) -> int:
    found = _BITS.get(char)
    if found is None:
        found = (
            (_SPACE if char in SPACES else 0)
            | (_NBSP if char == NO_BREAK else 0)
            | (_NO_START if char in NO_START else 0)
            | (_NO_END if char in NO_END else 0)
            | (_WIDE if is_wide(char) else 0)
            | (_HYPHEN if char in "-‐/" else 0)
            | (_ALNUM if char.isalnum() else 0)
        )
        _BITS[char] = found
    return found


def _break_rule(before: int, after: int) -> bool:
    """Whether a line may break between characters with the bit sets ``before`` and ``after``.

    Never before a space; after a space unless it is a no-break space or a line-start
    prohibited mark follows; never before a line-start or after a line-end prohibited mark;
    next to a wide character; after a hyphen or slash followed by a letter or digit.
    """
    if after & _SPACE:
        return False
    if before & _SPACE:
        return not before & _NBSP and not after & _NO_START
    if after & _NO_START or before & _NO_END:
        return False
    if (before | after) & _WIDE:
        return True
    return bool(before & _HYPHEN and after & _ALNUM)


_BREAKS: dict[int, bool] = {}


@lru_cache(maxsize=4096)
def segments(text: str) -> tuple[str, ...]:
    """Split ``text`` into the pieces between which a line may break."""
    if not text:
        return ()
    pieces: list[str] = []
    bits = _BITS
    breaks = _BREAKS
    start = 0
    previous = -1
    for index, char in enumerate(text):
        found = bits.get(char)
        if found is None:
            found = _bits(char)
        if previous >= 0:
            pair = previous << 7 | found
            allowed = breaks.get(pair)
            if allowed is None:
                allowed = breaks[pair] = _break_rule(previous, found)
            if allowed:
                pieces.append(text[start:index])
                start = index
        previous = found
    pieces.append(text[start:])
    return tuple(pieces)


def _split_long(piece: str, width: float, size: float, bold: bool) -> list[str]:
    """Cut a piece wider than a line into character runs that fit (last resort).

    A run's width grows character by character, in the order :func:`em_width` adds, so each
    candidate is measured in one step, not from its start.
    """
    widths = _WIDTHS[bold]
    parts: list[str] = []
    start = 0
    total = 0.0  # em width of the run so far
    solid = 0.0  # the same without its trailing spaces
    previous = 0
    for index, char in enumerate(piece):
        advance = widths.get(char)
        if advance is None:
            advance = widths[char] = char_width(char, bold)
        kind = _class(char)
        if index > start:
            grown = total + advance
            if previous and kind and previous != kind:
                grown += AUTOSPACE
            if (solid if char.isspace() else grown) * size > width:
                parts.append(piece[start:index])
                start, total, solid, previous = index, 0.0, 0.0, 0
        total += advance
        if previous and kind and previous != kind:
            total += AUTOSPACE
        if not char.isspace():
            solid = total
        previous = kind
    if start < len(piece):
        parts.append(piece[start:])
    return parts


@lru_cache(maxsize=4096)
def _pieces(line: str, bold: bool) -> tuple[tuple[str, float, float, int, int], ...]:
    """The break pieces of ``line``, measured: (piece, width, width with trailing spaces, …).

    The width without trailing spaces is ``-1`` for a piece of spaces only; the last two are
    the autospace classes of the piece's first and last characters.
    """
    out = []
    for piece in segments(line):
        stripped = piece.rstrip()
        full = em_width(piece, bold)
        solid = (full if stripped == piece else em_width(stripped, bold)) if stripped else -1.0
        out.append((piece, solid, full, _class(piece[0]), _class(piece[-1])))
    return tuple(out)


def break_lines(text: str, width: float, size: float, bold: bool = False) -> tuple[str, ...]:
    """Break ``text`` into lines no wider than ``width`` points at ``size`` points.

    Explicit newlines start new lines; trailing spaces hang past the edge and are dropped.
    Each piece between break opportunities is measured once per paragraph (:func:`_pieces`);
    a line's width then grows by a piece's width and the autospace where two pieces meet, so
    breaking is linear in the length of the text, whatever the width and size tried.
    """
    limit = width / size if size > 0 else 0.0
    lines: list[str] = []
    for hard_line in text.split("\n"):
        current = ""
        used = 0.0  # em width of ``current``, trailing spaces included
        last = 0  # the autospace class of the last character of ``current``
        for piece, solid, full, first, end in _pieces(hard_line, bold):
            joint = AUTOSPACE if current and last and first and last != first else 0.0
            if solid < 0 or used + joint + solid <= limit:
                current += piece
                used += joint + full
                last = end
                continue
            if current.strip():
                lines.append(current.rstrip())
                current, used = "", 0.0
            if solid <= limit:
                current, used, last = piece, full, end
            else:
                parts = _split_long(piece, width, size, bold)
                lines.extend(p.rstrip() for p in parts[:-1])
                current, used = parts[-1], em_width(parts[-1], bold)
                last = _class(current[-1])
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

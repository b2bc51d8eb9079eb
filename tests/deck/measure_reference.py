"""The line breaking of ``wocdesk.deck.layout.measure`` before it was made faster (a fixed copy).

The tests compare the current code's widths and breaks with these, paragraph by paragraph, so
that a faster measure cannot move a single break. Character widths come from the current
module (``char_width``, unchanged); everything built on them is the old code, verbatim.
"""

from __future__ import annotations

from functools import lru_cache

from wocdesk.deck.layout.measure import AUTOSPACE, NO_BREAK, NO_END, NO_START, SPACES, char_width
from wocdesk.model.script import is_wide


def text_width(text: str, size: float, bold: bool = False) -> float:
    return em_width(text, bold) * size


@lru_cache(maxsize=16384)
def em_width(text: str, bold: bool = False) -> float:
    total = 0.0
    previous = ""
    for char in text:
        total += char_width(char, bold)
        if previous.isalnum() and char.isalnum() and is_wide(previous) != is_wide(char):
            total += AUTOSPACE
        previous = char
    return total


def widest_word(text: str, size: float, bold: bool = False) -> float:
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

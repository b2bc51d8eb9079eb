"""Heading levels of a raw text, from the numbering of its headings (一、 / （一） / 1.1 …).

The convention is the one Chinese reports and white papers follow (GB/T 9704: 一、 then （一）
then 1. then （1）) and their English editions (Chapter 1 / I., then 1.1, then 1.1.1):

============================  ===========================  =====
Chinese heading               English heading              level
============================  ===========================  =====
第一章 … · 第1部分 … · 一、…    Chapter 1 … · Part I … · I. …  1
第一节 … · （一）… · 1.1 …      1.1 …                        2
1. … · 1.1.1 …                 1.1.1 …                      3
（1）…                          (1) … · (a) …                4
============================  ===========================  =====

The Chinese line decides when it is numbered, else the English one; an unnumbered heading is a
level-1 heading. Levels are then made consecutive (:func:`tidy_levels`).
"""

from __future__ import annotations

import re

_NUMERAL = "[一二三四五六七八九十百千零〇两]+"
_ZH_LEVELS = (
    (re.compile(rf"^第(?:{_NUMERAL}|\d+)\s*[章部篇编卷]"), 1),
    (re.compile(rf"^{_NUMERAL}\s*[、.．]"), 1),
    (re.compile(rf"^第(?:{_NUMERAL}|\d+)\s*节"), 2),
    (re.compile(rf"^[（(]{_NUMERAL}[）)]"), 2),
    (re.compile(r"^\d+[.．]\d+[.．]\d+(?:\s|、)"), 3),
    (re.compile(r"^\d+[.．]\d+(?:\s|、)"), 2),
    (re.compile(r"^\d+\s*[、.．](?!\d)"), 3),
    (re.compile(r"^[（(]\d+[）)]"), 4),
)
_EN_LEVELS = (
    (re.compile(r"^(?:Chapter|Part|Book)\s+(?:\d+|[IVXLC]+|[A-Z][a-z]+)\b", re.IGNORECASE), 1),
    (re.compile(r"^[IVXLC]+\.\s"), 1),
    # a number, then a capitalised word: "2.1 Asia's share", not "1.5 trillion yuan"
    (re.compile(r"^\d+\.\d+\.\d+\.?\s+(?=[A-Z“\"'(])"), 3),
    (re.compile(r"^\d+\.\d+\.?\s+(?=[A-Z“\"'(])"), 2),
    (re.compile(r"^\d+\.\s+(?=[A-Z“\"'(])"), 1),
    (re.compile(r"^\((?:\d+|[a-z])\)\s"), 4),
)


def zh_level(text: str) -> int | None:
    """The level the numbering of a Chinese heading gives, or ``None`` when it has none."""
    for pattern, level in _ZH_LEVELS:
        if pattern.match(text):
            return level
    return None


def en_level(text: str) -> int | None:
    """The level the numbering of an English heading gives, or ``None`` when it has none."""
    for pattern, level in _EN_LEVELS:
        if pattern.match(text):
            return level
    return None


def heading_level(zh: str | None, en: str | None) -> int | None:
    """The level of a heading from its numbering (Chinese first), ``None`` when unnumbered."""
    level = zh_level(zh) if zh else None
    if level is None and en:
        level = en_level(en)
    return level


def tidy_levels(levels: list[int]) -> list[int]:
    """Levels made consecutive: the first is 1 and none is more than one below the one before.

    The levels a text uses are ranked first (a text numbered only （一） and 1. has levels 1
    and 2), then each is kept within one of the level before it.
    """
    rank = {level: n for n, level in enumerate(sorted(set(levels)), start=1)}
    out: list[int] = []
    for level in levels:
        out.append(min(rank[level], (out[-1] if out else 0) + 1))
    return out

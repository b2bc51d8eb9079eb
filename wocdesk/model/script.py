"""Which script a character or a line is written in: the one answer to "is this Chinese?"."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from wocdesk.model.text import Lang


def is_han(char: str) -> bool:
    """True for Chinese characters and CJK punctuation (text that wants the East Asian font)."""
    code = ord(char)
    return (
        0x2E80 <= code <= 0x9FFF
        or 0xF900 <= code <= 0xFAFF
        or 0xFE30 <= code <= 0xFE4F
        or 0xFF00 <= code <= 0xFFEF
        or 0x20000 <= code <= 0x3FFFF
    )


def is_ideograph(char: str) -> bool:
    """True for a Chinese character proper (CJK unified or compatibility ideograph)."""
    code = ord(char)
    return 0x3400 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0x20000 <= code <= 0x3FFFF


def is_wide(char: str) -> bool:
    """True for characters set on a full em (Han, kana, Hangul, full-width forms)."""
    return unicodedata.east_asian_width(char) in ("W", "F")


@cache
def _runs() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Runs of the characters ``text_language`` counts (in C: a book has millions of them).

    Compiled when first used: the ideograph ranges take a millisecond to compile.
    """
    return re.compile("[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]+"), re.compile("[A-Za-z]+")


def text_language(text: str) -> Lang:
    """``zh`` when Chinese characters make up a fair share of the letters, else ``en``.

    A line of Chinese with a few Latin names (WIPO, ChatGPT) is Chinese; an English line with
    one Chinese name in it is English.
    """
    ideograph_run, latin_run = _runs()
    han = sum(map(len, ideograph_run.findall(text)))
    if not han:
        return "en"
    latin = sum(map(len, latin_run.findall(text)))
    return "zh" if han * 4 >= latin else "en"

"""Numbered pinyin (``zhi1 shi5``, as CC-CEDICT and pypinyin's TONE3 write it) to tone marks."""

from __future__ import annotations

import re
import unicodedata

_MARKS = {
    "a": "āáǎà",
    "e": "ēéěè",
    "i": "īíǐì",
    "o": "ōóǒò",
    "u": "ūúǔù",
    "ü": "ǖǘǚǜ",
}
_SYLLABLE = re.compile(r"([A-Za-zÜü:]+)([1-5])")


def mark_syllable(letters: str, tone: int) -> str:
    """``letters`` (``lv``, ``lu:`` or ``lü`` for lü) with the mark of ``tone`` (5: neutral)."""
    letters = letters.replace("u:", "ü").replace("U:", "Ü").replace("v", "ü").replace("V", "Ü")
    if not 1 <= tone <= 4:
        return letters
    lower = letters.lower()
    if "a" in lower:
        at = lower.index("a")
    elif "e" in lower:
        at = lower.index("e")
    elif "ou" in lower:
        at = lower.index("o")
    else:
        vowels = [n for n, char in enumerate(lower) if char in "iouü"]
        if not vowels:
            return letters
        at = vowels[-1]
    marked = _MARKS[lower[at]][tone - 1]
    if letters[at].isupper():
        marked = marked.upper()
    return letters[:at] + marked + letters[at + 1 :]


def numbered_to_marked(pinyin: str) -> str:
    """``zhi1 shi5 chan3 quan2`` → ``zhī shi chǎn quán``; anything else is left as it is."""
    return _SYLLABLE.sub(lambda m: mark_syllable(m.group(1), int(m.group(2))), pinyin)


_TONE_OF_MARK = {mark: n + 1 for marks in _MARKS.values() for n, mark in enumerate(marks)}


def tone_of(marked: str) -> int:
    """The tone (1–4; 5 for the neutral tone) of a syllable written with a tone mark."""
    for char in marked.lower():
        tone = _TONE_OF_MARK.get(char)
        if tone is not None:
            return tone
    return 5


def plain_syllable(syllable: str) -> str:
    """``xíng`` → ``xing``, ``lǜ`` → ``lü`` (tone marks removed, ü kept)."""
    decomposed = unicodedata.normalize("NFD", syllable)
    kept = "".join(c for c in decomposed if unicodedata.category(c) != "Mn" or c == "\u0308")
    return unicodedata.normalize("NFC", kept)

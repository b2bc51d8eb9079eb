"""Numbered pinyin (``zhi1 shi5``, as CC-CEDICT and pypinyin's TONE3 write it) to tone marks."""

from __future__ import annotations

import re

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


def split_numbered(syllable: str) -> tuple[str, int]:
    """``xing2`` → (``xing``, 2); a syllable without a number has tone 5 (neutral)."""
    if syllable and syllable[-1] in "12345":
        return syllable[:-1], int(syllable[-1])
    return syllable, 5

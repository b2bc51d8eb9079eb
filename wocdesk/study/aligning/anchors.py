"""Anchors both languages share: numbers, percentages, years, months, ordinals, Latin names.

A sentence's anchors are a multiset of keys: ``70%``, ``n:2024``, ``month:2``, ``ord:3``,
``w:chatgpt``. English number words count as numbers (ten years ago ↔ 10年前), and so do
Chinese numerals before a measure word (五套 ↔ five, 三大 ↔ three).
"""

from __future__ import annotations

import re
from collections import Counter


def _word_list(text: str) -> tuple[str, ...]:
    """The space-separated words of ``text`` (for the word lists below)."""
    return tuple(text.split())


_NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
_EN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9&]*(?:[-'’][A-Za-z0-9&]+)*")
_ZH_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9&]*(?:-[A-Za-z0-9&]+)*")
_ZH_NUMERAL = re.compile(r"(第)?([一两二三四五六七八九十百]+)([大个位名套席座项家种类年次条点份])?")

_EN_NUMBERS = {
    word: n
    for n, word in enumerate(
        _word_list(
            "zero one two three four five six seven eight nine ten eleven twelve thirteen "
            "fourteen fifteen sixteen seventeen eighteen nineteen twenty"
        )
    )
}
_EN_NUMBERS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "hundred": 100})
_EN_ORDINALS = {
    word: n + 1
    for n, word in enumerate(
        _word_list("first second third fourth fifth sixth seventh eighth ninth tenth")
    )
}
_MONTHS = {
    word: n + 1
    for n, word in enumerate(
        _word_list(
            "january february march april may june july august september october november december"
        )
    )
}
_ZH_DIGITS = {
    "一": 1,
    "两": 2,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}


def zh_anchors(text: str) -> Counter[str]:
    """The anchors of a Chinese sentence."""
    keys: Counter[str] = Counter()
    for match in _NUMBER.finditer(text):
        after = text[match.end() : match.end() + 1]
        keys[_number_key(match.group(), after == "%" or after == "％", after == "月")] += 1
    for match in _ZH_NUMERAL.finditer(text):
        ordinal, numeral, measure = match.groups()
        value = _zh_numeral(numeral)
        if value is None or not (ordinal or measure) or (value == 1 and not ordinal):
            continue  # 一 before a measure word is mostly "a" (一座金矿), not a number
        keys[f"ord:{value}" if ordinal else f"n:{value}"] += 1
    for match in _ZH_LATIN.finditer(text):
        keys[f"w:{match.group().lower()}"] += 1
    return keys


def en_anchors(text: str) -> Counter[str]:
    """The anchors of an English sentence (every word is one: only shared ones matter)."""
    keys: Counter[str] = Counter()
    for match in _NUMBER.finditer(text):
        rest = text[match.end() : match.end() + 9].lower()
        percent = rest.startswith(("%", " percent", " per cent"))
        keys[_number_key(match.group(), percent, False)] += 1
    for match in _EN_WORD.finditer(text):
        word = re.sub(r"['’]s$", "", match.group()).lower()
        keys[f"w:{word}"] += 1
        if "-" in word:
            keys.update(f"w:{part}" for part in word.split("-"))
        if word in _EN_NUMBERS:
            keys[f"n:{_EN_NUMBERS[word]}"] += 1
        elif word in _EN_ORDINALS:
            keys[f"ord:{_EN_ORDINALS[word]}"] += 1
        elif word in _MONTHS and match.group()[0].isupper():
            keys[f"month:{_MONTHS[word]}"] += 1
    return keys


def _number_key(digits: str, percent: bool, month: bool) -> str:
    value = digits.replace(",", "")
    if percent:
        return f"{value}%"
    return f"month:{value}" if month else f"n:{value}"


def _zh_numeral(numeral: str) -> int | None:
    """三 → 3, 十 → 10, 二十 → 20, 十五 → 15; ``None`` for anything longer."""
    if numeral in _ZH_DIGITS:
        return _ZH_DIGITS[numeral]
    if numeral == "十":
        return 10
    if len(numeral) == 2 and numeral[0] == "十" and numeral[1] in _ZH_DIGITS:
        return 10 + _ZH_DIGITS[numeral[1]]
    if len(numeral) == 2 and numeral[1] == "十" and numeral[0] in _ZH_DIGITS:
        return 10 * _ZH_DIGITS[numeral[0]]
    return None

"""The tone changes of 一 and 不 as learners' textbooks print them, applied to a whole text.

pypinyin's phrase data writes some of these changes (一个 yí gè, 不是 bú shì) but not others
(一座 yī zuò, 一样 yī yàng, 第一个 dì yí gè with a changed ordinal). Here every 一 and 不 is
read by one rule, from the syllable that follows it in the text (across word boundaries, never
across punctuation):

- 不 before a fourth tone is bú, otherwise bù; between a repeated word (是不是) it is bu.
- 一 before a fourth tone is yí, before a first, second or third tone yì; it keeps yī alone,
  at the end of a word (统一, 唯一, 之一), as an ordinal (第一, 一月, 一是…二是), in numbers
  (十一, 一九九八), and it is yi between a repeated verb (看一看).

A neutral tone from pypinyin's phrase data (差不多 chàbuduō) is kept. The third-tone change
(你好 said ní hǎo) is not written: textbooks and dictionaries alike print the citation tone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from wocdesk.study.spans import Span
from wocdesk.study.tones import mark_syllable, tone_of

_DIGITS = set("〇零一二三四五六七八九十")
_ORDINAL_AFTER = set("月号")  # 一月 January, 一号 the first (of a month), number one


def apply_sandhi(
    text: str,
    words: Sequence[Span],
    readings: dict[int, str],
    citation: Callable[[str], str],
) -> None:
    """Rewrite, in ``readings`` (offset → marked syllable), the readings of 一 and 不.

    ``words`` are the Chinese words of ``text``; ``citation(char)`` is a character's reading on
    its own, used when the next syllable is in the neutral tone (一个 said yí ge).
    """
    word_end = {word.end - 1: len(word) for word in words}
    for offset, reading in list(readings.items()):
        char = text[offset]
        if char not in "一不" or tone_of(reading) == 5:
            continue
        before = text[offset - 1] if offset > 0 and offset - 1 in readings else ""
        after = text[offset + 1] if offset + 1 in readings else ""
        if before and before == after:  # 是不是, 看一看
            readings[offset] = "bu" if char == "不" else "yi"
            continue
        if char == "一" and _keeps_first_tone(text, offset, before, after, word_end):
            readings[offset] = "yī"
            continue
        if not after:
            readings[offset] = "bù" if char == "不" else "yī"
            continue
        following = _next_tone(after, readings[offset + 1], citation)
        if char == "不":
            readings[offset] = "bú" if following == 4 else "bù"
        else:
            readings[offset] = mark_syllable("yi", 2 if following == 4 else 4)


def _keeps_first_tone(
    text: str, offset: int, before: str, after: str, word_end: dict[int, int]
) -> bool:
    """True where 一 is read yī whatever follows: alone, word-final, ordinal, in a number."""
    if not after or before == "第" or before in _DIGITS or after in _DIGITS:
        return True
    if word_end.get(offset, 0) > 1:  # the last character of a longer word: 统一, 之一
        return True
    if after in _ORDINAL_AFTER:
        return True
    # An enumeration: 一是…二是…, 一要…二要…
    return "二" + after in text[offset + 2 :]


def _next_tone(char: str, reading: str, citation: Callable[[str], str]) -> int:
    """The tone that decides a change: the next syllable's, its own when that is neutral."""
    if char == "一":
        return 1
    if char == "不":
        return 4
    tone = tone_of(reading)
    return tone if tone != 5 else tone_of(citation(char))

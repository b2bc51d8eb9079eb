"""Readings that depend on the words around a character: the particles 地 and 得.

pypinyin reads a lone 地 as dì (earth) and a lone 得 as dé (to obtain). After an adverbial
(一如既往地, 认真地) 地 is the particle de; after a verb or an adjective (做得好, 跑得快) 得 is
the particle de. Inside a word (土地, 获得) pypinyin's phrase data already decides.
"""

from __future__ import annotations

from collections.abc import Sequence

from wocdesk.study.spans import Span

# Words after which a lone 地 is the noun (这块地, 一片地, 各地) and 得 is not the particle.
_DEMONSTRATIVES = set("这那哪每各")
_MEASURES = set("块片个亩方处")
_PRONOUNS = set("我你您他她它咱谁")


def contextual_reading(
    text: str, words: Sequence[Span], index: int, offset: int, reading: str
) -> str:
    """The reading of the character at ``offset`` in the ``index``-th word, in context.

    ``reading`` is pypinyin's reading (``dì``); the result is that, or the particle's ``de``.
    """
    word = words[index]
    if len(word) != 1:
        return reading
    char = text[offset]
    if char not in "地得":
        return reading
    before = words[index - 1].of(text) if index > 0 and words[index - 1].end == word.start else ""
    after = (
        words[index + 1].of(text)
        if index + 1 < len(words) and words[index + 1].start == word.end
        else ""
    )
    if char == "地" and _adverbial(before) and after:
        return "de"
    if char == "得" and before and before[0] not in _PRONOUNS and not _counted(before):
        return "de"
    return reading


def _adverbial(word: str) -> bool:
    """True for a word that can stand before 地 as an adverbial (一如既往, 认真, 高高兴兴)."""
    return len(word) >= 2 and not _counted(word)


def _counted(word: str) -> bool:
    """True for 这块, 一片, 各 and the like: a demonstrative or a number with a measure word."""
    return word[0] in _DEMONSTRATIVES or word[-1] in _MEASURES

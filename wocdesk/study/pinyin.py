"""Pinyin by word, with tone marks and tone numbers, for a passage of Chinese (pypinyin).

Words come from :mod:`wocdesk.study.segment`; pypinyin reads each word with its phrase data
(举行 jǔ xíng, 行业 háng yè, 增长 zēng zhǎng), and :mod:`wocdesk.study.particles` reads the
particles its data cannot know from context (一如既往地 → de). Results are cached per text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from wocdesk.model.script import is_ideograph
from wocdesk.study.particles import contextual_reading
from wocdesk.study.sandhi import apply_sandhi
from wocdesk.study.segment import chinese_words, words
from wocdesk.study.spans import Span
from wocdesk.study.tones import plain_syllable, tone_of

if TYPE_CHECKING:
    from wocdesk.model.article import Article

_UNKNOWN = "?"


@dataclass(frozen=True, slots=True)
class Syllable:
    """The reading of one Chinese character: ``xíng``, its tone (1–4, 5 neutral), its place."""

    span: Span
    marked: str
    tone: int

    @property
    def numbered(self) -> str:
        """The reading with a tone number (``xing2``; neutral tone: ``de5``)."""
        return f"{plain_syllable(self.marked)}{self.tone}" if self.marked else ""


@dataclass(frozen=True, slots=True)
class WordPinyin:
    """A Chinese word of a text and the readings of its characters, in order."""

    span: Span
    syllables: tuple[Syllable, ...]

    @property
    def marked(self) -> str:
        """The word's pinyin written as one word (``jǔxíng``, ``Xī'ān``-style apostrophes)."""
        return join_syllables([s.marked for s in self.syllables])


@lru_cache(maxsize=4096)
def text_pinyin(text: str) -> tuple[WordPinyin, ...]:
    """The pinyin of every Chinese word of ``text``, word by word, with character spans.

    一 and 不 carry the tone they are said with (一个 yí gè, 一起 yì qǐ, 第一 dì yī, 不是 bú shì),
    as learners' textbooks print them (:mod:`wocdesk.study.sandhi`).
    """
    spans = chinese_words(text)
    readings: dict[int, str] = {}
    for index, span in enumerate(spans):
        for run in _ideograph_runs(text, span):
            for offset, reading in zip(
                range(run.start, run.end), _readings(run.of(text)), strict=True
            ):
                reading = contextual_reading(text, spans, index, offset, reading)
                if reading != _UNKNOWN:
                    readings[offset] = reading
    apply_sandhi(text, spans, readings, _citation)
    result = []
    for span in spans:
        syllables = []
        for run in _ideograph_runs(text, span):
            for offset in range(run.start, run.end):
                reading = readings.get(offset, "")
                tone = tone_of(reading) if reading else 5
                syllables.append(Syllable(Span(offset, offset + 1), reading, tone))
        result.append(WordPinyin(span, tuple(syllables)))
    return tuple(result)


def _citation(char: str) -> str:
    """A character's reading on its own (个 gè), for a neutral tone that hides its tone."""
    return _readings(char)[0]


def _ideograph_runs(text: str, span: Span) -> list[Span]:
    """The runs of Chinese characters inside a word (a word may mix in a digit or a letter)."""
    runs: list[Span] = []
    begin: int | None = None
    for offset in range(span.start, span.end):
        if is_ideograph(text[offset]):
            if begin is None:
                begin = offset
        elif begin is not None:
            runs.append(Span(begin, offset))
            begin = None
    if begin is not None:
        runs.append(Span(begin, span.end))
    return runs


@lru_cache(maxsize=65536)
def _readings(word: str) -> tuple[str, ...]:
    """The readings with tone marks of a word's characters, one each (kept: words recur).

    pypinyin reads a word it has no phrase for character by character (行业协会 → xíng yè…),
    so such a word is first cut into the phrases pypinyin knows (行业 协会 → háng yè xié huì).
    """
    from pypinyin import Style, lazy_pinyin
    from pypinyin.constants import PHRASES_DICT
    from pypinyin.seg.simpleseg import seg

    pieces = [word] if len(word) == 1 or word in PHRASES_DICT else seg(word)
    readings: list[str] = lazy_pinyin(pieces, style=Style.TONE, errors=lambda chars: _UNKNOWN)
    if len(readings) != len(word):  # one reading per character, always
        readings = [
            lazy_pinyin(char, style=Style.TONE, errors=lambda chars: _UNKNOWN)[0] for char in word
        ]
    return tuple(readings)


def join_syllables(syllables: Sequence[str]) -> str:
    """Syllables written as one word, with an apostrophe before a/o/e inside it (xī'ān)."""
    out = ""
    for syllable in syllables:
        if out and syllable and plain_syllable(syllable[0]).lower() in "aoe":
            out += "'"
        out += syllable
    return out


_PUNCTUATION = str.maketrans(
    {
        "，": ",",
        "。": ".",
        "、": ",",
        "；": ";",
        "：": ":",
        "？": "?",
        "！": "!",
        "（": "(",
        "）": ")",
        "《": "«",
        "》": "»",
    }
)
_NO_SPACE_BEFORE = set(",.;:?!)”»%")
_NO_SPACE_AFTER = set("(“«")


def pinyin_line(text: str) -> str:
    """``text`` as one line of pinyin, word by word; numbers, Latin words and punctuation kept.

    Chinese punctuation becomes its Latin form, so the line reads as pinyin does in print.
    """
    readings = {word.span.start: word for word in text_pinyin(text)}
    pieces: list[str] = []
    for span in words(text):
        word = readings.get(span.start)
        piece = (
            _word_piece(text, word) if word is not None else span.of(text).translate(_PUNCTUATION)
        )
        if not piece:
            continue
        if pieces and (piece[0] in _NO_SPACE_BEFORE or pieces[-1][-1] in _NO_SPACE_AFTER):
            pieces[-1] += piece
        else:
            pieces.append(piece)
    return " ".join(pieces)


def _word_piece(text: str, word: WordPinyin) -> str:
    """A word's pinyin as one word; characters without a reading (a digit, a letter) kept."""
    marked = {s.span.start: s.marked for s in word.syllables}
    parts = [marked.get(offset) or text[offset] for offset in range(word.span.start, word.span.end)]
    return join_syllables(parts)


def with_pinyin_lines(rendered: str, article: Article) -> str:
    """Plain text of ``article`` with each Chinese paragraph's line followed by its pinyin."""
    chinese = {passage.zh for passage in article.passages() if passage.zh}
    lines = []
    for line in rendered.split("\n"):
        lines.append(line)
        if line in chinese:
            lines.append(pinyin_line(line))
    return "\n".join(lines)

"""Pinyin by word, with tone marks and tone numbers, for a passage of Chinese (pypinyin).

Words come from :mod:`wocdesk.study.segment`; pypinyin reads each word with its phrase data
(举行 jǔ xíng, 行业 háng yè, 增长 zēng zhǎng), and :mod:`wocdesk.study.particles` reads the
particles its data cannot know from context (一如既往地 → de). Results are cached per text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from wocdesk.model.script import is_ideograph
from wocdesk.study.particles import contextual_reading
from wocdesk.study.segment import chinese_words, words
from wocdesk.study.spans import Span
from wocdesk.study.tones import mark_syllable, split_numbered

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
        return f"{_plain(self.marked)}{self.tone}" if self.marked else ""


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
    """The pinyin of every Chinese word of ``text``, word by word, with character spans."""
    spans = chinese_words(text)
    if not spans:
        return ()
    runs = [run for span in spans for run in _ideograph_runs(text, span)]
    numbered = _pypinyin([run.of(text) for run in runs])
    readings: dict[int, str] = {}
    position = 0
    for run in runs:
        for offset in range(run.start, run.end):
            readings[offset] = numbered[position]
            position += 1
    result = []
    for index, span in enumerate(spans):
        syllables = []
        for offset in range(span.start, span.end):
            reading = readings.get(offset)
            if reading is None:
                continue
            reading = contextual_reading(text, spans, index, offset, reading)
            letters, tone = split_numbered(reading)
            if letters == _UNKNOWN:
                syllables.append(Syllable(Span(offset, offset + 1), "", 5))
            else:
                syllables.append(
                    Syllable(Span(offset, offset + 1), mark_syllable(letters, tone), tone)
                )
        result.append(WordPinyin(span, tuple(syllables)))
    return tuple(result)


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


def _pypinyin(runs: Sequence[str]) -> list[str]:
    """Numbered readings (``xing2``, ``de5``), one per character of ``runs``, read word by word.

    pypinyin reads a word it has no phrase for character by character (行业协会 → xíng yè…),
    so such a word is first cut into the phrases pypinyin knows (行业 协会 → háng yè xié huì).
    """
    from pypinyin import Style, lazy_pinyin
    from pypinyin.constants import PHRASES_DICT
    from pypinyin.seg.simpleseg import seg

    pieces: list[str] = []
    for run in runs:
        if len(run) > 1 and run not in PHRASES_DICT:
            pieces.extend(seg(run))
        else:
            pieces.append(run)
    options: dict[str, Any] = {"style": Style.TONE3, "neutral_tone_with_five": True}
    readings: list[str] = lazy_pinyin(pieces, errors=lambda chars: _UNKNOWN, **options)
    if len(readings) != sum(len(run) for run in runs):  # one reading per character, always
        readings = [
            lazy_pinyin(char, errors=lambda chars: _UNKNOWN, **options)[0]
            for run in runs
            for char in run
        ]
    return readings


def join_syllables(syllables: Sequence[str]) -> str:
    """Syllables written as one word, with an apostrophe before a/o/e inside it (xī'ān)."""
    out = ""
    for syllable in syllables:
        if out and syllable and _plain(syllable[0]).lower() in "aoe":
            out += "'"
        out += syllable
    return out


def _plain(syllable: str) -> str:
    """``xíng`` → ``xing``, ``lǜ`` → ``lü`` (tone marks removed, ü kept)."""
    import unicodedata

    decomposed = unicodedata.normalize("NFD", syllable)
    kept = "".join(c for c in decomposed if unicodedata.category(c) != "Mn" or c == "\u0308")
    return unicodedata.normalize("NFC", kept)


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

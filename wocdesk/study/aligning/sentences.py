"""Sentences of a passage as spans, in Chinese or English.

English: a sentence ends at ``.``, ``?`` or ``!`` (with any closing quotes or brackets after
it) before a space and a capital, a digit or an opening quote; titles that never end one
(Ms., Mr., Dr.) and initials do not end it, "etc." does only before a capital, and a decimal
("2.5") or an abbreviation inside a word ("S&T", "U.S.") has no space after its full stop.
Chinese: a sentence ends at 。？！ (or ? ! as the publisher writes them, or an ellipsis), and
closing quotes after the mark stay with it (。” ends the sentence after the quote).
A line break always ends a sentence; spans leave out the spaces around sentences.
"""

from __future__ import annotations

import re
from functools import lru_cache

from wocdesk.study.spans import Span


def _word_list(text: str) -> tuple[str, ...]:
    """The space-separated words of ``text`` (for the word lists below)."""
    return tuple(text.split())


# Words whose full stop is part of them and never ends a sentence (titles before a name).
NEVER_FINAL = frozenset(
    _word_list(
        "mr mrs ms dr prof st jr sr mt messrs mme mlle e.g i.e cf vs approx dept gov "
        "sen rep gen col lt capt sgt"
    )
)
# Abbreviations that end no sentence when a number follows them (No. 5, Fig. 2).
BEFORE_NUMBERS = frozenset(
    ["no", "nos", "vol", "vols", "fig", "figs", "pp", "p", "art", "arts", "ch", "sec", "para"]
)
_CLOSERS = "\"'”’)]}»」』）》"
_OPENERS = "\"'“‘([{«「『（《"

_EN_END = re.compile(rf"[.?!…]+[{re.escape(_CLOSERS)}]*(?=\s+[A-Z0-9{re.escape(_OPENERS)}])")
_ZH_END = re.compile(rf"(?:[。？！?!]+|……|…)[{re.escape(_CLOSERS)}]*")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")


@lru_cache(maxsize=4096)
def split_sentences(text: str, lang: str) -> tuple[Span, ...]:
    """The sentences of ``text`` (``lang``: ``zh`` or ``en``) as spans, in order."""
    ends = _zh_ends(text) if lang == "zh" else _en_ends(text)
    ends.update(match.start() for match in re.finditer(r"\n", text))
    ends.add(len(text))
    spans: list[Span] = []
    start = 0
    for end in sorted(ends):
        span = _trimmed(text, start, end)
        if span is not None:
            spans.append(span)
        start = end
    return tuple(spans)


def _en_ends(text: str) -> set[int]:
    ends = set()
    for match in _EN_END.finditer(text):
        if match.group().startswith(".") and not _full_stop_ends(text, match.start()):
            continue
        ends.add(match.end())
    return ends


def _full_stop_ends(text: str, at: int) -> bool:
    """True when the full stop at ``at`` ends a sentence rather than an abbreviation."""
    before = _WORD_BEFORE.search(text[max(0, at - 24) : at + 1])
    if before is None:
        return True
    word = before.group(1).lower()
    if word in NEVER_FINAL:
        return False
    if word in BEFORE_NUMBERS:
        return not re.match(r"\s+\d", text[at + 1 :])
    # A single initial (J. Smith) or a dotted abbreviation (U.S., e.g.) followed by a capital
    # mostly does not end a sentence either.
    return not (len(word) == 1 or "." in word)


def _zh_ends(text: str) -> set[int]:
    ends = set()
    for match in _ZH_END.finditer(text):
        end = match.end()
        mark = match.group()[0]
        if mark in "?!" and end < len(text) and text[end].isascii() and text[end].isalnum():
            continue  # an English "?" inside Chinese, followed by more Latin text
        ends.add(end)
    return ends


def _trimmed(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end) if end > start else None

"""Split a passage into sentences, as (start, end) offsets into its text, in Chinese or English.

Small and rule-based: a sentence ends at 。！？!?… (and ``.`` in English) plus the closing quotes
or brackets after it. It does not end at an abbreviation (``Ms.``, ``Dr.``, ``e.g.``, ``U.S.``),
an initial (``J. K.``), a decimal (``3.5``), before punctuation that continues it (``etc.;``,
``etc.,``) or before a lower-case word, nor inside Chinese quotation marks (“…” 「…」 『…』) that
close later: the closing mark stays with the sentence it ends.
"""

from __future__ import annotations

from functools import lru_cache

from wocdesk.model.script import is_ideograph

# Words that take a full stop but rarely end a sentence (compared lower-case, without the dot).
# fmt: off
ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "mx", "dr", "prof", "sr", "jr", "st", "mt", "vol", "vols", "fig", "figs",
    "pp", "ed", "eds", "rev", "gen", "col", "capt", "lt", "sgt", "gov", "sen", "rep", "pres",
    "hon", "messrs", "mme", "mlle", "dept", "univ", "inc", "ltd", "corp", "approx", "ca", "cf",
    "vs", "viz", "al",
})
# fmt: on
NUMBER_ABBREVIATIONS = frozenset({"no", "nos", "p", "art"})  # No. 5, p. 12, Art. 3
CHINESE_ENDS = frozenset("。！？!?…")
OPENING_QUOTES = frozenset("“「『")
CLOSING_QUOTES = frozenset("”」』")
CLOSERS = CLOSING_QUOTES | frozenset("’）)]】》〉\"'")
CONTINUERS = frozenset(",;:，、；：)")


def sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The sentences of ``text`` as (start, end) offsets, without the spaces between them."""
    return _spans(text)


@lru_cache(maxsize=4096)
def _spans(text: str) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    last_closing = max((i for i, c in enumerate(text) if c in CLOSING_QUOTES), default=-1)
    start = index = depth = 0
    length = len(text)
    while index < length:
        char = text[index]
        if char in OPENING_QUOTES:
            depth += 1
        elif char in CLOSING_QUOTES:
            depth = max(depth - 1, 0)
        if not (char in CHINESE_ENDS or (char == "." and _full_stop(text, index))):
            index += 1
            continue
        end = _after_closers(text, index + 1)
        while end < length and text[end] in CHINESE_ENDS:  # ？！ or ……
            end = _after_closers(text, end + 1)
        inside = depth
        for closer in text[index + 1 : end]:
            if closer in CLOSING_QUOTES:
                inside = max(inside - 1, 0)
        if (inside and last_closing >= end) or not _starts_next(text, index, end):
            index += 1
            continue
        _add(spans, text, start, end)
        start = index = end
        depth = inside
    _add(spans, text, start, length)
    return tuple(spans)


def sentences(text: str) -> list[str]:
    """The sentences of ``text`` (see :func:`sentence_spans`)."""
    return [text[a:b] for a, b in sentence_spans(text)]


def _after_closers(text: str, index: int) -> int:
    while index < len(text) and text[index] in CLOSERS:
        index += 1
    return index


def _starts_next(text: str, mark: int, end: int) -> bool:
    """Whether a new sentence may start at ``end``, after the ending mark at ``mark``.

    It may at the end of the text, after a space unless a lower-case word follows, and without
    a space before Chinese.
    """
    if end >= len(text):
        return True
    following = text[end]
    if following in CONTINUERS:
        return False
    if following.isspace():
        rest = text[end:].lstrip()
        return not rest or not (rest[0].islower() or rest[0] in CONTINUERS)
    if text[mark] == "." and not (mark > 0 and is_ideograph(text[mark - 1])):
        return False  # "example.com", "v1.x": no break without a space after a Latin stop
    return is_ideograph(following) or following in OPENING_QUOTES or following in "（("


def _full_stop(text: str, index: int) -> bool:
    """False for a dot inside a number, after an abbreviation or an initial."""
    after = text[index + 1] if index + 1 < len(text) else ""
    if after.isdigit() or after == ".":  # 3.5, 1.2.3; an ellipsis "..." ends at its last dot
        return False
    word_start = index
    while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:index]
    if not word or is_ideograph(word[-1]):
        return True
    lower = word.lower()
    if lower in ABBREVIATIONS or "." in word:  # Ms., e.g., U.S.
        return False
    if lower in NUMBER_ABBREVIATIONS:
        return not text[index + 1 :].lstrip()[:1].isdigit()
    return not (len(word) == 1 and word.isupper())  # an initial: J. K. Rowling


def _add(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))

"""Find over the article's text (not its layout), in slices, from the reader's place onwards."""

from __future__ import annotations

import bisect
import time
from typing import NamedTuple

from wocdesk.model.article import Article
from wocdesk.model.text import DisplayMode
from wocdesk.ui.reading.rows import (
    Row,
    RowIndex,
    RowKind,
    Source,
    displayed_texts,
    hidden_texts,
    source_text,
)


class Match(NamedTuple):
    """A match: its row and column in the view, and its range in the source's text."""

    row: int
    column: int
    start: int
    length: int
    source: Source


class FoldedText(NamedTuple):
    """A text case-folded for matching, and where each folded character came from."""

    text: str
    origin: list[int] | None  # None when folding kept every offset


def fold(text: str) -> FoldedText:
    """``text`` case-folded; offsets are mapped back when folding changed lengths (ß → ss)."""
    folded = text.casefold()
    if len(folded) == len(text):
        return FoldedText(folded, None)
    origin: list[int] = []
    for index, char in enumerate(text):
        origin.extend([index] * len(char.casefold()))
    return FoldedText(folded, origin)


class FoldCache:
    """Folded texts of one article, made when first searched and kept."""

    def __init__(self) -> None:
        self._texts: dict[Source, FoldedText] = {}

    def get(self, source: Source, text: str) -> FoldedText:
        """The folded ``text`` of ``source``."""
        folded = self._texts.get(source)
        if folded is None:
            folded = self._texts[source] = fold(text)
        return folded


class Search:
    """All matches of a needle in what a mode shows, found in slices; the hidden ones counted.

    Rows are searched from ``start_row`` to the end, then from the top: the matches nearest
    to the reader come first. ``match(i)`` and ``index_of`` speak of the matches in reading
    order, whatever has been found so far.
    """

    def __init__(
        self,
        article: Article,
        index: RowIndex,
        mode: DisplayMode,
        needle: str,
        start_row: int = 0,
        cache: FoldCache | None = None,
    ) -> None:
        self.article = article
        self.index = index
        self.mode = mode
        self.needle = needle
        self._folded = needle.casefold()
        self._cache = cache or FoldCache()
        self.start_row = min(max(start_row, 0), max(len(index) - 1, 0))
        self._front: list[Match] = []  # rows from start_row on
        self._wrap: list[Match] = []  # rows before start_row
        self.hidden_count = 0
        self._next_row = self.start_row
        self._searched = 0
        self.done = not self._folded or len(index) == 0

    def __len__(self) -> int:
        return len(self._wrap) + len(self._front)

    @property
    def progress(self) -> float:
        """The share of rows searched."""
        return 1.0 if self.done else self._searched / max(1, len(self.index))

    def found_counts(self) -> tuple[int, int]:
        """How many matches were found before the start row and from it on."""
        return len(self._wrap), len(self._front)

    def text_of(self, source: Source) -> str:
        """The text a match is in."""
        return source_text(self.article, source)

    def section_title(self, row: int) -> str:
        """The title of the section ``row`` is in, in the leading language."""
        found = self.index.rows[row]
        if found.kind == RowKind.HEADER:
            return self.article.title.best(self.mode.leading)
        if found.kind == RowKind.PASSAGE:
            return self.article.section_of(found.ident).title.best(self.mode.leading)
        return self.article.section(found.ident).title.best(self.mode.leading)

    def match(self, number: int) -> Match:
        """Match ``number`` in reading order (among those found)."""
        wrap = len(self._wrap)
        return self._wrap[number] if number < wrap else self._front[number - wrap]

    def index_of(self, match: Match) -> int:
        """The reading-order number of ``match`` (where it would be, if it is not one)."""
        if match.row >= self.start_row:
            return len(self._wrap) + bisect.bisect_left(self._front, match)
        return bisect.bisect_left(self._wrap, match)

    def first_from(self, row: int) -> int:
        """The number of the first match at or after ``row`` (wrapping), or -1 when none."""
        if not len(self):
            return -1
        probe = Match(row, -1, -1, 0, Source("", "", "zh"))
        number = self.index_of(probe)
        return number if number < len(self) else 0

    def step(self, seconds: float) -> list[tuple[int, int]]:
        """Search for about ``seconds``; returns (position, count) runs of matches inserted."""
        inserted: list[tuple[int, int]] = []
        if self.done:
            return inserted
        deadline = time.perf_counter() + seconds
        rows = self.index.rows
        total = len(rows)
        while not self.done:
            row_number = self._next_row
            found = self._search_row(row_number, rows[row_number])
            if found:
                if row_number >= self.start_row:
                    position = len(self)
                    self._front.extend(found)
                else:
                    position = len(self._wrap)
                    self._wrap.extend(found)
                inserted.append((position, len(found)))
            self._searched += 1
            self._next_row = (row_number + 1) % total
            if self._searched >= total:
                self.done = True
            elif time.perf_counter() >= deadline:
                break
        return inserted

    def _search_row(self, number: int, row: Row) -> list[Match]:
        needle, size = self._folded, len(self._folded)
        found: list[Match] = []
        for column, source, text in displayed_texts(self.article, row, self.mode):
            folded = self._cache.get(source, text)
            at = folded.text.find(needle)
            while at >= 0:
                start, length = _original_range(folded, at, size)
                found.append(Match(number, column, start, length, source))
                at = folded.text.find(needle, at + size)
        for source, text in hidden_texts(self.article, row, self.mode):
            self.hidden_count += self._cache.get(source, text).text.count(needle)
        return found


def _original_range(folded: FoldedText, at: int, size: int) -> tuple[int, int]:
    if folded.origin is None:
        return at, size
    start = folded.origin[at]
    end = folded.origin[at + size - 1] + 1
    return start, end - start

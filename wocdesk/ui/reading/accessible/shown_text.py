"""The whole text the reading view shows, as one string, with where each row and block starts."""

from __future__ import annotations

import bisect
from typing import NamedTuple

from wocdesk.ui.reading.document import ReadingDocument
from wocdesk.ui.reading.rows import LINE_SEPARATOR
from wocdesk.ui.reading.text_offsets import Utf16Offsets


class BlockPlace(NamedTuple):
    """A place in the view's rows: a row, a block of it, an offset into the block's text."""

    row: int
    block: int
    offset: int


class ShownText:
    """What the view shows in its mode, a line per paragraph, in reading order.

    The same text as ``ReadingView.shown_text()`` (blocks joined by line breaks, the leading
    language's block of a row first), built from the rows' content, laid out or not. Offsets
    are Python's (code points); ``qt`` converts to Qt's UTF-16 offsets and back.
    """

    def __init__(self, document: ReadingDocument) -> None:
        pieces: list[str] = []
        starts: list[int] = []  # where each block starts in the text
        rows: list[int] = []  # the row of each block
        numbers: list[int] = []  # the block's index in its row
        row_first: list[int] = []  # each row's first block (the next row's when it has none)
        at = 0
        for row in range(len(document)):
            row_first.append(len(starts))
            number = 0
            for cell in document.cells(row):
                for block in cell:
                    starts.append(at)
                    rows.append(row)
                    numbers.append(number)
                    pieces.append(block.text)
                    at += len(block.text) + 1
                    number += 1
        self.text = "\n".join(pieces).replace(LINE_SEPARATOR, "\n")
        self.qt = Utf16Offsets(self.text)
        self._starts = starts
        self._rows = rows
        self._numbers = numbers
        self._row_first = row_first

    def __len__(self) -> int:
        return len(self.text)

    def row_start(self, row: int) -> int:
        """Where ``row``'s text starts (the end of the text past the last row)."""
        if row < 0 or row >= len(self._row_first):
            return len(self.text)
        first = self._row_first[row]
        return self._starts[first] if first < len(self._starts) else len(self.text)

    def place(self, offset: int) -> BlockPlace | None:
        """The row, block and offset in the block of text offset ``offset`` (None: no text)."""
        if not self._starts:
            return None
        offset = min(max(offset, 0), len(self.text))
        index = max(bisect.bisect_right(self._starts, offset) - 1, 0)
        return BlockPlace(self._rows[index], self._numbers[index], offset - self._starts[index])

    def offset_of(self, row: int, block: int, offset: int) -> int:
        """The text offset of ``offset`` into block ``block`` of ``row``."""
        index = self._row_first[row] + block
        if index >= len(self._starts) or self._rows[index] != row:
            return self.row_start(row)
        return self._starts[index] + offset

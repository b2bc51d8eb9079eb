"""Places in the view's text: points, the selection and what it copies, what is under a point."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple

from wocdesk.model.text import Lang
from wocdesk.ui.reading.rows import LINE_SEPARATOR, Cell, Source


class TextPoint(NamedTuple):
    """A place in the view's text: a row, a block of it (leading column first), an offset."""

    row: int
    block: int
    offset: int


class Selection:
    """An anchor and a moving end; ordered as the text is read (row, block, offset)."""

    def __init__(self) -> None:
        self.anchor: TextPoint | None = None
        self.cursor: TextPoint | None = None

    def clear(self) -> None:
        """Select nothing."""
        self.anchor = self.cursor = None

    def start_at(self, point: TextPoint) -> None:
        """Start a selection at ``point`` (empty until it is extended)."""
        self.anchor = self.cursor = point

    def extend_to(self, point: TextPoint) -> None:
        """Move the selection's free end to ``point``."""
        if self.anchor is None:
            self.anchor = point
        self.cursor = point

    def select(self, start: TextPoint, end: TextPoint) -> None:
        """Select from ``start`` to ``end``."""
        self.anchor, self.cursor = start, end

    @property
    def is_empty(self) -> bool:
        """True when nothing is selected."""
        return self.anchor is None or self.anchor == self.cursor

    def bounds(self) -> tuple[TextPoint, TextPoint] | None:
        """The first and the last point, in reading order."""
        if self.anchor is None or self.cursor is None or self.anchor == self.cursor:
            return None
        first, last = sorted((self.anchor, self.cursor))
        return first, last

    def rows(self) -> tuple[int, int] | None:
        """The first and last rows touched."""
        bounds = self.bounds()
        return (bounds[0].row, bounds[1].row) if bounds else None

    def range_in(self, row: int, block: int, length: int) -> tuple[int, int] | None:
        """The selected part (start, end) of block ``block`` of ``row`` (``length`` long)."""
        bounds = self.bounds()
        if bounds is None:
            return None
        first, last = bounds
        here = (row, block)
        if here < (first.row, first.block) or here > (last.row, last.block):
            return None
        start = first.offset if here == (first.row, first.block) else 0
        end = last.offset if here == (last.row, last.block) else length
        return (start, end) if end > start else None

    def text(self, cells_of: Callable[[int], Sequence[Cell]]) -> str:
        """The selected text, a line per block, from the rows' content (laid out or not)."""
        bounds = self.bounds()
        if bounds is None:
            return ""
        first, last = bounds
        pieces: list[str] = []
        for row in range(first.row, last.row + 1):
            blocks = [block for cell in cells_of(row) for block in cell]
            for number, block in enumerate(blocks):
                part = self.range_in(row, number, len(block.text))
                if part is not None:
                    pieces.append(block.text[part[0] : part[1]].replace(LINE_SEPARATOR, "\n"))
        return "\n".join(pieces)


class TextHit(NamedTuple):
    """A character of the view: where it is, and where it is in the article's text.

    ``source_offset`` is the offset into the source's text (a passage's text in ``lang``), or
    -1 when the point is on a note of ours before it. ``on_text`` is False when the point is
    beside the text (in a margin, between lines' ends): the offset is then the nearest one.
    ``source_offset`` is the boundary between characters nearest to the point (where a
    selection starts); ``char_offset`` is the character the point is over (for looking a word
    up), -1 like ``source_offset``.
    """

    point: TextPoint
    source: Source | None
    source_offset: int
    on_text: bool
    on_mark: bool
    char_offset: int = -1

    @property
    def passage_id(self) -> str:
        """The passage the character belongs to ("" for a heading, the title or a note)."""
        source = self.source
        return source.ident if source is not None and source.kind == "passage" else ""

    @property
    def lang(self) -> Lang | None:
        """The language of the text under the point."""
        return self.source.lang if self.source is not None else None

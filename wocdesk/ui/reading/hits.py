"""What is under a point of the reading view: a row, a block, an offset, and its source text."""

from __future__ import annotations

from typing import NamedTuple

from wocdesk.model.text import Lang
from wocdesk.ui.reading.rows import Source
from wocdesk.ui.reading.selection import TextPoint


class TextHit(NamedTuple):
    """A character of the view: where it is, and where it is in the article's text.

    ``source_offset`` is the offset into the source's text (a passage's text in ``lang``), or
    -1 when the point is on a note of ours before it. ``on_text`` is False when the point is
    beside the text (in a margin, between lines' ends): the offset is then the nearest one.
    """

    point: TextPoint
    source: Source | None
    source_offset: int
    on_text: bool
    on_mark: bool

    @property
    def passage_id(self) -> str:
        """The passage the character belongs to ("" for a heading, the title or a note)."""
        source = self.source
        return source.ident if source is not None and source.kind == "passage" else ""

    @property
    def lang(self) -> Lang | None:
        """The language of the text under the point."""
        return self.source.lang if self.source is not None else None

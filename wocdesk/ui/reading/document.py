"""The text as the view sees it: rows, their layouts made on demand, heights and positions."""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Sequence

from wocdesk.model.article import Article
from wocdesk.model.text import DisplayMode
from wocdesk.ui.reading.heights import HeightTable, estimate_heights, text_lengths
from wocdesk.ui.reading.row_layout import Columns, RowLayout, SpaceAbove, lay_out_row
from wocdesk.ui.reading.rows import Cell, RowIndex, Source, row_cells
from wocdesk.ui.reading.style import ReadingStyle

MIN_SIDE = 18.0  # the least room left and right of the text
MIN_COLUMN = 60.0  # the narrowest column the text is laid out in
LAYOUT_CACHE = 320  # rows whose layouts are kept (a few screens' worth)
TABLE_CACHE = 6  # height tables kept (modes, widths and sizes met lately)


class ReadingDocument:
    """Rows of one article in one mode, laid out when needed, with exact or estimated heights."""

    def __init__(
        self,
        article: Article,
        mode: DisplayMode,
        style: ReadingStyle,
        width: float = 800.0,
        decorators: Sequence[SpaceAbove] = (),
    ) -> None:
        self.article = article
        self.mode = mode
        self.style = style
        self.width = width
        self.decorators: list[SpaceAbove] = list(decorators)
        self.decoration_key: object = 0  # what the decorators' room depends on
        self.revealed: set[str] = set()
        self.index = RowIndex(article)
        self._lengths = text_lengths(article)
        self._tables: OrderedDict[tuple[object, ...], HeightTable] = OrderedDict()
        self._layouts: OrderedDict[int, RowLayout] = OrderedDict()
        self.columns = self._columns()
        self._heights: HeightTable | None = None  # made when first needed

    @property
    def heights(self) -> HeightTable:
        """The rows' heights in the current mode, width and size (estimated until laid out)."""
        table = self._heights
        if table is None:
            table = self._heights = self._table()
            if len(table) and not table.is_exact(0):
                self.layout(0)  # the header: one row, and estimates of it are poor
        return table

    # -- what changes -----------------------------------------------------------------------
    def set_article(self, article: Article) -> None:
        """Show another article (its rows are indexed; nothing is laid out yet)."""
        self.article = article
        self.revealed.clear()
        self.index = RowIndex(article)
        self._lengths = text_lengths(article)
        self._tables.clear()
        self._relayout()

    def set_mode(self, mode: DisplayMode) -> None:
        """Show another mode (a mode seen before at this size keeps its heights)."""
        self.mode = mode
        self._relayout()

    def set_style(self, style: ReadingStyle) -> None:
        """Draw with another zoom or palette."""
        self.style = style
        self._relayout()

    def set_width(self, width: float) -> None:
        """Lay out for another viewport width."""
        self.width = width
        self._relayout()

    def invalidate(self) -> None:
        """Lay everything out again (notes in another language, a decorator changed)."""
        self._tables.clear()
        self._relayout()

    def toggle_reveal(self, passage_id: str) -> None:
        """Show or hide the other language of one passage (its row alone is laid out again)."""
        if passage_id in self.revealed:
            self.revealed.discard(passage_id)
        else:
            self.revealed.add(passage_id)
        current = self._table_key()
        for key in [k for k in self._tables if k != current]:
            del self._tables[key]  # other tables have the old height for this row
        row = self.index.passage_rows[self.article.passage_number(passage_id)]
        self._layouts.pop(row, None)
        self.heights.forget(row, self.heights.heights[row])
        self.layout(row)

    def _relayout(self) -> None:
        self._layouts.clear()
        self.columns = self._columns()
        self._heights = None

    def _table_key(self) -> tuple[object, ...]:
        return (self.mode, self.columns, self.style.key, self.decoration_key)

    def _table(self) -> HeightTable:
        key = self._table_key()
        table = self._tables.get(key)
        if table is None:
            estimates = estimate_heights(
                self.index, self._lengths, self.mode, self.style, self.columns.width, self.revealed
            )
            table = HeightTable(estimates)
            self._tables[key] = table
            while len(self._tables) > TABLE_CACHE:
                self._tables.popitem(last=False)
        self._tables.move_to_end(key)
        return table

    def minimum_width(self) -> float:
        """The least width at which the text fits in every mode: two columns side by side."""
        return 2 * self._side() + 2 * MIN_COLUMN + self.style.gutter

    def _side(self) -> float:
        return max(MIN_SIDE, self.style.em * 1.4)  # room for a ⇄ hanging after a full line

    def _columns(self) -> Columns:
        style = self.style
        side = self._side()
        if self.mode.is_bilingual:
            width = min(style.measure, max(MIN_COLUMN, (self.width - 2 * side - style.gutter) / 2))
            left = max(side, (self.width - 2 * width - style.gutter) / 2)
            return Columns((left, left + width + style.gutter), width)
        width = min(style.measure, max(MIN_COLUMN, self.width - 2 * side))
        return Columns((max(side, (self.width - width) / 2),), width)

    # -- layouts ----------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.index)

    def cells(self, row: int) -> tuple[Cell, ...]:
        """What ``row`` shows in the current mode."""
        return row_cells(self.article, self.index.rows[row], self.mode, self.revealed)

    def layout(self, row: int) -> RowLayout:
        """The layout of ``row`` (made now if not kept); its height becomes exact."""
        laid = self._layouts.get(row)
        if laid is not None:
            self._layouts.move_to_end(row)
            return laid
        laid = self._lay_out(row)
        self._layouts[row] = laid
        while len(self._layouts) > LAYOUT_CACHE:
            self._layouts.popitem(last=False)
        return laid

    def kept_layout(self, row: int) -> RowLayout | None:
        """The layout of ``row`` if it is kept, without making one."""
        return self._layouts.get(row)

    def _lay_out(self, row: int) -> RowLayout:
        rows = self.index.rows
        previous = rows[row - 1] if row else None
        laid = lay_out_row(
            rows[row], previous, self.cells(row), self.style, self.columns, self.decorators
        )
        self.heights.set_exact(row, laid.height)
        return laid

    def ensure_exact(self, first: int, last: int) -> None:
        """Lay out rows ``first`` to ``last`` (inclusive) that only have estimates."""
        for row in range(max(first, 0), min(last, len(self.index) - 1) + 1):
            if not self.heights.is_exact(row):
                self.layout(row)

    def refine(self, seconds: float, start: int = 0) -> bool:
        """Measure estimated rows (from ``start`` on) for about ``seconds``; True when none is left.

        The layouts are dropped once measured (only the heights are kept).
        """
        deadline = time.perf_counter() + seconds
        table = self.heights
        row = table.next_estimated(start)
        while row >= 0:
            self._lay_out(row)
            if time.perf_counter() >= deadline:
                break
            row = table.next_estimated(row)
        return table.next_estimated(0) < 0

    def locate(self, source: Source) -> tuple[int, int, int] | None:
        """Where ``source`` is shown: (row, block, where its text starts), or None if it is not."""
        try:
            if source.kind == "passage":
                row = self.index.passage_rows[self.article.passage_number(source.ident)]
            elif source.kind == "heading":
                row = self.index.section_rows[source.ident]
            else:
                row = 0
        except KeyError:
            return None
        laid = self._layouts.get(row)
        blocks = [b.block for b in laid.blocks] if laid else [b for c in self.cells(row) for b in c]
        for number, block in enumerate(blocks):
            if block.source == source:
                return row, number, block.source_start
        return None

    # -- positions --------------------------------------------------------------------------
    def top(self, row: int) -> float:
        """The y of ``row``'s top."""
        return self.heights.top(row)

    @property
    def total(self) -> float:
        """The height of the whole text."""
        return self.heights.total

    def row_at(self, y: float) -> int:
        """The row at y."""
        return self.heights.row_at(y)

    def passage_span(self, passage_id: str) -> tuple[int, int]:
        """The rows of a passage's span: from the headings before it to the passage itself."""
        number = self.article.passage_number(passage_id)
        return self.index.span_start(number), self.index.passage_rows[number]

    def position_at(self, y: float) -> tuple[str, float]:
        """The passage at y and how far into its span y is (negative in the article's header)."""
        if not self.index.passage_rows:
            return "", 0.0
        row = self.row_at(y)
        passage_id = self.index.passage_ids[row]
        if row == 0:
            header = max(1.0, self.heights.heights[0])
            return passage_id, min(0.0, -(header - y) / header)
        first, last = self.passage_span(passage_id)
        top = self.top(first)
        height = max(1.0, self.top(last + 1) - top)
        return passage_id, min(max((y - top) / height, 0.0), 0.999)

    def y_of(self, passage_id: str, fraction: float = 0.0) -> float:
        """The y of a place given as (passage, fraction of its span), its rows laid out first."""
        first, last = self.passage_span(passage_id)
        if fraction < 0:
            self.ensure_exact(0, 0)
            return self.heights.heights[0] * (1.0 + max(fraction, -1.0))
        self.ensure_exact(first, last)
        top = self.top(first)
        return top + min(fraction, 1.0) * (self.top(last + 1) - top)

    def section_y(self, section_id: str) -> float:
        """The y of a section's heading."""
        row = self.index.section_rows[section_id]
        self.ensure_exact(row, row)
        return self.top(row)

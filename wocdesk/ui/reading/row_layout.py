"""One row laid out with a QTextLayout per block: lines on a baseline grid, hit-testing, rects."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple, Protocol

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFontMetricsF, QTextCharFormat, QTextLayout, QTextLine, QTextOption

from wocdesk.ui.reading.rows import REVEAL_MARK, Block, Cell, Mark, Role, Row, RowKind
from wocdesk.ui.reading.style import Face, ReadingStyle
from wocdesk.ui.reading.text_offsets import Utf16Offsets

_WRAP = QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
_BETWEEN = QTextLine.CursorPosition.CursorBetweenCharacters
_ON_CHARACTER = QTextLine.CursorPosition.CursorOnCharacter


class Columns(NamedTuple):
    """Where the columns of a row are: their left edges and their common width."""

    xs: tuple[float, ...]
    width: float


class SpaceAbove(Protocol):
    """Room asked above every line of a block (e.g. for pinyin over the characters)."""

    def space_above(self, block: Block, face: Face) -> float:
        """Pixels to keep free above each line of ``block``; 0 for none."""


class BlockLayout:
    """A block laid out: its QTextLayout, where it sits in the row and where its lines are."""

    __slots__ = ("block", "column", "face", "layout", "lines", "mark", "offsets", "pitch", "x", "y")

    def __init__(
        self, block: Block, column: int, face: Face, layout: QTextLayout, x: float, y: float
    ) -> None:
        self.block = block
        self.column = column
        self.face = face
        self.layout = layout
        self.x = x
        self.y = y  # the top of the block in the row
        self.pitch = face.pitch
        self.lines = layout.lineCount()
        self.mark: QRectF | None = None  # the ⇄ box, in row coordinates
        self.offsets = Utf16Offsets(block.text)

    @property
    def height(self) -> float:
        """The block's height: one pitch per line."""
        return self.lines * self.pitch

    def rect(self, width: float) -> QRectF:
        """The block's box in row coordinates (``width``: the column's)."""
        return QRectF(self.x, self.y, width, self.height)

    def line_box(self, number: int) -> QRectF:
        """The box of line ``number`` in row coordinates (its share of the baseline grid)."""
        line = self.layout.lineAt(number)
        return QRectF(self.x + line.x(), self.y + number * self.pitch, line.width(), self.pitch)

    def offset_at(self, x: float, y: float, on_character: bool = False) -> int:
        """The text offset (a code point index into ``block.text``) nearest to row point x, y.

        ``on_character``: the offset of the character the point is over, rather than the
        boundary between characters nearest to it (which is where a selection starts).
        """
        if self.lines == 0:
            return 0
        number = min(max(int((y - self.y) // self.pitch), 0), self.lines - 1)
        line = self.layout.lineAt(number)
        unit = line.xToCursor(x - self.x, _ON_CHARACTER if on_character else _BETWEEN)
        return self.offsets.from_qt(unit)

    def char_rects(self, start: int, length: int) -> list[QRectF]:
        """Boxes (row coordinates, one per line) covering text ``start`` to ``start + length``."""
        begin, end = self.offsets.to_qt(start), self.offsets.to_qt(start + length)
        rects = []
        for number in range(self.lines):
            line = self.layout.lineAt(number)
            first, last = line.textStart(), line.textStart() + line.textLength()
            if last <= begin or first >= end:
                continue
            left = _cursor_x(line, max(begin, first))
            right = _cursor_x(line, min(end, last))
            box = self.line_box(number)
            rects.append(QRectF(self.x + left, box.top(), max(1.0, right - left), box.height()))
        return rects

    def qt_range(self, start: int, length: int) -> tuple[int, int]:
        """``start`` and ``length`` in UTF-16 units, for format ranges."""
        begin = self.offsets.to_qt(start)
        return begin, self.offsets.to_qt(start + length) - begin


def _cursor_x(line: QTextLine, unit: int) -> float:
    value: Any = line.cursorToX(unit)  # PySide6 returns (x, position)
    return float(value[0] if isinstance(value, tuple) else value)


class RowLayout:
    """A row laid out: its blocks (leading column first) and its height."""

    __slots__ = ("blocks", "columns", "height", "row")

    def __init__(self, row: Row, blocks: list[BlockLayout], height: float, columns: Columns):
        self.row = row
        self.blocks = blocks
        self.height = height
        self.columns = columns

    def block_at(self, x: float, y: float) -> int:
        """The index of the block nearest to row point x, y (its column first, then its line)."""
        if not self.blocks:
            return -1
        column = _nearest_column(self.columns, x)
        candidates = [i for i, b in enumerate(self.blocks) if b.column == column]
        if not candidates:
            candidates = list(range(len(self.blocks)))
        best = candidates[0]
        for index in candidates:
            block = self.blocks[index]
            if y >= block.y:
                best = index
        return best

    def mark_at(self, x: float, y: float) -> BlockLayout | None:
        """The block whose ⇄ is at row point x, y."""
        for block in self.blocks:
            if block.mark is not None and block.mark.adjusted(-3, -3, 3, 3).contains(x, y):
                return block
        return None


def _nearest_column(columns: Columns, x: float) -> int:
    best, distance = 0, float("inf")
    for index, left in enumerate(columns.xs):
        right = left + columns.width
        gap = 0.0 if left <= x <= right else min(abs(x - left), abs(x - right))
        if gap < distance:
            best, distance = index, gap
    return best


def lay_out_block(
    block: Block,
    column: int,
    style: ReadingStyle,
    x: float,
    y: float,
    width: float,
    extra: float = 0.0,
) -> BlockLayout:
    """Lay ``block`` out at ``width``, its top at row y; lines on a regular baseline grid."""
    face = style.face(block.lang, block.role, block.level)
    layout = QTextLayout(block.text, face.font)
    option = QTextOption()
    option.setWrapMode(_WRAP)
    layout.setTextOption(option)
    if block.spans:
        layout.setFormats(_span_formats(block, style))
    layout.setCacheEnabled(True)
    pitch = face.pitch + extra
    baseline = face.first_baseline + extra
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0.0, baseline - line.ascent()))
        baseline += pitch
    layout.endLayout()
    placed = BlockLayout(block, column, face, layout, x, y)
    placed.pitch = pitch
    if block.mark != Mark.NONE and placed.lines:
        last = layout.lineAt(placed.lines - 1)
        metrics = QFontMetricsF(face.font)
        left = x + last.x() + last.naturalTextWidth() + style.mark_gap
        top = y + (placed.lines - 1) * pitch
        placed.mark = QRectF(left, top, metrics.horizontalAdvance(REVEAL_MARK), pitch)
    return placed


def _span_formats(block: Block, style: ReadingStyle) -> list[QTextLayout.FormatRange]:
    ranges = []
    offsets = Utf16Offsets(block.text)
    for span in block.spans:
        fmt = QTextCharFormat()
        fmt.setFont(style.face(span.lang, block.role, block.level).font)
        if span.muted:
            fmt.setForeground(style.muted)
        begin = offsets.to_qt(span.start)
        item = QTextLayout.FormatRange()
        item.start = begin
        item.length = offsets.to_qt(span.start + span.length) - begin
        item.format = fmt
        ranges.append(item)
    return ranges


def _padding(row: Row, previous: Row | None, style: ReadingStyle) -> tuple[float, float]:
    if row.kind == RowKind.HEADER:
        return style.header_above, style.header_below
    if row.kind == RowKind.HEADING:
        above = style.heading_above if row.level <= 1 else style.heading_above * 0.6
        if previous is None or previous.kind != RowKind.PASSAGE:
            above = 0.0 if previous is None or previous.kind == RowKind.HEADER else above * 0.5
        return above, style.heading_below
    return 0.0, style.paragraph_gap


def _first_baseline(block: BlockLayout) -> float:
    return block.face.first_baseline + block.pitch - block.face.pitch


def lay_out_row(
    row: Row,
    previous: Row | None,
    cells: Sequence[Cell],
    style: ReadingStyle,
    columns: Columns,
    decorators: Sequence[SpaceAbove] = (),
) -> RowLayout:
    """Lay a row out: cells side by side, their first baselines on one line."""
    above, below = _padding(row, previous, style)
    placed: list[list[BlockLayout]] = []
    for column, cell in enumerate(cells):
        x = columns.xs[min(column, len(columns.xs) - 1)]
        y = 0.0
        blocks = []
        for index, block in enumerate(cell):
            indent = style.reveal_indent if block.role == Role.REVEAL else 0.0
            if index:
                y += style.block_gap
            face = style.face(block.lang, block.role, block.level)
            extra = max((d.space_above(block, face) for d in decorators), default=0.0)
            laid = lay_out_block(block, column, style, x + indent, y, columns.width - indent, extra)
            blocks.append(laid)
            y += laid.height
        placed.append(blocks)
    # The first baselines of the cells line up (Chinese and English faces differ in ascent).
    top_line = max((_first_baseline(b[0]) for b in placed if b), default=0.0)
    content = 0.0
    flat: list[BlockLayout] = []
    for blocks in placed:
        if not blocks:
            continue
        shift = above + top_line - _first_baseline(blocks[0])
        for laid in blocks:
            laid.y += shift
            if laid.mark is not None:
                laid.mark.translate(0.0, shift)
            flat.append(laid)
        content = max(content, blocks[-1].y + blocks[-1].height - above)
    return RowLayout(row, flat, above + content + below, columns)

"""Extra formats over ranges of the article's text (find matches, hover, study aids), by layer."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, NamedTuple

from PySide6.QtGui import QTextCharFormat, QTextLayout

from wocdesk.ui.reading.row_layout import BlockLayout
from wocdesk.ui.reading.rows import Source


class TextRange(NamedTuple):
    """A range of one text of the article: ``start`` and ``length`` in characters of the source."""

    source: Source
    start: int
    length: int


class FormatSpan(NamedTuple):
    """A range and the format it is drawn with (background, colour, underline…)."""

    range: TextRange
    format: QTextCharFormat


class FormatLayers:
    """Named layers of formatted ranges, indexed by source; later layers are drawn on top."""

    def __init__(self) -> None:
        # Per layer: ranges by source, each (start, length) or (start, length, format), and the
        # format of ranges that carry none.
        self._layers: dict[str, tuple[Mapping[Source, Sequence[tuple[Any, ...]]], Any]] = {}

    def set_layer(self, name: str, spans: Iterable[FormatSpan]) -> None:
        """Replace layer ``name`` with ``spans`` (an empty iterable clears it)."""
        table: dict[Source, list[tuple[int, int, QTextCharFormat]]] = {}
        for span in spans:
            source, start, length = span.range
            table.setdefault(source, []).append((start, length, span.format))
        if table:
            self._layers[name] = (table, None)
        else:
            self._layers.pop(name, None)

    def set_ranges(
        self, name: str, ranges: Mapping[Source, Sequence[tuple[int, int]]], fmt: QTextCharFormat
    ) -> None:
        """Make layer ``name`` draw ``ranges`` (kept, not copied: it may grow) in ``fmt``."""
        self._layers[name] = (ranges, fmt)

    def clear(self, name: str) -> None:
        """Remove layer ``name``."""
        self._layers.pop(name, None)

    def names(self) -> list[str]:
        """The layers in drawing order."""
        return list(self._layers)

    def spans_for(self, name: str, source: Source) -> list[tuple[int, int, QTextCharFormat]]:
        """The ranges of layer ``name`` over ``source``, each with its format."""
        table, default = self._layers.get(name, ({}, None))
        items = table.get(source, ())
        return [(item[0], item[1], item[2] if len(item) > 2 else default) for item in items]

    def ranges_for(self, block: BlockLayout) -> list[QTextLayout.FormatRange]:
        """Format ranges of every layer over ``block``'s text, in UTF-16 units, in layer order."""
        source = block.block.source
        if source is None or not self._layers:
            return []
        offset = block.block.source_start
        text_length = len(block.block.text) - offset
        out = []
        for table, default in self._layers.values():
            for item in table.get(source, ()):
                start, length = item[0], item[1]
                begin, end = max(0, start), min(text_length, start + length)
                if end > begin:
                    fmt = item[2] if len(item) > 2 else default
                    out.append(format_range(block, offset + begin, end - begin, fmt))
        return out


def format_range(
    block: BlockLayout, start: int, length: int, fmt: QTextCharFormat
) -> QTextLayout.FormatRange:
    """A QTextLayout format range over block text ``start`` (code points) for ``length``."""
    item = QTextLayout.FormatRange()
    item.start, item.length = block.qt_range(start, length)
    item.format = fmt
    return item

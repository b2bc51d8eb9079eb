"""The show's notes overlay (N): an opaque panel, a readable measure, a gap between languages.

Each paragraph of the notes (one per language in a bilingual deck) is laid out on its own at the
measure of its script, about 70 characters a line for Latin text and 36 for Chinese, and a
paragraph in another script than the one before it starts after a gap. Long notes get a smaller
size, down to a legible minimum, rather than being cut.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QTextLayout, QTextOption

PANEL = QColor(16, 24, 32)  # opaque: the slide must not show through the notes
TEXT = QColor("white")
LATIN_MEASURE = 70  # characters a line
CHINESE_MEASURE = 36
LATIN_SAMPLE = "The quick brown fox jumps over the lazy dog, then rests."
LINE_HEIGHT = 1.35  # of the font's size
PARAGRAPH_GAP = 0.3  # extra space between paragraphs of one script, in lines
LANGUAGE_GAP = 1.0  # extra space where the script changes, in lines
_HAN = re.compile("[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")


def is_chinese(text: str) -> bool:
    """True when ``text`` is mostly Chinese (Han characters and full-width punctuation)."""
    letters = [c for c in text if not c.isspace()]
    if not letters:
        return False
    return sum(1 for c in letters if _HAN.match(c)) >= len(letters) * 0.3


def measure(font: QFont, chinese: bool) -> float:
    """The width of a line of ``font`` at the readable measure of its script."""
    metrics = QFontMetricsF(font)
    if chinese:
        return metrics.horizontalAdvance("中") * CHINESE_MEASURE
    return metrics.horizontalAdvance(LATIN_SAMPLE) / len(LATIN_SAMPLE) * LATIN_MEASURE


@dataclass
class NotesParagraph:
    """One paragraph laid out: its lines (in ``layout``), where it starts and its script."""

    text: str
    chinese: bool
    layout: QTextLayout
    top: float

    def line_texts(self) -> list[str]:
        """The text of each line as laid out."""
        lines = [self.layout.lineAt(i) for i in range(self.layout.lineCount())]
        return [self.text[ln.textStart() : ln.textStart() + ln.textLength()] for ln in lines]

    @property
    def bottom(self) -> float:
        """Where the paragraph's last line ends."""
        count = self.layout.lineCount()
        if not count:
            return self.top
        last = self.layout.lineAt(count - 1)
        return self.top + last.y() + last.height()


def layout_notes(text: str, font: QFont, max_width: float) -> tuple[list[NotesParagraph], float]:
    """The paragraphs of ``text`` laid out in ``font``, no wider than ``max_width``; the height."""
    pixels = font.pixelSize() if font.pixelSize() > 0 else QFontMetricsF(font).height()
    line_height = pixels * LINE_HEIGHT
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    paragraphs: list[NotesParagraph] = []
    y = 0.0
    previous: bool | None = None
    for block in (part.strip() for part in text.split("\n")):
        if not block:
            continue
        chinese = is_chinese(block)
        if previous is not None:
            y += line_height * (LANGUAGE_GAP if chinese != previous else PARAGRAPH_GAP)
        width = min(max_width, measure(font, chinese))
        layout = QTextLayout(block, font)
        layout.setTextOption(option)
        layout.beginLayout()
        line_y = 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(0, line_y))
            line_y += line_height
        layout.endLayout()
        paragraphs.append(NotesParagraph(block, chinese, layout, y))
        y += line_y
        previous = chinese
    return paragraphs, y


@dataclass
class NotesFlow:
    """The notes laid out and flowed into columns of ``column_width``, in ``font``."""

    paragraphs: list[NotesParagraph]
    font: QFont
    column_width: float
    columns: int
    height: float  # of the tallest column
    placed: list[tuple[NotesParagraph, int, int, float]]  # paragraph, line, column, top

    def width(self, gutter: float) -> float:
        """The width of all the columns with ``gutter`` between them."""
        return self.columns * self.column_width + (self.columns - 1) * gutter


def flow_columns(
    paragraphs: list[NotesParagraph], height: float, line_height: float
) -> list[tuple[NotesParagraph, int, int, float]]:
    """Each line's column and top when the paragraphs run down columns ``height`` tall.

    A column ends where the next line would not fit; the gap before a paragraph is dropped at
    the top of a column.
    """
    placed: list[tuple[NotesParagraph, int, int, float]] = []
    column, y = 0, 0.0
    previous: NotesParagraph | None = None
    for paragraph in paragraphs:
        gap = paragraph.top - previous.bottom if previous is not None else 0.0
        for index in range(paragraph.layout.lineCount()):
            top = y + (gap if index == 0 and y > 0 else 0.0)
            if top + line_height > height and y > 0:
                column, top = column + 1, 0.0
            placed.append((paragraph, index, column, top))
            y = top + line_height
        previous = paragraph
    return placed


def fit_notes(text: str, base: QFont, size: float, minimum: float, box: QRectF) -> NotesFlow:
    """The notes flowed into ``box`` at ``size`` pixels, or smaller (not under ``minimum``).

    As many columns of the readable measure as the width holds are used before the size
    shrinks: long notes fill the width in two columns rather than one column of tiny text.
    """
    gutter_share = 0.06  # of a column, between columns
    while True:
        font = QFont(base)
        font.setPixelSize(max(1, round(size)))
        paragraphs, _total = layout_notes(text, font, box.width())
        column = min(box.width(), max((measure(font, p.chinese) for p in paragraphs), default=1))
        fitting = max(
            1, int((box.width() + column * gutter_share) // (column * (1 + gutter_share)))
        )
        line_height = font.pixelSize() * LINE_HEIGHT
        placed = flow_columns(paragraphs, box.height(), line_height)
        columns = 1 + max((c for _p, _i, c, _t in placed), default=0)
        if columns <= fitting or size <= minimum:
            height = max((t + line_height for _p, _i, _c, t in placed), default=0.0)
            return NotesFlow(paragraphs, font, column, columns, height, placed)
        size = max(size * 0.92, minimum)


def paint_notes_panel(
    painter: QPainter,
    panel: QRectF,
    heading: str,
    heading_font: QFont,
    flow: NotesFlow,
    body: QRectF,
    gutter: float,
) -> None:
    """Fill ``panel`` opaquely; the heading above ``body``, then each line in its column."""
    painter.fillRect(panel, PANEL)
    painter.setPen(TEXT)
    painter.setFont(heading_font)
    metrics = QFontMetricsF(heading_font)
    top = panel.top() + (body.top() - panel.top() - metrics.height()) / 2
    painter.drawText(QPointF(body.left(), top + metrics.ascent()), heading)
    painter.save()
    painter.setClipRect(panel)
    for paragraph, index, column, line_top in flow.placed:
        line = paragraph.layout.lineAt(index)
        x = body.left() + column * (flow.column_width + gutter)
        line.draw(painter, QPointF(x, body.top() + line_top - line.y()))
    painter.restore()

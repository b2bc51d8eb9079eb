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
PARAGRAPH_GAP = 0.45  # extra space between paragraphs of one script, in lines
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


def fit_notes(
    text: str, base: QFont, size: float, minimum: float, box: QRectF
) -> tuple[list[NotesParagraph], QFont]:
    """The notes laid out in ``box`` at ``size`` pixels, or smaller (not under ``minimum``)."""
    while True:
        font = QFont(base)
        font.setPixelSize(max(1, round(size)))
        paragraphs, height = layout_notes(text, font, box.width())
        if height <= box.height() or size <= minimum:
            return paragraphs, font
        size = max(size * 0.9, minimum)


def paint_notes_panel(
    painter: QPainter,
    panel: QRectF,
    heading: str,
    heading_font: QFont,
    paragraphs: list[NotesParagraph],
    body: QRectF,
) -> None:
    """Fill ``panel`` opaquely, then draw the heading and the laid-out paragraphs in ``body``."""
    painter.fillRect(panel, PANEL)
    painter.setPen(TEXT)
    painter.setFont(heading_font)
    metrics = QFontMetricsF(heading_font)
    painter.drawText(
        QPointF(body.left(), body.top() - metrics.descent() - metrics.leading()), heading
    )
    painter.save()
    painter.setClipRect(body)
    for paragraph in paragraphs:
        paragraph.layout.draw(painter, QPointF(body.left(), body.top() + paragraph.top))
    painter.restore()

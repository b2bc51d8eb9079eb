"""Where each passage lies in the rendered document, and the palette-based style it is drawn in."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPalette, QTextDocument

from wocdesk.model.article import Article
from wocdesk.ui.reader.html_render import PASSAGE_PREFIX, SECTION_PREFIX, Style

ZH_LINE_EM = 1.6  # line height in ems: airy for Chinese, a little tighter for English
EN_LINE_EM = 1.5


@dataclass(frozen=True)
class Anchor:
    """Where a passage starts in the document (its section heading, for a section's first)."""

    passage_id: str
    section_id: str
    start_block: int  # the first block of the passage's range (its heading, for a first one)
    text_block: int  # the block holding the passage's anchor
    end_block: int  # the last block of the range


def index_anchors(document: QTextDocument, article: Article) -> list[Anchor]:
    """The passages of ``article`` in ``document``, in order, from their anchors."""
    marks: list[tuple[int, str]] = []
    block = document.firstBlock()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            for name in it.fragment().charFormat().anchorNames():
                marks.append((block.blockNumber(), name))
            it += 1
        block = block.next()
    boundaries = [number for number, _ in marks] + [document.blockCount()]
    anchors: list[Anchor] = []
    heading_block: int | None = None
    for index, (number, name) in enumerate(marks):
        if name.startswith(SECTION_PREFIX):
            heading_block = number
            continue
        if not name.startswith(PASSAGE_PREFIX):
            continue
        passage_id = name[len(PASSAGE_PREFIX) :]
        try:
            section_id = article.passage(passage_id).section_id
        except KeyError:
            continue
        start = heading_block if heading_block is not None else number
        heading_block = None
        anchors.append(Anchor(passage_id, section_id, start, number, boundaries[index + 1] - 1))
    return anchors


def line_height_percent(font: QFont, em: float) -> int:
    """Qt's proportional line height (a share of the font's own spacing) giving ``em`` ems."""
    probe = QFont(font)
    probe.setPixelSize(100)
    natural = QFontMetricsF(probe).lineSpacing() / 100
    return max(90, round(100 * em / natural)) if natural > 0 else 100


def style_from(palette: QPalette, zh_family: str, en_family: str, base_font: QFont) -> Style:
    """Colours from the palette (light or dark), fonts and line heights for both scripts."""
    text = palette.color(QPalette.ColorRole.Text)
    base = palette.color(QPalette.ColorRole.Base)
    muted = QColor(
        (text.red() * 5 + base.red() * 4) // 9,
        (text.green() * 5 + base.green() * 4) // 9,
        (text.blue() * 5 + base.blue() * 4) // 9,
    )
    return Style(
        text=text.name(),
        muted=muted.name(),
        link=palette.color(QPalette.ColorRole.Link).name(),
        zh_family=zh_family,
        en_family=en_family,
        zh_line_height=line_height_percent(QFont(zh_family), ZH_LINE_EM),
        en_line_height=line_height_percent(
            QFont(en_family) if en_family else base_font, EN_LINE_EM
        ),
    )

"""Fonts, line heights, spacing, measure and colours of the reading view, from zoom and palette."""

from __future__ import annotations

from dataclasses import dataclass
from math import ceil

from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPalette

from wocdesk.model.text import Lang
from wocdesk.ui.reading.rows import Role

BASE_POINT_SIZE = 12.0
MIN_CHINESE_PX = 11.0  # zooming out stops here: smaller Chinese is not readable
MEASURE_EM = 36  # a comfortable line: about 36 Chinese characters or 70 Latin letters
GUTTER_EM = 2.0  # between the columns of a bilingual row
LINE_EM: dict[Lang, float] = {"zh": 1.6, "en": 1.5}
HEADING_LINE_EM = 1.35
ROLE_SCALE = {Role.TITLE: 1.5}
HEADING_SCALE = {1: 1.25, 2: 1.12}  # deeper levels take the last
FIND_WEAK = QColor(255, 214, 0, 110)


@dataclass(frozen=True)
class Face:
    """A font and where its lines and baselines fall."""

    font: QFont
    ascent: float
    descent: float
    pitch: float  # distance from one baseline to the next
    first_baseline: float  # from the top of the block to its first baseline
    narrow: float  # an average Latin letter's width
    wide: float  # a Chinese character's width


def min_zoom(dpi: float) -> int:
    """The lowest zoom step at which Chinese stays at least ``MIN_CHINESE_PX`` pixels."""
    return ceil(MIN_CHINESE_PX * 72.0 / max(dpi, 1.0) - BASE_POINT_SIZE - 1e-9)


def mixed(text: QColor, base: QColor, weight: int = 5) -> QColor:
    """``text`` faded towards ``base`` (``weight`` ninths of the text)."""
    rest = 9 - weight
    return QColor(
        (text.red() * weight + base.red() * rest) // 9,
        (text.green() * weight + base.green() * rest) // 9,
        (text.blue() * weight + base.blue() * rest) // 9,
    )


class ReadingStyle:
    """Everything the view draws text with, for one zoom, palette and pair of families."""

    def __init__(
        self, zh_family: str, en_family: str, zoom: int, palette: QPalette, dpi: float = 96.0
    ) -> None:
        self.zh_family = zh_family
        self.en_family = en_family
        self.zoom = zoom
        points = max(BASE_POINT_SIZE + zoom, MIN_CHINESE_PX * 72.0 / max(dpi, 1.0))
        self.point_size = points
        self.px = points * dpi / 72.0
        self.text = palette.color(QPalette.ColorRole.Text)
        self.base = palette.color(QPalette.ColorRole.Base)
        self.muted = mixed(self.text, self.base)
        self.link = palette.color(QPalette.ColorRole.Link)
        self.highlight = palette.color(QPalette.ColorRole.Highlight)
        self.highlighted_text = palette.color(QPalette.ColorRole.HighlightedText)
        self.find_weak = QColor(FIND_WEAK)
        self.flash = QColor(self.highlight)
        self.flash.setAlpha(70)
        self._faces: dict[tuple[Lang, Role, int], Face] = {}
        body = self.face("zh", Role.TEXT)
        self.em = body.wide
        self.measure = MEASURE_EM * self.em
        self.gutter = GUTTER_EM * self.em
        self.paragraph_gap = 0.9 * self.em
        self.heading_above = 1.4 * self.em
        self.heading_below = 0.7 * self.em
        self.header_above = 1.75 * self.em
        self.header_below = 1.6 * self.em
        self.block_gap = 0.35 * self.em  # between the blocks of one cell
        self.reveal_indent = 1.5 * self.em
        self.mark_gap = 0.3 * self.em

    @property
    def key(self) -> tuple[str, str, float]:
        """What layouts depend on: the families and the size."""
        return (self.zh_family, self.en_family, self.px)

    def face(self, lang: Lang, role: Role, level: int = 0) -> Face:
        """The face of a block of ``role`` in ``lang`` (``level`` for headings)."""
        key = (lang, role, level)
        face = self._faces.get(key)
        if face is None:
            face = self._faces[key] = self._make_face(lang, role, level)
        return face

    def _make_face(self, lang: Lang, role: Role, level: int) -> Face:
        families = [self.zh_family] if lang == "zh" else [self.en_family, self.zh_family]
        font = QFont()
        font.setFamilies([f for f in families if f])
        scale = ROLE_SCALE.get(role, 1.0)
        if role == Role.HEADING:
            scale = HEADING_SCALE.get(level, HEADING_SCALE[max(HEADING_SCALE)])
        font.setPointSizeF(self.point_size * scale)
        if role in (Role.TITLE, Role.HEADING):
            font.setWeight(QFont.Weight.Bold)
        metrics = QFontMetricsF(font)
        size = self.px * scale
        line_em = HEADING_LINE_EM if role in (Role.TITLE, Role.HEADING) else LINE_EM[lang]
        pitch = round(size * line_em * 4) / 4
        ascent, descent = metrics.ascent(), metrics.descent()
        first = (pitch - ascent - descent) / 2 + ascent
        return Face(
            font=font,
            ascent=ascent,
            descent=descent,
            pitch=pitch,
            first_baseline=first,
            narrow=metrics.averageCharWidth() or size * 0.5,
            wide=metrics.horizontalAdvance("中") or size,
        )

    def color_of(self, role: Role) -> QColor:
        """The colour of a block's text."""
        if role in (Role.NOTE, Role.REVEAL, Role.META):
            return self.muted
        return self.text

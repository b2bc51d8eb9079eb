"""Drawing placed pinyin: syllable by syllable, or from a picture of a block's pinyin kept.

A screen of Chinese has hundreds of syllables; drawing each costs a call into Qt. A block's
pinyin is drawn once into a transparent pixmap (when the reader rests, before pinyin is even
turned on) and the pixmap is drawn in one call after that.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap, QStaticText

if TYPE_CHECKING:
    from wocdesk.ui.study.pinyin.layer import RubyFace, Syllable

PIXMAP_CACHE = 240  # blocks whose pinyin picture is kept
PAD = 2.0


class RubyPainter:
    """Draws syllables (each at its line's baseline) and keeps pictures of blocks' pinyin."""

    def __init__(self) -> None:
        self._static: dict[tuple[int, str], QStaticText] = {}
        self._pixmaps: OrderedDict[Hashable, tuple[QPixmap, QPointF]] = OrderedDict()

    def clear(self) -> None:
        """Forget the pictures (another palette or colours)."""
        self._pixmaps.clear()

    def draw(
        self,
        painter: QPainter,
        syllables: Sequence[Syllable],
        ruby: RubyFace,
        origin: QPointF,
        pitch: float,
        colour_of: Callable[[int], QColor],
    ) -> None:
        """Draw ``syllables`` of a block whose top-left is at ``origin``, lines ``pitch`` apart."""
        painter.save()
        painter.setFont(ruby.font)
        pen: QColor | None = None
        ox, oy = origin.x(), origin.y() + ruby.baseline - ruby.metrics.ascent()
        statics, face = self._static, id(ruby)
        for syllable in syllables:
            wanted = colour_of(syllable.tone)
            if wanted != pen:
                painter.setPen(wanted)
                pen = wanted
            static = statics.get((face, syllable.text))
            if static is None:
                static = statics[(face, syllable.text)] = _static_text(syllable.text, ruby)
            y = oy + syllable.y * pitch
            if syllable.scale == 1.0:
                painter.drawStaticText(QPointF(ox + syllable.x, y), static)
            else:
                painter.save()
                painter.translate(ox + syllable.x, y)
                painter.scale(syllable.scale, 1.0)
                painter.drawStaticText(QPointF(0.0, 0.0), static)
                painter.restore()
        painter.restore()

    def picture(
        self,
        key: Hashable,
        syllables: Sequence[Syllable],
        ruby: RubyFace,
        pitch: float,
        colour_of: Callable[[int], QColor],
        ratio: float,
    ) -> tuple[QPixmap, QPointF]:
        """The block's pinyin as a pixmap and where its top-left goes relative to the block."""
        found = self._pixmaps.get(key)
        if found is not None:
            self._pixmaps.move_to_end(key)
            return found
        widths = [ruby.metrics.horizontalAdvance(s.text) * s.scale for s in syllables]
        left = min(s.x for s in syllables) - PAD
        right = max(s.x + w for s, w in zip(syllables, widths, strict=True)) + PAD
        lines = max(int(s.y) for s in syllables) + 1
        top = ruby.baseline - ruby.metrics.ascent() - PAD
        height = (lines - 1) * pitch + ruby.metrics.height() + 2 * PAD
        pixmap = QPixmap(math.ceil((right - left) * ratio), math.ceil(height * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.draw(painter, syllables, ruby, QPointF(-left, -top), pitch, colour_of)
        painter.end()
        found = (pixmap, QPointF(left, top))
        self._pixmaps[key] = found
        while len(self._pixmaps) > PIXMAP_CACHE:
            self._pixmaps.popitem(last=False)
        return found


def _static_text(text: str, ruby: RubyFace) -> QStaticText:
    static = QStaticText(text)
    static.setTextFormat(Qt.TextFormat.PlainText)
    static.prepare(font=ruby.font)
    return static

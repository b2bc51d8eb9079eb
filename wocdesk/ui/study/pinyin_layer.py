"""Pinyin as ruby over the Chinese of the reading view: room above each line, syllables on top.

The reading view asks every decorator for room above the lines of a block and lets it paint
over the block once laid out. Room is asked for Chinese text (passages, revealed paragraphs,
headings and the title) only while pinyin is on; the syllables come from
``wocdesk.study.text_pinyin`` (read by word), each centred over its character as
:mod:`wocdesk.ui.study.ruby` places it, in a small muted face, or coloured by tone.
"""

from __future__ import annotations

import math
import re
from collections import OrderedDict
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QFontMetricsF, QPainter

from wocdesk.ui.app.fonts import latin_family
from wocdesk.ui.reading.rows import Role, source_text
from wocdesk.ui.study.ruby import place_line
from wocdesk.ui.study.tone_colours import tone_colour

if TYPE_CHECKING:
    from wocdesk.ui.reading.row_layout import BlockLayout
    from wocdesk.ui.reading.rows import Block
    from wocdesk.ui.reading.style import Face
    from wocdesk.ui.reading.view import ReadingView

RUBY_SHARE = 0.58  # the pinyin's size, a share of the Chinese character's
MIN_RUBY_PX = 10.0  # never smaller: readable at the smallest zoom
GAP_BELOW_EM = 0.08  # between the pinyin and the tops of its characters
ROOM_ABOVE_EM = 0.1  # between the pinyin and the line above
GAP_BETWEEN_EM = 0.12  # the least room between two syllables
ROLES = frozenset({Role.TEXT, Role.REVEAL, Role.HEADING, Role.TITLE})
KINDS = frozenset({"passage", "heading", "title"})
GEOMETRY_CACHE = 600  # blocks whose syllables' places are kept
_HAN = re.compile("[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]")


@dataclass(frozen=True)
class RubyFace:
    """The pinyin's font for one Chinese face, and where it sits in a line's box."""

    font: QFont
    metrics: QFontMetricsF
    room: float  # pixels added above every line
    baseline: float  # the pinyin's baseline, from the top of a line's box
    gap: float  # the least room between two syllables
    ink_top: float  # how far the pinyin's marks reach above its baseline


class Syllable(NamedTuple):
    """One syllable placed in a block: row coordinates of its baseline's left end."""

    x: float
    y: float
    text: str
    tone: int
    scale: float
    char: int  # the offset of its character in the block's text


class PinyinDecorator:
    """Asks for room above Chinese lines while ``enabled`` and draws the pinyin there."""

    def __init__(self, view: ReadingView, ready: object = None) -> None:
        self.view = view
        self.enabled = False
        self.tone_colours = False
        self._ready = ready  # a callable saying whether words and pinyin can be read now
        self._faces: dict[tuple[float, float, str], RubyFace] = {}
        self._widths: dict[tuple[int, str], float] = {}
        self._geometry: OrderedDict[BlockLayout, tuple[Syllable, ...]] = OrderedDict()

    # -- the reading view's decorator hooks ----------------------------------------------------
    def space_above(self, block: Block, face: Face) -> float:
        """Room for a line of pinyin above each line of Chinese text, while pinyin is on."""
        if not self.enabled or not decorates(block):
            return 0.0
        return self.ruby_face(face).room

    def paint(self, painter: QPainter, block: BlockLayout, origin: QPointF) -> None:
        """Draw the syllables over ``block`` (nothing until the words are loaded)."""
        if not self.enabled or not decorates(block.block) or not self.is_ready():
            return
        syllables = self.syllables(block)
        if not syllables:
            return
        ruby = self.ruby_face(block.face)
        style = self.view.reading_style
        painter.save()
        painter.setFont(ruby.font)
        pen = None
        dark = style.base.lightness() < 128
        ox, oy = origin.x(), origin.y()
        for syllable in syllables:
            colour = tone_colour(syllable.tone, dark) if self.tone_colours else None
            wanted = colour or style.muted
            if wanted != pen:
                painter.setPen(wanted)
                pen = wanted
            if syllable.scale == 1.0:
                painter.drawText(QPointF(ox + syllable.x, oy + syllable.y), syllable.text)
            else:
                painter.save()
                painter.translate(ox + syllable.x, oy + syllable.y)
                painter.scale(syllable.scale, 1.0)
                painter.drawText(QPointF(0.0, 0.0), syllable.text)
                painter.restore()
        painter.restore()

    # -- state --------------------------------------------------------------------------------
    def is_ready(self) -> bool:
        """True when pinyin can be read without waiting for data to load."""
        return bool(self._ready()) if callable(self._ready) else True

    def forget(self) -> None:
        """Drop the places kept (another palette, zoom or article: blocks are laid out anew)."""
        self._geometry.clear()

    def ruby_face(self, face: Face) -> RubyFace:
        """The pinyin's face over Chinese set in ``face``."""
        key = (face.wide, face.first_baseline, latin_family())
        found = self._faces.get(key)
        if found is None:
            found = self._faces[key] = make_ruby_face(face, key[2])
        return found

    def syllables(self, block: BlockLayout) -> tuple[Syllable, ...]:
        """Every syllable of ``block`` with its place (kept while the block's layout lives)."""
        found = self._geometry.get(block)
        if found is not None:
            self._geometry.move_to_end(block)
            return found
        found = self._place(block)
        self._geometry[block] = found
        while len(self._geometry) > GEOMETRY_CACHE:
            self._geometry.popitem(last=False)
        return found

    def _place(self, block: BlockLayout) -> tuple[Syllable, ...]:
        from wocdesk.study.pinyin import text_pinyin

        source = block.block.source
        assert source is not None
        text = source_text(self.view.article, source)
        start = block.block.source_start
        if len(block.block.text) - start != len(text):
            return ()
        ruby = self.ruby_face(block.face)
        lines: dict[float, list[tuple[float, float, str, int, int]]] = {}
        for word in text_pinyin(text):
            for syllable in word.syllables:
                if not syllable.marked:
                    continue
                offset = start + syllable.span.start
                rects = block.char_rects(offset, 1)
                if not rects:
                    continue
                rect = rects[0]
                lines.setdefault(rect.top(), []).append(
                    (rect.center().x(), rect.top(), syllable.marked, syllable.tone, offset)
                )
        placed: list[Syllable] = []
        for items in lines.values():
            widths = [self._width(ruby, item[2]) for item in items]
            spots = place_line([i[0] for i in items], widths, ruby.gap, block.face.wide)
            for item, spot in zip(items, spots, strict=True):
                y = item[1] + ruby.baseline
                placed.append(Syllable(spot.left, y, item[2], item[3], spot.scale, item[4]))
        return tuple(placed)

    def _width(self, ruby: RubyFace, text: str) -> float:
        key = (id(ruby), text)
        width = self._widths.get(key)
        if width is None:
            width = self._widths[key] = ruby.metrics.horizontalAdvance(text)
        return width


def decorates(block: Block) -> bool:
    """True for a block whose Chinese gets pinyin: the article's text, with a Chinese character."""
    source = block.source
    return (
        block.lang == "zh"
        and source is not None
        and source.kind in KINDS
        and block.role in ROLES
        and _HAN.search(block.text, block.source_start) is not None
    )


def make_ruby_face(face: Face, family: str) -> RubyFace:
    """The pinyin's font over ``face`` and the room it needs above each line."""
    em = face.wide
    font = QFont()
    font.setFamilies([family] if family else [])
    font.setPixelSize(max(1, round(max(MIN_RUBY_PX, em * RUBY_SHARE))))
    metrics = QFontMetricsF(font)
    ink_top = -metrics.tightBoundingRect("ǘǎíōlt").top()
    ink_bottom = metrics.tightBoundingRect("gjpqy").bottom()
    han_top = -QFontMetricsF(face.font).tightBoundingRect("厚量中").top()
    gap_below, room_above = GAP_BELOW_EM * em, ROOM_ABOVE_EM * em
    # Without room, a character's top is ``first_baseline - han_top`` below the line's top.
    needed = room_above + ink_top + ink_bottom + gap_below - (face.first_baseline - han_top)
    room = max(0.0, math.ceil(needed * 4) / 4)
    baseline = room + face.first_baseline - han_top - gap_below - ink_bottom
    return RubyFace(font, metrics, room, baseline, GAP_BETWEEN_EM * em, ink_top)

"""Pinyin as ruby over the Chinese of the reading view: room above each line, syllables on top.

The reading view asks every decorator for room above the lines of a block and lets it paint
over the block once laid out. Room is asked for Chinese text (passages, revealed paragraphs,
headings and the title) only while pinyin is on; the syllables come from
``wocdesk.study.text_pinyin`` (read by word), each centred over its character as
:mod:`wocdesk.ui.study.pinyin.placement` places it, in a small muted face, or coloured by tone.
"""

from __future__ import annotations

import math
import re
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPixmap, QTextLine

from wocdesk.ui.app.fonts import latin_family
from wocdesk.ui.reading.rows import Role, source_text
from wocdesk.ui.study.pinyin.drawing import RubyPainter
from wocdesk.ui.study.pinyin.placement import place_line
from wocdesk.ui.study.pinyin.tones import tone_colour

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
    """One syllable placed in a block: the left end of its baseline (``y``: see below)."""

    x: float
    y: float  # in a block's places kept: the number of its line
    text: str
    tone: int
    scale: float
    char: int  # the offset of its character in the block's text


class PinyinDecorator:
    """Asks for room above Chinese lines while ``enabled`` and draws the pinyin there.

    Room above the lines moves them down but breaks them at the same places, so where a
    syllable goes along its line is known from the block laid out with or without pinyin:
    the places are kept per block (its text, width and face), by line, and made ahead for
    the blocks on screen once the reader rests (``prepare``), so that turning pinyin on only
    lays out and paints.
    """

    def __init__(self, view: ReadingView, ready: object = None) -> None:
        self.view = view
        self.enabled = False
        self.tone_colours = False
        self._ready = ready  # a callable saying whether words and pinyin can be read now
        self._faces: dict[tuple[float, float, str], RubyFace] = {}
        self._widths: dict[tuple[int, str], float] = {}
        self._painter = RubyPainter()
        self._geometry: OrderedDict[tuple[object, ...], tuple[Syllable, ...]] = OrderedDict()

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
        syllables = self._relative(block)
        if not syllables:
            return
        ruby = self.ruby_face(block.face)
        corner = QPointF(origin.x() + block.x, origin.y() + block.y)
        if block.pitch != block.face.pitch + ruby.room:  # room shared with another decorator
            self._painter.draw(painter, syllables, ruby, corner, block.pitch, self._colour)
            return
        pixmap, offset = self._picture(block, syllables, ruby, painter.device())
        painter.drawPixmap(corner + offset, pixmap)

    def _colour(self, tone: int) -> QColor:
        style = self.view.reading_style
        if self.tone_colours:
            colour = tone_colour(tone, style.base.lightness() < 128)
            if colour is not None:
                return colour
        return style.muted

    def _picture(
        self, block: BlockLayout, syllables: tuple[Syllable, ...], ruby: RubyFace, device: object
    ) -> tuple[QPixmap, QPointF]:
        ratio = float(getattr(device, "devicePixelRatioF", self.view.devicePixelRatioF)())
        style = self.view.reading_style
        pitch = block.face.pitch + ruby.room
        key = (self._key(block), pitch, self.tone_colours, style.muted.rgba(), style.base.rgba())
        return self._painter.picture((*key, ratio), syllables, ruby, pitch, self._colour, ratio)

    def layout_key(self) -> object:
        """What the room asked for depends on (the view keeps row heights per key)."""
        return ("pinyin", self.enabled)

    # -- state --------------------------------------------------------------------------------
    def is_ready(self) -> bool:
        """True when pinyin can be read without waiting for data to load."""
        return bool(self._ready()) if callable(self._ready) else True

    def forget(self) -> None:
        """Drop the places and pictures kept (another article)."""
        self._geometry.clear()
        self._painter.clear()

    def ruby_face(self, face: Face) -> RubyFace:
        """The pinyin's face over Chinese set in ``face``."""
        key = (face.wide, face.first_baseline, latin_family())
        found = self._faces.get(key)
        if found is None:
            found = self._faces[key] = make_ruby_face(face, key[2])
        return found

    def syllables(self, block: BlockLayout) -> tuple[Syllable, ...]:
        """Every syllable of ``block`` with its place in row coordinates (its baseline's)."""
        top = block.y + self.ruby_face(block.face).baseline
        return tuple(
            s._replace(x=s.x + block.x, y=top + s.y * block.pitch) for s in self._relative(block)
        )

    def prepare(self, blocks: Iterable[BlockLayout]) -> int:
        """Place the syllables of ``blocks`` ahead of need (once words load); how many were new."""
        if not self.is_ready():
            return 0
        made = 0
        for block in blocks:
            if not decorates(block.block):
                continue
            made += self._key(block) not in self._geometry
            syllables = self._relative(block)
            if syllables:
                self._picture(block, syllables, self.ruby_face(block.face), self.view)
        return made

    def _key(self, block: BlockLayout) -> tuple[object, ...]:
        width = block.layout.lineAt(0).width() if block.lines else 0.0
        return (block.block, width, block.face.wide, block.face.first_baseline)

    def _relative(self, block: BlockLayout) -> tuple[Syllable, ...]:
        """The syllables placed relative to the block's top-left (kept, see the class)."""
        key = self._key(block)
        found = self._geometry.get(key)
        if found is not None:
            self._geometry.move_to_end(key)
            return found
        found = self._place(block)
        self._geometry[key] = found
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
        wanted = [
            (start + s.span.start, s.marked, s.tone)
            for word in text_pinyin(text)
            for s in word.syllables
            if s.marked
        ]
        ruby = self.ruby_face(block.face)
        to_qt = block.offsets.to_qt
        placed: list[Syllable] = []
        at = 0
        for number in range(block.lines):
            line = block.layout.lineAt(number)
            first, end = line.textStart(), line.textStart() + line.textLength()
            items = []
            while at < len(wanted):
                offset, marked, tone = wanted[at]
                unit = to_qt(offset)
                if unit >= end:
                    break
                at += 1
                if unit >= first:
                    left, right = _cursor_x(line, unit), _cursor_x(line, to_qt(offset + 1))
                    items.append(((left + right) / 2, marked, tone, offset))
            if not items:
                continue
            widths = [self._width(ruby, item[1]) for item in items]
            spots = place_line([i[0] for i in items], widths, ruby.gap, block.face.wide)
            for item, spot in zip(items, spots, strict=True):
                placed.append(Syllable(spot.left, number, item[1], item[2], spot.scale, item[3]))
        return tuple(placed)

    def _width(self, ruby: RubyFace, text: str) -> float:
        key = (id(ruby), text)
        width = self._widths.get(key)
        if width is None:
            width = self._widths[key] = ruby.metrics.horizontalAdvance(text)
        return width


def _cursor_x(line: QTextLine, unit: int) -> float:
    value: Any = line.cursorToX(unit)  # PySide6 returns (x, position)
    return float(value[0] if isinstance(value, tuple) else value)


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

"""Row heights: estimated from text lengths, exact once laid out, tops found in log time."""

from __future__ import annotations

import bisect
from collections.abc import Collection
from itertools import accumulate

from wocdesk.content.notes import only_in_note
from wocdesk.model.article import Article
from wocdesk.model.text import LANGS, DisplayMode, Lang, other_lang
from wocdesk.ui.reading.rows import Role, RowIndex
from wocdesk.ui.reading.style import Face, ReadingStyle


class HeightTable:
    """The height of every row; ``top(row)`` and ``row_at(y)`` over their running sums."""

    __slots__ = ("_exact", "_exact_count", "_prefix", "heights")

    def __init__(self, heights: list[float]) -> None:
        self.heights = heights
        self._exact = bytearray(len(heights))
        self._exact_count = 0
        self._prefix: list[float] | None = None

    def __len__(self) -> int:
        return len(self.heights)

    def is_exact(self, row: int) -> bool:
        """True when the row's height comes from its layout."""
        return bool(self._exact[row])

    @property
    def exact_share(self) -> float:
        """The share of rows whose height is known exactly."""
        return self._exact_count / len(self.heights) if self.heights else 1.0

    def set_exact(self, row: int, height: float) -> None:
        """Record the laid-out height of ``row``."""
        if not self._exact[row]:
            self._exact[row] = 1
            self._exact_count += 1
        if self.heights[row] != height:
            self.heights[row] = height
            self._prefix = None

    def forget(self, row: int, estimate: float) -> None:
        """Go back to an estimate for ``row`` (its content changed)."""
        if self._exact[row]:
            self._exact[row] = 0
            self._exact_count -= 1
        if self.heights[row] != estimate:
            self.heights[row] = estimate
            self._prefix = None

    def next_estimated(self, start: int) -> int:
        """The first row at or after ``start`` (wrapping around) still estimated, or -1."""
        found = self._exact.find(0, start)
        if found < 0:
            found = self._exact.find(0, 0, start)
        return found

    def _sums(self) -> list[float]:
        if self._prefix is None:
            self._prefix = list(accumulate(self.heights, initial=0.0))
        return self._prefix

    def top(self, row: int) -> float:
        """The y of the top of ``row``."""
        return self._sums()[row]

    @property
    def total(self) -> float:
        """The height of all rows."""
        return self._sums()[-1]

    def row_at(self, y: float) -> int:
        """The row that holds y (the first or the last row beyond the ends)."""
        if not self.heights:
            return 0
        sums = self._sums()
        return min(max(bisect.bisect_right(sums, y) - 1, 0), len(self.heights) - 1)


# A share of each line's room lost where it breaks (a word or a character that did not fit).
WASTE: dict[str, float] = {"zh": 0.02, "en": 0.09}
REVEAL_INDENT_SHARE = 0.95  # a revealed paragraph is indented: its lines hold a little less


def text_lengths(article: Article) -> list[tuple[int, int]]:
    """Each passage's length in Chinese and in English (-1 where it has none)."""
    texts = [p.text for p in article.passages()]
    # Tuples of two ints: the collector stops tracking them, so a book adds no GC work.
    return [
        (len(t.zh) if t.zh is not None else -1, len(t.en) if t.en is not None else -1)
        for t in texts
    ]


def estimate_heights(
    index: RowIndex,
    lengths: list[tuple[int, int]],
    mode: DisplayMode,
    style: ReadingStyle,
    width: float,
    revealed: Collection[str] = (),
) -> list[float]:
    """A height for every row (the header's is a guess too: callers lay it out)."""
    faces: dict[str, Face] = {lang: style.face(lang, Role.TEXT) for lang in LANGS}
    per_line = {
        lang: max(1.0, width / (face.wide if lang == "zh" else face.narrow) * (1 - WASTE[lang]))
        for lang, face in faces.items()
    }
    gap = style.paragraph_gap
    if mode.is_bilingual:
        zh_line, en_line = per_line["zh"], per_line["en"]
        zh_pitch, en_pitch = faces["zh"].pitch, faces["en"].pitch
        passages = [
            gap + max(max(1.0, -(-z // zh_line)) * zh_pitch, max(1.0, -(-e // en_line)) * en_pitch)
            for z, e in lengths
        ]
    else:
        passages = _single(lengths, mode.leading, per_line, faces, gap)
        if revealed:
            _add_revealed(passages, index, lengths, mode.leading, per_line, faces, style, revealed)
    by_level = [0.0] + [
        style.heading_above
        + style.face(mode.leading, Role.HEADING, level).pitch
        + style.heading_below
        for level in range(1, max(index.levels, default=0) + 1)
    ]
    out = [by_level[level] for level in index.levels]
    out[0] = style.header_above + style.header_below + 4 * faces["en"].pitch
    for number, row in enumerate(index.passage_rows):
        out[row] = passages[number]
    return out


def _single(
    lengths: list[tuple[int, int]],
    lang: Lang,
    per_line: dict[str, float],
    faces: dict[str, Face],
    gap: float,
) -> list[float]:
    own = 0 if lang == "zh" else 1
    other: Lang = other_lang(lang)
    line, pitch = per_line[lang], faces[lang].pitch
    other_line, other_pitch = per_line[other], faces[other].pitch
    note = len(only_in_note(other, lang)) + 1
    return [
        gap + max(1.0, -(-pair[own] // line)) * pitch
        if pair[own] >= 0
        else gap + max(1.0, -(-(note + pair[1 - own]) // other_line)) * other_pitch
        for pair in lengths
    ]


def _add_revealed(
    passages: list[float],
    index: RowIndex,
    lengths: list[tuple[int, int]],
    lang: Lang,
    per_line: dict[str, float],
    faces: dict[str, Face],
    style: ReadingStyle,
    revealed: Collection[str],
) -> None:
    other: Lang = other_lang(lang)
    other_index = 1 if lang == "zh" else 0
    own_index = 1 - other_index
    line = per_line[other] * REVEAL_INDENT_SHARE
    pitch = faces[other].pitch
    idents = index.idents
    for number, row in enumerate(index.passage_rows):
        length = lengths[number][other_index]
        if idents[row] in revealed and length > 0 and lengths[number][own_index] >= 0:
            passages[number] += style.block_gap + max(1.0, -(-length // line)) * pitch

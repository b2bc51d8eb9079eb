"""Where ruby goes on a line: each syllable centred over its character, none overlapping.

Pinyin is often wider than the character it reads (``zhuàng`` over 状). Each syllable wants
its centre over its character's; the placement keeps a gap between neighbours and moves them
as little as possible (least squares, solved exactly by pooling adjacent violators), and a run
that still drifts too far from its characters is set condensed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

MIN_SCALE = 0.72  # the narrowest a syllable is condensed to
SCALE_STEP = 0.88
DRIFT_SHARE = 0.3  # of a character's width: a run drifting further is condensed


@dataclass(frozen=True, slots=True)
class Placed:
    """A syllable placed: its left edge, its width as drawn and its horizontal scale."""

    left: float
    width: float
    scale: float

    @property
    def centre(self) -> float:
        """The middle of the syllable as drawn."""
        return self.left + self.width / 2


def place_line(
    centres: Sequence[float], widths: Sequence[float], gap: float, char_width: float
) -> list[Placed]:
    """Place syllables of natural ``widths`` over characters centred at ``centres`` (in order).

    Neighbours keep at least ``gap`` between them; a run of syllables that has to move more
    than a share of ``char_width`` from its characters is condensed (down to ``MIN_SCALE``).
    """
    count = len(centres)
    scales = [1.0] * count
    while True:
        drawn = [w * s for w, s in zip(widths, scales, strict=True)]
        wanted = [c - w / 2 for c, w in zip(centres, drawn, strict=True)]
        lefts, runs = _least_moves(wanted, drawn, gap)
        crowded = False
        for first, last in runs:
            drift = max(abs(lefts[i] + drawn[i] / 2 - centres[i]) for i in range(first, last + 1))
            if drift > DRIFT_SHARE * char_width and any(
                scales[i] > MIN_SCALE for i in range(first, last + 1)
            ):
                crowded = True
                for i in range(first, last + 1):
                    scales[i] = max(MIN_SCALE, scales[i] * SCALE_STEP)
        if not crowded:
            return [Placed(lefts[i], drawn[i], scales[i]) for i in range(count)]


def _least_moves(
    wanted: Sequence[float], widths: Sequence[float], gap: float
) -> tuple[list[float], list[tuple[int, int]]]:
    """Left edges as near ``wanted`` as possible with ``gap`` between neighbours; and the runs.

    With ``shift[i]`` the room the syllables before ``i`` take, ``left[i] - shift[i]`` must not
    decrease: an isotonic regression of ``wanted[i] - shift[i]``, which pooling adjacent
    violators solves exactly. A run is a group of syllables pushed together.
    """
    shift = [0.0]
    for width in widths[:-1]:
        shift.append(shift[-1] + width + gap)
    targets = [w - s for w, s in zip(wanted, shift, strict=False)]
    blocks: list[list[float]] = []  # [sum, count, first index]
    for index, value in enumerate(targets):
        blocks.append([value, 1.0, float(index)])
        while len(blocks) > 1 and blocks[-2][0] / blocks[-2][1] > blocks[-1][0] / blocks[-1][1]:
            total, count, _first = blocks.pop()
            blocks[-1][0] += total
            blocks[-1][1] += count
    lefts: list[float] = []
    runs: list[tuple[int, int]] = []
    for total, count, first in blocks:
        level = total / count
        start = int(first)
        for index in range(start, start + int(count)):
            lefts.append(level + shift[index])
        runs.append((start, start + int(count) - 1))
    return lefts, runs

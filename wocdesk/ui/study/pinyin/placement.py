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
SCALE_STEP = 0.9  # at least this much narrower in each round that condenses a run
ROUNDS = 8
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
    than a share of ``char_width`` from its characters is condensed (down to ``MIN_SCALE``)
    to about the room its characters take, and placed again.
    """
    count = len(centres)
    scales = [1.0] * count
    drawn = list(widths)
    for _round in range(ROUNDS):  # each round condenses the runs that still drift too far
        lefts, runs = _least_moves(centres, drawn, gap)
        changed = False
        for first, last in runs:
            if last == first:
                continue
            drift = max(abs(lefts[i] + drawn[i] / 2 - centres[i]) for i in range(first, last + 1))
            if drift <= DRIFT_SHARE * char_width:
                continue
            room = centres[last] - centres[first] + char_width - gap * (last - first)
            natural = sum(drawn[first : last + 1])
            step = min(SCALE_STEP, room / natural)
            for i in range(first, last + 1):
                scale = max(MIN_SCALE, scales[i] * step)
                if scale < scales[i]:
                    scales[i] = scale
                    drawn[i] = widths[i] * scale
                    changed = True
        if not changed:
            break
    else:
        lefts, _runs = _least_moves(centres, drawn, gap)
    return [Placed(lefts[i], drawn[i], scales[i]) for i in range(count)]


def _least_moves(
    centres: Sequence[float], widths: Sequence[float], gap: float
) -> tuple[list[float], list[tuple[int, int]]]:
    """Left edges as near their centring as can be with ``gap`` between neighbours; the runs.

    With ``shift[i]`` the room the syllables before ``i`` take, ``left[i] - shift[i]`` must not
    decrease: an isotonic regression of ``wanted[i] - shift[i]``, which pooling adjacent
    violators solves exactly. A run is a group of syllables pushed together.
    """
    sums: list[float] = []  # per pooled block: sum of targets, count, first index
    counts: list[int] = []
    firsts: list[int] = []
    shift = 0.0
    shifts = []
    for index in range(len(centres)):
        width = widths[index]
        shifts.append(shift)
        value = centres[index] - width / 2 - shift
        shift += width + gap
        total, count, first = value, 1, index
        while sums and sums[-1] / counts[-1] > total / count:
            total += sums.pop()
            count += counts.pop()
            first = firsts.pop()
        sums.append(total)
        counts.append(count)
        firsts.append(first)
    lefts: list[float] = []
    runs: list[tuple[int, int]] = []
    for total, count, first in zip(sums, counts, firsts, strict=True):
        level = total / count
        lefts.extend(level + shifts[i] for i in range(first, first + count))
        runs.append((first, first + count - 1))
    return lefts, runs

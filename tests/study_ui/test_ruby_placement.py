"""Placing pinyin over its characters: centred where there is room, never overlapping."""

from __future__ import annotations

import itertools
import random

import pytest

from wocdesk.ui.study.pinyin.placement import MIN_SCALE, place_line

CHAR = 16.0  # a Chinese character's width
GAP = 2.0


def _centres(count: int) -> list[float]:
    return [CHAR * n + CHAR / 2 for n in range(count)]


def _assert_apart(placed, gap: float) -> None:  # type: ignore[no-untyped-def]
    for left, right in itertools.pairwise(placed):
        assert right.left >= left.left + left.width + gap - 1e-6


def test_narrow_syllables_sit_centred_over_their_characters() -> None:
    centres = _centres(4)
    placed = place_line(centres, [10.0, 8.0, 12.0, 9.0], GAP, CHAR)
    assert [p.scale for p in placed] == [1.0] * 4
    assert [p.centre for p in placed] == pytest.approx(centres)


def test_a_wide_syllable_pushes_its_neighbours_as_little_as_needed() -> None:
    centres = _centres(3)
    placed = place_line(centres, [8.0, 30.0, 8.0], GAP, CHAR)
    _assert_apart(placed, GAP)
    assert placed[1].centre == pytest.approx(centres[1])  # symmetric: the middle stays
    assert placed[0].centre < centres[0] and placed[2].centre > centres[2]


def test_a_crowded_run_is_condensed_and_stays_near_its_characters() -> None:
    centres = _centres(8)
    widths = [34.0] * 8  # zhuàng chuáng shuāng…: twice a character's width each
    placed = place_line(centres, widths, GAP, CHAR)
    _assert_apart(placed, GAP)
    assert all(p.scale < 1.0 for p in placed)
    assert min(p.scale for p in placed) >= MIN_SCALE - 1e-9
    middle = (placed[0].centre + placed[-1].centre) / 2
    assert middle == pytest.approx((centres[0] + centres[-1]) / 2)


def test_random_lines_never_overlap() -> None:
    rng = random.Random(14)
    for _ in range(200):
        count = rng.randint(1, 40)
        centres = sorted(rng.uniform(0, CHAR * count) for _ in range(count))
        widths = [rng.uniform(6, 40) for _ in range(count)]
        placed = place_line(centres, widths, GAP, CHAR)
        assert len(placed) == count
        _assert_apart(placed, GAP)


def test_an_empty_line() -> None:
    assert place_line([], [], GAP, CHAR) == []

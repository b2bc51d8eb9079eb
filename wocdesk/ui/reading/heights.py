"""Row heights, exact where laid out and estimated elsewhere, with tops found in log time."""

from __future__ import annotations

import bisect
from itertools import accumulate


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

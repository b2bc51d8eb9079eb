"""Python string offsets (code points) to Qt's (UTF-16 code units) and back."""

from __future__ import annotations

import bisect
import re

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class Utf16Offsets:
    """Converts offsets in one string; free for the common case of no characters beyond U+FFFF."""

    __slots__ = ("_astral",)

    def __init__(self, text: str) -> None:
        # Code point offsets of characters that take two UTF-16 units, in order.
        self._astral = [m.start() for m in _ASTRAL.finditer(text)] if _ASTRAL.search(text) else []

    def to_qt(self, index: int) -> int:
        """The UTF-16 offset of code point ``index``."""
        if not self._astral:
            return index
        return index + bisect.bisect_left(self._astral, index)

    def from_qt(self, unit: int) -> int:
        """The code point offset at UTF-16 offset ``unit`` (the middle of a pair rounds down)."""
        if not self._astral:
            return unit
        low, high = 0, unit
        while low < high:  # the largest index whose UTF-16 offset is <= unit
            middle = (low + high + 1) // 2
            if self.to_qt(middle) <= unit:
                low = middle
            else:
                high = middle - 1
        return low

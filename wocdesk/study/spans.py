"""A span of text: start and end offsets (end excluded), the unit every study aid speaks in."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """Characters ``start`` to ``end`` (excluded) of a passage's text, as Python offsets."""

    start: int
    end: int

    def __len__(self) -> int:
        return self.end - self.start

    def __contains__(self, offset: object) -> bool:
        return isinstance(offset, int) and self.start <= offset < self.end

    def of(self, text: str) -> str:
        """The characters of ``text`` this span covers."""
        return text[self.start : self.end]

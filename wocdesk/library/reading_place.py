"""A reading position as the library keeps it: a passage and a whole-number offset into it.

The window keeps its place as a passage and a share of the passage's height (0 up to 1), or a
negative share of the space above the first passage (the article's title: -1 is the very top).
The library's ``places`` table holds a whole number of at least 0, so a share is kept in
ten-thousandths: 0 to 9,999 into the passage, and 10,000 plus the ten-thousandths above it for
a place in the title, above the first passage.
"""

from __future__ import annotations

from wocdesk.library.models import Place
from wocdesk.model.text import DisplayMode

SCALE = 10_000


def offset_from_share(share: float) -> int:
    """The stored offset for a share of a passage (negative: above the first passage)."""
    if share < 0:
        return SCALE + min(SCALE, round(-share * SCALE))
    return min(SCALE - 1, round(share * SCALE))


def share_from_offset(offset: int) -> float:
    """The share of a passage a stored offset means (the inverse of :func:`offset_from_share`)."""
    if offset >= SCALE:
        return -min(SCALE, offset - SCALE) / SCALE
    return max(0, offset) / SCALE


def place_at(passage_id: str, share: float, mode: DisplayMode | None, zoom: int) -> Place:
    """The :class:`Place` to store for a reader at ``share`` of ``passage_id``."""
    return Place(passage_id, offset_from_share(share), mode, zoom)


def share_of(place: Place) -> float:
    """How far into its passage a stored place is, as the window counts it."""
    return share_from_offset(place.offset)

"""What the library hands to its users: article summaries, reading places, import outcomes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from wocdesk.library.duplicates import Duplicate
from wocdesk.model.text import BiText, DisplayMode

if TYPE_CHECKING:  # the importers load when something is imported, not to read the library
    from wocdesk.library.sources import ImportReport


@dataclass(frozen=True, slots=True)
class Place:
    """Where the reader was in one article: a passage, an offset into it, the mode and zoom."""

    passage_id: str
    offset: int = 0
    mode: DisplayMode | None = None
    zoom: int = 0


# A reading position as the library keeps it. The window keeps its place as a passage and a
# share of the passage's height (0 up to 1), or a negative share of the space above the first
# passage (the article's title: -1 is the very top). The places table holds a whole number of
# at least 0, so a share is kept in ten-thousandths: 0 to 9,999 into the passage, and 10,000
# plus the ten-thousandths above it for a place in the title, above the first passage.
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


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """One line of the library: enough to list, sort and filter without loading the article."""

    id: int
    key: str
    title: BiText
    source: BiText
    kind: str
    source_path: str
    bundled: bool
    date: dt.date | None
    added: dt.datetime
    opened: dt.datetime | None
    sections: int
    passages: int
    chars_zh: int
    chars_en: int
    place: Place | None
    place_number: int | None  # the position of the place's passage in reading order

    @property
    def progress(self) -> float:
        """How far the reader got, from 0.0 (not opened) to 1.0 (at the last passage)."""
        if self.place_number is None or not self.passages:
            return 0.0
        return min(1.0, (self.place_number + 1) / self.passages)

    @property
    def file_name(self) -> str:
        """The name of the file the article was imported from (empty for the bundled one)."""
        return self.source_path.replace("\\", "/").rsplit("/", 1)[-1] if self.source_path else ""


@dataclass(frozen=True, slots=True)
class AddOutcome:
    """What became of one import: ``added``, ``replaced`` or ``duplicate`` (nothing stored)."""

    status: str
    article_id: int | None
    duplicates: tuple[ArticleSummary, ...]
    report: ImportReport


@dataclass(frozen=True, slots=True)
class TableRows:
    """Rows of one table, as read: the table, its column names, the values row by row."""

    table: str
    link: str  # the column that holds the article's id
    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]


@dataclass(frozen=True, slots=True)
class LinkedRows:
    """Rows of a table that referred to an article and lost the link when it was removed."""

    table: str
    column: str
    keys: tuple[str, ...]  # the columns of the table's primary key
    rows: tuple[tuple[Any, ...], ...]  # each row's key values


@dataclass(frozen=True, slots=True)
class RemovedArticle:
    """An article taken out of the library with all that was its own, to be put back whole.

    ``rows`` holds the article's row first, then the rows removed with it (sections,
    passages, place, key points, outline); ``links`` the rows that only lost their link to it
    (saved words), by table, column and primary key.
    """

    summary: ArticleSummary
    rows: tuple[TableRows, ...]
    links: tuple[LinkedRows, ...]


__all__ = [
    "AddOutcome",
    "ArticleSummary",
    "Duplicate",
    "LinkedRows",
    "Place",
    "RemovedArticle",
    "TableRows",
    "offset_from_share",
    "place_at",
    "share_from_offset",
    "share_of",
]

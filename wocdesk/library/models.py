"""What the library hands to its users: article summaries, reading places, import outcomes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from wocdesk.library.duplicates import Duplicate
from wocdesk.library.sources import ImportReport
from wocdesk.model.text import BiText, DisplayMode


@dataclass(frozen=True, slots=True)
class Place:
    """Where the reader was in one article: a passage, an offset into it, the mode and zoom."""

    passage_id: str
    offset: int = 0
    mode: DisplayMode | None = None
    zoom: int = 0


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


__all__ = ["AddOutcome", "ArticleSummary", "Duplicate", "Place"]

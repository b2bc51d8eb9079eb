"""The article as plain data: sections of bilingual passages, event facts and highlights."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from wocdesk.model.text import BiText, Lang


@dataclass(frozen=True, slots=True)
class Passage:
    """One paragraph of the article in Chinese and/or English, verbatim as published."""

    id: str
    text: BiText
    section_id: str = ""

    @property
    def zh(self) -> str | None:
        """The Chinese text, or ``None`` where the original has no Chinese line."""
        return self.text.zh

    @property
    def en(self) -> str | None:
        """The English text, or ``None`` where the original has no English line."""
        return self.text.en

    @property
    def is_one_language(self) -> bool:
        """True when the original has this line in one language only."""
        return len(self.text.languages) == 1


@dataclass(frozen=True, slots=True)
class Section:
    """A titled run of passages; ``title_editorial`` marks titles that are ours.

    Sections are kept in reading order as one flat list; ``level`` nests them (1 for a chapter,
    2 for a sub-heading under the nearest level-1 section before it, and so on).
    """

    id: str
    title: BiText
    passages: tuple[Passage, ...]
    title_editorial: bool = False
    level: int = 1


@dataclass(frozen=True, slots=True)
class Leftover:
    """A piece of the web page the article was copied from (photo credit, carousel hint)."""

    kind: str
    text: str
    before: str | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """The facts of the event the article reports."""

    name: BiText
    date: dt.date | None = None
    place: BiText = field(default_factory=BiText)
    organiser: BiText = field(default_factory=BiText)
    speaker: BiText = field(default_factory=BiText)
    speaker_role: BiText = field(default_factory=BiText)


@dataclass(frozen=True, slots=True)
class Highlight:
    """A named point of the article (a trend, a key, a wave) pointing at its source passage.

    ``name`` and ``detail`` are the article's own wording; ``summary`` is ours (editorial).
    """

    id: str
    name: BiText
    passage_id: str
    detail: BiText = field(default_factory=BiText)
    summary: BiText = field(default_factory=BiText)


@dataclass(frozen=True, slots=True)
class SeriesPoint:
    """One labelled value of a series figure."""

    label: BiText
    value: float


@dataclass(frozen=True, slots=True)
class SeriesFigure:
    """Values over labelled points, e.g. a share over time; ``unit``: ``percent`` or ``count``."""

    id: str
    title: BiText
    passage_id: str
    unit: str
    points: tuple[SeriesPoint, ...]


@dataclass(frozen=True, slots=True)
class RankedItem:
    """One entry of a ranking."""

    rank: int
    name: BiText


@dataclass(frozen=True, slots=True)
class RankingFigure:
    """A ranked list, e.g. the top science and technology clusters."""

    id: str
    title: BiText
    passage_id: str
    items: tuple[RankedItem, ...]
    note: BiText = field(default_factory=BiText)


@dataclass(frozen=True, slots=True)
class Group:
    """A named group and its members, e.g. a cluster and the enterprises named in it."""

    name: BiText
    members: tuple[BiText, ...]


@dataclass(frozen=True, slots=True)
class GroupsFigure:
    """Named groups with members: a two-column table."""

    id: str
    title: BiText
    passage_id: str
    groups: tuple[Group, ...]
    columns: tuple[BiText, BiText] = (BiText(), BiText())


Figure = SeriesFigure | RankingFigure | GroupsFigure


@dataclass(frozen=True, slots=True)
class Article:
    """A bilingual article: metadata, sections of passages and optional highlights."""

    id: str
    title: BiText
    event: Event
    sections: tuple[Section, ...]
    source: BiText = field(default_factory=BiText)
    waves: tuple[Highlight, ...] = ()
    trends: tuple[Highlight, ...] = ()
    keys: tuple[Highlight, ...] = ()
    figures: tuple[Figure, ...] = ()
    leftovers: tuple[Leftover, ...] = ()
    path: str = ""
    _index: dict[str, Any] = field(default_factory=dict, init=False, repr=False, compare=False)

    def passages(self) -> Iterator[Passage]:
        """Every passage, in reading order."""
        for section in self.sections:
            yield from section.passages

    def _lookup(self, kind: str) -> dict[str, Any]:
        """An id → item table built on first use (a book has thousands of passages)."""
        table = self._index.get(kind)
        if table is None:
            if kind == "passage":
                table = {p.id: p for p in self.passages()}
            elif kind == "section":
                table = {s.id: s for s in self.sections}
            else:  # the position of each passage in reading order
                table = {p.id: n for n, p in enumerate(self.passages())}
            self._index[kind] = table
        return table

    def passage(self, passage_id: str) -> Passage:
        """The passage with ``passage_id``; ``KeyError`` if there is none."""
        passage: Passage = self._lookup("passage")[passage_id]
        return passage

    def passage_number(self, passage_id: str) -> int:
        """The position of a passage in reading order (0-based); ``KeyError`` if there is none."""
        number: int = self._lookup("order")[passage_id]
        return number

    def section(self, section_id: str) -> Section:
        """The section with ``section_id``; ``KeyError`` if there is none."""
        section: Section = self._lookup("section")[section_id]
        return section

    def section_of(self, passage_id: str) -> Section:
        """The section that holds ``passage_id``."""
        return self.section(self.passage(passage_id).section_id)

    def figure(self, figure_id: str) -> Figure:
        """The figure with ``figure_id``; ``KeyError`` if there is none."""
        for figure in self.figures:
            if figure.id == figure_id:
                return figure
        raise KeyError(figure_id)

    def highlight(self, highlight_id: str) -> Highlight:
        """The wave, trend or key with ``highlight_id``; ``KeyError`` if there is none."""
        for item in (*self.waves, *self.trends, *self.keys):
            if item.id == highlight_id:
                return item
        raise KeyError(highlight_id)

    @property
    def has_highlights(self) -> bool:
        """True when the article carries trends, keys or figures (a briefing needs them)."""
        return bool(self.trends or self.keys or self.figures)

    def text_in(self, lang: Lang) -> str:
        """All passages in ``lang`` joined by newlines (for search and tests)."""
        return "\n".join(p.text.get(lang) or "" for p in self.passages())

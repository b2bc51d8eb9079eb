"""An article as library rows and back: sections and passages as rows, the rest as JSON.

The passages' text is stored as it is (verbatim); loading the rows gives back an article equal
to the one stored, section levels, highlights, figures and page leftovers included.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from wocdesk.model.article import (
    Article,
    Event,
    Group,
    GroupsFigure,
    Highlight,
    Leftover,
    Passage,
    RankedItem,
    RankingFigure,
    Section,
    SeriesFigure,
    SeriesPoint,
)
from wocdesk.model.text import BiText

# The model classes the JSON part may hold, by name (a stored name never changes meaning).
_TYPES: dict[str, type] = {
    cls.__name__: cls
    for cls in (
        BiText,
        Event,
        Group,
        GroupsFigure,
        Highlight,
        Leftover,
        RankedItem,
        RankingFigure,
        SeriesFigure,
        SeriesPoint,
    )
}
_EXTRA_FIELDS = ("event", "source", "waves", "trends", "keys", "figures", "leftovers")

SectionRow = tuple[int, str, str | None, str | None, int, int]
PassageRow = tuple[int, int, str, str | None, str | None]


@dataclass(frozen=True, slots=True)
class ArticleRows:
    """What the library stores of one article."""

    key: str
    title: BiText
    source: BiText
    date: str | None
    path: str
    extra: str
    sections: list[SectionRow]
    passages: list[PassageRow]
    chars_zh: int
    chars_en: int


def to_rows(article: Article) -> ArticleRows:
    """The rows that store ``article``."""
    sections: list[SectionRow] = []
    passages: list[PassageRow] = []
    chars = {"zh": 0, "en": 0}
    for section_number, section in enumerate(article.sections):
        sections.append(
            (
                section_number,
                section.id,
                section.title.zh,
                section.title.en,
                int(section.title_editorial),
                section.level,
            )
        )
        for passage in section.passages:
            passages.append((len(passages), section_number, passage.id, passage.zh, passage.en))
            chars["zh"] += len(passage.zh or "")
            chars["en"] += len(passage.en or "")
    extra = {name: _encode(getattr(article, name)) for name in _EXTRA_FIELDS}
    return ArticleRows(
        key=article.id,
        title=article.title,
        source=article.source,
        date=article.event.date.isoformat() if article.event.date else None,
        path=article.path,
        extra=json.dumps(extra, ensure_ascii=False, separators=(",", ":")),
        sections=sections,
        passages=passages,
        chars_zh=chars["zh"],
        chars_en=chars["en"],
    )


def from_rows(
    key: str,
    title: BiText,
    path: str,
    extra: str,
    sections: Sequence[SectionRow],
    passages: Iterable[PassageRow],
) -> Article:
    """The article stored in these rows (passages in reading order)."""
    grouped: dict[int, list[Passage]] = {number: [] for number, *_ in sections}
    section_ids = {number: section_id for number, section_id, *_ in sections}
    for _position, section_number, passage_id, zh, en in passages:
        grouped[section_number].append(
            Passage(passage_id, BiText(zh=zh, en=en), section_ids[section_number])
        )
    built = tuple(
        Section(
            section_id,
            BiText(zh=title_zh, en=title_en),
            tuple(grouped[number]),
            bool(editorial),
            level,
        )
        for number, section_id, title_zh, title_en, editorial, level in sections
    )
    data = json.loads(extra)
    fields = {name: _decode(data[name]) for name in _EXTRA_FIELDS if name in data}
    return Article(id=key, title=title, sections=built, path=path, **fields)


def _encode(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        name = type(value).__name__
        if name not in _TYPES:
            raise TypeError(f"the library cannot store a {name}")
        encoded = {
            field.name: _encode(getattr(value, field.name))
            for field in dataclasses.fields(value)
            if field.init
        }
        return {"$": name, **encoded}
    if isinstance(value, tuple | list):
        return [_encode(item) for item in value]
    if isinstance(value, dt.date):
        return {"$date": value.isoformat()}
    if value is None or isinstance(value, str | int | float | bool):
        return value
    raise TypeError(f"the library cannot store a {type(value).__name__}")


def _decode(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_decode(item) for item in value)
    if isinstance(value, dict):
        if "$date" in value:
            return dt.date.fromisoformat(value["$date"])
        cls = _TYPES[value["$"]]
        return cls(**{name: _decode(item) for name, item in value.items() if name != "$"})
    return value

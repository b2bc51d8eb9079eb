"""Write an article as an article file (TOML, through tomli-w): the one writer of the format."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from wocdesk.content.article_file.article_schema import SUPPORTED_FORMAT
from wocdesk.model.article import (
    Article,
    Event,
    Figure,
    GroupsFigure,
    Highlight,
    Leftover,
    RankingFigure,
    Section,
    SeriesFigure,
)
from wocdesk.model.text import LANGS, BiText


def article_data(article: Article) -> dict[str, Any]:
    """The article as the plain data of an article file (what ``tomllib`` would read back)."""
    data: dict[str, Any] = {"format": SUPPORTED_FORMAT, "id": article.id}
    data["title"] = _bitext(article.title)
    if article.source.languages:
        data["source"] = _bitext(article.source)
    event = _event(article.event, article.title)
    if event:
        data["event"] = event
    data["sections"] = [_section(s) for s in article.sections]
    for kind in ("waves", "trends", "keys"):
        items = getattr(article, kind)
        if items:
            data[kind] = [_highlight(h) for h in items]
    if article.figures:
        data["figures"] = [_figure(f) for f in article.figures]
    if article.leftovers:
        data["leftovers"] = [_leftover(item) for item in article.leftovers]
    return data


def article_toml(article: Article, comment: str = "") -> str:
    """The text of an article file for ``article``, after ``comment`` lines (``# …``) if given."""
    import tomli_w

    head = "".join(f"# {line}\n" for line in comment.splitlines())
    return head + tomli_w.dumps(article_data(article))


def write_article(article: Article, path: str | Path, comment: str = "") -> Path:
    """Write ``article`` to ``path`` atomically (see :func:`write_text_atomically`)."""
    from wocdesk.content.destination import write_text_atomically

    return write_text_atomically(path, article_toml(article, comment))


def _bitext(text: BiText) -> dict[str, str]:
    return {lang: value for lang in LANGS if (value := text.get(lang)) is not None}


def _event(event: Event, title: BiText) -> dict[str, Any]:
    if event == Event(name=title):
        return {}  # what the loader makes of an article without an [event] table
    data: dict[str, Any] = {"name": _bitext(event.name)}
    if event.date is not None:
        data["date"] = event.date
    for key in ("place", "organiser", "speaker", "speaker_role"):
        value: BiText = getattr(event, key)
        if value.languages:
            data[key] = _bitext(value)
    return data


def _section(section: Section) -> dict[str, Any]:
    data: dict[str, Any] = {"id": section.id}
    if section.level != 1:
        data["level"] = section.level
    if section.title_editorial:
        data["editorial_title"] = True
    data["title"] = _bitext(section.title)
    passages = []
    for passage in section.passages:
        item: dict[str, Any] = {"id": passage.id, **_bitext(passage.text)}
        if passage.is_one_language:
            item["only"] = passage.text.languages[0]
        passages.append(item)
    if passages:
        data["passages"] = passages
    return data


def _highlight(item: Highlight) -> dict[str, Any]:
    data: dict[str, Any] = {"id": item.id, "passage": item.passage_id, "name": _bitext(item.name)}
    for key in ("detail", "summary"):
        value: BiText = getattr(item, key)
        if value.languages:
            data[key] = _bitext(value)
    return data


def _figure(figure: Figure) -> dict[str, Any]:
    data: dict[str, Any] = {"id": figure.id, "passage": figure.passage_id}
    if isinstance(figure, SeriesFigure):
        data |= {"kind": "series", "unit": figure.unit, "title": _bitext(figure.title)}
        data["points"] = [{"label": _bitext(p.label), "value": p.value} for p in figure.points]
    elif isinstance(figure, RankingFigure):
        data |= {"kind": "ranking", "title": _bitext(figure.title)}
        if figure.note.languages:
            data["note"] = _bitext(figure.note)
        data["items"] = [{"rank": i.rank, "name": _bitext(i.name)} for i in figure.items]
    elif isinstance(figure, GroupsFigure):
        data |= {"kind": "groups", "title": _bitext(figure.title)}
        data["columns"] = [_bitext(c) for c in figure.columns]
        data["groups"] = [
            {"name": _bitext(g.name), "members": [_bitext(m) for m in g.members]}
            for g in figure.groups
        ]
    return data


def _leftover(item: Leftover) -> dict[str, Any]:
    data: dict[str, Any] = {"kind": item.kind, "text": item.text}
    if item.before is not None:
        data["before"] = item.before
    return data

"""Edits of an outline's slides as TOML data: new slides, a change of kind, key points in and out.

Plain Python on the data ``outline_data`` gives (a list of slide tables); the outline document
rebuilds and checks the outline from it after every edit.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping
from typing import Any

from wocdesk.briefing.keypoints import KeyPoints
from wocdesk.model.article import Article, Section
from wocdesk.model.text import LANGS, BiText

Slide = dict[str, Any]
# The kinds the panel offers, in its order; some only for articles that have what they draw.
EDITABLE_KINDS = (
    "cover",
    "points",
    "quote",
    "chart",
    "table",
    "agenda",
    "credits",
    "title",
    "waves",
    "trends",
    "keys",
    "trend",
    "source",
    "closing",
)
CARD_KINDS = {"waves": "waves", "trends": "trends", "keys": "keys"}
EMPTY_DATA = {"labels": ["1", "2", "3"], "values": [0, 0, 0], "unit": "count"}
KEEP = {
    "cover": ("subtitle",),
    "title": ("subtitle",),
    "credits": ("text",),
    "closing": ("text",),
    "source": ("text",),
}


def table(text: BiText) -> dict[str, str]:
    """``{zh, en}`` with the languages ``text`` has."""
    return {lang: value for lang in LANGS if (value := text.get(lang)) is not None}


def kinds_for(article: Article) -> list[str]:
    """The kinds a slide of ``article`` may take (cards only where it has waves, trends, keys)."""
    have = {"waves": article.waves, "trends": article.trends, "keys": article.keys}
    return [
        kind
        for kind in EDITABLE_KINDS
        if (kind not in have or have[kind])
        and (kind != "trend" or article.trends)
        and (kind != "title" or article.event.name.languages)
    ]


def passages_of(slide: Mapping[str, Any], points: KeyPoints) -> list[str]:
    """The passages a slide draws on: its items, its quote, its passages, its notes."""
    found: list[str] = []
    by_id = {p.id: p for p in points.points}
    for item in slide.get("items", ()):
        if isinstance(item, Mapping):
            if isinstance(item.get("passage"), str):
                found.append(item["passage"])
            elif item.get("point") in by_id:
                found.append(by_id[item["point"]].passage_id)
    quote = slide.get("quote")
    if isinstance(quote, Mapping) and isinstance(quote.get("passage"), str):
        found.append(quote["passage"])
    found += [p for p in (*slide.get("passages", ()), *(slide.get("notes") or ())) if p]
    return list(dict.fromkeys(found))


def new_points_slide(section: Section, passage_id: str) -> Slide:
    """A points slide titled like ``section`` showing the opening sentence of ``passage_id``."""
    return {"kind": "points", "title": table(section.title), "items": [{"passage": passage_id}]}


def convert(
    slide: Mapping[str, Any], kind: str, article: Article, points: KeyPoints, here: str
) -> Slide:
    """``slide`` as a slide of ``kind``, keeping its title, notes and what still fits.

    ``here`` is the passage being read, used where the new kind needs one and the slide names
    none.
    """
    old = copy.deepcopy(dict(slide))
    new: Slide = {"kind": kind}
    if "title" in old:
        new["title"] = old["title"]
    passages = passages_of(old, points) or [here]
    if kind == "points":
        items = old.get("items") if old.get("kind") == "points" else None
        new["items"] = items or [{"passage": pid} for pid in passages]
    elif kind == "quote":
        new["quote"] = {"passage": passages[0]}
    elif kind in ("chart", "table"):
        if isinstance(old.get("data"), Mapping):
            new["data"] = old["data"]
        elif isinstance(old.get("figure"), str):
            new["figure"] = old["figure"]
        else:
            new["data"] = copy.deepcopy(EMPTY_DATA)
    elif kind == "agenda":
        chapters = [s for s in article.sections if s.level <= 1] or list(article.sections)
        new["items"] = [table(s.title) for s in chapters] or [{"en": "…", "zh": "…"}]
    elif kind in CARD_KINDS:
        source = {"waves": article.waves, "trends": article.trends, "keys": article.keys}[kind]
        new["highlights"] = [h.id for h in source]
    elif kind == "trend":
        new["highlight"] = article.trends[0].id if article.trends else ""
    for key in KEEP.get(kind, ()):
        if key in old:
            new[key] = old[key]
    if "notes" in old:
        new["notes"] = old["notes"]
    return new


def _section_index(article: Article, passage_id: str) -> int:
    try:
        section = article.section_of(passage_id)
    except KeyError:
        return -1
    return next(i for i, s in enumerate(article.sections) if s.id == section.id)


def add_point(slides: list[Slide], point_id: str, article: Article, points: KeyPoints) -> None:
    """Put a new key point on its section's points slide (a new slide when there is none).

    A slide of opening sentences of that section gives way to the point, as in the default
    outline; a slide that already shows key points gets it at the end.
    """
    point = points.point(point_id)
    home = _section_index(article, point.passage_id)
    for slide in slides:
        if slide.get("kind") != "points":
            continue
        drawn = passages_of({"items": slide.get("items", ())}, points)
        if not drawn or not all(_section_index(article, p) == home for p in drawn):
            continue
        items = [i for i in slide.get("items", ()) if isinstance(i, Mapping)]
        if all("passage" in i for i in items):
            items = []  # the section's extracts give way to what the user marked
        slide["items"] = [*items, {"point": point_id}]
        return
    section = article.section_of(point.passage_id)
    new = {"kind": "points", "title": table(section.title), "items": [{"point": point_id}]}
    at = _insertion_point(slides, home, article, points)
    slides.insert(at, new)


def _insertion_point(slides: list[Slide], home: int, article: Article, points: KeyPoints) -> int:
    """After the last slide drawing on this section or an earlier one; else before the end."""
    at = None
    for index, slide in enumerate(slides):
        sections = [_section_index(article, p) for p in passages_of(slide, points)]
        if any(0 <= s <= home for s in sections) and slide.get("kind") not in ("credits", "source"):
            at = index + 1
    if at is not None:
        return at
    closing = len(slides) - 1 if slides and slides[-1].get("kind") in ("credits", "source") else 0
    return max(closing, min(2, len(slides)))


def remove_points(slides: list[Slide], point_ids: Iterable[str]) -> None:
    """Take key points off the slides; a points slide left with nothing goes."""
    gone = set(point_ids)
    for slide in list(slides):
        if slide.get("kind") != "points":
            continue
        items = [
            i
            for i in slide.get("items", ())
            if not (isinstance(i, Mapping) and i.get("point") in gone)
        ]
        if not items:
            slides.remove(slide)
        else:
            slide["items"] = items

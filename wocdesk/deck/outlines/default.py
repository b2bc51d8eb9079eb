"""The outline a deck uses: the user's, the article's own, or one made from the article.

The bundled article has its curated outline; any other article gets a default outline computed
from its structure and the key points marked in it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from wocdesk.deck.layout.memo import sentence_spans
from wocdesk.deck.outlines.outline import Outline, load_outline, outline_from_data
from wocdesk.deck.outlines.schema import DEFAULT_LABELS
from wocdesk.model import Article, BiText, Section
from wocdesk.model.text import LANGS

if TYPE_CHECKING:  # key points load only for a default outline, not for the curated one
    from wocdesk.briefing.keypoints import KeyPoint, KeyPoints

BUNDLED_ARTICLE_ID = "frontier-tech-china-practice"
AGENDA_TITLE = BiText("议程", "Agenda")
BRIEFING = BiText("简报", "Briefing")
USED_LABELS = ("source", "continued", "extract", "verbatim", "credits", "credits_text")


def outline_for(article: Article, path: str | Path | None = None) -> Outline:
    """The outline of ``article``'s deck: the file ``path``, its own, or its default outline.

    Without ``path``: the bundled article's curated outline for the bundled article, else
    :func:`default_outline`.
    """
    return resolved_outline(article, path)[0]


def resolved_outline(article: Article, path: str | Path | None = None) -> tuple[Outline, bool]:
    """:func:`outline_for`, and whether it was checked against ``article`` on the way.

    The curated outline is used only when every id it names resolves, so it needs no second
    check; a file and a default outline are checked by the planner.
    """
    if path is not None:
        return load_outline(path), False
    curated = curated_outline(article)
    if curated is not None:
        return curated, True
    return default_outline(article), False


def is_bundled(article: Article) -> bool:
    """True for the bundled article (by its file, or its id when it was copied unchanged)."""
    from wocdesk.resources import bundled_article_path

    if article.id == BUNDLED_ARTICLE_ID:
        return True
    try:
        return bool(article.path) and Path(article.path).resolve() == bundled_article_path()
    except OSError:
        return False


def curated_outline(article: Article) -> Outline | None:
    """The bundled curated outline for the bundled article, if every id it names resolves."""
    if not is_bundled(article):
        return None
    from wocdesk.deck.outlines.check import outline_problems

    outline = load_outline()
    return None if outline_problems(outline, article) else outline


def default_outline(article: Article, points: KeyPoints | None = None) -> Outline:
    """The default outline of any article (``points``: its key points, else the stored ones)."""
    data = default_outline_data(article, points)
    where = Path(article.path).name if article.path else article.id
    return outline_from_data(data, f"{where} (default outline)")


def default_outline_data(article: Article, points: KeyPoints | None = None) -> dict[str, Any]:
    """The default outline as TOML data.

    A cover, an agenda of the sections, one slide per section (its key points, else the
    opening sentence of each passage), one per group of points, and a credits slide.
    """
    from wocdesk.briefing.keypoints import usable

    if points is None:
        from wocdesk.briefing.store import key_points_of

        points = key_points_of(article)
    points = usable(points, article)
    name = Path(article.path).stem if article.path else article.id
    slides: list[dict[str, Any]] = [{"kind": "cover", "subtitle": _table(BRIEFING)}]
    chapters = [s for s in article.sections if s.level <= 1] or list(article.sections)
    if len(chapters) >= 2:
        slides.append(
            {
                "kind": "agenda",
                "title": _table(AGENDA_TITLE),
                "items": [_table(s.title) for s in chapters],
                "notes": [],
            }
        )
    section_of = {p.id: p.section_id for p in article.passages()}
    groups = {g.id: g for g in points.groups}
    first_section = {
        gid: section_of[members[0].passage_id]
        for gid in groups
        if (members := points.in_group(gid))
    }
    marked = {section_of[p.passage_id] for p in points.points}
    for section in article.sections:
        own = [
            p for p in points.points if p.group is None and section_of[p.passage_id] == section.id
        ]
        if own:
            slides += _points_slides(section.title, own, article)
        elif section.id not in marked:
            slides += _extract_slides(section)
        for gid, home in first_section.items():
            if home == section.id:
                slides += _points_slides(groups[gid].title, list(points.in_group(gid)), article)
    slides.append({"kind": "credits", "notes": []})
    title = article.title
    return {
        "format": 1,
        "name": name,
        "title": _table(title),
        "labels": {k: _table(DEFAULT_LABELS[k]) for k in USED_LABELS},
        "slides": slides,
    }


def _table(text: BiText) -> dict[str, str]:
    return {lang: value for lang in LANGS if (value := text.get(lang)) is not None}


def _paged(title: BiText, items: list[dict[str, Any]], words: list[BiText]) -> list[dict[str, Any]]:
    """One points slide per page of entries; pages after the first say they continue."""
    from wocdesk.deck.kinds.article import outline_pages

    more = DEFAULT_LABELS["continued"]
    slides = []
    for number, page in enumerate(outline_pages(words)):
        shown = title
        if number:
            shown = BiText(
                f"{title.zh}{more.zh}" if title.zh else None,
                f"{title.en} {more.en}" if title.en else None,
            )
        slides.append({"kind": "points", "title": _table(shown), "items": [items[i] for i in page]})
    return slides


def _points_slides(title: BiText, points: list[KeyPoint], article: Article) -> list[dict[str, Any]]:
    from wocdesk.briefing.keypoints import shown_words

    words = [shown_words(p, article)[0] for p in points]
    return _paged(title, [{"point": p.id} for p in points], words)


def _extract_slides(section: Section) -> list[dict[str, Any]]:
    """Slides of the opening sentence of each passage of ``section``.

    Lines the original has in one language only (captions, attributions) are left out when the
    section has bilingual ones.
    """
    chosen = [p for p in section.passages if not p.is_one_language] or list(section.passages)
    words = [BiText(*(_opening(p.text.get(lang)) for lang in LANGS)) for p in chosen]
    return _paged(section.title, [{"passage": p.id} for p in chosen], words)


def _opening(text: str | None) -> str | None:
    if not text:
        return None
    spans = sentence_spans(text)
    return text[spans[0][0] : spans[0][1]] if spans else None

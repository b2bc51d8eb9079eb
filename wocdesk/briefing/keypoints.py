"""Key points: sentences (or any span) a user marks in a passage, with titles per language.

A key point is (article, passage id, span (start, end) into the passage's text in one language,
titles per language). A language without a title shows the source's own words: the marked span
in its language, and in the other language the sentence at the same place in the passage. Points
are kept in the user's order; a point may belong to a group, which becomes one slide.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from wocdesk.briefing.did_you_mean import short
from wocdesk.briefing.sentences import sentence_spans
from wocdesk.i18n import _
from wocdesk.model.article import Article, Passage
from wocdesk.model.text import LANGS, BiText, Lang, other_lang


@dataclass(frozen=True, slots=True)
class KeyPoint:
    """One marked span of a passage; ``text`` is the span's words when marked (to re-find them)."""

    id: str
    passage_id: str
    lang: Lang
    start: int
    end: int
    title: BiText = field(default_factory=BiText)
    group: str | None = None
    text: str = ""


@dataclass(frozen=True, slots=True)
class PointGroup:
    """A named group of key points: one slide, titled in each language."""

    id: str
    title: BiText


@dataclass(frozen=True, slots=True)
class KeyPoints:
    """The key points of one article, in order, and the groups they may belong to."""

    article_id: str
    points: tuple[KeyPoint, ...] = ()
    groups: tuple[PointGroup, ...] = ()

    def point(self, point_id: str) -> KeyPoint:
        """The point with ``point_id``; ``KeyError`` if there is none."""
        for point in self.points:
            if point.id == point_id:
                return point
        raise KeyError(point_id)

    def group(self, group_id: str) -> PointGroup:
        """The group with ``group_id``; ``KeyError`` if there is none."""
        for group in self.groups:
            if group.id == group_id:
                return group
        raise KeyError(group_id)

    def in_group(self, group_id: str) -> tuple[KeyPoint, ...]:
        """The points of a group, in order."""
        return tuple(p for p in self.points if p.group == group_id)


class SpanError(ValueError):
    """A span that does not fit the passage's text."""


def new_id(taken: Iterable[str], prefix: str = "kp") -> str:
    """``kp-1``, ``kp-2``, …: the first such id not in ``taken``."""
    used = set(taken)
    number = len(used) + 1
    for candidate in range(1, number + 1):
        if f"{prefix}-{candidate}" not in used:
            return f"{prefix}-{candidate}"
    return f"{prefix}-{number}"  # pragma: no cover - the loop always finds one


def mark(
    article: Article,
    passage_id: str,
    lang: Lang,
    start: int,
    end: int,
    *,
    taken: Iterable[str] = (),
    title: BiText | None = None,
    group: str | None = None,
) -> KeyPoint:
    """A new key point on ``passage_id``'s text in ``lang`` from ``start`` to ``end``.

    Raises ``KeyError`` for an unknown passage and :class:`SpanError` for a span outside the
    text (or a language the passage lacks).
    """
    passage = article.passage(passage_id)
    text = passage.text.get(lang)
    if text is None:
        raise SpanError(f"passage {passage_id!r} has no {lang} text")
    if not 0 <= start < end <= len(text):
        raise SpanError(f"span {start}-{end} is outside passage {passage_id!r} ({len(text)})")
    return KeyPoint(
        new_id(taken), passage_id, lang, start, end, title or BiText(), group, text[start:end]
    )


def mark_sentence(
    article: Article, passage_id: str, lang: Lang, number: int, *, taken: Iterable[str] = ()
) -> KeyPoint:
    """A new key point on sentence ``number`` (from 0) of a passage in ``lang``."""
    text = article.passage(passage_id).text.get(lang) or ""
    spans = sentence_spans(text)
    if not 0 <= number < len(spans):
        raise SpanError(f"passage {passage_id!r} has {len(spans)} sentences in {lang}")
    return mark(article, passage_id, lang, *spans[number], taken=taken)


def counterpart(passage: Passage, lang: Lang, start: int, end: int) -> tuple[int, int] | None:
    """The sentence of the other language at the same place as ``start``-``end`` in ``lang``.

    With the same number of sentences on both sides the n-th answers the n-th; otherwise the
    sentence at the same relative position. ``None`` when the other language has no text.
    """
    text = passage.text.get(lang) or ""
    other = passage.text.get(other_lang(lang))
    if not other or not text:
        return None
    mine = sentence_spans(text)
    theirs = sentence_spans(other)
    if not theirs:
        return None
    index = next((i for i, (a, b) in enumerate(mine) if a <= start < b), 0)
    if len(mine) != len(theirs):
        middle = (start + end) / 2 / len(text)
        index = min(int(middle * len(theirs)), len(theirs) - 1)
    return theirs[min(index, len(theirs) - 1)]


def source_words(point: KeyPoint, article: Article) -> BiText:
    """The source's own words for ``point`` in each language (``None`` where there are none)."""
    passage = article.passage(point.passage_id)
    words: dict[Lang, str | None] = {}
    own = passage.text.get(point.lang) or ""
    words[point.lang] = own[point.start : point.end] or None
    other = other_lang(point.lang)
    span = counterpart(passage, point.lang, point.start, point.end)
    other_text = passage.text.get(other) or ""
    words[other] = other_text[span[0] : span[1]] if span else None
    return BiText(words["zh"], words["en"])


def shown_words(point: KeyPoint, article: Article) -> tuple[BiText, tuple[Lang, ...]]:
    """What a point shows per language and the languages in which it is the source's words.

    A language with a title shows the title; without one, the source's own words (verbatim).
    """
    source = source_words(point, article)
    verbatim = tuple(x for x in LANGS if not point.title.get(x) and source.get(x))
    shown = BiText(*(point.title.get(x) or source.get(x) for x in LANGS))
    return shown, verbatim


def anchor(point: KeyPoint, article: Article) -> KeyPoint | None:
    """``point`` re-anchored to where its words are now; ``None`` when they are gone.

    The article may have changed since the point was marked: the words are looked up again.
    """
    try:
        passage = article.passage(point.passage_id)
    except KeyError:
        return None
    text = passage.text.get(point.lang)
    if text is None:
        return None
    if not point.text:
        return point if 0 <= point.start < point.end <= len(text) else None
    if text[point.start : point.end] == point.text:
        return point
    found = text.find(point.text)
    if found < 0:
        return None
    return replace(point, start=found, end=found + len(point.text))


def problems(points: KeyPoints, article: Article) -> list[str]:
    """One line per point that no longer fits the article (its passage or words are gone)."""
    out = []
    for point in points.points:
        if anchor(point, article) is None:
            try:
                article.passage(point.passage_id)
            except KeyError:
                out.append(
                    _("key point {point}: no passage {passage}").format(
                        point=short(point.id), passage=short(point.passage_id)
                    )
                )
                continue
            out.append(
                _("key point {point}: its words are no longer in {passage}").format(
                    point=short(point.id), passage=short(point.passage_id)
                )
            )
    return out


def usable(points: KeyPoints, article: Article) -> KeyPoints:
    """``points`` re-anchored to the article, without those that no longer fit it."""
    kept = tuple(a for p in points.points if (a := anchor(p, article)) is not None)
    return replace(points, points=kept)

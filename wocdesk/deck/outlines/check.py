"""Check an outline against an article: every id it names must exist.

Problems come back as data (for a dialog that disables Export) or as one short
:class:`OutlineError` line.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wocdesk.deck.errors import OutlineError
from wocdesk.deck.outlines.outline import Outline, SlideSpec
from wocdesk.deck.outlines.schema import short
from wocdesk.i18n import _
from wocdesk.model import Article, GroupsFigure, RankingFigure, SeriesFigure

FIGURE_KINDS: dict[str, tuple[type, ...]] = {
    "chart": (SeriesFigure,),
    "ranking": (RankingFigure,),
    "table": (GroupsFigure, RankingFigure),
    "figure": (SeriesFigure, GroupsFigure, RankingFigure),
}


@dataclass(frozen=True, slots=True)
class OutlineProblem:
    """Something an outline names that the article lacks: where (slide, key) and what."""

    path: str
    slide: int | None
    key: str | None
    message: str

    def error(self) -> OutlineError:
        """The problem as the error the export raises."""
        return OutlineError(self.message, self.path, self.slide, self.key)

    def __str__(self) -> str:
        return str(self.error())


def outline_problems(outline: Outline, article: Article) -> list[OutlineProblem]:
    """Every reference of ``outline`` that ``article`` (and its key points) does not resolve."""
    return list(_problems(outline, article))


def check_outline(outline: Outline, article: Article) -> None:
    """Raise the first problem of :func:`outline_problems` as an :class:`OutlineError`."""
    for problem in _problems(outline, article):
        raise problem.error()


def outline_file_problems(path: str | Path | None, article: Article) -> list[OutlineProblem]:
    """The problems of the outline ``article``'s deck would use with ``path`` (None: its own).

    A file that cannot be read or parsed is one problem too.
    """
    from wocdesk.deck.outlines.default import outline_for
    from wocdesk.errors import WocdeskError

    try:
        outline = outline_for(article, path)
    except OutlineError as exc:
        return [OutlineProblem(exc.path, exc.slide, exc.key, exc.message)]
    except WocdeskError as exc:
        return [OutlineProblem(str(path or ""), None, None, str(exc))]
    return outline_problems(outline, article)


class _Known:
    """The ids of an article, gathered once."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.passages = {p.id for p in article.passages()}
        self.highlights = {h.id for h in (*article.waves, *article.trends, *article.keys)}
        self.figures = {f.id: f for f in article.figures}
        self._points: set[str] | None = None

    @property
    def points(self) -> set[str]:
        if self._points is None:
            from wocdesk.briefing.keypoints import usable
            from wocdesk.briefing.store import key_points_of

            stored = usable(key_points_of(self.article), self.article)
            self._points = {p.id for p in stored.points}
        return self._points


def _problems(outline: Outline, article: Article) -> Iterator[OutlineProblem]:
    known = _Known(article)
    for spec in outline.slides:
        for key, message in _slide_problems(spec, known):
            yield OutlineProblem(outline.path, spec.number, key, message)


def _missing(kind: str, value: object, pool: set[str] | Mapping[str, Any]) -> str:
    messages = {
        "passage": _("no passage {value} in the article{hint}"),
        "highlight": _("no wave, trend or key {value} in the article{hint}"),
        "trend": _("no trend {value} in the article{hint}"),
        "figure": _("no figure {value} in the article{hint}"),
        "point": _("no key point {value} among the article's key points{hint}"),
    }
    from wocdesk.briefing.did_you_mean import did_you_mean

    return messages[kind].format(value=short(value), hint=did_you_mean(value, list(pool)))


def _slide_problems(spec: SlideSpec, known: _Known) -> Iterator[tuple[str, str]]:
    keys = spec.keys
    for pid in spec.notes or ():
        if pid not in known.passages:
            yield "notes", _missing("passage", pid, known.passages)
    for hid in keys.get("highlights", ()):
        if hid not in known.highlights:
            yield "highlights", _missing("highlight", hid, known.highlights)
    if "highlight" in keys and keys["highlight"] not in known.highlights:
        yield "highlight", _missing("trend", keys["highlight"], known.highlights)
    for key, kinds in FIGURE_KINDS.items():
        if key not in keys:
            continue
        fid = keys[key]
        if fid not in known.figures:
            yield key, _missing("figure", fid, known.figures)
        elif not isinstance(known.figures[fid], kinds):
            message = _("figure {value} is not a {kind}")
            yield key, message.format(value=short(fid), kind=kinds[0].__name__)
    for pid in keys.get("passages", ()):
        if pid not in known.passages:
            yield "passages", _missing("passage", pid, known.passages)
    if "quote" in keys:
        yield from _quote_problems(keys["quote"], known)
    if spec.kind == "points":
        yield from _item_problems(keys["items"], known)


def _quote_problems(quote: Mapping[str, Any], known: _Known) -> Iterator[tuple[str, str]]:
    from wocdesk.deck.outlines.schema import bitext

    pid = quote["passage"]
    if pid not in known.passages:
        yield "quote.passage", _missing("passage", pid, known.passages)
        return
    passage = known.article.passage(pid)
    for end in ("start", "end"):
        if end not in quote:
            continue
        markers = bitext(quote[end], "", None, f"quote.{end}")
        for lang in ("zh", "en"):
            marker = markers.get(lang)
            text = passage.text.get(lang)
            if marker and text is not None and marker not in text:
                message = _("{marker} is not in passage {value}")
                yield f"quote.{end}.{lang}", message.format(marker=short(marker), value=short(pid))


def _item_problems(items: list[Mapping[str, Any]], known: _Known) -> Iterator[tuple[str, str]]:
    from wocdesk.deck.layout.memo import sentence_spans

    for number, item in enumerate(items, start=1):
        key = f"items[{number}]"
        if "point" in item:
            if item["point"] not in known.points:
                yield f"{key}.point", _missing("point", item["point"], known.points)
            continue
        pid = item["passage"]
        if pid not in known.passages:
            yield f"{key}.passage", _missing("passage", pid, known.passages)
            continue
        wanted = item.get("sentence", 1)
        text = known.article.passage(pid).text
        most = max(len(sentence_spans(text.get(lang) or "")) for lang in ("zh", "en"))
        if wanted > most:
            message = _("passage {value} has {count} sentences, not {wanted}")
            yield f"{key}.sentence", message.format(value=short(pid), count=most, wanted=wanted)

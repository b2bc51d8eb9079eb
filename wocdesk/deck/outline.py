"""Deck outlines (``slides/*.toml``): load, check against the article, report errors by slide."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wocdesk.deck.errors import OutlineError
from wocdesk.model import Article, BiText, GroupsFigure, RankingFigure, SeriesFigure

COMMON_KEYS = {"kind", "title", "notes"}
# For each kind: its required keys and its optional keys (besides the common ones).
KINDS: dict[str, tuple[set[str], set[str]]] = {
    "title": (set(), {"subtitle"}),
    "agenda": ({"items"}, set()),
    "waves": ({"highlights"}, {"show", "footnote", "quote"}),
    "trends": ({"highlights"}, {"show", "footnote", "other_name", "quote"}),
    "keys": ({"highlights"}, {"show", "footnote", "quote"}),
    "trend": ({"highlight"}, {"label", "chart", "ranking", "table", "quote"}),
    "chart": ({"figure"}, set()),
    "table": ({"figure"}, set()),
    "quote": ({"quote"}, set()),
    "source": (set(), {"passages", "text"}),
    "closing": (set(), {"text"}),
}
SHOW_CHOICES = ("name", "detail", "summary")
DEFAULT_LABELS = {
    "source": BiText("来源", "Source"),
    "continued": BiText("(续)", "(continued)"),
    "ours": BiText("* 概述为本工具所加,非原文。", "* Summaries are ours, not the publisher’s."),
    "trend": BiText("趋势", "Trend"),
}


@dataclass(frozen=True, slots=True)
class SlideSpec:
    """One slide of an outline: its kind, optional title, notes passages and its other keys."""

    number: int
    kind: str
    title: BiText | None
    notes: tuple[str, ...] | None
    keys: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Outline:
    """A deck outline: a name, a deck title, labels and the slides in order."""

    path: str
    name: str
    title: BiText
    slides: tuple[SlideSpec, ...]
    labels: Mapping[str, BiText] = field(default_factory=dict)

    def label(self, key: str) -> BiText:
        """A deck label (``source``, ``continued``, ``ours``, ``trend``) from the outline."""
        return self.labels.get(key) or DEFAULT_LABELS[key]


def bitext(value: Any, path: str, slide: int | None, key: str) -> BiText:
    """Read ``{zh = "...", en = "..."}`` (or a plain string for both) or raise naming the key."""
    if isinstance(value, str):
        return BiText(value, value)
    if not isinstance(value, Mapping) or not value:
        raise OutlineError('expected a table like { zh = "…", en = "…" }', path, slide, key)
    unknown = set(value) - {"zh", "en"}
    if unknown:
        raise OutlineError(
            f"unknown language {sorted(unknown)[0]!r} (use zh and en)", path, slide, key
        )
    for lang, text in value.items():
        if not isinstance(text, str):
            raise OutlineError("expected text", path, slide, f"{key}.{lang}")
    return BiText(value.get("zh"), value.get("en"))


ID_LIST_KEYS = frozenset({"highlights", "passages"})


def _id_list(value: Any, path: str, slide: int, key: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise OutlineError("expected a list of ids", path, slide, key)
    return tuple(value)


def parse_outline(text: str, path: str | Path = "outline") -> Outline:
    """Parse outline TOML text; raise :class:`OutlineError` naming the file, slide and key."""
    where = str(path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise OutlineError(f"not valid TOML: {exc}", where) from None
    slides_raw = data.get("slides")
    if not isinstance(slides_raw, list) or not slides_raw:
        raise OutlineError(
            "no [[slides]]: an outline lists at least one slide", where, None, "slides"
        )
    labels_raw = data.get("labels", {})
    if not isinstance(labels_raw, Mapping):
        raise OutlineError("expected a table", where, None, "labels")
    labels = {k: bitext(v, where, None, f"labels.{k}") for k, v in labels_raw.items()}
    title = bitext(data.get("title", "Briefing"), where, None, "title")
    slides = []
    for number, raw in enumerate(slides_raw, start=1):
        if not isinstance(raw, Mapping):
            raise OutlineError("expected a table", where, number)
        kind = raw.get("kind")
        if not isinstance(kind, str) or kind not in KINDS:
            choices = ", ".join(KINDS)
            raise OutlineError(f"unknown kind {kind!r} (choose {choices})", where, number, "kind")
        required, optional = KINDS[kind]
        for key in sorted(required - set(raw)):
            raise OutlineError(f"missing (a {kind} slide needs it)", where, number, key)
        for key in sorted(set(raw) - required - optional - COMMON_KEYS):
            allowed = ", ".join(sorted(required | optional | COMMON_KEYS))
            raise OutlineError(
                f"unknown key for a {kind} slide (keys: {allowed})", where, number, key
            )
        title_value = bitext(raw["title"], where, number, "title") if "title" in raw else None
        notes = _id_list(raw["notes"], where, number, "notes") if "notes" in raw else None
        keys = {k: v for k, v in raw.items() if k not in COMMON_KEYS}
        for key in ID_LIST_KEYS & set(keys):  # one id or a list of ids: always a tuple after this
            keys[key] = _id_list(keys[key], where, number, key)
        slides.append(SlideSpec(number, kind, title_value, notes, keys))
    name = str(data.get("name") or Path(where).stem)
    return Outline(where, name, title, tuple(slides), labels)


def load_outline(path: str | Path | None = None) -> Outline:
    """Read an outline file (the bundled ``slides/briefing.toml`` when ``path`` is None)."""
    from wocdesk.content.files import read_utf8
    from wocdesk.resources import default_outline_path

    file = Path(path) if path is not None else default_outline_path()
    text = read_utf8(
        file,
        "an outline file",
        lambda message, line: OutlineError(
            message if line is None else f"{message} (line {line})", file
        ),
    )
    return parse_outline(text, file)


def check_outline(outline: Outline, article: Article) -> None:
    """Raise :class:`OutlineError` for the first reference the article does not resolve."""
    passages = {p.id for p in article.passages()}
    highlights = {h.id for h in (*article.waves, *article.trends, *article.keys)}
    figures = {f.id: f for f in article.figures}
    path = outline.path

    def need(ok: bool, what: str, value: object, known: object, spec: SlideSpec, key: str) -> None:
        if not ok:
            names = ", ".join(sorted(known))  # type: ignore[call-overload]
            raise OutlineError(
                f"no {what} {value!r} in the article (known: {names})", path, spec.number, key
            )

    for spec in outline.slides:
        for pid in spec.notes or ():
            need(pid in passages, "passage", pid, passages, spec, "notes")
        keys = spec.keys
        if "highlights" in keys:
            for hid in _id_list(keys["highlights"], path, spec.number, "highlights"):
                need(hid in highlights, "wave, trend or key", hid, highlights, spec, "highlights")
        if "highlight" in keys:
            hid = keys["highlight"]
            need(
                isinstance(hid, str) and hid in highlights,
                "trend",
                hid,
                highlights,
                spec,
                "highlight",
            )
        if "show" in keys and keys["show"] not in SHOW_CHOICES:
            raise OutlineError(
                f"expected one of {', '.join(SHOW_CHOICES)}", path, spec.number, "show"
            )
        for key, kinds in (
            ("chart", (SeriesFigure,)),
            ("ranking", (RankingFigure,)),
            ("table", (GroupsFigure, RankingFigure)),
            ("figure", (SeriesFigure, GroupsFigure, RankingFigure)),
        ):
            if key in keys:
                fid = keys[key]
                need(isinstance(fid, str) and fid in figures, "figure", fid, figures, spec, key)
                if not isinstance(figures[fid], kinds):
                    raise OutlineError(
                        f"figure {fid!r} is not a {kinds[0].__name__}", path, spec.number, key
                    )
        if "passages" in keys:
            for pid in _id_list(keys["passages"], path, spec.number, "passages"):
                need(pid in passages, "passage", pid, passages, spec, "passages")
        if "quote" in keys:
            _check_quote(keys["quote"], article, passages, path, spec)
        if "items" in keys:
            items = keys["items"]
            if not isinstance(items, list) or not items:
                raise OutlineError(
                    "expected a list of { zh, en } tables", path, spec.number, "items"
                )
            for index, item in enumerate(items, start=1):
                bitext(item, path, spec.number, f"items[{index}]")
        for key in ("subtitle", "footnote", "label", "text", "other_name"):
            if key in keys and key != "other_name":
                bitext(keys[key], path, spec.number, key)


def _check_quote(
    value: Any, article: Article, passages: set[str], path: str, spec: SlideSpec
) -> None:
    if not isinstance(value, Mapping) or not isinstance(value.get("passage"), str):
        raise OutlineError(
            'expected { passage = "id", start = { zh, en } }', path, spec.number, "quote"
        )
    pid = value["passage"]
    if pid not in passages:
        raise OutlineError(f"no passage {pid!r} in the article", path, spec.number, "quote.passage")
    if "start" in value:
        start = bitext(value["start"], path, spec.number, "quote.start")
        passage = article.passage(pid)
        for lang in ("zh", "en"):
            marker = start.get(lang)
            text = passage.text.get(lang)
            if marker and text is not None and marker not in text:
                raise OutlineError(
                    f"{marker!r} is not in passage {pid!r}",
                    path,
                    spec.number,
                    f"quote.start.{lang}",
                )

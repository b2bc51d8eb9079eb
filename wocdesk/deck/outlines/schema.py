"""What an outline may say: its slide kinds, their keys and each key's type, checked at load."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from wocdesk.deck.errors import OutlineError
from wocdesk.i18n import _
from wocdesk.model import BiText

SUPPORTED_FORMAT = 1
MAX_SLIDES = 10_000
COMMON_KEYS = {"kind", "title", "notes"}
# For each kind: its required keys and its optional keys (besides the common ones).
KINDS: dict[str, tuple[set[str], set[str]]] = {
    "title": (set(), {"subtitle"}),
    "agenda": ({"items"}, set()),
    "waves": ({"highlights"}, {"show", "footnote", "quote"}),
    "trends": ({"highlights"}, {"show", "footnote", "other_name", "quote"}),
    "keys": ({"highlights"}, {"show", "footnote", "quote"}),
    "trend": ({"highlight"}, {"label", "chart", "ranking", "table", "quote"}),
    "chart": (set(), {"figure", "data"}),  # one of them: the article's figure or typed numbers
    "table": (set(), {"figure", "data"}),
    "quote": ({"quote"}, set()),
    "source": (set(), {"passages", "text"}),
    "closing": (set(), {"text"}),
    # Kinds for any article (its title, key points or opening sentences, its source):
    "cover": (set(), {"subtitle"}),
    "points": ({"items"}, {"footnote"}),
    "credits": (set(), {"text"}),
}
SHOW_CHOICES = ("name", "detail", "summary")
DEFAULT_LABELS = {
    "source": BiText("来源", "Source"),
    "continued": BiText("（续）", "(continued)"),
    "ours": BiText("* 概述为本工具所加，非原文。", "* Summaries are ours, not the publisher’s."),
    "trend": BiText("趋势", "Trend"),
    "extract": BiText(
        "原文摘录：各段首句。", "Quoted verbatim: the opening sentence of each paragraph."
    ),
    "verbatim": BiText(
        "带色条的各条为原文摘录。", "Items with a coloured bar are quoted verbatim."
    ),
    "contents": BiText("目录", "Contents"),
    "credits": BiText("来源与说明", "Source and notes"),
    "credits_text": BiText(
        "引文为原文，一字未改；各页标题取自原文小标题，标明为本工具所加者除外。",
        "Quotations are the publisher’s text, verbatim; slide titles are the article’s own "
        "headings unless marked as ours.",
    ),
}
ID_LIST_KEYS = frozenset({"highlights", "passages", "notes"})
ID_KEYS = frozenset({"highlight", "chart", "ranking", "table", "figure"})
TEXT_KEYS = frozenset({"title", "subtitle", "footnote", "label", "text", "other_name"})


def bitext(value: Any, path: str, slide: int | None, key: str) -> BiText:
    """Read ``{zh = "...", en = "..."}`` (or a plain string for both) or raise naming the key."""
    if isinstance(value, str):
        return BiText(value, value)
    if not isinstance(value, Mapping) or not value:
        raise OutlineError(_('expected a table like { zh = "…", en = "…" }'), path, slide, key)
    unknown = set(value) - {"zh", "en"}
    if unknown:
        message = _("unknown language {name} (use zh and en)")
        raise OutlineError(message.format(name=short(sorted(unknown)[0])), path, slide, key)
    for lang, text in value.items():
        if not isinstance(text, str):
            raise OutlineError(_("expected text"), path, slide, f"{key}.{lang}")
    return BiText(value.get("zh"), value.get("en"))


def ident(value: Any, path: str, slide: int, key: str) -> str:
    """An id (non-empty text) or an error naming the key."""
    if not isinstance(value, str) or not value.strip():
        raise OutlineError(_("expected an id (text)"), path, slide, key)
    return value


def id_list(value: Any, path: str, slide: int, key: str) -> tuple[str, ...]:
    """One id or a list of ids, as a tuple."""
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list | tuple) or not all(
        isinstance(v, str) and v.strip() for v in value
    ):
        raise OutlineError(_("expected a list of ids"), path, slide, key)
    return tuple(value)


def check_slide_keys(kind: str, raw: Mapping[str, Any], path: str, slide: int) -> dict[str, Any]:
    """The keys of one slide, each checked for its type (id lists made tuples)."""
    required, optional = KINDS[kind]
    for key in sorted(required - set(raw)):
        message = _("missing (a {kind} slide needs it)")
        raise OutlineError(message.format(kind=kind), path, slide, key)
    for key in sorted(set(raw) - required - optional - COMMON_KEYS, key=str):
        message = _("unknown key for a {kind} slide (keys: {keys})")
        allowed = ", ".join(sorted(required | optional | COMMON_KEYS))
        raise OutlineError(message.format(kind=kind, keys=allowed), path, slide, str(key)[:40])
    if kind in ("chart", "table") and ("figure" in raw) == ("data" in raw):
        raise OutlineError(_("give either figure or data"), path, slide, "figure")
    keys = dict(raw)
    for key, value in raw.items():
        if key in TEXT_KEYS:
            bitext(value, path, slide, key)
        elif key in ID_LIST_KEYS:
            keys[key] = id_list(value, path, slide, key)
        elif key in ID_KEYS:
            ident(value, path, slide, key)
        elif key in CHECKS:
            keys[key] = CHECKS[key](kind, value, path, slide)
    return keys


def _show(kind: str, value: Any, path: str, slide: int) -> str:
    if value not in SHOW_CHOICES:
        message = _("expected one of {choices}")
        raise OutlineError(message.format(choices=", ".join(SHOW_CHOICES)), path, slide, "show")
    return str(value)


def _quote(kind: str, value: Any, path: str, slide: int) -> dict[str, Any]:
    if (
        not isinstance(value, Mapping)
        or not isinstance(value.get("passage"), str)
        or set(value) - {"passage", "start", "end", "sentences"}
    ):
        raise OutlineError(
            _('expected { passage = "id", start = { zh, en } }'), path, slide, "quote"
        )
    for marker in ("start", "end"):
        if marker in value:
            bitext(value[marker], path, slide, f"quote.{marker}")
    count = value.get("sentences", 1)
    if not isinstance(count, int) or isinstance(count, bool) or count < 1:
        raise OutlineError(_("expected a whole number, 1 or more"), path, slide, "quote.sentences")
    return dict(value)


def _items(kind: str, value: Any, path: str, slide: int) -> list[Any]:
    if kind == "agenda":
        if not isinstance(value, list) or not value:
            raise OutlineError(_("expected a list of { zh, en } tables"), path, slide, "items")
        for index, item in enumerate(value, start=1):
            bitext(item, path, slide, f"items[{index}]")
        return list(value)
    if not isinstance(value, list) or not value:
        raise OutlineError(
            _('expected a list like [{ point = "id" }, { passage = "id" }]'), path, slide, "items"
        )
    return [_point_item(item, path, slide, f"items[{n}]") for n, item in enumerate(value, 1)]


def _point_item(item: Any, path: str, slide: int, key: str) -> dict[str, Any]:
    """``{ point = "id" }`` or ``{ passage = "id", sentence = 1 }``, with an optional title."""
    if not isinstance(item, Mapping):
        raise OutlineError(_('expected { point = "id" } or { passage = "id" }'), path, slide, key)
    unknown = set(item) - {"point", "passage", "sentence", "title"}
    if unknown:
        message = _("unknown key {name} (keys: point, passage, sentence, title)")
        raise OutlineError(
            message.format(name=short(sorted(unknown, key=str)[0])), path, slide, key
        )
    if ("point" in item) == ("passage" in item):
        raise OutlineError(_("give either point or passage"), path, slide, key)
    if "point" in item:
        ident(item["point"], path, slide, f"{key}.point")
        if "sentence" in item:
            raise OutlineError(_("a key point has no sentence number"), path, slide, key)
    else:
        ident(item["passage"], path, slide, f"{key}.passage")
        sentence = item.get("sentence", 1)
        if not isinstance(sentence, int) or isinstance(sentence, bool) or sentence < 1:
            raise OutlineError(
                _("expected a whole number, 1 or more"), path, slide, f"{key}.sentence"
            )
    if "title" in item:
        bitext(item["title"], path, slide, f"{key}.title")
    return dict(item)


def _data(kind: str, value: Any, path: str, slide: int) -> dict[str, Any]:
    from wocdesk.deck.outlines.inline_figure import check_data

    return check_data(kind, value, path, slide)


CHECKS: dict[str, Callable[[str, Any, str, int], Any]] = {
    "data": _data,
    "show": _show,
    "quote": _quote,
    "items": _items,
}


def short(value: object) -> str:
    """A value for a one-line message (``wocdesk.briefing.did_you_mean.short``, loaded on error)."""
    from wocdesk.briefing.did_you_mean import short as shown

    return shown(value)

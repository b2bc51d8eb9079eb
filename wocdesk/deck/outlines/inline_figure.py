"""Numbers typed into an outline (``data = { labels, values }``) as a figure a slide can draw.

A chart or table slide draws either a figure of the article (``figure = "id"``) or numbers of
the user's own, given in the outline: labels and values, a unit (``count`` or ``percent``) and
an optional caption.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from wocdesk.deck.errors import OutlineError
from wocdesk.i18n import _, ngettext
from wocdesk.model.article import Figure, Group, GroupsFigure, SeriesFigure, SeriesPoint
from wocdesk.model.text import LANGS, BiText

UNITS = ("count", "percent")
MAX_ROWS = 40  # a slide shows a few rows; more is not a slide's worth
MAX_VALUE = 1e15
DATA_KEYS = {"labels", "values", "unit", "caption"}
ITEM = BiText("项目", "Item")
VALUE = BiText("数值", "Value")
DATA = BiText("数据", "Data")


def check_data(kind: str, value: Any, path: str, slide: int) -> dict[str, Any]:
    """The ``data`` key of a chart or table slide, checked (one error naming the key)."""
    from wocdesk.deck.outlines.schema import bitext

    if not isinstance(value, Mapping):
        raise OutlineError(_("expected { labels = […], values = […] }"), path, slide, "data")
    unknown = sorted(set(value) - DATA_KEYS, key=str)
    if unknown:
        message = _("unknown key {name} (keys: labels, values, unit, caption)")
        raise OutlineError(message.format(name=str(unknown[0])[:40]), path, slide, "data")
    labels, values = value.get("labels"), value.get("values")
    if not isinstance(labels, list) or not labels:
        raise OutlineError(_("expected a list of labels"), path, slide, "data.labels")
    if len(labels) > MAX_ROWS:
        message = _("{count} rows; a slide shows at most {limit}")
        raise OutlineError(
            message.format(count=len(labels), limit=MAX_ROWS), path, slide, "data.labels"
        )
    for number, label in enumerate(labels, start=1):
        bitext(label, path, slide, f"data.labels[{number}]")
    if not isinstance(values, list) or len(values) != len(labels):
        message = ngettext(
            "expected {count} number, one per label",
            "expected {count} numbers, one per label",
            len(labels),
        )
        raise OutlineError(message.format(count=len(labels)), path, slide, "data.values")
    for number, item in enumerate(values, start=1):
        if (
            isinstance(item, bool)
            or not isinstance(item, int | float)
            or not math.isfinite(item)
            or abs(item) > MAX_VALUE
        ):
            raise OutlineError(_("expected a finite number"), path, slide, f"data.values[{number}]")
        if kind == "chart" and item < 0:
            raise OutlineError(
                _("a chart shows numbers of 0 or more (a table shows any)"),
                path,
                slide,
                f"data.values[{number}]",
            )
    if value.get("unit", "count") not in UNITS:
        message = _("expected one of {choices}")
        raise OutlineError(message.format(choices=", ".join(UNITS)), path, slide, "data.unit")
    if "caption" in value:
        bitext(value["caption"], path, slide, "data.caption")
    return dict(value)


def _text(value: Any) -> BiText:
    if isinstance(value, str):
        return BiText(value, value)
    return BiText(value.get("zh"), value.get("en"))


def series_of(data: Mapping[str, Any], slide: int, title: BiText | None) -> SeriesFigure:
    """The typed-in numbers as a series (a column chart)."""
    caption = _text(data["caption"]) if "caption" in data else (title or DATA)
    points = tuple(
        SeriesPoint(_text(label), float(value))
        for label, value in zip(data["labels"], data["values"], strict=True)
    )
    return SeriesFigure(f"data-{slide}", caption, "", str(data.get("unit", "count")), points)


def table_of(data: Mapping[str, Any], slide: int, title: BiText | None) -> GroupsFigure:
    """The typed-in numbers as a two-column table: each label and its value, per language."""
    from wocdesk.i18n import format_number

    unit = str(data.get("unit", "count"))
    caption = _text(data["caption"]) if "caption" in data else VALUE
    sign = "%" if unit == "percent" else ""  # 12.5 → 12.5% (Babel's percent would round it)
    groups = []
    for label, value in zip(data["labels"], data["values"], strict=True):
        shown = BiText(*(format_number(value, lang) + sign for lang in LANGS))
        groups.append(Group(_text(label), (shown,)))
    return GroupsFigure(f"data-{slide}", title or caption, "", tuple(groups), (ITEM, caption))


def slide_figure(
    keys: Mapping[str, Any], slide: int, title: BiText | None, table: bool, article_figure: Any
) -> Figure:
    """The figure a chart or table slide draws: the article's (``figure``) or its ``data``."""
    if "data" in keys:
        data = keys["data"]
        return table_of(data, slide, title) if table else series_of(data, slide, title)
    figure: Figure = article_figure(keys["figure"])
    return figure

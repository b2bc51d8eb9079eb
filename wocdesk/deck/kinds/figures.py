"""Figure slide kinds: a trend with its chart, ranking, table or quote; a chart; a table."""

from __future__ import annotations

import math
from dataclasses import replace

from wocdesk.deck import style
from wocdesk.deck.context import COLON, Ctx, Draft
from wocdesk.deck.kinds.quotes import quote_line, quote_line_height, quote_slide, quote_words
from wocdesk.deck.kinds.text_slides import BODY_W, BODY_X
from wocdesk.deck.layout.compose import (
    Para,
    bi,
    clean,
    common_fit,
    height_of,
    set_paragraphs,
    size_steps,
    slide_text,
    text_box,
)
from wocdesk.deck.model import Box, Cell, ChartBox, ChartSeries, ShapeBox, TableBox, TextBox
from wocdesk.deck.outlines.inline_figure import slide_figure
from wocdesk.deck.outlines.outline import bitext
from wocdesk.model import BiText, GroupsFigure, RankingFigure, SeriesFigure
from wocdesk.model.text import LANGS

CELL_INSET = 5.0
JOINERS = {"zh": "、", "en": ", "}


def _caption(ctx: Ctx, title: BiText, x: float, y: float, w: float) -> Box:
    paras = bi(title, ctx.mode, bold=True, color=style.NAVY, sub_bold=False)
    return text_box(
        paras, x - 4, y, w + 8, 46 if ctx.mode.is_bilingual else 30, (15.0, 9.0), name="caption"
    )


def chart_box(ctx: Ctx, figure: SeriesFigure, x: float, y: float, w: float, h: float) -> list[Box]:
    """A caption and a native column chart of ``figure`` (percentages as shares)."""
    cap_h = 50 if ctx.mode.is_bilingual else 34
    lead = ctx.lead
    scale = 100.0 if figure.unit == "percent" else 1.0
    values = tuple(safe_value(point.value / scale) for point in figure.points)
    categories = tuple(_both(ctx, point.label, "\n") for point in figure.points)
    chart = ChartBox(
        x=x,
        y=y + cap_h,
        w=w,
        h=h - cap_h,
        kind="column",
        categories=categories,
        series=(ChartSeries(_both(ctx, figure.title, " / "), values),),
        lang=lead,
        number_format="0%" if figure.unit == "percent" else "General",
        font_size=14.0 if ctx.mode.is_bilingual else 13.0,  # a second language: 14 pt
        colors=style.CHART_COLORS,
        name=f"chart: {figure.id}",
    )
    return [_caption(ctx, figure.title, x, y, w), chart]


def _both(ctx: Ctx, text: BiText, joiner: str) -> str:
    """A label in the deck's language(s): both, joined, in a bilingual deck."""
    parts = [slide_text(text.get(x) or "", x) for x in ctx.mode.languages if text.get(x)]
    return joiner.join(parts) or clean(text.best(ctx.lead))


def safe_value(value: float) -> float:
    """A chart value the planner can draw: NaN and infinities as 0, absurd sizes capped."""
    if not math.isfinite(value):
        return 0.0
    return max(-1e15, min(1e15, value))


def ranking_box(
    ctx: Ctx, figure: RankingFigure, x: float, y: float, w: float, h: float
) -> list[Box]:
    """A ranking as numbered rows, names in the deck's language(s)."""
    cap_h = 50 if ctx.mode.is_bilingual else 34
    boxes: list[Box] = [_caption(ctx, figure.title, x, y, w)]
    items = figure.items
    row_h = min(56.0, (h - cap_h) / max(len(items), 1))
    badge = max(4.0, min(28.0, row_h - 6))  # never a negative size, however long the ranking
    texts = [bi(item.name, ctx.mode, color=style.INK) for item in items]
    laid = common_fit(texts, w - badge - 12 - 8, row_h - 8, (20.0, 8.0), 0.5)
    for index, item in enumerate(items):
        ry = y + cap_h + index * row_h
        by = ry + (row_h - badge) / 2
        boxes.append(
            ShapeBox(
                x,
                by,
                badge,
                badge,
                style.BLUE if index else style.ACCENT,
                name="decor: badge",
                shape="ellipse",
            )
        )
        boxes.append(
            text_box(
                [Para(str(item.rank), "en", bold=True, color=style.WHITE, align="center")],
                x,
                by,
                badge,
                badge,
                (14.0, 7.0),
                name="rank",
                anchor="middle",
                inset=1,
            )
        )
        boxes.append(
            TextBox(
                x + badge + 8,
                ry,
                w - badge - 8,
                row_h,
                laid[index],
                name="ranked item",
                anchor="middle",
                inset=4,
            )
        )
    return boxes


def table_box(
    ctx: Ctx, figure: GroupsFigure | RankingFigure, x: float, y: float, w: float, h: float
) -> list[Box]:
    """A native table: header row, then one row per group (or ranked item)."""
    cap_h = 50 if ctx.mode.is_bilingual else 34
    if isinstance(figure, GroupsFigure):
        header = list(figure.columns)
        body = [
            [g.name, BiText(*(_join([m.get(x) for m in g.members], x) for x in LANGS))]
            for g in figure.groups
        ]
        widths = (w * 0.36, w * 0.64)
    else:
        header = [BiText("排名", "Rank"), figure.title]
        body = [[BiText(str(i.rank), str(i.rank)), i.name] for i in figure.items]
        widths = (w * 0.16, w * 0.84)
    rows_text = [header, *body]
    avail = h - cap_h
    for size in size_steps(style.CELL_SIZES, 0.5):
        rows, heights = _table_rows(ctx, rows_text, widths, size)
        if sum(heights) <= avail:
            break
    table = TableBox(
        x=x,
        y=y + cap_h,
        w=w,
        h=sum(heights),
        col_widths=widths,
        row_heights=tuple(heights),
        rows=tuple(rows),
        header_rows=1,
        name=f"table: {figure.id}",
        inset=CELL_INSET,
    )
    return [_caption(ctx, figure.title, x, y, w), table]


def _join(values: list[str | None], lang: str) -> str | None:
    present = [v for v in values if v]
    return JOINERS[lang].join(present) if present and len(present) == len(values) else None


def _table_rows(
    ctx: Ctx, rows_text: list[list[BiText]], widths: tuple[float, ...], size: float
) -> tuple[list[tuple[Cell, ...]], list[float]]:
    rows: list[tuple[Cell, ...]] = []
    heights: list[float] = []
    for r, row in enumerate(rows_text):
        head = r == 0
        fill = style.NAVY if head else (style.PALE if r % 2 else style.WHITE)
        color = style.WHITE if head else style.INK
        sub = style.ON_NAVY_SUB if head else style.MUTED
        cells = []
        tallest = 0.0
        for c, text in enumerate(row):
            paras = bi(
                text, ctx.mode, bold=head or c == 0, color=color, sub_color=sub, sub_bold=False
            )
            laid = set_paragraphs(paras, widths[c] - 2 * CELL_INSET - 2, size)
            tallest = max(tallest, height_of(laid))
            cells.append(Cell(tuple(laid), fill))
        rows.append(tuple(cells))
        heights.append(max(36.0, round(tallest + 2 * CELL_INSET + 6, 1)))
    return rows, heights


def trend_slide(ctx: Ctx) -> list[Draft]:
    """A trend: its label and name as title, its wording under it, then its figures or quote."""
    keys = ctx.spec.keys
    item = ctx.article.highlight(keys["highlight"])
    label = (
        bitext(keys["label"], ctx.outline.path, ctx.spec.number, "label")
        if "label" in keys
        else ctx.label("trend")
    )
    title = ctx.spec.title or BiText(
        *(
            f"{label.get(x)}{COLON[x]}{item.name.get(x)}"
            if label.get(x) and item.name.get(x)
            else item.name.get(x)
            for x in LANGS
        )
    )
    points = [p for p in (item.detail, item.summary) if p.languages]
    if "quote" in keys and not any(k in keys for k in ("chart", "ranking", "table")):
        drafts = quote_slide(_with_title(ctx, title))
        for draft in drafts:
            draft.kind = "trend"
            draft.points = [*points, *draft.points]
        return drafts
    top = ctx.body_top
    boxes: list[Box] = []
    bottom = style.BODY_BOTTOM
    words = quote_words(ctx, keys["quote"]) if "quote" in keys else None
    if words is not None:  # the article's own words under the figures
        line_h = quote_line_height(ctx, words)
        bottom -= line_h + 16
        boxes += quote_line(ctx, words, bottom + 16)
        points.append(words)
    figs = ctx.article
    chart = figs.figure(keys["chart"]) if "chart" in keys else None
    ranking = figs.figure(keys["ranking"]) if "ranking" in keys else None
    table = figs.figure(keys["table"]) if "table" in keys else None
    if isinstance(chart, SeriesFigure) and isinstance(ranking, RankingFigure):
        left_w = BODY_W * 0.56
        boxes += chart_box(ctx, chart, BODY_X, top, left_w, bottom - top)
        boxes += ranking_box(
            ctx, ranking, BODY_X + left_w + 28, top, BODY_W - left_w - 28, bottom - top
        )
    elif isinstance(chart, SeriesFigure):
        boxes += chart_box(ctx, chart, BODY_X, top, BODY_W, bottom - top)
    elif isinstance(ranking, RankingFigure):
        boxes += ranking_box(ctx, ranking, BODY_X, top, BODY_W, bottom - top)
    if isinstance(table, (GroupsFigure, RankingFigure)):
        laid = table_box(ctx, table, BODY_X, top + 6, BODY_W, bottom - top - 6)
        boxes += _centred(laid, top + 6, bottom)
    for figure in (chart, ranking, table):
        if figure is not None:
            points.append(figure_point(figure))
    return [Draft("trend", title, boxes, points=points)]


def _centred(boxes: list[Box], top: float, bottom: float) -> list[Box]:
    """``boxes`` (laid from ``top``) moved down to the middle of the room left above ``bottom``."""
    used = max((b.y + b.h for b in boxes), default=top) - top
    shift = max(0.0, (bottom - top - used) / 2)
    return [replace(b, y=b.y + shift) for b in boxes]


def figure_point(figure: SeriesFigure | RankingFigure | GroupsFigure) -> BiText:
    """A talking point stating a figure's numbers or names."""
    out: list[str | None] = []
    for lang in LANGS:
        colon = COLON[lang]
        if isinstance(figure, SeriesFigure):
            unit = "%" if figure.unit == "percent" else ""
            values = " → ".join(f"{p.label.best(lang)} {p.value:g}{unit}" for p in figure.points)
        elif isinstance(figure, RankingFigure):
            values = JOINERS[lang].join(f"{i.rank}. {i.name.best(lang)}" for i in figure.items)
        else:
            values = "; ".join(
                f"{g.name.best(lang)} ({JOINERS[lang].join(m.best(lang) for m in g.members)})"
                for g in figure.groups
            )
        out.append(f"{figure.title.best(lang)}{colon}{values}")
    return BiText(*out)


def _with_title(ctx: Ctx, title: BiText) -> Ctx:
    return ctx.with_spec(replace(ctx.spec, title=title))


def chart_slide(ctx: Ctx) -> list[Draft]:
    """A full-width native chart of a series figure (or a ranking / table for other figures)."""
    figure = slide_figure(ctx.spec.keys, ctx.spec.number, ctx.spec.title, False, ctx.article.figure)
    title = ctx.spec.title or figure.title
    top = ctx.body_top
    if isinstance(figure, SeriesFigure):
        boxes = chart_box(ctx, figure, BODY_X, top, BODY_W, style.BODY_BOTTOM - top)
    elif isinstance(figure, RankingFigure):
        boxes = ranking_box(ctx, figure, BODY_X, top, BODY_W, style.BODY_BOTTOM - top)
    else:
        boxes = table_box(ctx, figure, BODY_X, top, BODY_W, style.BODY_BOTTOM - top)
    return [Draft("chart", title, boxes, points=[figure_point(figure)])]


def table_slide(ctx: Ctx) -> list[Draft]:
    """A full-width native table of a groups or ranking figure."""
    figure = slide_figure(ctx.spec.keys, ctx.spec.number, ctx.spec.title, True, ctx.article.figure)
    title = ctx.spec.title or figure.title
    top = ctx.body_top
    if isinstance(figure, SeriesFigure):
        return chart_slide(ctx)
    boxes = table_box(ctx, figure, BODY_X, top, BODY_W, style.BODY_BOTTOM - top)
    return [Draft("table", title, boxes, points=[figure_point(figure)])]


__all__ = ["chart_slide", "table_slide", "trend_slide"]

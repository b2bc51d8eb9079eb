"""Text slide kinds: title, agenda, quote, source and closing (flowing onto continuation slides)."""

from __future__ import annotations

from collections.abc import Mapping

from wocdesk.deck import style
from wocdesk.deck.compose import Para, bi, clean, paginate, text_box
from wocdesk.deck.model import Box, Paragraph, ShapeBox, TextBox
from wocdesk.deck.outline import bitext
from wocdesk.deck.planner import Ctx, Draft
from wocdesk.i18n import format_date
from wocdesk.model import BiText

BODY_X = style.MARGIN
BODY_W = style.WIDTH - 2 * style.MARGIN


def _spec_text(ctx: Ctx, key: str) -> BiText | None:
    value = ctx.spec.keys.get(key)
    return None if value is None else bitext(value, ctx.outline.path, ctx.spec.number, key)


def title_slide(ctx: Ctx) -> list[Draft]:
    """The event name large on navy, then the organiser, the place and the date."""
    event = ctx.article.event
    name = ctx.spec.title or event.name
    date_line: dict[str, str | None] = {}
    for lang in ("zh", "en"):
        place = event.place.get(lang)
        date = format_date(event.date, lang) if event.date else None
        sep = " · "
        date_line[lang] = sep.join(x for x in (place, date) if x) or None
    subtitle = _spec_text(ctx, "subtitle")
    boxes: list[Box] = [
        ShapeBox(0, 0, style.WIDTH, style.HEIGHT, style.NAVY, name="decor: background"),
        ShapeBox(0, 0, 14, style.HEIGHT, style.ACCENT, name="decor: accent"),
        ShapeBox(style.MARGIN, 132, 72, 6, style.ACCENT, name="decor: rule"),
    ]
    white, sub = style.WHITE, style.ON_NAVY_SUB
    heading = bi(name, ctx.mode, bold=True, color=white, sub_color=sub, sub_bold=False)
    boxes.append(
        text_box(
            heading,
            BODY_X - 4,
            150,
            BODY_W,
            170,
            (46.0, 22.0),
            name="title",
            placeholder="title",
            anchor="bottom",
        )
    )
    lines: list[Para] = []
    if subtitle is not None:
        lines += bi(subtitle, ctx.mode, color=sub, sub_color=sub)
    lines += bi(event.organiser, ctx.mode, color=white, sub_color=sub, gap=0.6)
    lines += bi(
        BiText(date_line["zh"], date_line["en"]), ctx.mode, color=white, sub_color=sub, gap=0.3
    )
    boxes.append(
        text_box(
            lines, BODY_X - 4, 336, BODY_W, 168, (22.0, 11.0), name="subtitle", placeholder="body"
        )
    )
    return [Draft("title", None, boxes, layout="title", background=style.NAVY)]


def flow(
    ctx: Ctx,
    title: BiText,
    paras: list[Para],
    sizes: tuple[float, float],
    kind: str,
    accent: bool = False,
) -> list[Draft]:
    """Fit ``paras`` in the body; continue on further slides when even the minimum is too big."""
    top = ctx.body_top
    x = BODY_X + (20 if accent else 0)
    w = BODY_W - (20 if accent else 0)
    h = style.BODY_BOTTOM - top
    inset = 4.0
    pages = paginate(paras, w - 2 * inset, h - 2 * inset, sizes)
    drafts = []
    for index, page in enumerate(pages):
        boxes: list[Box] = []
        used = _height(page) + 2 * inset
        if accent:
            boxes.append(
                ShapeBox(
                    BODY_X, top + 4, 5, max(used - 8, 10), style.ACCENT, name="decor: quote bar"
                )
            )
        boxes.append(
            TextBox(x, top, w, h, tuple(page), name="body", inset=inset, placeholder="body")
        )
        drafts.append(Draft(kind, title, boxes, continued=index > 0))
    return drafts


def _height(page: list[Paragraph]) -> float:
    from wocdesk.deck.compose import height_of

    return height_of(page)


def agenda_slide(ctx: Ctx) -> list[Draft]:
    """Numbered agenda items; long agendas continue on a second slide."""
    items = [bitext(v, ctx.outline.path, ctx.spec.number, "items") for v in ctx.spec.keys["items"]]
    title = ctx.spec.title or BiText("议程", "Agenda")
    per_page = 7
    drafts = []
    for start in range(0, len(items), per_page):
        chunk = items[start : start + per_page]
        top = ctx.body_top + 6
        row_h = min(64.0, (style.BODY_BOTTOM - top) / max(len(chunk), 1))
        boxes: list[Box] = []
        for offset, item in enumerate(chunk):
            y = top + offset * row_h
            n = start + offset + 1
            badge = min(34.0, row_h - 8)
            boxes.append(
                ShapeBox(
                    BODY_X,
                    y + (row_h - badge) / 2,
                    badge,
                    badge,
                    style.BLUE,
                    name="decor: badge",
                    shape="ellipse",
                )
            )
            boxes.append(
                text_box(
                    [Para(str(n), "en", bold=True, color=style.WHITE, align="center")],
                    BODY_X,
                    y + (row_h - badge) / 2,
                    badge,
                    badge,
                    (16.0, 8.0),
                    name="number",
                    anchor="middle",
                    inset=1,
                )
            )
            paras = bi(item, ctx.mode, color=style.INK)
            boxes.append(
                text_box(
                    paras,
                    BODY_X + badge + 14,
                    y,
                    BODY_W - badge - 14,
                    row_h - 4,
                    (24.0, 10.0),
                    name="item",
                    anchor="middle",
                )
            )
        drafts.append(Draft("agenda", title, boxes, continued=start > 0))
    return drafts


def _excerpt(text: str | None, marker: str | None) -> str | None:
    if text is None or not marker or marker not in text:
        return text
    return text[text.index(marker) :]


def quote_slide(ctx: Ctx) -> list[Draft]:
    """A passage (or its end from a marker) verbatim, with an accent bar."""
    quote = ctx.spec.keys["quote"]
    assert isinstance(quote, Mapping)
    passage = ctx.article.passage(quote["passage"]).text
    start = (
        bitext(quote["start"], ctx.outline.path, ctx.spec.number, "quote.start")
        if "start" in quote
        else BiText()
    )
    text = BiText(_excerpt(passage.zh, start.zh), _excerpt(passage.en, start.en))
    title = ctx.spec.title or ctx.article.section_of(quote["passage"]).title
    paras = bi(text, ctx.mode, color=style.INK, sub_color=style.MUTED, gap=0.0)
    paras = [p if i == 0 else _spaced(p) for i, p in enumerate(paras)]
    return flow(ctx, title, paras, style.QUOTE_SIZES, "quote", accent=True)


def _spaced(para: Para) -> Para:
    return Para(
        para.text,
        para.lang,
        para.scale,
        para.bold,
        para.italic,
        para.color,
        para.align,
        max(para.gap, 0.6),
    )


def source_slide(ctx: Ctx) -> list[Draft]:
    """Attribution: the source, the article's own source lines, and what is ours."""
    article = ctx.article
    title = ctx.spec.title or BiText("来源", "Source")
    paras: list[Para] = []
    label = ctx.label("source")
    source = BiText(
        *(
            f"{label.best(x)}: {article.source.get(x)}" if article.source.get(x) else None
            for x in ("zh", "en")
        )
    )
    paras += bi(article.title, ctx.mode, bold=True, color=style.NAVY)
    paras += bi(source, ctx.mode, gap=0.5)
    for pid in ctx.spec.keys.get("passages", []):
        paras += bi(article.passage(pid).text, ctx.mode, color=style.INK, gap=0.6)
    text = _spec_text(ctx, "text")
    if text is not None:
        paras += bi(text, ctx.mode, color=style.MUTED, gap=1.0)
    return flow(ctx, title, paras, style.BODY_SIZES, "source")


def closing_slide(ctx: Ctx) -> list[Draft]:
    """A closing line, centred on navy."""
    text = _spec_text(ctx, "text") or ctx.spec.title or BiText("谢谢", "Thank you")
    paras = bi(
        text, ctx.mode, bold=True, color=style.WHITE, sub_color=style.ON_NAVY_SUB, align="center"
    )
    boxes: list[Box] = [
        ShapeBox(0, 0, style.WIDTH, style.HEIGHT, style.NAVY, name="decor: background"),
        text_box(
            paras,
            BODY_X,
            170,
            BODY_W,
            200,
            (44.0, 18.0),
            name="title",
            anchor="middle",
            placeholder="title",
        ),
    ]
    return [Draft("closing", None, boxes, layout="title", background=style.NAVY)]


__all__ = ["agenda_slide", "clean", "closing_slide", "quote_slide", "source_slide", "title_slide"]

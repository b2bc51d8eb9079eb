"""Text slide kinds: title, agenda, source and closing (flowing onto continuation slides)."""

from __future__ import annotations

from wocdesk.deck import style
from wocdesk.deck.context import Ctx, Draft, join_label
from wocdesk.deck.layout.compose import Para, bi, height_of, paginate, text_box
from wocdesk.deck.model import Box, ShapeBox, TextBox
from wocdesk.deck.outlines.outline import bitext
from wocdesk.i18n import format_date
from wocdesk.model import BiText

BODY_X = style.MARGIN
BODY_W = style.WIDTH - 2 * style.MARGIN


def spec_text(ctx: Ctx, key: str) -> BiText | None:
    """An optional ``{ zh, en }`` key of the slide's outline entry."""
    value = ctx.spec.keys.get(key)
    return None if value is None else bitext(value, ctx.outline.path, ctx.spec.number, key)


def cover(ctx: Ctx) -> list[Box]:
    """The title and section layouts' own design: navy, an accent stripe."""
    return [
        ShapeBox(0, 0, style.WIDTH, style.HEIGHT, style.NAVY, name="layout: background"),
        ShapeBox(0, 0, style.COVER_STRIPE_W, style.HEIGHT, style.ACCENT, name="layout: accent"),
    ]


def title_slide(ctx: Ctx) -> list[Draft]:
    """The event name large on navy, then the organiser, the place and the date."""
    event = ctx.article.event
    name = ctx.spec.title or event.name
    date_line: dict[str, str | None] = {}
    for lang in ("zh", "en"):
        place = event.place.get(lang)
        date = format_date(event.date, lang) if event.date else None
        date_line[lang] = " · ".join(x for x in (place, date) if x) or None
    subtitle = spec_text(ctx, "subtitle")
    boxes = cover(ctx)
    boxes.append(ShapeBox(*style.COVER_RULE, style.ACCENT, name="layout: rule"))
    white, sub = style.WHITE, style.ON_NAVY_SUB
    heading = bi(name, ctx.mode, bold=True, color=white, sub_color=sub, sub_bold=False)
    x, y, w, h = style.COVER_TITLE
    boxes.append(
        text_box(
            heading, x, y, w, h, (46.0, 22.0), name="title", placeholder="title", anchor="bottom"
        )
    )
    lines: list[Para] = []
    if subtitle is not None:
        lines += bi(subtitle, ctx.mode, color=sub, sub_color=sub)
    when = BiText(date_line["zh"], date_line["en"])
    lines += bi(event.organiser, ctx.mode, color=white, sub_color=sub, gap=0.6)
    lines += bi(when, ctx.mode, color=white, sub_color=sub, gap=0.3)
    x, y, w, h = style.COVER_SUBTITLE
    boxes.append(text_box(lines, x, y, w, h, (22.0, 11.0), name="subtitle", placeholder="body"))
    points = [p for p in (name, event.organiser, when) if p.languages]
    return [Draft("title", None, boxes, layout="title", background=style.NAVY, points=points)]


def flow(
    ctx: Ctx,
    title: BiText,
    paras: list[Para],
    sizes: tuple[float, float],
    kind: str,
    accent: bool = False,
    points: list[BiText] | None = None,
    middle: bool = False,
) -> list[Draft]:
    """Fit ``paras`` in the body placeholder, continued on further slides if need be.

    A body that fits on one slide is centred when ``middle`` is set (a quote).
    """
    top = ctx.body_top
    x = BODY_X + (24 if accent else 0)
    w = BODY_W - (24 if accent else 0)
    h = style.BODY_BOTTOM - top
    inset = 4.0
    pages = paginate(paras, w - 2 * inset, h - 2 * inset, sizes)
    drafts = []
    for index, page in enumerate(pages):
        boxes: list[Box] = []
        used = height_of(page) + 2 * inset
        y = top + (h - used) / 2 if middle and len(pages) == 1 else top
        if accent:
            boxes.append(
                ShapeBox(BODY_X, y + 4, 6, max(used - 8, 10), style.ACCENT, name="decor: quote bar")
            )
        body_h = used if middle and len(pages) == 1 else h
        boxes.append(
            TextBox(x, y, w, body_h, tuple(page), name="body", inset=inset, placeholder="body")
        )
        drafts.append(
            Draft(kind, title, boxes, layout="content", continued=index > 0, points=points or [])
        )
    return drafts


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
            badge = max(4.0, min(34.0, row_h - 8))
            group = f"agenda item {n}"
            by = y + (row_h - badge) / 2
            boxes.append(
                ShapeBox(
                    BODY_X,
                    by,
                    badge,
                    badge,
                    style.BLUE,
                    name="decor: badge",
                    shape="ellipse",
                    group=group,
                )
            )
            number = [Para(str(n), "en", bold=True, color=style.WHITE, align="center")]
            badge_box = text_box(
                number,
                BODY_X,
                by,
                badge,
                badge,
                (16.0, 10.0),
                name="number",
                anchor="middle",
                inset=1,
            )
            boxes.append(_grouped(badge_box, group))
            paras = bi(item, ctx.mode, color=style.INK)
            item_box = text_box(
                paras,
                BODY_X + badge + 14,
                y,
                BODY_W - badge - 14,
                row_h - 4,
                (24.0, 10.0),
                name="item",
                anchor="middle",
            )
            boxes.append(_grouped(item_box, group))
        drafts.append(Draft("agenda", title, boxes, continued=start > 0, points=list(chunk)))
    return drafts


def _grouped(box: TextBox, group: str) -> TextBox:
    from dataclasses import replace

    return replace(box, group=group)


def source_slide(ctx: Ctx) -> list[Draft]:
    """Attribution: the original, its publisher and date, any passages asked for, what is ours."""
    article = ctx.article
    title = ctx.spec.title or ctx.label("source")
    paras: list[Para] = []
    original = join_label(ctx.label("original"), article.title)
    paras += bi(original, ctx.mode, bold=True, color=style.NAVY, sub_bold=False)
    if article.source.languages:
        publisher = join_label(ctx.label("publisher"), article.source)
        paras += bi(publisher, ctx.mode, gap=0.6)
    if article.event.date is not None:
        day = BiText(*(format_date(article.event.date, x) for x in ("zh", "en")))
        paras += bi(join_label(ctx.label("date"), day), ctx.mode, gap=0.6)
    for pid in ctx.spec.keys.get("passages", []):
        paras += bi(article.passage(pid).text, ctx.mode, color=style.INK, gap=0.8)
    text = spec_text(ctx, "text")
    if text is not None:
        paras += bi(text, ctx.mode, color=style.MUTED, gap=1.2)
    points = [original, join_label(ctx.label("publisher"), article.source)]
    return flow(ctx, title, paras, style.BODY_SIZES, "source", points=points)


def closing_slide(ctx: Ctx) -> list[Draft]:
    """A closing line, centred on navy (the section layout)."""
    text = spec_text(ctx, "text") or ctx.spec.title or BiText("谢谢", "Thank you")
    paras = bi(
        text, ctx.mode, bold=True, color=style.WHITE, sub_color=style.ON_NAVY_SUB, align="center"
    )
    x, y, w, h = style.SECTION_TITLE
    boxes = cover(ctx)
    boxes.append(
        text_box(
            paras, x, y, w, h, (44.0, 18.0), name="title", anchor="middle", placeholder="title"
        )
    )
    return [Draft("closing", None, boxes, layout="section", background=style.NAVY, points=[text])]


__all__ = ["agenda_slide", "closing_slide", "flow", "source_slide", "title_slide"]

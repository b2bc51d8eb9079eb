"""Card slide kinds: the waves, the trends at a glance and the five numbered keys."""

from __future__ import annotations

from wocdesk.deck import style
from wocdesk.deck.compose import Para, bi, common_fit, height_of, text_box
from wocdesk.deck.model import Box, ShapeBox, TextBox
from wocdesk.deck.outline import bitext
from wocdesk.deck.planner import Ctx, Draft
from wocdesk.model import BiText, Highlight
from wocdesk.model.text import other_lang

DEFAULT_SHOW = {"waves": "detail", "trends": "summary", "keys": "name"}
DEFAULT_TITLES = {
    "waves": BiText("两大创新浪潮", "Two innovation waves"),
    "trends": BiText("三大创新趋势", "Three innovation trends"),
    "keys": BiText("五套金钥匙", "Five keys"),
}
GAP = 16.0
INSET = 10.0


def _card_paras(ctx: Ctx, item: Highlight, show: str) -> list[Para]:
    mode = ctx.mode
    paras = bi(item.name, mode, bold=True, color=style.NAVY, sub_bold=False)
    if ctx.spec.kind == "trends" and not mode.is_bilingual:
        other = other_lang(mode.leading)
        name = item.name.get(other)
        if name:
            paras.append(
                Para(name, other, style.SUB_SCALE, False, False, style.MUTED, "left", 0.15)
            )
    if show == "detail" and item.detail.languages:
        detail = BiText(
            *(
                item.detail.get(x) if item.detail.get(x) != item.name.get(x) else None
                for x in ("zh", "en")
            )
        )
        if detail.languages:
            paras += bi(detail, mode, scale=0.78, color=style.INK, gap=0.8)
    if show == "summary" and item.summary.languages:
        marked = BiText(*(f"{t} *" if t else None for t in (item.summary.zh, item.summary.en)))
        paras += bi(marked, mode, scale=0.78, color=style.INK, gap=0.8)
    return paras


def cards_slide(ctx: Ctx) -> list[Draft]:
    """One card per highlight, side by side, all set at one common size."""
    spec = ctx.spec
    items = [ctx.article.highlight(h) for h in spec.keys["highlights"]]
    show = str(spec.keys.get("show", DEFAULT_SHOW[spec.kind]))
    numbered = spec.kind == "keys"
    title = spec.title or DEFAULT_TITLES[spec.kind]
    footnote = None
    if "footnote" in spec.keys:
        footnote = bitext(spec.keys["footnote"], ctx.outline.path, spec.number, "footnote")
    elif show == "summary":
        footnote = ctx.label("ours")
    top = ctx.body_top
    bottom = style.BODY_BOTTOM - (40 if footnote else 0)
    count = max(len(items), 1)
    per_row = min(count, 5)
    rows = (count + per_row - 1) // per_row
    card_w = (style.WIDTH - 2 * style.MARGIN - GAP * (per_row - 1)) / per_row
    card_h = (bottom - top - GAP * (rows - 1)) / rows
    badge = 36.0 if numbered else 0.0
    text_top = 14 + (badge + 10 if numbered else 6)
    inner_w = card_w - 2 * INSET
    inner_h = card_h - text_top - INSET
    all_paras = [_card_paras(ctx, item, show) for item in items]
    laid = common_fit(all_paras, inner_w - 8, inner_h - 8, style.CARD_SIZES, 1.0)
    if rows == 1:
        need = max((height_of(p) for p in laid), default=0.0) + 8
        used_h = min(card_h, max(text_top + need + INSET + 12, card_h * 0.62))
        top += (card_h - used_h) / 2
        card_h = used_h
        inner_h = card_h - text_top - INSET
    boxes: list[Box] = []
    for index, paras in enumerate(laid):
        col, row = index % per_row, index // per_row
        x = style.MARGIN + col * (card_w + GAP)
        y = top + row * (card_h + GAP)
        boxes.append(ShapeBox(x, y, card_w, card_h, style.PALE, name="decor: card", shape="rect"))
        boxes.append(
            ShapeBox(
                x, y, card_w, 5, style.ACCENT if numbered else style.BLUE, name="decor: card top"
            )
        )
        if numbered:
            bx, by = x + INSET, y + 16
            boxes.append(
                ShapeBox(bx, by, badge, badge, style.NAVY, name="decor: badge", shape="ellipse")
            )
            boxes.append(
                text_box(
                    [Para(str(index + 1), "en", bold=True, color=style.WHITE, align="center")],
                    bx,
                    by,
                    badge,
                    badge,
                    (18.0, 10.0),
                    name="number",
                    anchor="middle",
                    inset=1,
                )
            )
        boxes.append(
            TextBox(
                x + INSET - 4,
                y + text_top,
                inner_w + 8,
                inner_h,
                tuple(paras),
                name="card",
                inset=4,
            )
        )
    if footnote is not None:
        note = bi(footnote, ctx.mode, scale=1.0, color=style.MUTED)
        boxes.append(
            text_box(
                note,
                style.MARGIN - 4,
                bottom + 6,
                style.WIDTH - 2 * style.MARGIN + 8,
                32,
                (12.0, 8.0),
                name="footnote",
                anchor="middle",
            )
        )
    return [Draft(spec.kind, title, boxes)]

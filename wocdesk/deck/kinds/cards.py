"""Card slide kinds: the waves, the trends at a glance and the five numbered keys.

Each card is one shape holding its text, grouped with its accent and badge; cards are as tall
as their text. An optional ``quote`` (the article's own words, picked like a quote slide's)
is set under the cards, e.g. what the keys are for.
"""

from __future__ import annotations

from dataclasses import replace

from wocdesk.deck import style
from wocdesk.deck.context import Ctx, Draft
from wocdesk.deck.kinds.quotes import quote_line, quote_line_height, quote_words
from wocdesk.deck.layout.compose import Para, bi, common_fit, fit, height_of, text_box
from wocdesk.deck.model import Box, ShapeBox, TextBox
from wocdesk.deck.outlines.outline import bitext
from wocdesk.model import BiText, Highlight
from wocdesk.model.text import other_lang

DEFAULT_SHOW = {"waves": "detail", "trends": "summary", "keys": "name"}
DEFAULT_TITLES = {
    "waves": BiText("两大创新浪潮", "Two innovation waves"),
    "trends": BiText("三大创新趋势", "Three innovation trends"),
    "keys": BiText("五套金钥匙", "Five keys"),
}
GAP = 16.0
INSET = 12.0
OURS = "\u00a0*"  # the mark of a summary of ours, kept on the line of the word before it


def _card_paras(ctx: Ctx, item: Highlight, show: str) -> list[Para]:
    mode = ctx.mode
    paras = bi(item.name, mode, bold=True, color=style.NAVY, sub_bold=False)
    if ctx.spec.kind in ("trends", "keys") and not mode.is_bilingual:
        other = other_lang(mode.leading)
        name = item.name.get(other)
        if name and name != item.name.get(mode.leading):
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
        marked = BiText(*(f"{t}{OURS}" if t else None for t in (item.summary.zh, item.summary.en)))
        paras += bi(marked, mode, scale=0.78, color=style.INK, gap=0.8)
    return paras


def _point(item: Highlight, show: str) -> BiText:
    extra = item.summary if show == "summary" else item.detail if show == "detail" else BiText()
    return BiText(
        *(
            f"{item.name.get(x)}{'：' if x == 'zh' else ': '}{extra.get(x)}"
            if extra.get(x) and extra.get(x) != item.name.get(x)
            else item.name.get(x)
            for x in ("zh", "en")
        )
    )


def cards_slide(ctx: Ctx) -> list[Draft]:
    """One card per highlight, side by side, all set at one common size, as tall as their text."""
    spec = ctx.spec
    items = [ctx.article.highlight(h) for h in spec.keys["highlights"]]
    show = str(spec.keys.get("show", DEFAULT_SHOW.get(spec.kind, "name")))
    numbered = spec.kind == "keys"
    title = spec.title or DEFAULT_TITLES.get(spec.kind, BiText())
    footnote = None
    if "footnote" in spec.keys:
        footnote = bitext(spec.keys["footnote"], ctx.outline.path, spec.number, "footnote")
    elif show == "summary":
        footnote = ctx.label("ours")
    words = quote_words(ctx, spec.keys["quote"]) if "quote" in spec.keys else None
    top = ctx.body_top
    note_paras = bi(footnote, ctx.mode, color=style.MUTED) if footnote is not None else []
    note_w = style.WIDTH - 2 * style.MARGIN + 8
    note_h = height_of(fit(note_paras, note_w - 8, 200, (12.0, 10.0))[0]) + 10 if note_paras else 0
    bottom = style.BODY_BOTTOM - (note_h + 6 if note_paras else 0)
    quote_h = quote_line_height(ctx, words) if words is not None else 0.0
    if words is not None:
        bottom -= quote_h + GAP
    count = max(len(items), 1)
    per_row = min(count, 5)
    rows = (count + per_row - 1) // per_row
    card_w = (style.WIDTH - 2 * style.MARGIN - GAP * (per_row - 1)) / per_row
    room_h = (bottom - top - GAP * (rows - 1)) / rows
    badge = 36.0 if numbered else 0.0
    head = 8 + (badge + 10 if numbered else 6)
    inner_w = card_w - 2 * INSET
    all_paras = [_card_paras(ctx, item, show) for item in items]
    laid_cards = common_fit(
        all_paras, inner_w - 8, room_h - head - INSET - 8, style.CARD_SIZES, 1.0
    )
    text_h = max((height_of(p) for p in laid_cards), default=0.0) + 8
    card_h = min(room_h, head + text_h + INSET)
    block = rows * card_h + GAP * (rows - 1)
    if words is not None:
        block += GAP + quote_h
    top += max(0.0, (bottom + (GAP + quote_h if words is not None else 0) - top - block) / 2)
    boxes: list[Box] = []
    for index, paras in enumerate(laid_cards):
        col, row = index % per_row, index // per_row
        x = style.MARGIN + col * (card_w + GAP)
        y = top + row * (card_h + GAP)
        group = f"card {index + 1}"
        boxes.append(ShapeBox(x, y, card_w, card_h, style.PALE, name="decor: card", group=group))
        accent = style.ACCENT if numbered else style.BLUE
        boxes.append(ShapeBox(x, y, card_w, 5, accent, name="decor: card top", group=group))
        if numbered:
            bx, by = x + INSET, y + 16
            boxes.append(
                ShapeBox(
                    bx,
                    by,
                    badge,
                    badge,
                    style.NAVY,
                    name="decor: badge",
                    shape="ellipse",
                    group=group,
                )
            )
            number = [Para(str(index + 1), "en", bold=True, color=style.WHITE, align="center")]
            boxes.append(
                replace(
                    text_box(
                        number,
                        bx,
                        by,
                        badge,
                        badge,
                        (18.0, 10.0),
                        name="number",
                        anchor="middle",
                        inset=1,
                    ),
                    group=group,
                )
            )
        boxes.append(
            TextBox(
                x + INSET - 4,
                y + head,
                inner_w + 8,
                card_h - head - INSET + 4,
                tuple(paras),
                name="card",
                inset=4,
                group=group,
            )
        )
    if words is not None:
        boxes += quote_line(ctx, words, top + block - quote_h)
    if note_paras:
        boxes.append(
            text_box(
                note_paras,
                style.MARGIN - 4,
                style.BODY_BOTTOM - note_h,
                note_w,
                note_h,
                (12.0, 10.0),
                name="footnote",
                anchor="middle",
            )
        )
    points = [_point(item, show) for item in items]
    if words is not None:
        points.append(words)
    return [Draft(spec.kind, title, boxes, points=points)]

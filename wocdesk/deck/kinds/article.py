"""Slide kinds for any article: ``cover``, ``points`` and ``credits``.

``cover``: its title, source and date; ``points``: key points or opening sentences, verbatim
and marked, continued on further slides; ``credits``: where the text comes from.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from wocdesk.deck import style
from wocdesk.deck.context import Ctx, Draft
from wocdesk.deck.layout.compose import (
    Para,
    bi,
    clean,
    height_of,
    set_paragraphs,
    shorten,
    size_steps,
    text_box,
)
from wocdesk.deck.layout.measure import em_width, widest_word
from wocdesk.deck.layout.memo import sentence_spans
from wocdesk.deck.model import Box, Paragraph, ShapeBox, TextBox
from wocdesk.deck.notes import notes_text
from wocdesk.deck.outlines.outline import bitext
from wocdesk.i18n import format_date
from wocdesk.model import Article, BiText, DisplayMode
from wocdesk.model.text import LANGS

if TYPE_CHECKING:  # key points load only for a deck that shows them
    from wocdesk.briefing.keypoints import KeyPoint

BODY_X = style.MARGIN
BODY_W = style.WIDTH - 2 * style.MARGIN
MARK_W = 22.0  # room left of an item for its bar or dot
ITEM_W = BODY_W - MARK_W
INSET = 4.0
ITEM_SIZES = (26.0, 12.0)
PACK_SIZE = 18.0  # items go on one slide while they fit at this size or larger
MAX_ITEMS = 5
FILL = 0.9  # how full a broken line is, on average, when estimating heights from widths
FOOTNOTE_H = 44.0


def heading(text: BiText, mode: DisplayMode, **style_: Any) -> list[Para]:
    """A title in the deck's languages; a title known in one language only is shown once."""
    if len(text.languages) == 1:
        lang = text.languages[0]
        keep = {k: v for k, v in style_.items() if k in ("bold", "color", "align", "gap", "scale")}
        return [Para(clean(text.get(lang) or ""), lang, **keep)]
    return bi(text, mode, **style_)


def _spec_text(ctx: Ctx, key: str) -> BiText | None:
    value = ctx.spec.keys.get(key)
    return None if value is None else bitext(value, ctx.outline.path, ctx.spec.number, key)


def cover_slide(ctx: Ctx) -> list[Draft]:
    """The article's title large on navy; under it the source, the place and date when known."""
    article = ctx.article
    event = article.event
    white, sub = style.WHITE, style.ON_NAVY_SUB
    boxes: list[Box] = [
        ShapeBox(0, 0, style.WIDTH, style.HEIGHT, style.NAVY, name="layout: background"),
        ShapeBox(0, 0, 14, style.HEIGHT, style.ACCENT, name="layout: accent"),
        ShapeBox(style.MARGIN, 132, 72, 6, style.ACCENT, name="layout: rule"),
    ]
    title = ctx.spec.title or article.title
    paras = heading(title, ctx.mode, bold=True, color=white, sub_color=sub, sub_bold=False)
    boxes.append(
        text_box(
            paras,
            BODY_X - 4,
            150,
            BODY_W,
            170,
            (44.0, 20.0),
            name="title",
            placeholder="title",
            anchor="bottom",
        )
    )
    lines: list[Para] = []
    subtitle = _spec_text(ctx, "subtitle")
    if subtitle is not None:
        lines += heading(subtitle, ctx.mode, color=sub, sub_color=sub)
    source = article.source if article.source.languages else event.organiser
    if source.languages:
        lines += heading(source, ctx.mode, color=white, sub_color=sub, gap=0.6)
    when = BiText(*(_place_and_date(article, lang) for lang in LANGS))
    if when.languages:
        lines += heading(when, ctx.mode, color=white, sub_color=sub, gap=0.3)
    if lines:
        boxes.append(
            text_box(
                lines,
                BODY_X - 4,
                336,
                BODY_W,
                168,
                (22.0, 11.0),
                name="subtitle",
                placeholder="body",
            )
        )
    # Drawn as the deck's title slide (no title band or footer).
    draft = Draft("title", None, boxes, layout="title", background=style.NAVY)
    if ctx.spec.notes is None:
        first = next(iter(article.passages()), None)
        if first is not None:
            draft.notes = notes_text(article, (first.id,), ctx.notes_langs)
    return [draft]


def _place_and_date(article: Article, lang: str) -> str | None:
    event = article.event
    date = format_date(event.date, lang) if event.date else None
    parts = [x for x in (event.place.get(lang), date) if x]
    return " · ".join(parts) or None


def credits_slide(ctx: Ctx) -> list[Draft]:
    """Where the text comes from and what on the slides is ours."""
    article = ctx.article
    title = ctx.spec.title or ctx.label("credits")
    paras = heading(article.title, ctx.mode, bold=True, color=style.NAVY)
    label = ctx.label("source")
    if article.source.languages:
        source = BiText(*(f"{label.best(x)}: {article.source.best(x)}" for x in LANGS))
        paras += bi(source, ctx.mode, gap=0.6)
    when = BiText(*(_place_and_date(article, lang) for lang in LANGS))
    if when.languages:
        paras += heading(when, ctx.mode, gap=0.4)
    text = _spec_text(ctx, "text") or ctx.label("credits_text")
    paras += bi(text, ctx.mode, color=style.MUTED, gap=1.0)
    top = ctx.body_top
    box = text_box(
        paras,
        BODY_X - 4,
        top,
        BODY_W + 8,
        style.BODY_BOTTOM - top,
        style.BODY_SIZES,
        name="body",
        placeholder="body",
    )
    return [Draft("credits", title, [box])]


@dataclass(frozen=True, slots=True)
class Item:
    """One entry of a points slide: its words, which are verbatim, and its passage."""

    words: BiText
    verbatim: tuple[str, ...]
    passage_id: str
    opening: bool  # the opening sentence of its passage, shown as the source has it


def items_of(ctx: Ctx) -> list[Item]:
    """The entries of a points slide, resolved against the article and its key points."""
    article = ctx.article
    raw = ctx.spec.keys["items"]
    points: dict[str, KeyPoint] = {}
    if any("point" in entry for entry in raw):
        from wocdesk.briefing.keypoints import shown_words, usable
        from wocdesk.briefing.store import key_points_of

        points = {p.id: p for p in usable(key_points_of(article), article).points}
    out = []
    for number, entry in enumerate(raw, start=1):
        title = (
            bitext(entry["title"], ctx.outline.path, ctx.spec.number, f"items[{number}].title")
            if "title" in entry
            else BiText()
        )
        if "point" in entry:
            point = points[entry["point"]]
            words, verbatim = shown_words(point, article)
            out.append(_titled(Item(words, verbatim, point.passage_id, False), title))
            continue
        passage = article.passage(entry["passage"])
        index = entry.get("sentence", 1) - 1
        found: dict[str, str | None] = {}
        for lang in LANGS:
            text = passage.text.get(lang) or ""
            spans = sentence_spans(text)
            found[lang] = text[slice(*spans[index])] if index < len(spans) else None
        words = BiText(found["zh"], found["en"])
        item = Item(words, words.languages, passage.id, index == 0)
        out.append(_titled(item, title))
    return out


def _titled(item: Item, title: BiText) -> Item:
    if not title.languages:
        return item
    words = BiText(*(title.get(x) or item.words.get(x) for x in LANGS))
    verbatim = tuple(x for x in item.verbatim if not title.get(x))
    return Item(words, verbatim, item.passage_id, item.opening and not title.languages)


def points_slide(ctx: Ctx) -> list[Draft]:
    """Entries stacked down the slide at one size, continued on further slides.

    Each entry is marked: a bar for words quoted verbatim, a dot for the user's own words.
    """
    items = items_of(ctx)
    footnote = _spec_text(ctx, "footnote")
    if footnote is None and items and any(i.verbatim for i in items):
        all_openings = all(i.opening and len(i.verbatim) == len(i.words.languages) for i in items)
        footnote = ctx.label("extract" if all_openings else "verbatim")
    top = ctx.body_top + 4
    bottom = style.BODY_BOTTOM - (FOOTNOTE_H if footnote is not None else 0)
    room = bottom - top
    paras = [bi(i.words, ctx.mode, color=style.INK, sub_color=style.MUTED) for i in items]
    heights = [_height(p, PACK_SIZE) for p in paras]
    title = ctx.spec.title or BiText("要点", "Key points")
    notes = ""
    if ctx.spec.notes is None:  # the passages of every entry, on each of the slide's pages
        ids = tuple(dict.fromkeys(i.passage_id for i in items))
        notes = notes_text(ctx.article, ids, ctx.notes_langs)
    drafts = []
    for page_number, page in enumerate(pack(heights, room)):
        laid = _lay_out([paras[i] for i in page], room)
        used = sum(height_of(b) + 2 * INSET for b in laid) + sum(_gap(b) for b in laid[:-1])
        spare = max(room - used, 0.0)
        extra = min(spare / (len(laid) - 1), _gap(laid[0])) if len(laid) > 1 else 0.0
        boxes: list[Box] = []
        y = top
        for index, block in zip(page, laid, strict=True):
            height = height_of(block) + 2 * INSET
            boxes += _marker(items[index], y, height, block)
            boxes.append(
                TextBox(BODY_X + MARK_W, y, ITEM_W, height, tuple(block), name="item", inset=INSET)
            )
            y += height + _gap(block) + extra
        if footnote is not None:
            boxes.append(_footnote(footnote, ctx.mode, bottom))
        drafts.append(Draft("points", title, boxes, notes=notes, continued=page_number > 0))
    return drafts


def _footnote(text: BiText, mode: DisplayMode, y: float) -> TextBox:
    """A footnote under the entries: each language on a line of its own, the same size."""
    paras = [
        Para(clean(value), lang, color=style.MUTED)
        for lang in mode.languages
        if (value := text.get(lang))
    ] or heading(text, mode, color=style.MUTED)
    return text_box(
        paras,
        BODY_X - 4,
        y + 2,
        BODY_W + 8,
        FOOTNOTE_H - 4,
        (12.0, 9.0),
        name="footnote",
        anchor="middle",
    )


def _gap(block: list[Paragraph]) -> float:
    return _gap_at(block[0].size) if block else 0.0


@lru_cache(maxsize=8192)
def _set(paras: tuple[Para, ...], size: float) -> tuple[Paragraph, ...]:
    """An entry laid out at ``size`` (kept: the outline and the planner measure the same)."""
    return tuple(set_paragraphs(list(paras), ITEM_W - 2 * INSET, size))


@lru_cache(maxsize=8192)
def _widest_em(text: str, bold: bool) -> float:
    return widest_word(text, 1.0, bold)


def _height(paras: list[Para], size: float) -> float:
    """An entry's estimated height at ``size``, with the gap after it.

    Estimated from widths, not line breaks: a text's width in ems is one pass, breaking it into
    lines takes many.
    """
    usable = (ITEM_W - 2 * INSET) * style.WIDTH_SAFETY * FILL
    total = 2 * INSET + round(size * 0.7, 1)
    for index, para in enumerate(paras):
        psize = round(size * para.scale * 2) / 2
        lines = max(1, math.ceil(em_width(para.text, para.bold) * psize / usable))
        total += lines * psize * style.LINE_SPACING[para.lang]
        total += round(para.gap * psize, 1) if index else 0.0
    return total


def pack(heights: list[float], room: float) -> list[list[int]]:
    """Entries grouped into slides: as many as fit, up to :data:`MAX_ITEMS` a slide.

    ``heights`` are the entries' heights at :data:`PACK_SIZE`, each with the gap after it; an
    entry too long for a slide goes alone (and is set smaller).
    """
    pages: list[list[int]] = [[]]
    used = 0.0
    for index, height in enumerate(heights):
        if pages[-1] and (used + height > room or len(pages[-1]) >= MAX_ITEMS):
            pages.append([])
            used = 0.0
        pages[-1].append(index)
        used += height
    return [page for page in pages if page]


def outline_pages(entries: list[BiText]) -> list[list[int]]:
    """How an outline splits entries over slides so that each slide fits in every mode.

    Entries are measured at :data:`PACK_SIZE` in both bilingual modes (the tallest), on a
    slide with a footnote.
    """
    heights = [_entry_height(words) for words in entries]
    top = style.BAND_H_BILINGUAL + style.BODY_TOP_GAP + 4
    return pack(heights, style.BODY_BOTTOM - FOOTNOTE_H - top)


@lru_cache(maxsize=16384)
def _entry_height(words: BiText) -> float:
    """An entry's height in the taller bilingual mode (kept: outlines are planned again often)."""
    return max(_height(bi(words, m), PACK_SIZE) for m in (DisplayMode.ZH_EN, DisplayMode.EN_ZH))


ITEM_STEPS = (*size_steps((ITEM_SIZES[0], 14.0), 1.0), *size_steps((13.5, ITEM_SIZES[1]), 0.5))


def _lay_out(blocks: list[list[Para]], room: float) -> list[list[Paragraph]]:
    """Every entry of one slide at the largest common size that fits (shortened if none)."""
    usable_w = (ITEM_W - 2 * INSET) * style.WIDTH_SAFETY

    def at(size: float) -> list[list[Paragraph]]:
        return [list(_set(tuple(paras), size)) for paras in blocks]

    def fits(laid: list[list[Paragraph]]) -> bool:
        total = sum(height_of(b) + 2 * INSET for b in laid) + sum(_gap(b) for b in laid[:-1])
        wide = any(_widest_em(p.text, p.bold) * p.size > usable_w for b in laid for p in b)
        return total <= room and not wide

    # the largest size whose estimate fits (estimated one size after another, largest first)
    estimates = (sum(_height(p, s) for p in blocks) - _gap_at(s) for s in ITEM_STEPS)
    first = next((i for i, h in enumerate(estimates) if h <= room), len(ITEM_STEPS) - 1)
    for size in ITEM_STEPS[first:]:  # the estimate is close: usually the first try fits
        laid = at(size)
        if fits(laid):
            return laid
    share = room / max(len(blocks), 1) - 2 * INSET  # too big even at the smallest: cut each
    return [shorten(block, share) for block in laid]


def _gap_at(size: float) -> float:
    return round(size * 0.7, 1)


def _marker(item: Item, y: float, height: float, block: list[Paragraph]) -> list[Box]:
    if item.verbatim:
        return [
            ShapeBox(
                BODY_X + 4, y + 4, 4, max(height - 8, 6), style.ACCENT, name="decor: quote bar"
            )
        ]
    first = block[0] if block else None
    pitch = first.size * first.line_spacing if first else 20.0
    dot = 8.0
    return [
        ShapeBox(
            BODY_X + 2,
            y + INSET + (pitch - dot) / 2 + 1,
            dot,
            dot,
            style.BLUE,
            name="decor: bullet",
            shape="ellipse",
        )
    ]

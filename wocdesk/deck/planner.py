"""Plan a deck: turn an outline and the article into slides of measured, positioned boxes."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from wocdesk.deck import kinds, style
from wocdesk.deck.context import COLON, Ctx, Draft
from wocdesk.deck.errors import DeckError
from wocdesk.deck.layout.compose import Para, bi, clean, fit, shorten, slide_text, text_box
from wocdesk.deck.layout.memo import one_plan
from wocdesk.deck.model import Box, Deck, Fonts, Paragraph, ShapeBox, Slide, TextBox
from wocdesk.deck.notes import notes_languages, slide_notes
from wocdesk.deck.outlines.outline import Outline, check_outline
from wocdesk.i18n import format_date
from wocdesk.model import Article, BiText, DisplayMode, parse_mode
from wocdesk.model.text import LANGS

# between a title and its "(continued)": none before a full-width （续）, unbroken in English
CONTINUED_GAP = {"en": "\u00a0"}


def title_band(ctx: Ctx, title: BiText, continued: BiText | None = None) -> list[Box]:
    """The band across the top with the slide title (and its other-language line).

    The band and accent are the layouts' own (named ``layout:``); the title is the layout's
    title placeholder. A continuation keeps its "(continued)" whatever the title's length.
    """
    h = ctx.band_h
    x, y, w, th = style.title_rect(ctx.mode.is_bilingual)
    paras = bi(
        title, ctx.mode, bold=True, color=style.WHITE, sub_color=style.ON_NAVY_SUB, sub_bold=False
    )
    if continued is not None:
        paras = [
            Para(
                f"{p.text}{CONTINUED_GAP.get(p.lang, '')}{continued.best(p.lang)}"
                if p.lang in continued.languages
                else p.text,
                p.lang,
                p.scale,
                p.bold,
                p.italic,
                p.color,
                p.align,
                p.gap,
                p.floor,
            )
            for p in paras
        ]
    box = text_box(
        paras, x, y, w, th, style.TITLE_SIZES, name="title", anchor="middle", placeholder="title"
    )
    return [
        ShapeBox(0, 0, style.WIDTH, h, style.NAVY, name="layout: title band"),
        ShapeBox(0, 0, style.ACCENT_W, h, style.ACCENT, name="layout: accent"),
        _keep_whole(box, paras),
    ]


def _keep_whole(box: TextBox, paras: list[Para]) -> TextBox:
    """A title is never cut: when it does not fit, it is set at the size that shows it whole."""
    shown = "".join(p.text for p in box.paragraphs)
    if shown == "".join(p.text for p in paras):
        return box
    inner_w = box.w - 2 * box.inset
    inner_h = box.h - 2 * box.inset
    laid: list[Paragraph] = []
    for size in (14.0, 12.0, style.MIN_SIZE):
        smaller = [
            Para(p.text, p.lang, 1.0, p.bold, p.italic, p.color, p.align, 0.0, size) for p in paras
        ]
        laid, fits = fit(smaller, inner_w, inner_h, (size, size))
        if fits:
            return replace(box, paragraphs=tuple(laid))
    return replace(box, paragraphs=tuple(shorten(laid, inner_h)))  # an absurd title only


def footer(ctx: Ctx, number: int) -> list[Box]:
    """The source, the date and the slide number: the layouts' footer fields.

    Footers are the slide's furniture, in the leading language only (10 pt), so that a
    bilingual deck's second language is never set that small.
    """
    lead = ctx.lead
    article = ctx.article
    y, h, sizes = style.FOOTER_Y, style.FOOTER_H, (style.FOOTER_SIZE, style.FOOTER_SIZE)
    boxes: list[Box] = [
        ShapeBox(
            style.MARGIN,
            style.FOOTER_RULE_Y,
            style.WIDTH - 2 * style.MARGIN,
            0.75,
            style.RULE,
            name="layout: footer rule",
        )
    ]
    if article.source.languages or article.title.languages:
        label = ctx.label("source").best(lead)
        text = slide_text(f"{label}{COLON[lead]}{article.source.best(lead)}", lead)
        if not article.source.languages:  # an imported text names no source: its title, then
            text = slide_text(article.title.best(lead), lead)
        src_x, src_w = style.FOOTER_SOURCE
        paras = [Para(text, lead, color=style.SUBTLE)]
        boxes.append(
            text_box(
                paras, src_x, y, src_w, h, sizes, name="footer", anchor="middle", placeholder="ftr"
            )
        )
    if article.event.date is not None:
        date_x, date_w = style.FOOTER_DATE
        paras = [
            Para(format_date(article.event.date, lead), lead, color=style.SUBTLE, align="right")
        ]
        boxes.append(
            text_box(
                paras, date_x, y, date_w, h, sizes, name="date", anchor="middle", placeholder="dt"
            )
        )
    num_x, num_w = style.FOOTER_NUMBER
    number_para = [Para(str(number), lead, color=style.SUBTLE, align="right")]
    boxes.append(
        text_box(
            number_para,
            num_x,
            y,
            num_w,
            h,
            sizes,
            name="slide number",
            anchor="middle",
            placeholder="sldNum",
        )
    )
    return boxes


def plan_deck(
    article: Article,
    outline: Outline | str | Path | None = None,
    lang: str | DisplayMode = "en",
    *,
    notes: str | None = None,
    fonts: Fonts | None = None,
) -> Deck:
    """Plan the deck of ``outline`` (the article's own or default outline when None) in ``lang``."""
    with one_plan():
        return _plan(article, outline, lang, notes, fonts)


def _plan(
    article: Article,
    outline: Outline | str | Path | None,
    lang: str | DisplayMode,
    notes: str | None,
    fonts: Fonts | None,
) -> Deck:
    from wocdesk.deck.outlines.default import resolved_outline

    try:
        mode = parse_mode(lang)
    except ValueError as exc:
        raise DeckError(f"--lang: {exc}") from None
    checked = False
    if not isinstance(outline, Outline):
        outline, checked = resolved_outline(article, outline)
    if not checked:
        check_outline(outline, article)
    langs = notes_languages(mode, notes)
    drafts: list[Draft] = []
    for spec in outline.slides:
        ctx = Ctx(article, outline, mode, spec, langs)
        built = kinds.build(ctx)
        for index, draft in enumerate(built):
            # a kind may give each page its own notes (the passages of that page's points)
            draft.notes = slide_notes(ctx, draft, first=index == 0, own=draft.notes)
            drafts.append(draft)
    _unique_notes(drafts)
    base = Ctx(article, outline, mode, outline.slides[0], langs)
    slides = []
    for number, draft in enumerate(drafts, start=1):
        boxes = list(draft.boxes)
        title_plain = ""
        if draft.title is not None:
            more = base.label("continued") if draft.continued else None
            boxes = [*title_band(base, draft.title, more), *boxes]
            title_plain = draft.title.best(mode.leading)
            if more is not None:
                title_plain = f"{title_plain} {more.best(mode.leading)}"
        if draft.layout not in ("title", "section"):
            boxes.extend(footer(base, number))
        slides.append(
            Slide(
                number=number,
                kind=draft.kind,
                title=clean(title_plain or _first_text(boxes)),
                boxes=tuple(boxes),
                notes=draft.notes,
                layout=draft.layout,
                background=draft.background,
            )
        )
    return Deck(
        title=clean(outline.title.best(mode.leading)),
        mode=mode,
        slides=tuple(slides),
        fonts=fonts or style.DEFAULT_FONTS,
        notes_langs=langs,
        author=clean(article.event.organiser.best(mode.leading)),
        subject=clean(article.title.best(mode.leading)),
        keywords=tuple(clean(t.name.best(mode.leading)) for t in article.trends),
        name=outline.name,
    )


def _unique_notes(drafts: list[Draft]) -> None:
    """No two slides share their notes: a repeat says which slide it follows."""
    seen: dict[str, int] = {}
    for number, draft in enumerate(drafts, start=1):
        if not draft.notes:
            continue
        if draft.notes in seen:
            draft.notes = f"({seen[draft.notes]} →) {draft.notes}"
        seen.setdefault(draft.notes, number)


def _first_text(boxes: list[Box]) -> str:
    for box in boxes:
        if isinstance(box, TextBox) and box.paragraphs:
            return box.paragraphs[0].text
    return ""


__all__ = ["LANGS", "footer", "plan_deck", "title_band"]

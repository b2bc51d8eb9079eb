"""Plan a deck: turn an outline and the article into slides of measured, positioned boxes."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from wocdesk.content.notes import only_in_note
from wocdesk.deck import style
from wocdesk.deck.compose import Para, bi, clean, text_box
from wocdesk.deck.errors import DeckError
from wocdesk.deck.model import Box, Deck, Fonts, LayoutRole, ShapeBox, Slide, TextBox
from wocdesk.deck.outline import Outline, SlideSpec, check_outline
from wocdesk.model import Article, BiText, DisplayMode, Lang, parse_mode
from wocdesk.model.text import LANGS


@dataclass
class Draft:
    """A slide before numbering: its body pages are framed with the title band and footer."""

    kind: str
    title: BiText | None
    boxes: list[Box]
    notes: str = ""
    layout: LayoutRole = "content"
    background: str = style.WHITE
    continued: bool = False


@dataclass
class Ctx:
    """What a slide-kind function needs: the article, the outline, the mode and the slide spec."""

    article: Article
    outline: Outline
    mode: DisplayMode
    spec: SlideSpec
    notes_langs: tuple[Lang, ...]
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def lead(self) -> Lang:
        """The leading language."""
        return self.mode.leading

    @property
    def band_h(self) -> float:
        """The height of the title band."""
        return style.BAND_H_BILINGUAL if self.mode.is_bilingual else style.BAND_H

    @property
    def body_top(self) -> float:
        """Where the body starts, below the title band."""
        return self.band_h + style.BODY_TOP_GAP

    def label(self, key: str) -> BiText:
        """A label from the outline."""
        return self.outline.label(key)


def notes_languages(mode: DisplayMode, notes: str | None) -> tuple[Lang, ...]:
    """The languages of the speaker notes: ``zh``, ``en``, ``both`` or the deck's own."""
    if notes is None or notes == "":
        return mode.languages
    choice = notes.strip().lower()
    if choice == "both":
        return (
            mode.languages
            if mode.is_bilingual
            else (mode.leading, *(x for x in LANGS if x != mode.leading))
        )
    if choice in LANGS:
        return (choice,)  # type: ignore[return-value]
    raise DeckError(f"--notes: unknown choice {notes!r} (choose zh, en or both)")


def notes_text(article: Article, passage_ids: tuple[str, ...], langs: tuple[Lang, ...]) -> str:
    """The source paragraphs verbatim, one per line, in each notes language."""
    lines: list[str] = []
    for pid in passage_ids:
        text = article.passage(pid).text
        for lang in langs:
            value = text.get(lang)
            if value is not None:
                lines.append(clean(value))
            elif len(langs) == 1 and text.languages:
                present = text.languages[0]
                lines.append(only_in_note(present, lang))
                lines.append(clean(text.get(present) or ""))
    return "\n".join(lines)


def title_band(ctx: Ctx, title: BiText) -> list[Box]:
    """The navy band across the top with the slide title (and its other-language line)."""
    h = ctx.band_h
    paras = bi(
        title, ctx.mode, bold=True, color=style.WHITE, sub_color=style.ON_NAVY_SUB, sub_bold=False
    )
    return [
        ShapeBox(0, 0, style.WIDTH, h, style.NAVY, name="decor: title band"),
        ShapeBox(0, 0, 10, h, style.ACCENT, name="decor: accent"),
        text_box(
            paras,
            style.MARGIN - 4,
            6,
            style.WIDTH - 2 * style.MARGIN + 8,
            h - 12,
            style.TITLE_SIZES,
            name="title",
            anchor="middle",
            placeholder="title",
        ),
    ]


def footer(ctx: Ctx, number: int, total: int) -> list[Box]:
    """A rule, the source and date on the left, the slide number on the right."""
    from wocdesk.i18n import format_date

    lead = ctx.lead
    event = ctx.article.event
    parts = [f"{ctx.label('source').best(lead)}: {ctx.article.source.best(lead)}"]
    if not ctx.article.source.languages:  # an imported text names no source: its title, then
        parts = [ctx.article.title.best(lead)]
    if event.date is not None:
        parts.append(format_date(event.date, lead))
    text = clean(" · ".join(parts))
    y = style.FOOTER_Y
    small = (style.FOOTER_SIZE, 7.0)
    left = Para(text, lead, color=style.SUBTLE)
    right = Para(f"{number} / {total}", "en", color=style.SUBTLE, align="right")
    return [
        ShapeBox(
            style.MARGIN,
            y - 6,
            style.WIDTH - 2 * style.MARGIN,
            0.75,
            style.RULE,
            name="decor: footer rule",
        ),
        text_box(
            [left], style.MARGIN - 4, y, 740, style.FOOTER_H, small, name="footer", anchor="middle"
        ),
        text_box(
            [right],
            style.WIDTH - style.MARGIN - 96,
            y,
            100,
            style.FOOTER_H,
            small,
            name="slide number",
            anchor="middle",
        ),
    ]


def default_notes(spec: SlideSpec, article: Article) -> tuple[str, ...]:
    """The passages a slide draws on, when its outline entry names no notes."""
    keys = spec.keys
    ids: list[str] = []
    for hid in [*keys.get("highlights", []), keys.get("highlight")]:
        if isinstance(hid, str):
            ids.append(article.highlight(hid).passage_id)
    for key in ("chart", "ranking", "table", "figure"):
        if isinstance(keys.get(key), str):
            ids.append(article.figure(keys[key]).passage_id)
    quote = keys.get("quote")
    if isinstance(quote, dict) and isinstance(quote.get("passage"), str):
        ids.append(quote["passage"])
    ids.extend(p for p in keys.get("passages", []) if isinstance(p, str))
    if spec.kind == "title":
        ids.append(next(iter(article.passages())).id)
    return tuple(dict.fromkeys(ids))


def plan_deck(
    article: Article,
    outline: Outline | str | Path | None = None,
    lang: str | DisplayMode = "en",
    *,
    notes: str | None = None,
    fonts: Fonts | None = None,
) -> Deck:
    """Plan the deck of ``outline`` (the article's own or default outline when None) in ``lang``."""
    from wocdesk.deck import kinds
    from wocdesk.deck.default_outline import outline_for

    try:
        mode = parse_mode(lang)
    except ValueError as exc:
        raise DeckError(f"--lang: {exc}") from None
    if not isinstance(outline, Outline):
        outline = outline_for(article, outline)
    check_outline(outline, article)
    langs = notes_languages(mode, notes)
    drafts: list[Draft] = []
    for spec in outline.slides:
        ctx = Ctx(article, outline, mode, spec, langs)
        passage_ids = spec.notes if spec.notes is not None else default_notes(spec, article)
        slide_notes = notes_text(article, passage_ids, langs)
        for draft in kinds.build(ctx):
            draft.notes = draft.notes or slide_notes  # a kind may give each page its own
            drafts.append(draft)
    total = len(drafts)
    slides = []
    for number, draft in enumerate(drafts, start=1):
        ctx = Ctx(article, outline, mode, outline.slides[0], langs)
        boxes = list(draft.boxes)
        title_plain = ""
        if draft.title is not None:
            title = draft.title
            if draft.continued:
                more = ctx.label("continued")
                title = BiText(
                    *(
                        f"{title.get(x) or ''}{'' if x == 'zh' else ' '}{more.best(x)}".strip()
                        if title.get(x)
                        else None
                        for x in LANGS
                    )
                )
            boxes = [*title_band(ctx, title), *boxes]
            title_plain = title.best(mode.leading)
        if draft.kind != "title":
            boxes.extend(footer(ctx, number, total))
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
    deck_title = clean(outline.title.best(mode.leading))
    return Deck(
        title=deck_title,
        mode=mode,
        slides=tuple(slides),
        fonts=fonts or style.DEFAULT_FONTS,
        notes_langs=langs,
        author=clean(article.event.organiser.best(mode.leading)),
        subject=clean(article.title.best(mode.leading)),
        keywords=tuple(clean(t.name.best(mode.leading)) for t in article.trends),
        name=outline.name,
    )


def _first_text(boxes: list[Box]) -> str:
    for box in boxes:
        if isinstance(box, TextBox) and box.paragraphs:
            return box.paragraphs[0].text
    return ""

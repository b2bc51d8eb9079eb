"""Fit paragraphs into boxes: pick the largest size in a range, else split or shorten."""

from __future__ import annotations

from dataclasses import dataclass, replace

from wocdesk.content.clean import clean_text
from wocdesk.content.notes import missing_note_written_in, only_in_note_written_in
from wocdesk.deck import style
from wocdesk.deck.layout.measure import break_balanced, text_width, widest_word
from wocdesk.deck.layout.memo import remembered
from wocdesk.deck.layout.typeset import full_width
from wocdesk.deck.model import Align, Anchor, Paragraph, TextBox
from wocdesk.model.text import BiText, DisplayMode, Lang

ELLIPSIS = "…"


@dataclass(frozen=True, slots=True)
class Para:
    """A paragraph before it is sized: text, language and style relative to the box's size."""

    text: str
    lang: Lang
    scale: float = 1.0
    bold: bool = False
    italic: bool = False
    color: str = style.INK
    align: Align = "left"
    gap: float = 0.0  # space before, in ems of this paragraph's own size
    floor: float = style.MIN_SIZE  # never set smaller (a bilingual deck's second language: 14)


def clean(text: str) -> str:
    """Text safe for XML, with runs of whitespace kept as written."""
    return clean_text(text)[0]


def slide_text(text: str, lang: Lang) -> str:
    """Text as a slide shows it: cleaned, and Chinese typeset with full-width punctuation."""
    return remembered(_slide_text, text, lang)


def _slide_text(text: str, lang: Lang) -> str:
    cleaned = clean(text)
    return full_width(cleaned) if lang == "zh" else cleaned


def bi(
    text: BiText,
    mode: DisplayMode,
    *,
    scale: float = 1.0,
    bold: bool = False,
    color: str = style.INK,
    sub_color: str = style.MUTED,
    align: Align = "left",
    gap: float = 0.0,
    sub_bold: bool | None = None,
) -> list[Para]:
    """The paragraphs of one item: the leading language, then (bilingual) the other, smaller.

    In a bilingual deck both lines are at least :data:`style.SUB_MIN` points. A text the
    original has in one language only is shown once, in that language, with one marker (in the
    deck's leading language) saying so.
    """
    floor = style.SUB_MIN if mode.is_bilingual else style.MIN_SIZE
    present = [lang for lang in mode.languages if text.get(lang) is not None]
    if not present and text.languages:
        present = [text.languages[0]]
    paras: list[Para] = []
    for index, lang in enumerate(present):
        lead = index == 0
        size = scale if lead else scale * style.SUB_SCALE
        tint = color if lead else sub_color
        weight = bold if lead or sub_bold is None else sub_bold
        before = gap if lead else 0.15
        value = slide_text(text.get(lang) or "", lang)
        paras.append(Para(value, lang, size, weight, False, tint, align, before, floor))
    if len(present) == 1 and (mode.is_bilingual or present[0] != mode.leading):
        note = only_in_note_written_in(present[0], mode.leading)
        paras.append(
            Para(note, mode.leading, scale * 0.8, False, True, style.SUBTLE, align, 0.1, floor)
        )
    if not paras:
        note = missing_note_written_in(mode.leading)
        paras.append(Para(note, mode.leading, scale, False, True, style.SUBTLE, align, gap, floor))
    return paras


def line_pitch(size: float, lang: Lang) -> float:
    """The distance between baselines (written as exact line spacing)."""
    return size * style.LINE_SPACING[lang]


def set_paragraphs(paras: list[Para], width: float, size: float) -> list[Paragraph]:
    """Lay ``paras`` out at base ``size`` within ``width`` points of text width."""
    usable = width * style.WIDTH_SAFETY
    out = []
    for para in paras:
        psize = max(round(size * para.scale * 2) / 2, para.floor)
        lines, measure = break_balanced(para.text, usable, psize, para.bold, para.lang == "zh")
        out.append(
            Paragraph(
                text=para.text,
                lang=para.lang,
                size=psize,
                lines=lines,
                bold=para.bold,
                italic=para.italic,
                color=para.color,
                align=para.align,
                line_spacing=style.LINE_SPACING[para.lang],
                space_before=round(para.gap * psize, 1),
                measure=round(measure, 2),
            )
        )
    return out


def height_of(paragraphs: list[Paragraph] | tuple[Paragraph, ...]) -> float:
    """The height the paragraphs take with exact line spacing."""
    total = 0.0
    for index, para in enumerate(paragraphs):
        if index:
            total += para.space_before
        total += len(para.lines) * para.size * para.line_spacing
    return total


def widest_line(paragraphs: list[Paragraph]) -> float:
    """The widest measured line of ``paragraphs``."""
    return max(
        (text_width(line, p.size, p.bold) for p in paragraphs for line in p.lines), default=0.0
    )


def _sizes(sizes: tuple[float, float]) -> list[float]:
    high, low = sizes
    steps = []
    size = high
    while size >= low:
        steps.append(size)
        size -= 1.0 if size > 14 else 0.5
    if steps[-1] != low:
        steps.append(low)
    return steps


def fit(
    paras: list[Para], width: float, height: float, sizes: tuple[float, float]
) -> tuple[list[Paragraph], bool]:
    """The paragraphs at the largest size that fits, and whether it fitted at all.

    Larger sizes take more room, so the ladder of sizes is searched by halving.
    """
    usable = width * style.WIDTH_SAFETY
    ladder = _sizes(sizes)
    tried: dict[int, tuple[list[Paragraph], bool]] = {}

    def attempt(index: int) -> tuple[list[Paragraph], bool]:
        if index not in tried:
            laid = set_paragraphs(paras, width, ladder[index])
            ok = height_of(laid) <= height and all(
                widest_word(p.text, p.size, p.bold) <= usable for p in laid
            )
            tried[index] = (laid, ok)
        return tried[index]

    if attempt(0)[1]:
        return attempt(0)
    last = len(ladder) - 1
    if not attempt(last)[1]:
        return attempt(last)
    fails, fits = 0, last
    while fits - fails > 1:
        middle = (fails + fits) // 2
        if attempt(middle)[1]:
            fits = middle
        else:
            fails = middle
    return attempt(fits)


def size_steps(sizes: tuple[float, float], step: float) -> list[float]:
    """Sizes from ``sizes[0]`` down to ``sizes[1]`` in steps of ``step``."""
    high, low = sizes
    out = []
    while high >= low:
        out.append(high)
        high -= step
    return out


def common_fit(
    all_paras: list[list[Para]],
    width: float,
    height: float,
    sizes: tuple[float, float],
    step: float,
) -> list[tuple[Paragraph, ...]]:
    """Lay every group at the largest one size at which all fit (shortened if none does)."""
    ladder = size_steps(sizes, step)

    def attempt(size: float) -> list[tuple[list[Paragraph], bool]]:
        return [fit(p, width, height, (size, size)) for p in all_paras]

    def fits(results: list[tuple[list[Paragraph], bool]]) -> bool:
        return all(ok for _, ok in results)

    best = attempt(ladder[0]) if ladder else []
    if ladder and not fits(best):
        fails, good = 0, None
        low = attempt(ladder[-1])
        if fits(low):
            good, high = len(ladder) - 1, low
            while good - fails > 1:
                middle = (fails + good) // 2
                trial = attempt(ladder[middle])
                if fits(trial):
                    good, high = middle, trial
                else:
                    fails = middle
            best = high
        else:
            best = []
    if best and fits(best):
        return [tuple(r) for r, _ in best]
    low_size = sizes[1]
    return [
        tuple(shorten(fit(p, width, height, (low_size, low_size))[0], height)) for p in all_paras
    ]


def shorten(paragraphs: list[Paragraph], height: float) -> list[Paragraph]:
    """Drop the lines that do not fit in ``height`` and end the last kept line with an ellipsis."""
    kept: list[Paragraph] = []
    used = 0.0
    for index, para in enumerate(paragraphs):
        pitch = para.size * para.line_spacing
        used += para.space_before if index else 0.0
        room = int((height - used) // pitch)
        if room >= len(para.lines):
            kept.append(para)
            used += len(para.lines) * pitch
            continue
        if room > 0:
            kept.append(_cut(para, room))
        elif kept:  # no room for this paragraph at all: the previous one says text is missing
            kept[-1] = _cut(kept[-1], len(kept[-1].lines), force=True)
        break
    return kept


def _cut(para: Paragraph, keep: int, force: bool = False) -> Paragraph:
    """``para`` cut after ``keep`` lines, its last line ending in an ellipsis that fits."""
    if keep >= len(para.lines) and not force:
        return para
    lines = list(para.lines[:keep])
    budget = text_width(para.lines[keep - 1], para.size, para.bold)
    last = lines[-1]
    while last and text_width(last + ELLIPSIS, para.size, para.bold) > budget:
        last = last[:-1]
    lines[-1] = last.rstrip() + ELLIPSIS
    # The text is the original up to where the cut line ends (keeping its spaces), then "…".
    start = _offsets(para)[keep - 1][0]
    text = para.text[:start] + lines[-1]
    return replace(para, text=text, lines=tuple(lines))


def text_box(
    paras: list[Para],
    x: float,
    y: float,
    w: float,
    h: float,
    sizes: tuple[float, float],
    *,
    name: str = "text",
    anchor: Anchor = "top",
    inset: float = 4.0,
    fill: str | None = None,
    placeholder: str | None = None,
) -> TextBox:
    """A text box holding ``paras`` at the largest size that fits (shortened if none does)."""
    inner_w, inner_h = w - 2 * inset, h - 2 * inset
    laid, fits = fit(paras, inner_w, inner_h, sizes)
    if not fits:
        laid = shorten(laid, inner_h)
    return TextBox(
        x=x,
        y=y,
        w=w,
        h=h,
        paragraphs=tuple(laid),
        name=name,
        anchor=anchor,
        inset=inset,
        fill=fill,
        placeholder=placeholder,  # type: ignore[arg-type]
    )


def paginate(
    paras: list[Para], width: float, height: float, sizes: tuple[float, float]
) -> list[list[Paragraph]]:
    """Fit ``paras`` on one page if any size allows, else split them over pages at the minimum."""
    laid, fits = fit(paras, width, height, sizes)
    if fits:
        return [laid]
    pages: list[list[Paragraph]] = [[]]
    used = 0.0
    for para in laid:
        pitch = para.size * para.line_spacing
        spans = _offsets(para)
        done = 0
        total = len(para.lines)
        while done < total:
            first = done == 0
            gap = para.space_before if pages[-1] and first else 0.0
            room = int((height - used - gap) // pitch)
            if room <= 0:
                if not pages[-1]:
                    room = 1  # a line taller than a page: give it the page anyway
                else:
                    pages.append([])
                    used = 0.0
                    continue
            end = min(done + room, total)
            chunk = para.lines[done:end]
            whole = first and end == total
            text = para.text if whole else para.text[spans[done][0] : spans[end - 1][1]]
            pages[-1].append(
                replace(para, text=text, lines=tuple(chunk), space_before=gap if first else 0.0)
            )
            used += gap + len(chunk) * pitch
            done = end
            if done < total:
                pages.append([])
                used = 0.0
    return [page for page in pages if page]


def _offsets(para: Paragraph) -> list[tuple[int, int]]:
    """Where each measured line sits in ``para.text``."""
    spans = []
    position = 0
    for line in para.lines:
        found = para.text.find(line, position)
        if found < 0:
            found = position
        spans.append((found, found + len(line)))
        position = found + len(line)
    return spans

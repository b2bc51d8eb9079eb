"""Quote slides: the key sentence of a passage set large; the whole passage goes to the notes.

An outline's ``quote = { passage = "id", start = {…}, end = {…} }`` picks the words from the
``start`` marker up to and including the ``end`` marker (or ``sentences = N`` whole sentences);
with neither, the passage from ``start`` on. A cut inside a sentence is marked "……" / "…".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from wocdesk.deck import style
from wocdesk.deck.context import Ctx, Draft
from wocdesk.deck.errors import OutlineError
from wocdesk.deck.kinds.text_slides import flow
from wocdesk.deck.layout.compose import Para, bi, fit, height_of, text_box
from wocdesk.deck.model import Box, ShapeBox
from wocdesk.deck.outlines.outline import bitext
from wocdesk.model import BiText, Lang

ENDS = {"zh": "。！？!?", "en": ".!?"}
ELLIPSIS = {"zh": "……", "en": "…"}


def _sentence_ends(text: str) -> list[int]:
    """Offsets just after each sentence's end (the article's one sentence splitter)."""
    from wocdesk.deck.layout.memo import sentence_spans

    return [end for _start, end in sentence_spans(text)]


def excerpt(
    text: str | None, lang: Lang, start: str | None, end: str | None, sentences: int | None
) -> str | None:
    """The words of ``text`` the quote asks for (see the module's docstring)."""
    if text is None:
        return None
    begin = text.index(start) if start and start in text else 0
    finish = len(text)
    if end and end in text[begin:]:
        finish = text.index(end, begin) + len(end)
    elif sentences:
        ends = [e for e in _sentence_ends(text) if e > begin]
        if ends:
            finish = ends[min(sentences, len(ends)) - 1]
    words = text[begin:finish].strip()
    before = text[:begin].rstrip().rstrip("”’\"')）")
    if before and not before.endswith(tuple(ENDS[lang])):
        words = ELLIPSIS[lang] + words
    rest = text[finish:].strip()
    if rest and not words.rstrip("”’\"')）").endswith(tuple(ENDS[lang])):
        words = words.rstrip("，,;；：:") + ELLIPSIS[lang]
    return words


def quote_words(ctx: Ctx, quote: Any, key: str = "quote") -> BiText:
    """The words an outline's quote table picks from its passage, in each language."""
    path, number = ctx.outline.path, ctx.spec.number
    if not isinstance(quote, Mapping) or not isinstance(quote.get("passage"), str):
        raise OutlineError('expected { passage = "id", start = { zh, en } }', path, number, key)
    try:
        passage = ctx.article.passage(quote["passage"]).text
    except KeyError:
        message = f"no passage {quote['passage']!r} in the article"
        raise OutlineError(message, path, number, key) from None
    start = bitext(quote["start"], path, number, f"{key}.start") if "start" in quote else BiText()
    end = bitext(quote["end"], path, number, f"{key}.end") if "end" in quote else BiText()
    count = quote.get("sentences")
    if count is not None and (not isinstance(count, int) or isinstance(count, bool) or count < 1):
        raise OutlineError("expected a whole number of sentences", path, number, f"{key}.sentences")
    for lang in ("zh", "en"):
        marker, text = end.get(lang), passage.get(lang)
        if marker and text is not None and marker not in text:
            raise OutlineError(
                f"{marker!r} is not in passage {quote['passage']!r}",
                path,
                number,
                f"{key}.end.{lang}",
            )
    return BiText(
        *(
            excerpt(passage.get(lang), lang, start.get(lang), end.get(lang), count)
            for lang in ("zh", "en")
        )
    )


LINE_SIZES = (22.0, 14.0)


def quote_line(ctx: Ctx, words: BiText, y: float) -> list[Box]:
    """The article's own words as a line with an accent bar, its top at ``y``.

    Its height is :func:`quote_line_height`.
    """
    x, w = style.MARGIN + 20, style.WIDTH - 2 * style.MARGIN - 20
    paras = bi(words, ctx.mode, color=style.INK, sub_color=style.MUTED)
    h = quote_line_height(ctx, words)
    box = text_box(paras, x, y, w, h, LINE_SIZES, name="quote")
    return [ShapeBox(style.MARGIN, y + 4, 6, h - 8, style.ACCENT, name="decor: quote bar"), box]


def quote_line_height(ctx: Ctx, words: BiText) -> float:
    """The height of :func:`quote_line` (its text at the largest size that fits 150 pt)."""
    w = style.WIDTH - 2 * style.MARGIN - 20
    paras = bi(words, ctx.mode, color=style.INK, sub_color=style.MUTED)
    laid, _fits = fit(paras, w - 8, 150, LINE_SIZES)
    return height_of(laid) + 8


def quote_slide(ctx: Ctx) -> list[Draft]:
    """The key sentence large, beside an accent bar, centred in the body."""
    quote = ctx.spec.keys["quote"]
    words = quote_words(ctx, quote)
    title = ctx.spec.title or ctx.article.section_of(quote["passage"]).title
    paras = bi(words, ctx.mode, color=style.INK, sub_color=style.MUTED)
    paras = [p if i == 0 else _spaced(p) for i, p in enumerate(paras)]
    return flow(
        ctx, title, paras, style.QUOTE_SIZES, "quote", accent=True, points=[words], middle=True
    )


def _spaced(para: Para) -> Para:
    return replace(para, gap=max(para.gap, 0.6))


__all__ = ["excerpt", "quote_slide", "quote_words"]

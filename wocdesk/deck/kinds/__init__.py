"""Slide kinds: one function per outline ``kind`` turning a slide spec into drafts."""

from __future__ import annotations

from collections.abc import Callable

from wocdesk.deck.context import Ctx, Draft
from wocdesk.deck.kinds import article, cards, figures, quotes, text_slides

BUILDERS: dict[str, Callable[[Ctx], list[Draft]]] = {
    "title": text_slides.title_slide,
    "agenda": text_slides.agenda_slide,
    "quote": quotes.quote_slide,
    "source": text_slides.source_slide,
    "closing": text_slides.closing_slide,
    "waves": cards.cards_slide,
    "trends": cards.cards_slide,
    "keys": cards.cards_slide,
    "trend": figures.trend_slide,
    "chart": figures.chart_slide,
    "table": figures.table_slide,
    "cover": article.cover_slide,
    "points": article.points_slide,
    "credits": article.credits_slide,
}


def build(ctx: Ctx) -> list[Draft]:
    """The drafts (one, or more when text continues) for ``ctx.spec``."""
    return BUILDERS[ctx.spec.kind](ctx)

"""Slide kinds: one function per outline ``kind`` turning a slide spec into drafts."""

from __future__ import annotations

import importlib
from collections.abc import Callable

from wocdesk.deck.context import Ctx, Draft

# kind -> (module in this package, function); a module loads when a slide first needs it, so
# the curated deck never loads the kinds of default decks, nor they the curated ones.
BUILDERS: dict[str, tuple[str, str]] = {
    "title": ("text_slides", "title_slide"),
    "agenda": ("text_slides", "agenda_slide"),
    "quote": ("quotes", "quote_slide"),
    "source": ("text_slides", "source_slide"),
    "closing": ("text_slides", "closing_slide"),
    "waves": ("cards", "cards_slide"),
    "trends": ("cards", "cards_slide"),
    "keys": ("cards", "cards_slide"),
    "trend": ("figures", "trend_slide"),
    "chart": ("figures", "chart_slide"),
    "table": ("figures", "table_slide"),
    "cover": ("article", "cover_slide"),
    "points": ("article", "points_slide"),
    "credits": ("article", "credits_slide"),
}


def builder(kind: str) -> Callable[[Ctx], list[Draft]]:
    """The function that builds slides of ``kind``."""
    module, name = BUILDERS[kind]
    function: Callable[[Ctx], list[Draft]] = getattr(
        importlib.import_module(f"{__name__}.{module}"), name
    )
    return function


def build(ctx: Ctx) -> list[Draft]:
    """The drafts (one, or more when text continues) for ``ctx.spec``."""
    return builder(ctx.spec.kind)(ctx)

"""The briefing deck: outlines, the planner (layout as data) and the writers that draw the plan.

``plan_deck`` returns plain data (no python-pptx); ``write_pptx`` imports python-pptx when first
called, so importing this package stays fast.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from wocdesk.deck.errors import DeckError, OutlineError, TemplateError
from wocdesk.deck.model import Deck
from wocdesk.deck.outline import Outline, load_outline
from wocdesk.deck.planner import plan_deck

if TYPE_CHECKING:
    from collections.abc import Callable


def write_pptx(
    deck: Deck,
    path: str | Path,
    template: str | Path | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Write ``deck`` to ``path`` atomically as an editable .pptx (see ``pptx_writer``)."""
    from wocdesk.deck.pptx_writer import write_pptx as _write

    return _write(deck, path, template=template, progress=progress)


__all__ = [
    "Deck",
    "DeckError",
    "Outline",
    "OutlineError",
    "TemplateError",
    "load_outline",
    "plan_deck",
    "write_pptx",
]

"""The briefing deck: outlines, the planner (layout as data) and the writers that draw the plan.

``plan_deck`` returns plain data (no python-pptx); ``write_pptx`` imports python-pptx when first
called. The planner and outline modules load on first use, so importing this package is cheap.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wocdesk.deck.errors import DeckError, OutlineError, TemplateError
from wocdesk.deck.model import Deck

if TYPE_CHECKING:
    from wocdesk.deck.outlines.outline import Outline, load_outline
    from wocdesk.deck.planner import plan_deck

_LAZY = {
    "plan_deck": "wocdesk.deck.planner",
    "load_outline": "wocdesk.deck.outlines.outline",
    "Outline": "wocdesk.deck.outlines.outline",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'wocdesk.deck' has no attribute {name!r}")


def write_pptx(
    deck: Deck,
    path: str | Path,
    template: str | Path | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Path:
    """Write ``deck`` to ``path`` atomically as an editable .pptx (``deck.writer.pptx_file``)."""
    from wocdesk.deck.writer.pptx_file import write_pptx as _write

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

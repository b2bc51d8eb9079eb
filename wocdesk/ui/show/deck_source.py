"""The show's decks: one plan per language mode, planned on demand and cached, with renderers."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from wocdesk.deck.model import Deck, Slide
from wocdesk.model.text import DisplayMode
from wocdesk.ui.slides.renderer import SlideRenderer

if TYPE_CHECKING:
    from wocdesk.deck.outlines.outline import Outline
    from wocdesk.model.article import Article

Planner = Callable[[DisplayMode], Deck]


def next_mode(mode: DisplayMode) -> DisplayMode:
    """The mode after ``mode`` in ``DisplayMode``'s order: zh → en → zh-en → en-zh → zh."""
    modes = list(DisplayMode)
    return modes[(modes.index(mode) + 1) % len(modes)]


def article_planner(
    article: Article, outline: Outline | str | Path | None = None, notes: str | None = None
) -> Planner:
    """A planner of ``article`` with ``wocdesk.deck.plan_deck`` (the same plan the .pptx gets)."""
    from wocdesk.deck import plan_deck

    def plan(mode: DisplayMode) -> Deck:
        return plan_deck(article, outline, lang=mode, notes=notes)

    return plan


class DeckSource:
    """Plans per display mode, cached: switching back to a mode costs nothing."""

    def __init__(self, planner: Planner) -> None:
        """A source drawing its decks from ``planner``."""
        self._planner = planner
        self._decks: dict[DisplayMode, Deck] = {}
        self._renderers: dict[DisplayMode, SlideRenderer] = {}

    @classmethod
    def for_article(
        cls,
        article: Article,
        outline: Outline | str | Path | None = None,
        notes: str | None = None,
    ) -> DeckSource:
        """A source planning ``article`` with ``outline`` (the default deck when ``None``)."""
        return cls(article_planner(article, outline, notes))

    def deck(self, mode: DisplayMode) -> Deck:
        """The deck planned in ``mode`` (planned now if not cached)."""
        deck = self._decks.get(mode)
        if deck is None:
            deck = self._decks[mode] = self._planner(mode)
        return deck

    def renderer(self, mode: DisplayMode) -> SlideRenderer:
        """The renderer of the deck in ``mode``."""
        renderer = self._renderers.get(mode)
        if renderer is None:
            renderer = self._renderers[mode] = SlideRenderer(self.deck(mode))
        return renderer

    def seed(self, mode: DisplayMode, deck: Deck) -> None:
        """Cache an already planned ``deck`` as the deck of ``mode``."""
        self._decks[mode] = deck

    def is_planned(self, mode: DisplayMode) -> bool:
        """True when the deck of ``mode`` is cached."""
        return mode in self._decks


def _units(slides: tuple[Slide, ...]) -> list[int]:
    """For each slide, the index of the outline slide it belongs to.

    The planner continues an outline slide that does not fit on further slides of the same kind
    with the same notes, titled like the first one plus a "continued" label.
    """
    units: list[int] = []
    first: Slide | None = None
    for slide in slides:
        continued = (
            first is not None
            and slide.kind == first.kind
            and slide.notes == first.notes
            and slide.title.startswith(first.title)
        )
        if not continued:
            first = slide
            units.append(units[-1] + 1 if units else 0)
        else:
            units.append(units[-1])
    return units


def map_index(old: Deck, index: int, new: Deck) -> int:
    """The slide of ``new`` showing what slide ``index`` of ``old`` shows (same outline slide)."""
    if not new.slides:
        return 0
    if len(old.slides) == len(new.slides):
        return min(max(index, 0), len(new.slides) - 1)
    old_units, new_units = _units(old.slides), _units(new.slides)
    index = min(max(index, 0), len(old.slides) - 1)
    unit = old_units[index]
    offset = index - old_units.index(unit)
    if unit not in new_units:
        return min(index, len(new.slides) - 1)
    start = new_units.index(unit)
    length = new_units.count(unit)
    return start + min(offset, length - 1)

"""The edits of an outline document: a slide's data replaced, slides added, removed or moved.

Each edit reads only the slide it changes (a long text's outline has thousands), keeps the
outline as data and as read, and tells the views which slide changed.
"""

from __future__ import annotations

import copy
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from wocdesk.deck.errors import OutlineError
from wocdesk.deck.outlines.outline import Outline, SlideSpec, outline_from_data
from wocdesk.errors import WocdeskError
from wocdesk.model.text import BiText
from wocdesk.ui.outline import slide_edits

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from wocdesk.model.article import Article
    from wocdesk.ui.outline.document import Entry
    from wocdesk.ui.outline.points import KeyPointBook
    from wocdesk.ui.state import ReaderState


class SlideEdits:
    """Mixed into the outline document: the edits the panel makes."""

    if TYPE_CHECKING:  # provided by the document
        book: KeyPointBook
        _state: ReaderState
        reset: SignalInstance
        slide_changed: SignalInstance
        dirty_changed: SignalInstance

        @property
        def entry(self) -> Entry: ...
        @property
        def outline(self) -> Outline | None: ...
        @property
        def article(self) -> Article: ...
        @property
        def where(self) -> str: ...
        def first_problem(self) -> str: ...

    def slide_data(self, index: int) -> dict[str, Any]:
        """A copy of slide ``index``'s data, to edit and give back to :meth:`replace_slide`."""
        entry = self.entry
        if entry.data is not None:
            return copy.deepcopy(entry.data["slides"][index])
        return spec_data(self._usable_for_edits().slides[index])

    def _usable_for_edits(self) -> Outline:
        outline = self.outline
        if outline is None:
            raise WocdeskError(self.first_problem())
        return outline

    def _data(self) -> dict[str, Any]:
        """The outline as data (the article's own outline is copied on the first edit)."""
        entry = self.entry
        if entry.data is not None:
            return entry.data
        from wocdesk.deck.outlines.writing import outline_data

        outline = self._usable_for_edits()
        cached = entry.cache.get("data")
        if cached is None or cached[0] is not outline:
            cached = entry.cache["data"] = (outline, outline_data(outline))
        data: dict[str, Any] = cached[1]
        return data

    def _head(self) -> dict[str, Any]:
        """Everything of the outline's data but its slides."""
        entry = self.entry
        if entry.data is not None:
            return {key: value for key, value in entry.data.items() if key != "slides"}
        return outline_head(self._usable_for_edits())

    def _checked(self, slide: dict[str, Any], number: int) -> SlideSpec:
        """``slide`` read as slide ``number``; ``OutlineError`` naming it when it is not valid."""
        head = self._head()
        try:
            one = outline_from_data({**head, "slides": [slide]}, self.where)
        except OutlineError as exc:
            raise OutlineError(exc.message, exc.path, number, exc.key) from None
        return replace(one.slides[0], number=number)

    def _commit(
        self,
        slides: list[dict[str, Any]],
        specs: list[SlideSpec],
        index: int | None = None,
    ) -> None:
        """Keep ``slides`` (their data) and ``specs`` (the same, read) as the edited outline."""
        entry = self.entry
        outline = self._usable_for_edits()
        data = {**self._head(), "slides": slides}
        problems = entry.cache.get("problems")
        numbered = tuple(replace(spec, number=n) for n, spec in enumerate(specs, start=1))
        edited = replace(outline, path=self.where, slides=numbered)
        was_dirty = entry.dirty
        entry.data, entry.dirty, entry.load_error = data, True, None
        entry.cache.clear()
        entry.cache["outline"] = ((id(self.article), self.book.version), edited)
        if index is not None and problems is not None:  # only that slide's problems change
            from wocdesk.deck.outlines.check import outline_problems

            single = replace(edited, slides=(numbered[index],))
            fresh = [replace(p, slide=index + 1) for p in outline_problems(single, self.article)]
            kept = [p for p in problems if p.slide != index + 1]
            entry.cache["problems"] = sorted([*kept, *fresh], key=lambda p: p.slide or 0)
        if not was_dirty:
            self.dirty_changed.emit(True)
        if index is None:
            self.reset.emit()
        else:
            self.slide_changed.emit(index)

    def replace_slide(self, index: int, slide: dict[str, Any]) -> None:
        """Give slide ``index`` new data (``OutlineError`` when it is not a valid slide)."""
        spec = self._checked(slide, index + 1)
        slides = list(self._data()["slides"])
        slides[index] = copy.deepcopy(slide)
        specs = list(self._usable_for_edits().slides)
        specs[index] = spec
        self._commit(slides, specs, index)

    def insert_slide(self, index: int, slide: dict[str, Any]) -> None:
        """Insert a slide at ``index``."""
        spec = self._checked(slide, index + 1)
        slides = list(self._data()["slides"])
        slides.insert(index, copy.deepcopy(slide))
        specs = list(self._usable_for_edits().slides)
        specs.insert(index, spec)
        self._commit(slides, specs)

    def remove_slide(self, index: int) -> None:
        """Remove slide ``index``."""
        slides = list(self._data()["slides"])
        specs = list(self._usable_for_edits().slides)
        del slides[index], specs[index]
        self._commit(slides, specs)

    def move_slide(self, index: int, to: int) -> None:
        """Move slide ``index`` so that it ends up at position ``to``."""
        slides = list(self._data()["slides"])
        specs = list(self._usable_for_edits().slides)
        to = max(0, min(to, len(slides) - 1))
        slides.insert(to, slides.pop(index))
        specs.insert(to, specs.pop(index))
        self._commit(slides, specs)

    def _apply(self, slides: list[dict[str, Any]]) -> None:
        """Keep ``slides`` after reading them all (``OutlineError`` when one is not valid)."""
        outline = outline_from_data({**self._head(), "slides": slides}, self.where)
        self._commit(slides, list(outline.slides))

    def set_kind(self, index: int, kind: str) -> None:
        """Make slide ``index`` a slide of ``kind``, keeping what fits."""
        slide = slide_edits.convert(
            self.slide_data(index),
            kind,
            self.article,
            self.book.usable(),
            self._state.position.passage_id or next(self.article.passages()).id,
        )
        self.replace_slide(index, slide)


def spec_data(spec: SlideSpec) -> dict[str, Any]:
    """One slide of an outline as data."""
    from wocdesk.deck.outlines.writing import outline_data

    one = Outline("", "", BiText(), (spec,))
    slide: dict[str, Any] = outline_data(one)["slides"][0]
    return slide


def outline_slides(outline: Outline) -> list[dict[str, Any]]:
    from wocdesk.deck.outlines.writing import outline_data

    return list(outline_data(outline)["slides"])


def outline_head(outline: Outline) -> dict[str, Any]:
    """Everything but the slides of ``outline`` as data."""
    from wocdesk.deck.outlines.writing import outline_data

    data = outline_data(replace(outline, slides=outline.slides[:1]))
    del data["slides"]
    return data

"""The outline of each article, as the panel shows it and the deck and the show use it.

One document per reader state. For each article opened in the session it keeps the outline
chosen (the article's own, or a file) and the edits made to it, unsaved until written.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from wocdesk.deck.errors import OutlineError
from wocdesk.deck.outline import Outline, SlideSpec, outline_from_data
from wocdesk.deck.outline_check import OutlineProblem
from wocdesk.errors import WocdeskError
from wocdesk.model.article import Article
from wocdesk.ui.outline import slide_edits
from wocdesk.ui.outline.points import KeyPointBook
from wocdesk.ui.state import ReaderState


def article_key(article: Article) -> str:
    """What identifies an article across openings in a session: its file, else its id."""
    return f"file:{article.path}" if article.path else f"id:{article.id}"


@dataclass
class Entry:
    """One article's outline: where it comes from, and the edited data if edited."""

    title: str
    source: Path | None = None  # a file chosen or saved to; None: the article's own outline
    data: dict[str, Any] | None = None  # the outline as data, once edited or read from a file
    saved: dict[str, Any] | None = None  # the data as last read or written (None: the own)
    dirty: bool = False  # edited since it was read or saved
    load_error: OutlineProblem | None = None  # the chosen file could not be read
    cache: dict[str, Any] = field(default_factory=dict)


class OutlineDocument(QObject):
    """The current article's outline, its problems, and the edits the panel makes.

    ``reset`` is emitted when the slides change as a whole (another article, another file,
    a slide added, removed or moved by someone else), ``slide_changed(index)`` when one slide's
    data changed, ``dirty_changed`` when the outline becomes edited or saved.
    """

    reset = Signal()
    slide_changed = Signal(int)
    dirty_changed = Signal(bool)

    def __init__(self, state: ReaderState, book: KeyPointBook, parent: QObject | None = None):
        super().__init__(parent)
        self._state = state
        self.book = book
        self._entries: dict[str, Entry] = {}
        book.changed.connect(self._on_points_changed)
        book.point_added.connect(self._on_point_added)
        book.points_removed.connect(self._on_points_removed)
        state.article_changed.connect(self._on_article_changed)

    # -- what is shown --------------------------------------------------------------------
    @property
    def article(self) -> Article:
        """The article the outline is for."""
        return self._state.article

    @property
    def entry(self) -> Entry:
        """The current article's entry (made when first asked for)."""
        key = article_key(self.article)
        entry = self._entries.get(key)
        if entry is None:
            title = self.article.title.best(self._state.mode.leading)
            entry = self._entries[key] = Entry(title)
        return entry

    @property
    def outline(self) -> Outline | None:
        """The outline the deck and the show use; ``None`` when the chosen file is unreadable."""
        entry = self.entry
        cached = entry.cache.get("outline")
        stamp = (id(self.article), self.book.version)
        if cached is not None and cached[0] == stamp:
            return cached[1]  # type: ignore[no-any-return]
        outline = self._build(entry)
        entry.cache.clear()
        entry.cache["outline"] = (stamp, outline)
        return outline

    def _build(self, entry: Entry) -> Outline | None:
        if entry.load_error is not None:
            return None
        if entry.data is not None:
            try:
                return outline_from_data(entry.data, self.where)
            except OutlineError as exc:  # data read from a file was checked; edits too
                entry.load_error = OutlineProblem(exc.path, exc.slide, exc.key, exc.message)
                return None
        return self._own_outline()

    def _own_outline(self) -> Outline:
        from wocdesk.deck.default_outline import curated_outline, default_outline

        curated = curated_outline(self.article)
        if curated is None:
            return default_outline(self.article, self.book.usable())
        points = self.book.usable()
        if not points.points:
            return curated
        slides = _outline_slides(curated)
        for point in points.points:
            slide_edits.add_point(slides, point.id, self.article, points)
        return outline_from_data({**_outline_head(curated), "slides": slides}, curated.path)

    @property
    def where(self) -> str:
        """The name problems are reported under: the file, or the article's own outline."""
        entry = self.entry
        if entry.source is not None:
            return str(entry.source)
        name = Path(self.article.path).name if self.article.path else self.article.id
        return f"{name} (outline)"

    @property
    def problems(self) -> list[OutlineProblem]:
        """Everything the outline names that the article lacks (or why the file is unusable)."""
        entry = self.entry
        outline = self.outline
        if entry.load_error is not None or outline is None:
            return [entry.load_error] if entry.load_error is not None else []
        cached = entry.cache.get("problems")
        if cached is None:
            from wocdesk.deck.outline_check import outline_problems

            cached = entry.cache["problems"] = outline_problems(outline, self.article)
        return list(cached)

    def first_problem(self) -> str:
        """The first problem as one line, or "" when the outline fits the article."""
        problems = self.problems
        return str(problems[0]) if problems else ""

    def slide_problems(self, number: int) -> list[OutlineProblem]:
        """The problems of slide ``number`` (from 1)."""
        return [p for p in self.problems if p.slide == number]

    def usable_outline(self) -> Outline:
        """The outline, or ``WocdeskError`` with its first problem (for export and the show)."""
        problem = self.first_problem()
        outline = self.outline
        if problem or outline is None:
            raise WocdeskError(problem or self.where)
        return outline

    @property
    def slides(self) -> tuple[SlideSpec, ...]:
        """The outline's slides (none when the file is unusable)."""
        outline = self.outline
        return outline.slides if outline is not None else ()

    @property
    def source(self) -> Path | None:
        """The outline file chosen or saved to (``None``: the article's own outline)."""
        return self.entry.source

    @property
    def is_edited(self) -> bool:
        """True when the slides are the user's (edited, or read from a file)."""
        return self.entry.data is not None

    @property
    def is_dirty(self) -> bool:
        """True when the outline has edits not yet saved."""
        return self.entry.dirty

    def unsaved(self) -> list[tuple[str, Entry]]:
        """Every article's entry with unsaved edits, as (key, entry)."""
        return [(key, entry) for key, entry in self._entries.items() if entry.dirty]

    def is_current(self, key: str) -> bool:
        """True when ``key`` is the current article's."""
        return key == article_key(self.article)

    # -- choosing an outline --------------------------------------------------------------
    def load_file(self, path: str | Path) -> bool:
        """Use the outline file ``path``; a file that cannot be read becomes the one problem."""
        from wocdesk.deck.outline import load_outline
        from wocdesk.deck.outline_toml import outline_data

        entry = self.entry
        file = Path(path)
        entry.source, entry.dirty, entry.data, entry.saved = file, False, None, None
        try:
            entry.data, entry.load_error = outline_data(load_outline(file)), None
        except OutlineError as exc:
            entry.load_error = OutlineProblem(exc.path, exc.slide, exc.key, exc.message)
        except WocdeskError as exc:
            entry.load_error = OutlineProblem(str(file), None, None, str(exc))
        entry.saved = copy.deepcopy(entry.data)
        self._changed_all()
        return entry.load_error is None

    def use_own(self) -> None:
        """Go back to the article's own outline (the curated one, or the default)."""
        entry = self.entry
        entry.source, entry.data, entry.saved, entry.load_error = None, None, None, None
        entry.dirty = False
        self._changed_all()

    def discard(self, key: str | None = None) -> None:
        """Forget the unsaved edits of an article (the current one by default)."""
        entry = self._entries.get(key) if key is not None else self.entry
        if entry is None:
            return
        entry.data, entry.dirty = copy.deepcopy(entry.saved), False
        entry.cache.clear()
        if key is None or self.is_current(key):
            self._changed_all()

    def save_as(self, path: str | Path, key: str | None = None) -> Path:
        """Write the outline as TOML to ``path`` (atomically); it is then the source, saved."""
        from wocdesk.deck.outline_toml import outline_data, write_outline

        entry = self._entries.get(key) if key is not None else self.entry
        if entry is None:
            raise WocdeskError(str(path))
        if key is None or self.is_current(key):
            outline = self.outline
            if outline is None:
                raise WocdeskError(self.first_problem())
            written = write_outline(outline, path, self.article)
            data = entry.data if entry.data is not None else outline_data(outline)
        elif entry.data is not None:
            data = entry.data
            written = write_outline(outline_from_data(data, str(path)), path)
        else:
            raise WocdeskError(str(path))
        entry.source, entry.dirty, entry.load_error = Path(written), False, None
        entry.data, entry.saved = data, copy.deepcopy(data)
        entry.cache.clear()
        if key is None or self.is_current(key):
            self.dirty_changed.emit(False)
            self.reset.emit()
        return written

    # -- edits ----------------------------------------------------------------------------
    def slide_data(self, index: int) -> dict[str, Any]:
        """A copy of slide ``index``'s data, to edit and give back to :meth:`replace_slide`."""
        return copy.deepcopy(self._editable()[index])

    def all_slide_data(self) -> list[dict[str, Any]]:
        """A copy of every slide's data."""
        return copy.deepcopy(self._editable())

    def _editable(self) -> list[dict[str, Any]]:
        """The slides as data (the article's own outline is copied on the first edit)."""
        entry = self.entry
        if entry.data is None:
            outline = self.outline
            if outline is None:
                raise WocdeskError(self.first_problem())
            from wocdesk.deck.outline_toml import outline_data

            return list(outline_data(outline)["slides"])
        slides: list[dict[str, Any]] = entry.data["slides"]
        return slides

    def _apply(self, slides: list[dict[str, Any]], index: int | None = None) -> None:
        """Rebuild the outline from ``slides``; raise ``OutlineError`` and keep it when bad."""
        entry = self.entry
        if entry.data is not None:
            head = {key: value for key, value in entry.data.items() if key != "slides"}
        else:
            outline = self.outline
            head = _outline_head(outline) if outline is not None else {"format": 1}
        data = {**head, "slides": slides}
        outline_from_data(data, self.where)  # raises for a bad edit, before anything changes
        was_dirty = entry.dirty
        entry.data, entry.dirty, entry.load_error = data, True, None
        entry.cache.clear()
        if not was_dirty:
            self.dirty_changed.emit(True)
        if index is None:
            self.reset.emit()
        else:
            self.slide_changed.emit(index)

    def replace_slide(self, index: int, slide: dict[str, Any]) -> None:
        """Give slide ``index`` new data (``OutlineError`` when it is not a valid slide)."""
        slides = copy.deepcopy(self._editable())
        slides[index] = copy.deepcopy(slide)
        self._apply(slides, index)

    def insert_slide(self, index: int, slide: dict[str, Any]) -> None:
        """Insert a slide at ``index``."""
        slides = copy.deepcopy(self._editable())
        slides.insert(index, copy.deepcopy(slide))
        self._apply(slides)

    def remove_slide(self, index: int) -> None:
        """Remove slide ``index`` (the last one stays: an outline has at least one slide)."""
        slides = copy.deepcopy(self._editable())
        del slides[index]
        self._apply(slides)

    def move_slide(self, index: int, to: int) -> None:
        """Move slide ``index`` so that it ends up at position ``to``."""
        slides = copy.deepcopy(self._editable())
        slide = slides.pop(index)
        slides.insert(max(0, min(to, len(slides))), slide)
        self._apply(slides)

    def set_kind(self, index: int, kind: str) -> None:
        """Make slide ``index`` a slide of ``kind``, keeping what fits."""
        slide = slide_edits.convert(
            self._editable()[index],
            kind,
            self.article,
            self.book.usable(),
            self._state.position.passage_id or next(self.article.passages()).id,
        )
        self.replace_slide(index, slide)

    # -- following the article and its key points -----------------------------------------
    def _changed_all(self) -> None:
        self.entry.cache.clear()
        self.dirty_changed.emit(self.entry.dirty)
        self.reset.emit()

    def _on_article_changed(self) -> None:
        self.dirty_changed.emit(self.entry.dirty)
        self.reset.emit()

    def _on_points_changed(self) -> None:
        self.entry.cache.clear()
        self.reset.emit()

    def _on_point_added(self, point_id: str) -> None:
        entry = self.entry
        if entry.data is None:
            return  # the article's own outline follows the points by itself
        slides = copy.deepcopy(entry.data["slides"])
        slide_edits.add_point(slides, point_id, self.article, self.book.usable())
        self._apply(slides)

    def _on_points_removed(self, point_ids: list[str]) -> None:
        entry = self.entry
        if entry.data is None:
            return
        slides = copy.deepcopy(entry.data["slides"])
        slide_edits.remove_points(slides, point_ids)
        if slides:
            self._apply(slides)


def _outline_slides(outline: Outline) -> list[dict[str, Any]]:
    from wocdesk.deck.outline_toml import outline_data

    return list(outline_data(outline)["slides"])


def _outline_head(outline: Outline) -> dict[str, Any]:
    """Everything but the slides of ``outline`` as data."""
    from wocdesk.deck.outline_toml import outline_data

    data = outline_data(replace(outline, slides=outline.slides[:1]))
    del data["slides"]
    return data

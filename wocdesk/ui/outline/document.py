"""The outline of each article, as the panel shows it and the deck and the show use it.

One document per reader state. For each article opened in the session it keeps the outline
chosen (the article's own, or a file) and the edits made to it, unsaved until written.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from wocdesk.deck.errors import OutlineError
from wocdesk.deck.outlines.check import OutlineProblem
from wocdesk.deck.outlines.outline import Outline, SlideSpec, outline_from_data
from wocdesk.errors import WocdeskError
from wocdesk.model.article import Article
from wocdesk.ui.outline import slide_edits
from wocdesk.ui.outline.document_edits import SlideEdits, outline_head, outline_slides
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


class OutlineDocument(SlideEdits, QObject):
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
        if entry.data is None and entry.load_error is None:
            # The article's own outline names only what the article has (the curated one is
            # checked when read, the default one is made from the article and usable points).
            entry.cache["problems"] = []
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
        from wocdesk.deck.outlines.default import curated_outline, default_outline

        curated = curated_outline(self.article)
        if curated is None:
            return default_outline(self.article, self.book.usable())
        points = self.book.usable()
        if not points.points:
            return curated
        slides = outline_slides(curated)
        for point in points.points:
            slide_edits.add_point(slides, point.id, self.article, points)
        return outline_from_data({**outline_head(curated), "slides": slides}, curated.path)

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
            from wocdesk.deck.outlines.check import outline_problems

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
        from wocdesk.deck.outlines.outline import load_outline
        from wocdesk.deck.outlines.writing import outline_data

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
        from wocdesk.deck.outlines.writing import outline_data, write_outline

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

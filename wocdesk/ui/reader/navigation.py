"""Moving through the article and between modes, on the reader state (the Go and View menus)."""

from __future__ import annotations

from wocdesk.model.text import DisplayMode, other_lang
from wocdesk.ui.reading.view import ReadingView
from wocdesk.ui.state import ReaderState


def current_section_id(state: ReaderState) -> str:
    """The section of the passage at the top of the reading view ("" when there is none)."""
    top = state.position.passage_id
    return state.article.passage(top).section_id if top else ""


def show_section(state: ReaderState, section_id: str) -> None:
    """Put the start of a section (its heading) at the top; ``KeyError`` for an unknown one.

    A section with no passage of its own (a chapter whose text starts in its first
    sub-section) is the start of the next passage's place: its heading comes first there.
    """
    sections = state.article.sections
    start = sections.index(state.article.section(section_id))
    first = next((s.passages[0].id for s in sections[start:] if s.passages), "")
    if first:
        state.set_position(first, 0.0)


def step_section(state: ReaderState, step: int) -> None:
    """Go ``step`` sections forward (or back), staying within the article."""
    ids = [s.id for s in state.article.sections]
    current = current_section_id(state)
    index = ids.index(current) if current in ids else 0
    show_section(state, ids[min(max(index + step, 0), len(ids) - 1)])


def previous_section(state: ReaderState, view: ReadingView) -> None:
    """Go to the start of this section, or to the previous one when already there."""
    current = current_section_id(state)
    if current:
        first = state.article.section(current).passages[0].id
        if view.verticalScrollBar().value() > view.passage_top(first) + 2:
            show_section(state, current)
            return
    step_section(state, -1)


def both_languages(mode: DisplayMode) -> DisplayMode:
    """Both languages side by side, the language of ``mode`` leading."""
    if mode.is_bilingual:
        return mode
    return DisplayMode(f"{mode.leading}-{other_lang(mode.leading)}")


def swapped(mode: DisplayMode) -> DisplayMode:
    """The other language leading (in a single-language mode: the other language)."""
    if mode.is_bilingual:
        return DisplayMode("-".join(reversed(mode.languages)))
    return DisplayMode(other_lang(mode.leading))

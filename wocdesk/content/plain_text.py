"""The article as plain text for a terminal or a pipe, in any display mode."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from wocdesk.content.notes import missing_note, only_in_note
from wocdesk.model.article import Article, Passage, Section
from wocdesk.model.text import BiText, DisplayMode, Lang, other_lang


def render_text(article: Article, mode: DisplayMode, section_id: str | None = None) -> str:
    """The article (or one section) as text: headings, then one paragraph per line."""
    return "\n".join(_lines(article, mode, section_id)) + "\n"


def _lines(article: Article, mode: DisplayMode, section_id: str | None) -> Iterator[str]:
    sections = article.sections if section_id is None else (article.section(section_id),)
    if section_id is None:
        title = _joined(article.title, mode)
        yield title
        yield "=" * display_width(title)
        yield ""
    for index, section in enumerate(sections):
        if index:
            yield ""
        yield from _section(section, mode)


def _section(section: Section, mode: DisplayMode) -> Iterator[str]:
    heading = _joined(section.title, mode)
    yield heading
    yield "-" * display_width(heading)
    for passage in section.passages:
        yield ""
        yield from _passage(passage, mode)


def _passage(passage: Passage, mode: DisplayMode) -> Iterator[str]:
    leading = mode.leading
    text = passage.text.get(leading)
    if text is None:
        present = other_lang(leading)
        if mode.is_bilingual:
            yield missing_note(leading)
            yield passage.text.get(present) or ""
        else:
            yield f"{only_in_note(present, leading)} {passage.text.get(present)}"
        return
    yield text
    if mode.is_bilingual:
        second: Lang = mode.languages[1]
        yield passage.text.get(second) or missing_note(second)


def _joined(text: BiText, mode: DisplayMode) -> str:
    parts = [text.get(lang) for lang in mode.languages]
    present = [p for p in parts if p]
    return " / ".join(dict.fromkeys(present)) or text.best(mode.leading)


def display_width(text: str) -> int:
    """Columns ``text`` takes in a terminal (wide CJK characters count two)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)

"""The reading view's rows (header, section headings, passages) and what each shows in a mode."""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from enum import IntEnum
from typing import NamedTuple, overload

from wocdesk.content.notes import missing_note, only_in_note
from wocdesk.i18n import N_, format_date, gettext_in
from wocdesk.model.article import Article, Passage
from wocdesk.model.text import BiText, DisplayMode, Lang, other_lang

REVEAL_MARK = "⇄"
LINE_SEPARATOR = "\u2028"  # a forced line break inside a block (same length as "\n")
_SOURCE_LINE = N_("Source: {source}")


class RowKind(IntEnum):
    """What a row holds."""

    HEADER = 0  # the article's title and facts
    HEADING = 1  # a section title
    PASSAGE = 2  # one passage (both languages side by side in a bilingual mode)


class Row(NamedTuple):
    """One row of the view; its height is the tallest of its cells."""

    kind: RowKind
    ident: str  # the section id of a heading, the passage id of a passage, "" for the header
    passage_id: str  # the passage whose reading position this row belongs to
    number: int  # the section's index for a heading, the passage's number for a passage
    level: int = 0  # a heading's nesting level (1 for a chapter)


class Role(IntEnum):
    """How a block looks."""

    TITLE = 0
    META = 1
    HEADING = 2
    TEXT = 3
    NOTE = 4  # a quiet note of ours (no counterpart in the original)
    REVEAL = 5  # the other language of a passage, shown on demand


class Mark(IntEnum):
    """The ⇄ after a block: none, show the other language, hide it again."""

    NONE = 0
    SHOW = 1
    HIDE = 2


class Source(NamedTuple):
    """Where a block's text comes from: a passage, a section title, the title or the facts."""

    kind: str  # "passage", "heading", "title" or "meta"
    ident: str  # the passage or section id ("" for the title and the facts)
    lang: Lang


class Span(NamedTuple):
    """A run of a block set in another language's face, muted or not."""

    start: int
    length: int
    lang: Lang
    muted: bool


class Block(NamedTuple):
    """A paragraph of one cell, laid out as one unit."""

    text: str
    lang: Lang  # the face the block is set in
    role: Role
    source: Source | None = None  # None for notes of ours
    source_start: int = 0  # where the source's text starts in ``text``
    spans: tuple[Span, ...] = ()
    mark: Mark = Mark.NONE
    level: int = 0  # a heading's level


Cell = tuple[Block, ...]


class _Rows(Sequence[Row]):
    """The rows of a RowIndex, each made when asked for (a book has thousands)."""

    def __init__(self, index: RowIndex) -> None:
        self._index = index

    def __len__(self) -> int:
        return len(self._index.kinds)

    @overload
    def __getitem__(self, at: int) -> Row: ...

    @overload
    def __getitem__(self, at: slice) -> Sequence[Row]: ...

    def __getitem__(self, at: int | slice) -> Row | Sequence[Row]:
        if isinstance(at, slice):
            return [self[i] for i in range(*at.indices(len(self)))]
        index = self._index
        return Row(
            RowKind(index.kinds[at]),
            index.idents[at],
            index.passage_ids[at],
            index.numbers[at],
            index.levels[at],
        )


class RowIndex:
    """The rows of an article in reading order, with where each passage and section sits.

    Kept column by column (kinds, ids, levels…) so that indexing a long text makes no object
    per row; ``rows[i]`` makes the Row.
    """

    def __init__(self, article: Article) -> None:
        kinds = bytearray([RowKind.HEADER])
        idents: list[str] = [""]
        numbers: list[int] = [0]
        levels = bytearray([0])
        passage_rows: list[int] = []
        section_rows: dict[str, int] = {}
        passage_ids: list[str] = [""]
        count = 0
        for index, section in enumerate(article.sections):
            at = len(idents)
            section_rows[section.id] = at
            ids = [p.id for p in section.passages]
            kinds.append(RowKind.HEADING)
            kinds.extend(bytes([RowKind.PASSAGE]) * len(ids))
            idents.append(section.id)
            idents.extend(ids)
            numbers.append(index)
            numbers.extend(range(count, count + len(ids)))
            levels.append(min(max(1, section.level), 255))
            levels.extend(bytes(len(ids)))
            passage_rows.extend(range(at + 1, at + 1 + len(ids)))
            passage_ids.append(ids[0] if ids else "")  # filled below when the section is empty
            passage_ids.extend(ids)
            count += len(ids)
        # A heading with no passage of its own belongs to the next passage (or the last one).
        following = idents[passage_rows[-1]] if passage_rows else ""
        for at in range(len(kinds) - 1, -1, -1):
            if kinds[at] == RowKind.PASSAGE:
                following = passage_ids[at]
            elif not passage_ids[at] or kinds[at] == RowKind.HEADER:
                passage_ids[at] = following
        self.kinds = kinds
        self.idents = idents
        self.numbers = numbers
        self.levels = levels
        self.passage_ids = passage_ids
        self.passage_rows = passage_rows
        self.section_rows = section_rows
        self.rows: Sequence[Row] = _Rows(self)

    def __len__(self) -> int:
        return len(self.kinds)

    def span_start(self, number: int) -> int:
        """The first row of passage ``number``'s span: its headings, or itself."""
        return 1 if number == 0 else self.passage_rows[number - 1] + 1


def _shown(text: BiText, lang: Lang) -> tuple[str, Lang]:
    """The text in ``lang``, or in the other language when it has none (with that language)."""
    value = text.get(lang)
    if value is not None:
        return value, lang
    other = other_lang(lang)
    return text.get(other) or "", other


def _clean(text: str) -> str:
    """Line feeds become line separators (one character each, so offsets stay the same)."""
    return text.replace("\n", LINE_SEPARATOR) if "\n" in text else text


def row_cells(
    article: Article, row: Row, mode: DisplayMode, revealed: Collection[str] = ()
) -> tuple[Cell, ...]:
    """The cells of ``row`` in ``mode``: one per language shown, the leading one first."""
    if row.kind == RowKind.HEADER:
        return _header_cells(article, mode)
    if row.kind == RowKind.HEADING:
        section = article.section(row.ident)
        cells = []
        for lang in mode.languages:
            text, face = _shown(section.title, lang)
            source = Source("heading", section.id, face)
            cells.append((Block(_clean(text), face, Role.HEADING, source, level=row.level),))
        return tuple(cells)
    passage = article.passage(row.ident)
    if mode.is_bilingual:
        return tuple(_bilingual_cell(passage, lang) for lang in mode.languages)
    return (_single_cell(passage, mode.leading, passage.id in revealed),)


def _header_cells(article: Article, mode: DisplayMode) -> tuple[Cell, ...]:
    cells: list[Cell] = []
    for lang in mode.languages:
        if mode.is_bilingual and not article.title.has(lang):
            cells.append(())  # the other column has it; no need to say it twice
            continue
        text, face = _shown(article.title, lang)
        blocks = [Block(_clean(text), face, Role.TITLE, Source("title", "", face))]
        facts = event_line(article, lang)
        if facts:
            blocks.append(Block(facts, lang, Role.META, Source("meta", "", lang)))
        source = article.source.get(lang)
        if source:
            line = gettext_in(lang, _SOURCE_LINE).format(source=source)
            start = line.find(source)
            blocks.append(Block(line, lang, Role.META, Source("source", "", lang), start))
        cells.append(tuple(blocks))
    return tuple(cells)


def event_line(article: Article, lang: Lang) -> str:
    """The event's date (Babel), place and organiser in ``lang``."""
    event = article.event
    pieces = [
        format_date(event.date, lang) if event.date else "",
        event.place.get(lang) or "",
        event.organiser.get(lang) or "",
    ]
    separator = "，" if lang == "zh" else " · "
    return separator.join(p for p in pieces if p)


def _single_cell(passage: Passage, lang: Lang, revealed: bool) -> Cell:
    other = other_lang(lang)
    text = passage.text.get(lang)
    if text is None:  # only in the other language: say so, quietly, and show it
        note = only_in_note(other, lang)
        body = _clean(passage.text.get(other) or "")
        start = len(note) + 1
        spans = (Span(0, len(note), lang, True),)
        source = Source("passage", passage.id, other)
        return (Block(f"{note} {body}", other, Role.TEXT, source, start, spans),)
    has_other = passage.text.has(other)
    main = Block(
        _clean(text),
        lang,
        Role.TEXT,
        Source("passage", passage.id, lang),
        mark=Mark.SHOW if has_other else Mark.NONE,
    )
    if not (revealed and has_other):
        return (main,)
    shown = _clean(passage.text.get(other) or "")
    reveal = Block(shown, other, Role.REVEAL, Source("passage", passage.id, other), mark=Mark.HIDE)
    return main, reveal


def _bilingual_cell(passage: Passage, lang: Lang) -> Cell:
    text = passage.text.get(lang)
    if text is None:
        return (Block(missing_note(lang), lang, Role.NOTE),)
    return (Block(_clean(text), lang, Role.TEXT, Source("passage", passage.id, lang)),)


def displayed_texts(
    article: Article, row: Row, mode: DisplayMode
) -> Iterator[tuple[int, Source, str]]:
    """The article's texts ``row`` shows in ``mode`` as (column, source, text), for find."""
    for column, lang in enumerate(mode.languages):
        text = _row_text(article, row, lang)
        if text is None and not mode.is_bilingual:  # a one-language line shown in the other
            lang = other_lang(lang)
            text = _row_text(article, row, lang)
        if text:
            yield column, Source(_KINDS[row.kind], row.ident, lang), text


def hidden_texts(article: Article, row: Row, mode: DisplayMode) -> Iterator[tuple[Source, str]]:
    """The texts of ``row`` in the language ``mode`` does not show (none when it shows both)."""
    if mode.is_bilingual:
        return
    lang = other_lang(mode.leading)
    if _row_text(article, row, mode.leading) is None:
        return  # this line is shown in ``lang`` already
    text = _row_text(article, row, lang)
    if text:
        yield Source(_KINDS[row.kind], row.ident, lang), text


_KINDS = {RowKind.HEADER: "title", RowKind.HEADING: "heading", RowKind.PASSAGE: "passage"}


def _row_text(article: Article, row: Row, lang: Lang) -> str | None:
    if row.kind == RowKind.PASSAGE:
        return article.passage(row.ident).text.get(lang)
    if row.kind == RowKind.HEADING:
        return article.section(row.ident).title.get(lang)
    return article.title.get(lang)


def source_text(article: Article, source: Source) -> str:
    """The text of ``source`` in its language ("" when it has none)."""
    if source.kind == "passage":
        return article.passage(source.ident).text.get(source.lang) or ""
    if source.kind == "heading":
        return article.section(source.ident).title.get(source.lang) or ""
    if source.kind == "title":
        return article.title.get(source.lang) or ""
    return ""

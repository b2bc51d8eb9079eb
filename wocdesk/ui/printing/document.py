"""The article as a printable HTML document, built from the model (not from the screen)."""

from __future__ import annotations

import html
from collections.abc import Iterator
from dataclasses import dataclass

from wocdesk.content.notes import missing_note, only_in_note
from wocdesk.i18n import format_date
from wocdesk.model.article import Article, Section
from wocdesk.model.text import BiText, DisplayMode, Lang, other_lang

# Two columns and an empty gutter between them. The space under a row is the cells' padding:
# Qt's rich text drops a paragraph's margin at the end of a cell and reads a cell's padding
# only inline, in px (1/96 inch).
_GUTTER = '<td width="4%"></td>'
_CELL = '<td width="48%" style="padding-bottom: 10px">'


@dataclass(frozen=True)
class PrintFonts:
    """The families the printed text uses: Chinese (the bundled face) and Latin."""

    zh: str
    en: str = ""


@dataclass(frozen=True)
class RunningHeader:
    """What the top of every page says: the title (left) and the source (right)."""

    title: str
    source: str


def esc(text: str) -> str:
    """Plain text made safe for HTML (the only place article text becomes markup)."""
    return html.escape(text, quote=True)


def running_header(article: Article, mode: DisplayMode) -> RunningHeader:
    """The title and source in the leading language of ``mode``."""
    lang = mode.leading
    return RunningHeader(article.title.best(lang), article.source.best(lang))


def style_sheet(fonts: PrintFonts) -> str:
    """The printed page's style: font sizes in points, margins in px (Qt reads no pt there)."""
    zh = _family(fonts.zh)
    en = f"font-family: '{_family(fonts.en)}', '{zh}';" if fonts.en else ""
    return (
        "body { color: #000000; font-size: 10.5pt; }"
        "p { margin-top: 0; margin-bottom: 9px; }"
        f".zh {{ font-family: '{zh}'; line-height: 150%; }}"
        f".en {{ {en} line-height: 135%; }}"
        ".muted { color: #555555; }"
        ".meta { color: #444444; margin-bottom: 19px; }"
        "h1 { font-size: 17pt; margin-bottom: 5px; }"
        "h2 { font-size: 13pt; margin-top: 16px; margin-bottom: 8px; }"
        "h3 { font-size: 11.5pt; margin-top: 12px; margin-bottom: 7px; }"
        "td { vertical-align: top; }"
    )


def _family(name: str) -> str:
    return "".join(c for c in name if c not in "'\"\\;{}<>")


PASSAGES_PER_PART = 20  # a part lays out in well under 0.1 s; a thread holds Python that long


@dataclass(frozen=True)
class _Unit:
    """A piece of the document: a block of its own, or a row of the two-column table."""

    html: str
    is_row: bool = False
    passages: int = 0


def printable_html(article: Article, mode: DisplayMode, fonts: PrintFonts) -> str:
    """The whole article in ``mode`` as one HTML document."""
    return printable_parts(article, mode, fonts, per_part=0)[0]


def printable_parts(
    article: Article, mode: DisplayMode, fonts: PrintFonts, per_part: int = PASSAGES_PER_PART
) -> list[str]:
    """The article in ``mode`` as HTML documents of about ``per_part`` passages each (0: one).

    Laid out one after the other, each continuing on the page where the last one ended, the
    parts make the same pages as one document would; laying out a part is short, so a worker
    thread doing it never keeps the window waiting for long.
    """
    head = f"<html><head><style>{style_sheet(fonts)}</style></head><body>"
    parts: list[str] = []
    current: list[_Unit] = []
    count = 0
    for unit in _units(article, mode):
        if per_part and count >= per_part and unit.passages:
            parts.append(head + _join(current) + "</body></html>")
            current, count = [], 0
        current.append(unit)
        count += unit.passages
    parts.append(head + _join(current) + "</body></html>")
    return parts


def _join(units: list[_Unit]) -> str:
    """Units as HTML, each run of rows in one borderless table."""
    out: list[str] = []
    in_table = False
    for unit in units:
        if unit.is_row and not in_table:
            out.append('<table width="100%" cellspacing="0">')
        elif not unit.is_row and in_table:
            out.append("</table>")
        in_table = unit.is_row
        out.append(unit.html)
    if in_table:
        out.append("</table>")
    return "".join(out)


def _units(article: Article, mode: DisplayMode) -> Iterator[_Unit]:
    yield _title(article, mode)
    for section in article.sections:
        if mode.is_bilingual:
            yield from _section_rows(section, mode)
        else:
            yield from _section_column(section, mode.leading)


def _title(article: Article, mode: DisplayMode) -> _Unit:
    blocks = []
    for lang in mode.languages:
        shown_lang, text = _shown(article.title, lang)
        if mode.is_bilingual and shown_lang != lang:
            text = ""  # beside the other column's title: not the same words twice
        block = f'<h1 class="{shown_lang}">{esc(text)}</h1>' if text else ""
        line = _event_line(article, lang)
        if line:
            block += f'<p class="meta {lang}">{esc(line)}</p>'
        blocks.append(block)
    if len(blocks) == 1:
        return _Unit(blocks[0])
    cells = _GUTTER.join(f"{_CELL}{block}</td>" for block in blocks)
    return _Unit(f"<tr>{cells}</tr>", is_row=True)


def _event_line(article: Article, lang: Lang) -> str:
    event = article.event
    pieces = [
        format_date(event.date, lang) if event.date else "",
        event.place.get(lang) or "",
        event.organiser.get(lang) or "",
    ]
    return ("，" if lang == "zh" else " · ").join(p for p in pieces if p)


def _shown(text: BiText, lang: Lang) -> tuple[Lang, str]:
    """The text in ``lang``, else in the other language (with the language it really is in)."""
    value = text.get(lang)
    if value is not None:
        return lang, value
    other = other_lang(lang)
    return other, text.get(other) or ""


def _heading_tag(section: Section) -> str:
    return "h2" if section.level <= 1 else "h3"


def _section_column(section: Section, lang: Lang) -> Iterator[_Unit]:
    tag = _heading_tag(section)
    shown_lang, title = _shown(section.title, lang)
    yield _Unit(f'<{tag} class="{shown_lang}">{esc(title)}</{tag}>')
    other = other_lang(lang)
    for passage in section.passages:
        text = passage.text.get(lang)
        if text is not None:
            yield _Unit(f'<p class="{lang}">{esc(text)}</p>', passages=1)
        else:
            note = esc(only_in_note(other, lang))
            body = esc(passage.text.get(other) or "")
            html = f'<p class="{other}"><span class="muted">{note}</span> {body}</p>'
            yield _Unit(html, passages=1)


def _section_rows(section: Section, mode: DisplayMode) -> Iterator[_Unit]:
    left, right = mode.languages
    tag = _heading_tag(section)
    # A title missing in one language leaves its cell empty (not the other's words again).
    titles = [(lang, section.title.get(lang) or "") for lang in (left, right)]
    cells = _GUTTER.join(
        f'<td width="48%"><{tag} class="{lang}">{esc(title)}</{tag}></td>' for lang, title in titles
    )
    yield _Unit(f"<tr>{cells}</tr>", is_row=True)
    for passage in section.passages:
        cells = _GUTTER.join(
            f'{_CELL}<p class="{lang}">{_cell(passage.text, lang)}</p></td>'
            for lang in (left, right)
        )
        yield _Unit(f"<tr>{cells}</tr>", is_row=True, passages=1)


def _cell(text: BiText, lang: Lang) -> str:
    value = text.get(lang)
    if value is None:
        return f'<span class="muted">{esc(missing_note(lang))}</span>'
    return esc(value)

"""The article as rich text for the reading pane: escaped once, an anchor per passage."""

from __future__ import annotations

import html
from collections.abc import Collection, Iterator
from dataclasses import dataclass

from wocdesk.content.notes import missing_note, only_in_note
from wocdesk.i18n import format_date
from wocdesk.model.article import Article, Passage, Section
from wocdesk.model.text import BiText, DisplayMode, Lang, other_lang

REVEAL_SCHEME = "reveal"
SECTION_PREFIX = "s-"
PASSAGE_PREFIX = "p-"
REVEAL_MARK = "⇄"


@dataclass(frozen=True)
class Style:
    """Colours (from the palette) and font families the document is drawn with."""

    text: str = "#202020"
    muted: str = "#707070"
    link: str = "#2a6cc4"
    zh_family: str = "Noto Sans CJK SC"
    en_family: str = ""
    zh_line_height: int = 110  # percent of the font's own line spacing (about 1.6 em)
    en_line_height: int = 104  # about 1.5 em


def esc(text: str) -> str:
    """Escape a piece of plain text for HTML: the only place text becomes markup."""
    return html.escape(text, quote=True)


def anchor_for_passage(passage_id: str) -> str:
    """The anchor name of a passage."""
    return PASSAGE_PREFIX + passage_id


def anchor_for_section(section_id: str) -> str:
    """The anchor name of a section heading."""
    return SECTION_PREFIX + section_id


def style_sheet(style: Style) -> str:
    """The document's default style sheet."""
    zh_family, en_family = _family(style.zh_family), _family(style.en_family)
    en = f"font-family: '{en_family}', '{zh_family}';" if en_family else ""
    return (
        f"body {{ color: {style.text}; }}"
        f"a {{ color: {style.link}; text-decoration: none; }}"
        f"p {{ margin-top: 0; margin-bottom: 0.9em; }}"
        f".zh {{ font-family: '{zh_family}'; line-height: {style.zh_line_height}%; }}"
        f".en {{ {en} line-height: {style.en_line_height}%; }}"
        f".muted {{ color: {style.muted}; }}"
        f".reveal {{ color: {style.muted}; margin-left: 1.5em; }}"
        f".meta {{ color: {style.muted}; margin-bottom: 1.6em; }}"
        f"h1 {{ font-size: x-large; margin-bottom: 0.3em; }}"
        f"h2 {{ font-size: large; margin-top: 1.4em; margin-bottom: 0.7em; }}"
        f"td {{ padding: 0 0.9em 0.9em 0; vertical-align: top; }}"
    )


def _family(name: str) -> str:
    """A font family name safe inside a quoted CSS string."""
    return "".join(c for c in name if c not in "'\"\\;{}<>")


def render_article(
    article: Article,
    mode: DisplayMode,
    revealed: Collection[str] = (),
    style: Style | None = None,
) -> str:
    """The article as HTML in ``mode``; passages in ``revealed`` also show their other language."""
    style = style or Style()
    parts = [f"<html><head><style>{style_sheet(style)}</style></head><body>"]
    parts.extend(_title(article, mode))
    for section in article.sections:
        if mode.is_bilingual:
            parts.extend(_section_table(section, mode))
        else:
            parts.extend(_section_column(section, mode.leading, revealed))
    parts.append("</body></html>")
    return "".join(parts)


def _title(article: Article, mode: DisplayMode) -> Iterator[str]:
    blocks = []
    for lang in mode.languages:
        if mode.is_bilingual and not article.title.has(lang):
            blocks.append("")  # the other column has it; no need to say it twice
            continue
        shown = _in_language(article.title, lang)
        block = f"<h1{shown.attributes}>{esc(shown.text)}</h1>"
        line = _event_line(article, lang)
        if line:
            block += f'<p class="meta {lang}" lang="{lang}">{esc(line)}</p>'
        blocks.append(block)
    if len(blocks) == 1:
        yield blocks[0]
        return
    yield '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
    for lang, block in zip(mode.languages, blocks, strict=True):
        yield f'<td width="50%" class="{lang}">{block}</td>'
    yield "</tr></table>"


@dataclass(frozen=True)
class _Shown:
    """A piece of text and the language it is really in (the other one when ``lang`` has none)."""

    text: str
    lang: Lang

    @property
    def attributes(self) -> str:
        return f' class="{self.lang}" lang="{self.lang}"'


def _in_language(text: BiText, lang: Lang) -> _Shown:
    value = text.get(lang)
    if value is not None:
        return _Shown(value, lang)
    other = other_lang(lang)
    return _Shown(text.get(other) or "", other)


def _event_line(article: Article, lang: Lang) -> str:
    event = article.event
    pieces = [
        format_date(event.date, lang) if event.date else "",
        event.place.get(lang) or "",
        event.organiser.get(lang) or "",
    ]
    separator = "，" if lang == "zh" else " · "
    return separator.join(p for p in pieces if p)


def _heading(section: Section, lang: Lang) -> str:
    shown = _in_language(section.title, lang)
    return f"<span{shown.attributes}>{esc(shown.text)}</span>"


def _section_column(section: Section, lang: Lang, revealed: Collection[str]) -> Iterator[str]:
    anchor = anchor_for_section(section.id)
    yield f'<h2 class="{lang}"><a name="{anchor}"></a>{_heading(section, lang)}</h2>'
    for passage in section.passages:
        yield from _passage_column(passage, lang, passage.id in revealed)


def _passage_column(passage: Passage, lang: Lang, revealed: bool) -> Iterator[str]:
    anchor = f'<a name="{anchor_for_passage(passage.id)}"></a>'
    text = passage.text.get(lang)
    other = other_lang(lang)
    if text is None:
        note = only_in_note(other, lang)
        body = f'<span class="muted">{esc(note)}</span> {esc(passage.text.get(other) or "")}'
        yield f'<p class="{other}" lang="{other}">{anchor}{body}</p>'
        return
    link = ""
    if passage.text.has(other):
        link = f'&nbsp;<a class="muted" href="{REVEAL_SCHEME}:{passage.id}">{REVEAL_MARK}</a>'
    yield f'<p class="{lang}" lang="{lang}">{anchor}{esc(text)}{link}</p>'
    if revealed and passage.text.has(other):
        hide = f'&nbsp;<a href="{REVEAL_SCHEME}:{passage.id}">{REVEAL_MARK}</a>'
        shown = esc(passage.text.get(other) or "")
        yield f'<p class="reveal {other}" lang="{other}">{shown}{hide}</p>'


def _section_table(section: Section, mode: DisplayMode) -> Iterator[str]:
    left, right = mode.languages
    yield '<table width="100%" cellspacing="0" cellpadding="0">'
    anchor = anchor_for_section(section.id)
    yield (
        f'<tr><td width="50%" class="{left}"><h2><a name="{anchor}"></a>'
        f"{_heading(section, left)}</h2></td>"
        f'<td width="50%" class="{right}"><h2>{_heading(section, right)}</h2></td></tr>'
    )
    for passage in section.passages:
        cells = [_cell(passage.text, lang) for lang in (left, right)]
        anchor = f'<a name="{anchor_for_passage(passage.id)}"></a>'
        yield (
            f'<tr><td width="50%" class="{left}">'
            f'<p class="{left}" lang="{left}">{anchor}{cells[0]}</p></td>'
            f'<td width="50%" class="{right}">'
            f'<p class="{right}" lang="{right}">{cells[1]}</p></td></tr>'
        )
    yield "</table>"


def _cell(text: BiText, lang: Lang) -> str:
    value = text.get(lang)
    if value is None:
        return f'<span class="muted">{esc(missing_note(lang))}</span>'
    return esc(value)

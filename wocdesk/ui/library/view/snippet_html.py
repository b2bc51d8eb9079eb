"""A search hit as rich text: the article, the passage, a snippet per language, matches marked.

Every piece of article text is escaped once here, so a passage that looks like HTML shows as
the characters it is; only the marks around the matches are markup.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from wocdesk.i18n import _, format_number, interface_language
from wocdesk.library.search import SearchHit, Snippet
from wocdesk.model.text import LANGS, Lang


def marked(text: str, spans: Sequence[tuple[int, int]], mark_style: str) -> str:
    """``text`` escaped, with each span (start, end) wrapped in a styled ``<span>``."""
    pieces: list[str] = []
    at = 0
    for start, end in sorted(spans):
        start, end = max(start, at), min(end, len(text))
        if end <= start:
            continue
        pieces.append(html.escape(text[at:start]))
        pieces.append(f'<span style="{mark_style}">{html.escape(text[start:end])}</span>')
        at = end
    pieces.append(html.escape(text[at:]))
    return "".join(pieces)


def hit_html(hit: SearchHit, mark_style: str, muted: str, lead: Lang | None = None) -> str:
    """The hit as rich text: a heading line, then the snippet in each language it has."""
    lang = lead or interface_language()
    title = hit.article_title.best(lang)
    where = _("passage {number}").format(number=format_number(hit.passage_number + 1))
    lines = [
        f"<div><b>{html.escape(title)}</b>"
        f' <span style="color:{muted}">· {html.escape(where)}</span></div>'
    ]
    for code in _ordered(lang):
        snippet: Snippet | None = hit.snippets.get(code)
        if snippet is None or not snippet.text:
            continue
        lines.append(f'<div lang="{code}">{marked(snippet.text, snippet.spans, mark_style)}</div>')
    return "".join(lines)


def hit_plain(hit: SearchHit, lead: Lang | None = None) -> str:
    """The hit as plain text (for accessibility and tests): title, then the snippets."""
    lang = lead or interface_language()
    lines = [hit.article_title.best(lang)]
    for code in _ordered(lang):
        snippet = hit.snippets.get(code)
        if snippet is not None and snippet.text:
            lines.append(snippet.text)
    return "\n".join(lines)


def _ordered(lang: Lang) -> tuple[Lang, ...]:
    return tuple(sorted(LANGS, key=lambda code: code != lang))

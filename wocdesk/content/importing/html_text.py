"""A saved web page (.html) as lines for the raw-text importer: the page's text paragraphs.

Scripts, styles, forms and navigation (nav, header, footer, aside) are dropped. When the page
has an article body (WeChat's ``js_content``, else ``<article>``, else ``<main>``) only that
and the page's headline are read. Headings (h1–h6) give the sections' nesting.
"""

from __future__ import annotations

import codecs
import re
from html.parser import HTMLParser
from pathlib import Path

from wocdesk.content.importing.extracted import ExtractedText
from wocdesk.errors import WocdeskError
from wocdesk.i18n import _, ngettext
from wocdesk.model.script import is_wide

SKIPPED = frozenset(
    (
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "math",
        "nav",
        "header",
        "footer",
        "aside",
        "form",
        "button",
        "select",
        "textarea",
        "iframe",
        "object",
        "canvas",
        "head",
        "title",
    )
)
BLOCKS = frozenset(
    (
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "blockquote",
        "section",
        "article",
        "main",
        "td",
        "th",
        "tr",
        "table",
        "caption",
        "figcaption",
        "figure",
        "pre",
        "address",
        "hr",
        "br",
        "center",
        "details",
        "summary",
    )
)
VOID = frozenset(
    (
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    )
)
_HEADING = re.compile(r"^h([1-6])$")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_SPACE = re.compile(r"[ \t\r\n\f\v\xa0]+")
_HEADLINE_IDS = ("activity-name",)  # WeChat's headline sits outside its article body


class HtmlError(WocdeskError):
    """A web page that cannot be read."""


def decode_html(path: Path, data: bytes) -> str:
    """The page as text: by its byte-order mark, else its declared charset, else UTF-8."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    declared = _CHARSET.search(data[:4096])
    encoding = "utf-8"
    if declared:
        name = declared.group(1).decode("ascii", "replace")
        try:
            encoding = codecs.lookup(name).name
        except LookupError:
            raise HtmlError(
                _("{path}: the page declares an unknown character set {name!r}").format(
                    path=path, name=name
                )
            ) from None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise HtmlError(
            _("{path}:{line}: is not {encoding} text as the page says").format(
                path=path, line=line, encoding=encoding
            )
            if declared
            else _("{path}:{line}: is not UTF-8 and the page declares no character set").format(
                path=path, line=line
            )
        ) from None


def html_lines(path: Path, data: bytes) -> ExtractedText:
    """The text paragraphs of the web page ``data`` (read from ``path``) as importer lines."""
    page = decode_html(path, data)
    scope = _scope(page)
    parser = _PageText(scope)
    try:
        parser.feed(page)
        parser.close()
    except Exception as exc:  # the stdlib parser is lenient; this is a last resort
        raise HtmlError(
            _("{path}: the page cannot be read ({reason})").format(path=path, reason=exc)
        ) from None
    extracted = parser.extracted
    if not extracted.lines:
        raise HtmlError(_("{path}: the page has no text paragraphs").format(path=path))
    dropped = parser.dropped
    if dropped:
        extracted.unused.append(
            ngettext(
                "{n} script, style or navigation part",
                "{n} scripts, styles and navigation parts",
                dropped,
            ).format(n=dropped)
        )
    if parser.pictures:
        extracted.unused.append(
            ngettext("{n} picture", "{n} pictures", parser.pictures).format(n=parser.pictures)
        )
    return extracted


def _scope(page: str) -> tuple[str, str] | None:
    """The element holding the article body, as (attribute or tag, value), if the page has one."""
    if re.search(r"""\bid\s*=\s*["']?js_content\b""", page):
        return ("id", "js_content")
    for tag in ("article", "main"):
        if re.search(rf"<{tag}[\s>]", page, re.IGNORECASE):
            return ("tag", tag)
    return None


class _PageText(HTMLParser):
    """Collects block-level text outside skipped parts (and inside the scope, when there is one)."""

    def __init__(self, scope: tuple[str, str] | None) -> None:
        super().__init__(convert_charrefs=True)
        self.scope = scope
        self.extracted = ExtractedText()
        self.stack: list[tuple[str, bool, bool]] = []  # tag, skipped, opens the scope
        self.skipping = 0
        self.in_scope = 0 if scope else 1
        self.headline = 0
        self.parts: list[str] = []
        self.level: int | None = None
        self.dropped = 0
        self.pictures = 0

    # -- structure ------------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in BLOCKS:
            self._flush()
        if tag == "img" and self._reading():
            self.pictures += 1
        if tag in VOID:
            return
        values = dict(attrs)
        skipped = tag in SKIPPED
        if skipped and self._reading() and tag not in ("head", "title"):
            self.dropped += 1
        opens = self.scope is not None and (
            (self.scope[0] == "tag" and tag == self.scope[1])
            or (self.scope[0] == "id" and values.get("id") == self.scope[1])
        )
        headline = values.get("id") in _HEADLINE_IDS
        self.stack.append((tag, skipped, opens or headline))
        self.skipping += skipped
        self.in_scope += opens or headline
        heading = _HEADING.match(tag)
        if heading:
            self.level = int(heading.group(1))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in BLOCKS:
            self._flush()
        if not any(open_tag == tag for open_tag, _s, _o in self.stack):
            return  # a stray end tag
        while self.stack:
            open_tag, skipped, opens = self.stack.pop()
            self.skipping -= skipped
            self.in_scope -= opens
            if open_tag == tag:
                break

    def handle_data(self, data: str) -> None:
        if self._reading():
            self.parts.append(data)

    def close(self) -> None:
        super().close()
        self._flush()

    # -- text -----------------------------------------------------------------------------
    def _reading(self) -> bool:
        return not self.skipping and self.in_scope > 0

    def _flush(self) -> None:
        if self.parts:
            self.extracted.add(collapse_spaces("".join(self.parts)), self.level)
            self.parts = []
        self.level = None


def collapse_spaces(text: str) -> str:
    """HTML's white space as a browser shows it: one space, none between Chinese characters."""

    def joint(match: re.Match[str]) -> str:
        start, end = match.start(), match.end()
        before = text[start - 1] if start else ""
        after = text[end] if end < len(text) else ""
        newline = "\n" in match.group() or "\r" in match.group()
        return "" if newline and before and after and is_wide(before) and is_wide(after) else " "

    return _SPACE.sub(joint, text).strip()

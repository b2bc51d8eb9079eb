"""Read a file to import: raw bilingual text, article TOML, Word (.docx) or a saved web page.

Every kind ends as an :class:`Article` with a report of what was found and what was left out;
a file that cannot be used raises :class:`SourceError` in one line naming the file (and line).
"""

from __future__ import annotations

import dataclasses
import hashlib
import warnings
from dataclasses import dataclass
from pathlib import Path

from wocdesk.content.importing.extracted import ExtractedText
from wocdesk.errors import WocdeskError, quote_name
from wocdesk.i18n import _, ngettext
from wocdesk.library.errors import SourceError
from wocdesk.model.article import Article, Section

KINDS = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".toml": "toml",
    ".docx": "docx",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import found in a file and what it could not use."""

    source: str
    kind: str
    sections: int
    passages: int
    one_language: int
    leftovers: int
    unused: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()

    def summary(self) -> str:
        """One line: sections, passages, one-language lines, leftovers, what was left out."""
        found = _("{sections}, {passages}, {one_language}, {leftovers}").format(
            sections=ngettext("{n} section", "{n} sections", self.sections).format(n=self.sections),
            passages=ngettext("{n} passage", "{n} passages", self.passages).format(n=self.passages),
            one_language=ngettext(
                "{n} one-language line", "{n} one-language lines", self.one_language
            ).format(n=self.one_language),
            leftovers=ngettext(
                "{n} page leftover set aside", "{n} page leftovers set aside", self.leftovers
            ).format(n=self.leftovers),
        )
        if self.unused:
            found += _("; not used: {items}").format(items="; ".join(self.unused))
        for note in self.notes:
            found += f"; {note}"
        return found


@dataclass(frozen=True, slots=True)
class Imported:
    """A file read for the library: the article, the report and the file's content hash."""

    article: Article
    report: ImportReport
    content_hash: str


def source_kind(path: Path, data: bytes) -> str:
    """``text``, ``toml``, ``docx`` or ``html``: by the file's suffix, else by its first bytes."""
    kind = KINDS.get(path.suffix.lower())
    if kind:
        return kind
    head = data[:512].lstrip().lower()
    if data.startswith(b"PK\x03\x04"):
        return "docx"
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    return "text"


def read_bytes(path: Path, kind: str | None = None) -> bytes:
    """The bytes of a regular file (through content's one input reader), or a one-line error.

    A folder, a named pipe, a device or a file over the limit is refused before it is read;
    a Word file may be as large as a template, a text as large as a book.
    """
    from wocdesk.content.files import BINARY_LIMIT, TEXT_LIMIT, read_input

    limit = TEXT_LIMIT if kind in ("text", "toml", "html") else BINARY_LIMIT
    return read_input(
        path,
        _("a file to import"),
        lambda message, _line: SourceError(f"{quote_name(path)}: {message}"),
        limit=limit,
    )


def decode_text(path: Path, data: bytes) -> str:
    """UTF-8 text (a byte-order mark dropped), or an error naming the first bad line."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise SourceError(
            _("{path}:{line}: is not UTF-8 text").format(path=quote_name(path), line=line)
        ) from None


def read_source(path: str | Path) -> Imported:
    """Read ``path`` as an article to import, whatever its kind."""
    file = Path(path)
    data = read_bytes(file, KINDS.get(file.suffix.lower()))
    kind = source_kind(file, data)
    unused: list[str] = []
    notes: list[str] = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            article = _article(file, data, kind, unused)
        except WocdeskError as exc:
            raise SourceError(str(exc)) from None
    from wocdesk.errors import TextCleanedWarning

    prefix = f"{quote_name(file)}: "
    for warning in caught:
        said = str(warning.message).removeprefix(prefix)
        (unused if issubclass(warning.category, TextCleanedWarning) else notes).append(said)
    passages = list(article.passages())
    report = ImportReport(
        source=str(file),
        kind=kind,
        sections=len(article.sections),
        passages=len(passages),
        one_language=sum(1 for p in passages if p.is_one_language),
        leftovers=len(article.leftovers),
        unused=tuple(unused),
        notes=tuple(notes),
    )
    return Imported(article, report, hashlib.sha256(data).hexdigest())


def _article(file: Path, data: bytes, kind: str, unused: list[str]) -> Article:
    from wocdesk.content.article_file.loader import parse_article

    if kind == "toml":
        return parse_article(decode_text(file, data), file)
    if kind == "docx":
        from wocdesk.content.importing.docx_text import docx_lines

        extracted = docx_lines(file, data)
    elif kind == "html":
        from wocdesk.content.importing.html_text import html_lines

        extracted = html_lines(file, data)
    else:
        extracted = ExtractedText(lines=[decode_text(file, data)])
    unused.extend(extracted.unused)
    from wocdesk.content.clean import describe_chars, xml_illegal_chars
    from wocdesk.content.importing.importer import article_id_for, import_text

    text = "\n".join(extracted.lines)
    removed = xml_illegal_chars(text)
    if removed:
        unused.append(
            _("{count} characters that documents cannot hold ({which})").format(
                count=len(removed), which=describe_chars(removed)
            )
        )
    article = import_text(text, article_id_for(file), str(file))
    return with_levels(dataclasses.replace(article, path=str(file)), extracted.headings)


def with_levels(article: Article, headings: dict[str, int]) -> Article:
    """``article`` with its sections nested as the file's headings were (1 the outermost).

    The outermost heading level among the sections' titles becomes 1 (a page's h1 is often
    its title, not a section); a section whose title is no heading keeps the importer's level;
    a level never goes more than one deeper than the one before.
    """
    found = [
        min((headings[t] for t in (s.title.zh, s.title.en) if t in headings), default=None)
        for s in article.sections
    ]
    known = [level for level in found if level is not None]
    if not known:
        return article
    top = min(known)
    sections: list[Section] = []
    previous = 0
    for section, heading in zip(article.sections, found, strict=True):
        level = heading - top + 1 if heading is not None else section.level
        level = max(1, min(level, previous + 1))
        sections.append(dataclasses.replace(section, level=level))
        previous = level
    return dataclasses.replace(article, sections=tuple(sections))

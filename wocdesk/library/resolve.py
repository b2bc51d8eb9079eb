"""The article a command line names: a file, or an article of the library by its id."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from wocdesk.i18n import _
from wocdesk.library.errors import LibraryError

if TYPE_CHECKING:
    from wocdesk.model.article import Article

_LIBRARY_ID = re.compile(r"\s*#?([0-9]{1,18})\s*")


def library_id(spec: str) -> int | None:
    """The library id ``spec`` names (``3`` or ``#3``), or ``None`` if it names none."""
    match = _LIBRARY_ID.fullmatch(spec)
    return int(match.group(1)) if match else None


def names_library_article(spec: str | Path) -> bool:
    """True when ``spec`` names an article of the library rather than a file."""
    text = str(spec)
    if library_id(text) is None:
        return False
    return text.strip().startswith("#") or not Path(text).expanduser().exists()


def file_spec(spec: str | None) -> str | None:
    """``spec`` when it names a file (to check as one), ``None`` when absent or a library id."""
    return None if spec is None or names_library_article(spec) else spec


def article_from(spec: str | Path) -> Article:
    """The article ``spec`` names: a file (article TOML, raw text, .docx, .html), else an id.

    A file that exists wins over an id of the same name (give ``#3`` for the library's 3).
    Errors are one line (:class:`SourceError`, :class:`LibraryError`).
    """
    spec = str(spec)
    number = library_id(spec)
    if number is None or not names_library_article(spec):
        return read_article(Path(spec).expanduser())
    from wocdesk.library.store import Library

    with Library.open() as library:
        try:
            return library.article(number)
        except LibraryError:
            raise LibraryError(
                _(
                    "{spec}: no such file, and no article {id} in the library "
                    "(wocdesk library list shows them)"
                ).format(spec=spec, id=number)
            ) from None


def read_article(path: Path) -> Article:
    """The article in a file: Word and web pages read here, others as content opens them."""
    from wocdesk.library.sources import KINDS

    if KINDS.get(path.suffix.lower()) in ("docx", "html"):
        from wocdesk.library.sources import read_source

        return read_source(path).article
    from wocdesk.content.opening import open_article

    return open_article(path)


def article_or_bundled(spec: str | Path | None) -> Article:
    """The article ``--article`` names (see :func:`article_from`); none given: the bundled one."""
    if spec is None:
        from wocdesk.content.article_file.loader import load_article

        return load_article()
    return article_from(spec)

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


def article_from(spec: str) -> Article:
    """The article ``spec`` names: a file (article TOML, raw text, .docx, .html), else an id.

    A file that exists wins over an id of the same name (give ``#3`` for the library's 3).
    Errors are one line (:class:`SourceError`, :class:`LibraryError`).
    """
    number = library_id(spec)
    path = Path(spec).expanduser()
    if number is None or (not spec.strip().startswith("#") and path.exists()):
        return read_article(path)
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
    """The article in a file of any kind the library imports."""
    from wocdesk.library.sources import read_source

    return read_source(path).article


def article_or_bundled(spec: str | None) -> Article:
    """The article ``--article`` names (see :func:`article_from`); none given: the bundled one."""
    if spec is None:
        from wocdesk.content.loader import load_article

        return load_article()
    return article_from(spec)

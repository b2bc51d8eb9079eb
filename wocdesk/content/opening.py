"""Open whatever the user names as an article: an article file, or a raw bilingual text.

Every place that takes an article (``wocdesk text``, ``export``, ``present``, the window's
``--article`` and File ▸ Open) goes through :func:`open_article`, so each of them takes a raw
text too. Reading goes through :func:`wocdesk.content.files.read_input`: a named pipe, a device
or a folder is refused before anything is opened, so nothing blocks.
"""

from __future__ import annotations

from pathlib import Path

from wocdesk.model.article import Article


def open_article(path: str | Path | None = None) -> Article:
    """The article in ``path``: an article file (``.toml``) is loaded, any other file imported.

    ``None`` opens the bundled article. Raises :class:`~wocdesk.errors.WocdeskError` (one line
    naming the file and what is wrong) for anything that cannot be opened; never blocks on a
    named pipe or a device. Importing may warn (``OneLanguageWarning``) about a text with one
    language only.
    """
    from wocdesk.content.article_file.loader import load_article
    from wocdesk.content.importing.importer import import_file, looks_like_article_file

    if path is None:
        return load_article()
    file = Path(path)
    if looks_like_article_file(file):
        return load_article(file)
    return import_file(file)

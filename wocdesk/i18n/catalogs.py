"""Babel message catalogs: compiled from the .po files on first use, looked up at call time."""

from __future__ import annotations

import gettext
import io
import os
from collections.abc import Callable
from functools import cache

from wocdesk.model.text import Lang, parse_lang
from wocdesk.resources import resource

DOMAIN = "wocdesk"
INTERFACE_LANGUAGES: tuple[Lang, ...] = ("en", "zh")
CATALOG_LOCALES: dict[Lang, str] = {"zh": "zh_CN"}  # English is the source language

_current: list[Lang] = ["en"]
_translations: list[gettext.NullTranslations] = [gettext.NullTranslations()]
_listeners: list[Callable[[Lang], None]] = []


def po_path(lang: Lang) -> str:
    """The path of the .po catalog for ``lang`` (English has none: it is the source)."""
    return str(resource("locale", CATALOG_LOCALES[lang], "LC_MESSAGES", f"{DOMAIN}.po"))


@cache
def _load(lang: Lang) -> gettext.NullTranslations:
    """Compile the .po catalog of ``lang`` in memory (fast, and no build step to forget)."""
    if lang not in CATALOG_LOCALES:
        return gettext.NullTranslations()
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with open(po_path(lang), "rb") as handle:
        catalog = read_po(handle, locale=CATALOG_LOCALES[lang], domain=DOMAIN)
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


def _(message: str) -> str:
    """Translate ``message`` into the current interface language (looked up at call time)."""
    return _translations[0].gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """Translate a message with a count."""
    return _translations[0].ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Mark ``message`` for extraction without translating it (for strings defined at import)."""
    return message


def interface_language() -> Lang:
    """The current interface language."""
    return _current[0]


def system_language() -> Lang:
    """The interface language the system's locale asks for: ``zh`` for Chinese, else ``en``."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value and value not in ("C", "POSIX"):
            first = value.split(":")[0].split(".")[0]
            return "zh" if first.lower().startswith("zh") else "en"
    return "en"


def set_interface_language(lang: str | None) -> Lang:
    """Switch the interface language (``None`` follows the system) and tell every listener."""
    code = system_language() if lang in (None, "", "system") else parse_lang(str(lang))
    _translations[0] = _load(code)
    changed = code != _current[0]
    _current[0] = code
    if changed:
        for listener in list(_listeners):
            listener(code)
    return code


def add_language_listener(listener: Callable[[Lang], None]) -> None:
    """Call ``listener(lang)`` whenever the interface language changes."""
    if listener not in _listeners:
        _listeners.append(listener)


def remove_language_listener(listener: Callable[[Lang], None]) -> None:
    """Stop calling ``listener``."""
    if listener in _listeners:
        _listeners.remove(listener)


def gettext_in(lang: str, message: str) -> str:
    """Translate ``message`` into ``lang`` whatever the interface language is.

    For text that belongs to the article's language rather than the interface's, such as the
    note that a line has no counterpart in the original.
    """
    return _load(parse_lang(lang)).gettext(message)

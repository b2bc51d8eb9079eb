"""Babel message catalogs: compiled .mo files (else the .po, compiled on first use)."""

from __future__ import annotations

import gettext
import io
import os
import zlib
from collections.abc import Callable
from functools import cache
from pathlib import Path

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
    """The catalog of ``lang``: its compiled .mo when that matches the .po, else compiled now.

    A compiled file is named after a checksum of the .po it was made from, so an edited .po
    is never shadowed by a stale .mo (it is then compiled in memory, which takes ~30 ms).
    """
    if lang not in CATALOG_LOCALES:
        return gettext.NullTranslations()
    source = Path(po_path(lang)).read_bytes()
    try:
        with open(compiled_path(lang, source), "rb") as handle:
            return gettext.GNUTranslations(handle)
    except OSError:
        return gettext.GNUTranslations(io.BytesIO(compile_po(lang, source)))


def compiled_path(lang: Lang, source: bytes) -> Path:
    """Where the .mo compiled from the .po bytes ``source`` is kept."""
    return Path(po_path(lang)).with_name(f"{DOMAIN}-{zlib.crc32(source):08x}.mo")


def compile_po(lang: Lang, source: bytes) -> bytes:
    """The .mo bytes of the .po bytes ``source`` (Babel; fuzzy entries left out)."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    catalog = read_po(io.BytesIO(source), locale=CATALOG_LOCALES[lang], domain=DOMAIN)
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    return buffer.getvalue()


def compile_catalogs() -> list[Path]:
    """Write the compiled .mo of every catalog beside its .po and remove stale ones."""
    written = []
    for lang in CATALOG_LOCALES:
        source = Path(po_path(lang)).read_bytes()
        target = compiled_path(lang, source)
        for stale in target.parent.glob(f"{DOMAIN}-*.mo"):
            if stale != target:
                stale.unlink()
        target.write_bytes(compile_po(lang, source))
        written.append(target)
    return written


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


# gettext's order: LANGUAGE, then LC_ALL, LC_MESSAGES, LANG (Babel adds LC_CTYPE last).
_LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def system_language() -> Lang:
    """The interface language the system asks for: ``zh`` for Chinese, else ``en``.

    Babel's ``default_locale`` reads the locale variables (``LANGUAGE=zh_CN:en``, ``LANG=…``);
    where none is set, as for programs started from the desktop on Windows and macOS, the
    system's own setting is asked (:func:`platform_locale`).
    """
    code = _simple_locale() or platform_locale()
    return "zh" if code and code.lower().startswith("zh") else "en"


def _simple_locale() -> str | None:
    """The language of the first locale variable set, as Babel's ``default_locale`` finds it."""
    names = (*_LOCALE_VARIABLES, "LANGUAGE", "LC_ALL", "LC_CTYPE", "LANG")
    for name in names:
        value = os.environ.get(name)
        if not value:
            continue
        if name == "LANGUAGE" and ":" in value:
            value = value.split(":")[0]
        if value.split(".")[0] in ("C", "POSIX"):
            return "en_US_POSIX"
        # As it usually is ("zh_CN.UTF-8", "en_US", "zh", "de_DE@euro"): read here, without
        # importing Babel; anything else is left to Babel's ``default_locale``.
        lang, underscore, territory = value.partition("@")[0].partition(".")[0].partition("_")
        if _letters(lang) and (not underscore or (len(territory) == 2 and _letters(territory))):
            return lang.lower()
        from babel.core import default_locale

        return default_locale(_LOCALE_VARIABLES)
    return None


def _letters(text: str) -> bool:
    return text.isascii() and text.isalpha()


def platform_locale() -> str | None:
    """The user interface locale Windows or macOS is set to (``zh_CN``), ``None`` elsewhere."""
    import subprocess
    import sys

    try:
        if sys.platform == "win32":
            import ctypes
            import locale

            windll = getattr(ctypes, "windll", None)
            if windll is None:
                return None
            return locale.windows_locale.get(windll.kernel32.GetUserDefaultUILanguage())
        if sys.platform == "darwin":
            result = subprocess.run(
                ["defaults", "read", "-g", "AppleLocale"],
                capture_output=True,
                text=True,
                timeout=2,
                check=False,
            )
            return result.stdout.strip() or None
    except (OSError, ValueError, subprocess.SubprocessError):
        return None
    return None


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

"""Options shared by several commands: language modes, the interface language and file names."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from wocdesk.errors import WocdeskError, quote_name

if TYPE_CHECKING:
    from wocdesk.model.text import DisplayMode, Lang


def mode_option(value: str | None, option: str = "--lang") -> DisplayMode | None:
    """The display mode ``value`` names, ``None`` when the option was not given."""
    if value is None:
        return None
    from wocdesk.i18n import _
    from wocdesk.model.text import DisplayMode, parse_mode

    try:
        return parse_mode(value)
    except ValueError:
        choices = ", ".join([m.value for m in DisplayMode] + ["both"])
        message = _("{option}: unknown language mode {value} (choose {choices})")
        raise WocdeskError(
            message.format(option=option, value=_quoted(value), choices=choices)
        ) from None


def mode_or_system(value: str | None, option: str = "--lang") -> DisplayMode:
    """The display mode ``value`` names, or the system language's single-language mode."""
    mode = mode_option(value, option)
    if mode is not None:
        return mode
    from wocdesk.i18n import system_language
    from wocdesk.model.text import DisplayMode

    return DisplayMode.for_lang(system_language())


def ui_lang_option(value: str | None, option: str = "--ui-lang") -> Lang | str | None:
    """``zh``, ``en`` or ``system`` from an interface-language option; ``None`` if not given."""
    if value is None:
        return None
    if value.strip().lower() == "system":
        return "system"
    from wocdesk.i18n import _
    from wocdesk.model.text import parse_lang

    try:
        return parse_lang(value)
    except ValueError:
        message = _("{option}: unknown language {value} (choose zh, en or system)")
        raise WocdeskError(message.format(option=option, value=_quoted(value))) from None


def path_option(value: str, option: str) -> Path:
    """The file an option names; an empty name is refused rather than read as "here"."""
    if not value.strip():
        from wocdesk.i18n import _

        message = _("{option}: the file name is empty; give a file name")
        raise WocdeskError(message.format(option=option))
    return Path(value)


def input_option(
    value: str | None, option: str, noun: str, *, limit: int | None = None
) -> Path | None:
    """The existing regular file an option names (``None`` if not given), checked without opening.

    ``noun`` is what the file should be, translated. A missing file, a folder, a named pipe or a
    device is one line naming the option and the file.
    """
    if value is None:
        return None
    from wocdesk.content.files import TEXT_LIMIT, check_input

    path = path_option(value, option)
    check_input(
        path,
        noun,
        lambda message, _line: WocdeskError(f"{option}: {quote_name(path)}: {message}"),
        limit=TEXT_LIMIT if limit is None else limit,
    )
    return path


def _quoted(value: str) -> str:
    from wocdesk.errors import quote_value

    return quote_value(value)

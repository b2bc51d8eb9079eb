"""Options shared by several commands: the article's language mode and the interface language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wocdesk.errors import WocdeskError

if TYPE_CHECKING:
    from wocdesk.model.text import DisplayMode, Lang


def mode_option(value: str | None, option: str = "--lang") -> DisplayMode | None:
    """The display mode ``value`` names, ``None`` when the option was not given."""
    if value is None:
        return None
    from wocdesk.model.text import parse_mode

    try:
        return parse_mode(value)
    except ValueError as exc:
        raise WocdeskError(f"{option}: {exc}") from None


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
    from wocdesk.model.text import parse_lang

    try:
        return parse_lang(value)
    except ValueError as exc:
        raise WocdeskError(f"{option}: {exc}") from None

"""The interface language: message lookup at call time, live switching and locale formatting."""

from wocdesk.i18n.catalogs import (
    INTERFACE_LANGUAGES,
    N_,
    _,
    add_language_listener,
    gettext_in,
    interface_language,
    ngettext,
    remove_language_listener,
    set_interface_language,
    system_language,
)
from wocdesk.i18n.formatting import (
    babel_locale,
    format_date,
    format_list,
    format_number,
    format_percent,
    language_name,
)

__all__ = [
    "INTERFACE_LANGUAGES",
    "N_",
    "_",
    "add_language_listener",
    "babel_locale",
    "format_date",
    "format_list",
    "format_number",
    "format_percent",
    "gettext_in",
    "interface_language",
    "language_name",
    "ngettext",
    "remove_language_listener",
    "set_interface_language",
    "system_language",
]

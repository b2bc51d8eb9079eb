"""Short error messages about ids: a value shown briefly and at most three close ids offered."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from wocdesk.i18n import _

SHOWN = 40  # characters of a value shown in a message


def short(value: object) -> str:
    """A value for a one-line message: text quoted and cut short, anything else by its kind.

    Never ``repr`` of a list or table: one nested a thousand deep would not print.
    """
    if isinstance(value, str):
        return repr(value if len(value) <= SHOWN else value[: SHOWN - 1] + "…")
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        text = repr(value)
        return text if len(text) <= SHOWN else text[: SHOWN - 1] + "…"
    if isinstance(value, list):
        return _("a list")
    if isinstance(value, dict):
        return _("a table")
    if isinstance(value, dt.date | dt.time):
        return _("a date or time")
    return type(value).__name__


def close_ids(value: object, known: Collection[str], count: int = 3) -> list[str]:
    """Up to ``count`` ids of ``known`` that look like ``value`` (none for a non-text value)."""
    if not isinstance(value, str) or not known:
        return []
    import difflib  # only to word a message about a bad id

    probe = value[:100]
    return difflib.get_close_matches(probe, list(known), n=count, cutoff=0.6)


def did_you_mean(value: object, known: Collection[str]) -> str:
    """`` (did you mean p-event?)`` with up to three close ids, or an empty string."""
    close = close_ids(value, known)
    if not close:
        return ""
    return _(" (did you mean {ids}?)").format(ids=", ".join(close))

"""Notes shown in the article's language where a line has no counterpart in the original."""

from __future__ import annotations

from wocdesk.i18n import N_, gettext_in
from wocdesk.model.text import Lang

# Shown in the language that is missing, e.g. in English beside a Chinese-only line.
_MISSING = {
    "zh": N_("(The original has no Chinese for this line.)"),
    "en": N_("(The original has no English for this line.)"),
}
# Shown before a line given in the other language because the shown one has none.
_ONLY_IN = {
    "zh": N_("[Only in Chinese in the original]"),
    "en": N_("[Only in English in the original]"),
}


def missing_note(missing: Lang) -> str:
    """A note, written in ``missing``, that the original has no text in that language here."""
    return gettext_in(missing, _MISSING[missing])


def only_in_note(present: Lang, reader: Lang) -> str:
    """A label, written in ``reader``'s language, that a line exists only in ``present``."""
    return gettext_in(reader, _ONLY_IN[present])

"""Our notes where a line has no counterpart in the original: in the interface, or in a document.

Shown to the user (the reading view, ``wocdesk text``), a note is ours and so in the interface
language, whatever language the article is read in. Written into a document for an audience (a
slide, typeset in the slide's language), it is in that document's language: the ``…_written_in``
functions.
"""

from __future__ import annotations

from wocdesk.i18n import N_, _, gettext_in
from wocdesk.model.text import Lang

# A line has no text in this language in the original.
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
    """A note, in the interface language, that the original has no text in ``missing`` here."""
    return _(_MISSING[missing])


def only_in_note(present: Lang, reader: Lang | None = None) -> str:
    """A label, in the interface language, that a line exists only in ``present``.

    ``reader`` (the language the article is read in) does not choose the note's language: the
    note is ours, so the interface language does.
    """
    del reader
    return _(_ONLY_IN[present])


def missing_note_written_in(missing: Lang) -> str:
    """For a document: the note that the original has no ``missing`` text here, in ``missing``."""
    return gettext_in(missing, _MISSING[missing])


def only_in_note_written_in(present: Lang, lang: Lang) -> str:
    """For a document in ``lang``: the label that a line exists only in ``present``, in ``lang``."""
    return gettext_in(lang, _ONLY_IN[present])

"""Looking a word up: its entries, or, for a word the dictionary lacks, the entries of its parts."""

from __future__ import annotations

from dataclasses import dataclass

from wocdesk.study.dictionary import Dictionary, Entry, load_dictionary
from wocdesk.study.segment import is_chinese


@dataclass(frozen=True, slots=True)
class LookupResult:
    """What the dictionary says about ``word``: its own entries, else its parts' entries."""

    word: str
    entries: tuple[Entry, ...]
    parts: tuple[tuple[str, tuple[Entry, ...]], ...] = ()

    @property
    def found(self) -> bool:
        """True when the word or at least one of its parts is in the dictionary."""
        return bool(self.entries) or any(entries for _, entries in self.parts)

    @property
    def by_parts(self) -> bool:
        """True when the word itself is not in the dictionary and is shown by its parts."""
        return not self.entries and self.found

    @property
    def readings(self) -> tuple[str, ...]:
        """The word's readings with tone marks, most common first, without repeats.

        For a word shown by its parts: one reading made of each part's first reading.
        """
        if self.entries:
            return tuple(dict.fromkeys(entry.pinyin for entry in self.entries))
        pieces = [entries[0].pinyin if entries else part for part, entries in self.parts]
        return (" ".join(pieces),) if self.found else ()


def lookup(word: str, dictionary: Dictionary | None = None) -> LookupResult:
    """Look ``word`` up (loading the dictionary if no ``dictionary`` is given)."""
    dictionary = dictionary if dictionary is not None else load_dictionary()
    word = word.strip()
    entries = dictionary.entries(word)
    if entries or len(word) < 2 or not is_chinese(word):
        return LookupResult(word, entries)
    parts = tuple((part, dictionary.entries(part)) for part in dictionary.parts(word))
    return LookupResult(word, (), parts)

"""The library's errors: each is one line for the user, naming the file at fault."""

from __future__ import annotations

from wocdesk.errors import WocdeskError


class LibraryError(WocdeskError):
    """The library cannot do what was asked (bad id, the bundled article, a newer database)."""


class NewerLibraryError(LibraryError):
    """A database written by a newer wocdesk: refused, and never rewritten."""


class LibraryMovedAside(LibraryError):
    """A damaged database was moved aside and a new one started; ``moved_to`` says where."""

    def __init__(self, message: str, moved_to: str) -> None:
        super().__init__(message)
        self.moved_to = moved_to


class SourceError(WocdeskError):
    """A file that cannot be imported: what is wrong and where, in one line."""

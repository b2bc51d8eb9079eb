"""Errors of the deck export: a broken outline, an unusable template, a refused text."""

from __future__ import annotations

from pathlib import Path

from wocdesk.errors import WocdeskError, quote_name


class DeckError(WocdeskError):
    """The deck cannot be made or written (one line, naming what and where)."""


class OutlineError(DeckError):
    """A deck outline that cannot be used: the file, the slide number and the key at fault."""

    def __init__(
        self,
        message: str,
        path: str | Path | None = None,
        slide: int | None = None,
        key: str | None = None,
    ) -> None:
        self.message = message
        self.path = str(path) if path is not None else "outline"
        self.slide = slide
        self.key = key
        super().__init__(str(self))

    def __str__(self) -> str:
        # The file name and the key come from the user: quoted when they hold a line break or
        # a control character, so that the message stays one line wherever it is shown.
        where = quote_name(self.path)
        if self.slide is not None:
            from wocdesk.i18n import _

            where += ": " + _("slide {number}").format(number=self.slide)
        if self.key:
            where += f": {quote_name(self.key)}"
        return f"{where}: {self.message}"


class TemplateError(DeckError):
    """A .pptx template that cannot be used (unreadable, or without the layouts the deck needs)."""

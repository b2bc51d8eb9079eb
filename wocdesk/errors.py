"""Domain errors: bad input that wocdesk reports in one line naming what and where."""

from __future__ import annotations

from pathlib import Path


class WocdeskError(Exception):
    """Bad input from the user: shown as one line, exit code 2."""

    exit_code = 2


class ArticleError(WocdeskError):
    """An article file that cannot be used, with the file, line and field at fault."""

    def __init__(
        self,
        message: str,
        path: str | Path | None = None,
        line: int | None = None,
        field: str | None = None,
    ) -> None:
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line
        self.field = field
        super().__init__(self.__str__())

    def __str__(self) -> str:
        where = self.path or "article"
        if self.line is not None:
            where += f":{self.line}"
        what = f"{self.field}: " if self.field else ""
        return f"{where}: {what}{self.message}"


class TextCleanedWarning(UserWarning):
    """Characters that cannot be stored in XML were removed from a field."""

"""Domain errors: bad input that wocdesk reports in one line naming what and where."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path

# The longest message line wocdesk prints; a longer one is shortened in the middle.
MESSAGE_LIMIT = 400


@cache
def _unprintable() -> re.Pattern[str]:
    """Line breaks and other control characters, which would split or garble a message line.

    None of them is printable (``str.isprintable``), so most texts need no pattern; it is
    compiled when first needed, not when wocdesk starts.
    """
    return re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


class WocdeskError(Exception):
    """Bad input from the user: shown as one line, exit code 2."""

    exit_code = 2
    command_hint = ""  # what the command line adds to the line (a command that shows more)


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
        where = quote_name(self.path) if self.path else "article"
        if self.line is not None:
            where += f":{self.line}"
        what = f"{self.field}: " if self.field else ""
        return f"{where}: {what}{self.message}"


class TextCleanedWarning(UserWarning):
    """Characters that cannot be stored in XML were removed from a field."""


def quote_name(name: str | Path) -> str:
    """A file name fit for a one-line message, quoted with escapes when it needs to be.

    Quoted when it holds line breaks, control characters or leading or trailing spaces.
    """
    text = str(name)
    if text and text.strip() == text and (text.isprintable() or not _unprintable().search(text)):
        return text  # (a printable text has none of those characters: no pattern needed)
    return repr(text)


def quote_value(value: object, limit: int = 60) -> str:
    """A value given by the user, quoted for a message and shortened past ``limit`` characters."""
    text = repr(value)
    if len(text) > limit:
        text = text[: limit - 2] + "…" + text[-1]
    return text


def one_line(text: str, limit: int = MESSAGE_LIMIT) -> str:
    r"""``text`` as a single printable line of at most ``limit`` characters.

    Line breaks and control characters are shown escaped (``\\n``); a long text keeps its start
    and its end and loses the middle.
    """
    if not text.isprintable():
        text = _unprintable().sub(lambda match: repr(match.group())[1:-1], text)
    if len(text) <= limit:
        return text
    head = limit * 2 // 3
    tail = limit - head - 3
    return f"{text[:head]} … {text[-tail:]}"


def some_of(items: Iterable[str], shown: int = 8) -> str:
    """The first ``shown`` items joined by commas, then how many more there are."""
    from wocdesk.i18n import ngettext

    listed = list(items)
    if len(listed) <= shown:
        return ", ".join(listed)
    rest = len(listed) - shown
    more = ngettext("and {count} more", "and {count} more", rest).format(count=rest)
    return ", ".join(listed[:shown]) + f", … {more}"

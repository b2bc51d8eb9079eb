r"""Parse TOML with one kind of error for every file: what is wrong, "at line L, column C".

``tomllib`` says ``Illegal character '\\n' (at line 1, column 16)`` and raises RecursionError on
arrays nested a few thousand deep; :func:`parse_toml` turns both into one translated line
through the caller's error factory, for articles, outlines and settings alike.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from typing import Any

from wocdesk.errors import WocdeskError
from wocdesk.i18n import N_, _

_POSITION = re.compile(r"\s*\(at (?:line (\d+), column (\d+)|end of document)\)\s*$")
# tomllib's reasons (Python 3.11 to 3.13), translated; an unknown one is shown as it is.
_REASONS = frozenset(
    (
        N_("Cannot overwrite a value"),
        N_("Escaped character is not a Unicode scalar value"),
        N_("Expected '=' after a key in a key/value pair"),
        N_("Expected ']' at the end of a table declaration"),
        N_("Expected ']]' at the end of an array declaration"),
        N_("Expected newline or end of document after a statement"),
        N_("Invalid date or datetime"),
        N_("Invalid hex value"),
        N_("Invalid initial character for a key part"),
        N_("Invalid statement"),
        N_("Invalid value"),
        N_("Unclosed array"),
        N_("Unclosed inline table"),
        N_("Unescaped '\\' in a string"),
        N_("Unterminated string"),
    )
)
_REASON_PATTERNS = (
    (re.compile(r"^Illegal character (.+)$"), N_("Illegal character {what}")),
    (re.compile(r"^Found invalid character (.+)$"), N_("Invalid character {what}")),
    (re.compile(r"^Cannot declare (.+) twice$"), N_("Cannot declare {what} twice")),
    (re.compile(r"^Duplicate inline table key (.+)$"), N_("Duplicate inline table key {what}")),
    (re.compile(r"^Cannot mutate immutable namespace (.+)$"), N_("Cannot change {what} again")),
    (re.compile(r"^Cannot redefine namespace (.+)$"), N_("Cannot redefine {what}")),
    (re.compile(r"^Expected (.+)$"), N_("Expected {what}")),
)

ErrorFactory = Callable[[str, "int | None"], WocdeskError]


def describe_toml_error(exc: tomllib.TOMLDecodeError) -> tuple[str, int | None]:
    r"""A TOML syntax error as one translated line and the line number it names (if any).

    ``Illegal character '\\n' (at line 1, column 16)`` becomes ``not valid TOML at line 1,
    column 16: illegal character '\\n'`` and ``1``.
    """
    text = str(exc).splitlines()[0] if str(exc) else ""
    position = _POSITION.search(text)
    reason = _translated_reason(_POSITION.sub("", text).strip())
    if position and position.group(1):
        line, column = int(position.group(1)), int(position.group(2))
        message = _("not valid TOML at line {line}, column {column}: {reason}")
        return message.format(line=line, column=column, reason=reason), line
    if position:
        return _("not valid TOML at the end of the file: {reason}").format(reason=reason), None
    return _("not valid TOML: {reason}").format(reason=reason), None


def _translated_reason(reason: str) -> str:
    if reason in _REASONS:
        return _lower_first(_(reason))
    for pattern, message in _REASON_PATTERNS:
        match = pattern.match(reason)
        if match:
            return _lower_first(_(message).format(what=match.group(1)))
    return _lower_first(reason)


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[:1].isascii() else text


def parse_toml(text: str, error: ErrorFactory) -> dict[str, Any]:
    """The TOML document ``text``, or ``error(message, line)`` raised for a syntax error.

    Values nested too deeply for the parser (thousands of brackets) are refused the same way.
    """
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message, line = describe_toml_error(exc)
        raise error(message, line) from None
    except RecursionError:
        raise error(_deep_message(), _deepest_line(text)) from None


def _deep_message() -> str:
    return _("not valid TOML: values are nested too deeply")


def _deepest_line(text: str) -> int | None:
    """The line where brackets first nest past a hundred deep (a rough guide for the message)."""
    depth = 0
    line = 1
    for char in text:
        if char == "\n":
            line += 1
        elif char in "[{":
            depth += 1
            if depth > 100:
                return line
        elif char in "]}":
            depth = max(depth - 1, 0)
    return None

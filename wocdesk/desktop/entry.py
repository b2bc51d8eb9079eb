"""The freedesktop ``.desktop`` entry: the installed command, quoted as the specification says."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from wocdesk.desktop.identity import APP_ID, COMMAND
from wocdesk.errors import WocdeskError
from wocdesk.i18n import _
from wocdesk.resources import resource

# Characters that oblige an Exec argument to be quoted (Desktop Entry Specification, "Exec").
_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")
_ESCAPED_IN_QUOTES = frozenset('"`$\\')


def launcher_command() -> list[str]:
    """The command that starts this installation of wocdesk, by absolute paths.

    A standalone bundle runs its own executable; an installed package the ``wocdesk`` script
    beside its Python (the venv's ``bin``), else the one on ``PATH``, else ``python -m wocdesk``.
    """
    if getattr(sys, "frozen", False):
        return [str(Path(sys.executable).absolute())]
    beside = Path(sys.executable).absolute().parent / COMMAND
    if beside.is_file():
        return [str(beside)]
    found = shutil.which(COMMAND)
    if found:
        return [str(Path(found).absolute())]
    return [str(Path(sys.executable).absolute()), "-m", COMMAND]


def exec_argument(argument: str) -> str:
    """One argument of an ``Exec`` key: quoted when needed, ``%`` doubled, escapes applied."""
    if any(c in argument for c in "\n\r\t") or not argument.isprintable():
        raise WocdeskError(
            _("{path}: a launcher cannot name a path with control characters").format(
                path=repr(argument)
            )
        )
    text = argument.replace("%", "%%")
    if any(c in _RESERVED for c in text):
        text = '"' + "".join("\\" + c if c in _ESCAPED_IN_QUOTES else c for c in text) + '"'
    return text.replace("\\", "\\\\")  # the string-level escape comes on top of the quoting


def string_value(text: str) -> str:
    """A plain string value of a desktop entry (backslashes escaped)."""
    return text.replace("\\", "\\\\")


def desktop_entry_text(command: list[str] | None = None) -> str:
    """The launcher's text for ``command`` (default: this installation's), its icon by the id."""
    command = command or launcher_command()
    template = resource("icons", "wocdesk.desktop.in").read_text(encoding="utf-8")
    exec_line = " ".join(exec_argument(part) for part in command)
    text = template.replace("@EXEC@", exec_line).replace("@TRYEXEC@", string_value(command[0]))
    return text.replace("@APP_ID@", APP_ID)

"""Read input files safely: regular files only, never blocking, with a size limit; then UTF-8.

Every file wocdesk reads from the user (articles, raw texts, outlines, templates) goes through
:func:`read_input` (bytes) or :func:`read_utf8` (text). A named pipe, a device, a socket or a
folder is refused before it is opened, so nothing blocks or reads forever; a file over the
limit is refused with the limit named. Writing lives in :mod:`wocdesk.content.destination`
(re-exported here).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from wocdesk.content.destination import (
    DestinationError,
    check_destination,
    write_atomically,
    write_text_atomically,
)
from wocdesk.content.file_kind import file_kind
from wocdesk.errors import WocdeskError
from wocdesk.i18n import _

__all__ = [
    "BINARY_LIMIT",
    "TEXT_LIMIT",
    "DestinationError",
    "check_destination",
    "check_input",
    "file_kind",
    "read_input",
    "read_utf8",
    "write_atomically",
    "write_text_atomically",
]

MB = 1024 * 1024
TEXT_LIMIT = 50 * MB  # articles, raw texts, outlines: a 1,000-page book is about 3 MB
BINARY_LIMIT = 200 * MB  # .pptx templates

ErrorFactory = Callable[[str, "int | None"], WocdeskError]
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)  # a pipe swapped in after the check still cannot block
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


def check_input(path: Path, noun: str, error: ErrorFactory, *, limit: int = TEXT_LIMIT) -> None:
    """Raise ``error(message, None)`` unless ``path`` is a regular file of at most ``limit`` bytes.

    Only looks (``stat``), opens nothing: for code that reads the file later by other means.
    """
    try:
        info = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        raise error(_("no such file"), None) from None
    except OSError as exc:
        raise error(_("cannot be read ({reason})").format(reason=exc.strerror), None) from None
    _check_kind(info.st_mode, noun, error)
    if info.st_size > limit:
        raise error(_too_large(limit), None)


def read_input(path: Path, noun: str, error: ErrorFactory, *, limit: int = TEXT_LIMIT) -> bytes:
    """The bytes of the regular file ``path``, or ``error(message, None)`` raised.

    ``noun`` says, translated, what the file should have been (``_("an article file")``). A
    missing or unreadable file, a folder, a named pipe, a device or a socket, and a file over
    ``limit`` bytes are each refused with one message; nothing is opened that could block.
    """
    check_input(path, noun, error, limit=limit)
    try:
        handle = os.open(path, _OPEN_FLAGS)
    except OSError as exc:
        raise error(_("cannot be read ({reason})").format(reason=exc.strerror), None) from None
    try:
        _check_kind(os.fstat(handle).st_mode, noun, error)  # it may have been swapped meanwhile
        chunks: list[bytes] = []
        total = 0
        while True:
            chunk = os.read(handle, min(limit + 1 - total, 4 * MB) or 1)
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                raise error(_too_large(limit), None)
    except OSError as exc:
        raise error(_("cannot be read ({reason})").format(reason=exc.strerror), None) from None
    finally:
        os.close(handle)
    return b"".join(chunks)


def _check_kind(mode: int, noun: str, error: ErrorFactory) -> None:
    kind = file_kind(mode)
    if kind is not None:
        raise error(_("is {kind}, not {noun}").format(kind=kind, noun=noun), None)


def _too_large(limit: int) -> str:
    return _("is larger than {limit}, the most wocdesk reads from one file").format(
        limit=_("{size} MB").format(size=limit // MB) if limit >= MB else f"{limit} B"
    )


def read_utf8(path: Path, noun: str, error: ErrorFactory, *, limit: int = TEXT_LIMIT) -> str:
    """The UTF-8 text of ``path`` (a BOM is dropped), or ``error(message, line)`` raised.

    Reads through :func:`read_input` (regular files only, at most ``limit`` bytes). ``noun``
    says, translated, what the file should have been (``_("an article file")``); ``line`` is
    the line of the first byte that is not UTF-8, else ``None``.
    """
    raw = read_input(path, noun, error, limit=limit)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise error(_("is not UTF-8 text"), raw[: exc.start].count(b"\n") + 1) from None

"""Read a small UTF-8 input file without hanging: FIFOs, devices and folders are refused.

The file is opened without blocking and checked with ``fstat`` on the opened descriptor, so a
FIFO, a terminal or ``/dev/zero`` is refused at once and nothing is read past ``limit`` bytes.
(Outlines and key point files use this until one shared input reader serves every file.)
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable
from pathlib import Path

from wocdesk.errors import WocdeskError
from wocdesk.i18n import _


def read_small_text(
    path: Path,
    noun: str,
    limit: int,
    error: Callable[[str, int | None], WocdeskError],
) -> str:
    """The UTF-8 text of the regular file ``path`` (a BOM dropped), at most ``limit`` bytes.

    ``error(message, line)`` builds the exception raised for a refusal; ``line`` is the line of
    the first byte that is not UTF-8, else ``None``.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    not_regular = _("is not a regular file (a pipe, device or socket), not {noun}")
    try:
        handle = os.open(path, flags)
    except FileNotFoundError:
        raise error(_("no such file"), None) from None
    except IsADirectoryError:
        raise error(_("is a folder, not {noun}").format(noun=noun), None) from None
    except OSError as exc:
        if exc.errno == errno.ENXIO:  # a socket or a FIFO that cannot be opened
            raise error(not_regular.format(noun=noun), None) from None
        raise error(_("cannot be read ({reason})").format(reason=exc.strerror), None) from None
    try:
        info = os.fstat(handle)
        if stat.S_ISDIR(info.st_mode):
            raise error(_("is a folder, not {noun}").format(noun=noun), None)
        if not stat.S_ISREG(info.st_mode):
            raise error(not_regular.format(noun=noun), None)
        if info.st_size > limit:
            raise error(_too_large(noun, limit), None)
        raw = _read_up_to(handle, limit + 1)
    except OSError as exc:
        raise error(_("cannot be read ({reason})").format(reason=exc.strerror), None) from None
    finally:
        os.close(handle)
    if len(raw) > limit:  # it grew while being read
        raise error(_too_large(noun, limit), None)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise error(_("is not UTF-8 text"), raw[: exc.start].count(b"\n") + 1) from None


def _read_up_to(handle: int, count: int) -> bytes:
    chunks = []
    left = count
    while left > 0:
        chunk = os.read(handle, min(left, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _too_large(noun: str, limit: int) -> str:
    return _("is too large for {noun} (at most {size} MB)").format(noun=noun, size=limit >> 20)

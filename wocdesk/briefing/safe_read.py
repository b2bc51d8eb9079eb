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
    try:
        handle = os.open(path, flags)
    except FileNotFoundError:
        raise error("no such file", None) from None
    except IsADirectoryError:
        raise error(f"is a folder, not {noun}", None) from None
    except OSError as exc:
        if exc.errno == errno.ENXIO:  # a FIFO or socket nobody writes to
            raise error(f"is not a regular file, not {noun}", None) from None
        raise error(f"cannot be read ({exc.strerror})", None) from None
    try:
        info = os.fstat(handle)
        if stat.S_ISDIR(info.st_mode):
            raise error(f"is a folder, not {noun}", None)
        if not stat.S_ISREG(info.st_mode):
            raise error(f"is not a regular file (a pipe, device or socket), not {noun}", None)
        if info.st_size > limit:
            raise error(
                f"is too large for {noun} ({_size(info.st_size)}; at most {_size(limit)})", None
            )
        raw = _read_up_to(handle, limit + 1)
    except OSError as exc:
        raise error(f"cannot be read ({exc.strerror})", None) from None
    finally:
        os.close(handle)
    if len(raw) > limit:  # it grew while being read
        raise error(f"is too large for {noun} (at most {_size(limit)})", None)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise error("is not UTF-8 text", raw[: exc.start].count(b"\n") + 1) from None


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


def _size(count: int) -> str:
    return f"{count / (1 << 20):.1f} MB" if count >= 1 << 20 else f"{count:,} bytes"

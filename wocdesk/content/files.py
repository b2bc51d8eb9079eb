"""Write files safely: to a temporary file beside the target, then replace it in one step."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from wocdesk.errors import WocdeskError


def read_utf8(path: Path, noun: str, error: Callable[[str, int | None], WocdeskError]) -> str:
    """The UTF-8 text of ``path`` (a BOM is dropped), or ``error(message, line)`` raised.

    ``noun`` says what the file should have been ("an article file"); ``line`` is the line of
    the first byte that is not UTF-8, else ``None``.
    """
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise error("no such file", None) from None
    except IsADirectoryError:
        raise error(f"is a folder, not {noun}", None) from None
    except OSError as exc:
        raise error(f"cannot be read ({exc.strerror})", None) from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise error("is not UTF-8 text", raw[: exc.start].count(b"\n") + 1) from None


class DestinationError(WocdeskError):
    """A destination that cannot be written."""


def check_destination(path: Path) -> Path:
    """Return ``path`` resolved, or raise a one-line error saying why it cannot be written."""
    target = path.expanduser()
    if target.is_dir():
        raise DestinationError(f"{target}: is a folder; give a file name")
    parent = target.parent if str(target.parent) else Path(".")
    if not parent.exists():
        raise DestinationError(f"{target}: the folder {parent} does not exist")
    if not parent.is_dir():
        raise DestinationError(f"{target}: {parent} is not a folder")
    if not os.access(parent, os.W_OK):
        raise DestinationError(f"{target}: the folder {parent} is not writable")
    if target.exists() and (
        not os.access(target, os.W_OK) or not target.stat().st_mode & 0o222
    ):  # the mode bits too: root may write anything, but a read-only file is meant to stay
        raise DestinationError(f"{target}: the file is read-only")
    return target


def write_atomically(path: Path, write: Callable[[Path], None]) -> Path:
    """Call ``write(temporary)`` then move it over ``path``; on failure ``path`` is untouched.

    The system's refusals (a full disk, a folder that became read-only) become one
    :class:`DestinationError` naming the file.
    """
    target = check_destination(path)
    try:
        handle, temporary_name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".part", dir=target.parent or "."
        )
    except OSError as exc:
        raise DestinationError(f"{target}: cannot be written ({exc.strerror})") from None
    os.close(handle)
    temporary = Path(temporary_name)
    try:
        write(temporary)
        if target.exists():
            os.chmod(temporary, target.stat().st_mode & 0o777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, target)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise DestinationError(f"{target}: cannot be written ({exc.strerror})") from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return target


def write_text_atomically(path: Path, text: str) -> Path:
    """Write ``text`` as UTF-8 to ``path`` atomically."""

    def write(temporary: Path) -> None:
        temporary.write_text(text, encoding="utf-8")

    return write_atomically(path, write)

"""Write files safely: to a temporary part beside the target, then replace the target in one step.

A destination reached through a symbolic link is written at the link's target (the link stays);
a named pipe, a device, a socket or a folder is refused in one line. The temporary part is named
``.NAME.PID-XXXXXXXX.part``: it is removed when the write fails, when the process is told to stop
(SIGTERM, SIGINT, SIGHUP, see :func:`install_signal_cleanup`), and, after a process was killed
outright, by the next write into the same folder (its process no longer exists).
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import stat
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType
from typing import Any

from wocdesk.content.file_kind import file_kind
from wocdesk.errors import WocdeskError, quote_name
from wocdesk.i18n import _

PART_SUFFIX = ".part"
_PART_NAME = re.compile(r"^\..+\.(?P<pid>\d{1,10})-[a-z0-9_]{8}\.part$")
_NAME_KEPT = 100  # of the target's name in the part's name (the whole must fit in 255 bytes)
CLEANUP_SIGNALS = ("SIGTERM", "SIGINT", "SIGHUP")

_live: set[str] = set()  # this process's parts being written
_previous_handlers: dict[int, Any] = {}


class DestinationError(WocdeskError):
    """A destination that cannot be written."""


def check_destination(path: str | Path) -> Path:
    """The file to write for ``path``, or a one-line :class:`DestinationError` saying why not.

    The result is ``path`` itself, or the file a symbolic link ``path`` points to. Refused: an
    empty name, a folder, a named pipe, a device or a socket, a missing or read-only folder, a
    read-only file.
    """
    raw = os.fspath(path)
    if not raw.strip():
        raise DestinationError(_("the file name is empty; give a file name"))
    given = Path(raw).expanduser()
    name = quote_name(given)
    target = Path(os.path.realpath(given)) if given.is_symlink() else given
    try:
        info: os.stat_result | None = os.stat(target)
    except (FileNotFoundError, NotADirectoryError):
        info = None
    except OSError as exc:
        raise DestinationError(
            _("{file}: cannot be written ({reason})").format(file=name, reason=exc.strerror)
        ) from None
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise DestinationError(_("{file}: is a folder; give a file name").format(file=name))
    if info is not None and not stat.S_ISREG(info.st_mode):
        raise DestinationError(
            _("{file}: is {kind}; wocdesk writes only regular files").format(
                file=name, kind=file_kind(info.st_mode)
            )
        )
    parent = target.parent if str(target.parent) else Path(".")
    folder = quote_name(parent)
    if not parent.exists():
        raise DestinationError(
            _("{file}: the folder {folder} does not exist").format(file=name, folder=folder)
        )
    if not parent.is_dir():
        raise DestinationError(
            _("{file}: {folder} is not a folder").format(file=name, folder=folder)
        )
    if not os.access(parent, os.W_OK):
        raise DestinationError(
            _("{file}: the folder {folder} is not writable").format(file=name, folder=folder)
        )
    if info is not None and (not os.access(target, os.W_OK) or not info.st_mode & 0o222):
        # the mode bits too: root may write anything, but a read-only file is meant to stay
        raise DestinationError(_("{file}: the file is read-only").format(file=name))
    return target


def write_atomically(path: str | Path, write: Callable[[Path], None]) -> Path:
    """Call ``write(part)`` then move the part over ``path``; on failure ``path`` is untouched.

    Returns the file written (the target of ``path`` when it is a symbolic link). The system's
    refusals (a full disk, a folder that became read-only) become one :class:`DestinationError`
    naming the file.
    """
    target = check_destination(path)
    name = quote_name(path)
    folder = target.parent if str(target.parent) else Path(".")
    remove_stale_parts(folder)
    import tempfile

    with _signals_held():
        try:
            handle, part_name = tempfile.mkstemp(
                prefix=f".{target.name[:_NAME_KEPT]}.{os.getpid()}-",
                suffix=PART_SUFFIX,
                dir=folder,
            )
        except OSError as exc:
            raise DestinationError(_cannot_write(name, exc)) from None
        _live.add(part_name)
    part = Path(part_name)
    try:
        os.close(handle)
        write(part)
        if target.exists():
            os.chmod(part, target.stat().st_mode & 0o777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(part, 0o666 & ~umask)
        os.replace(part, target)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise DestinationError(_cannot_write(name, exc)) from None
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    finally:
        _live.discard(part_name)
    return target


def _cannot_write(name: str, exc: OSError) -> str:
    return _("{file}: cannot be written ({reason})").format(
        file=name, reason=exc.strerror or type(exc).__name__
    )


def write_text_atomically(path: str | Path, text: str) -> Path:
    """Write ``text`` as UTF-8 to ``path`` atomically; returns the file written."""

    def write(part: Path) -> None:
        with open(part, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)

    return write_atomically(path, write)


# -- leftovers of writes that did not finish ------------------------------------------------------
def remove_stale_parts(folder: Path) -> list[Path]:
    """Remove the parts in ``folder`` left by wocdesk processes that no longer run; return them."""
    if os.name != "posix":  # no cheap, harmless "is this process alive?" elsewhere
        return []
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    for entry in entries:
        match = _PART_NAME.match(entry.name)
        if not match or _process_exists(int(match.group("pid"))):
            continue
        with contextlib.suppress(OSError):
            if entry.is_file(follow_symlinks=False):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
    return removed


def _process_exists(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, ValueError, OSError):
        return True  # someone else's, or not a pid at all: leave the file alone
    return True


def remove_live_parts() -> None:
    """Remove this process's parts still being written (it is about to stop)."""
    for name in list(_live):
        with contextlib.suppress(OSError):
            os.unlink(name)
        _live.discard(name)


def install_signal_cleanup() -> None:
    """Remove unfinished parts when the process gets SIGTERM, SIGINT or SIGHUP, then stop as before.

    Call it once from the main thread at start-up (the command line does; a window that writes
    from worker threads should too). Signals that were ignored stay ignored; an existing handler
    still runs after the clean-up. Calling it again does nothing.
    """
    if threading.current_thread() is not threading.main_thread():
        return
    for signal_name in CLEANUP_SIGNALS:
        number = getattr(signal, signal_name, None)
        if number is None or number in _previous_handlers:
            continue
        try:
            previous = signal.getsignal(number)
            if previous == signal.SIG_IGN:
                continue
            signal.signal(number, _on_stop_signal)
        except (ValueError, OSError):
            continue
        _previous_handlers[number] = previous


def _on_stop_signal(number: int, frame: FrameType | None) -> None:
    remove_live_parts()
    previous = _previous_handlers.get(number)
    if callable(previous):
        previous(number, frame)
        return
    signal.signal(number, signal.SIG_DFL)  # stop the way the signal stops a process
    os.kill(os.getpid(), number)


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Hold stop signals while a part is created and registered, so none is left unregistered."""
    numbers = {getattr(signal, n) for n in CLEANUP_SIGNALS if hasattr(signal, n)}
    mask = getattr(signal, "pthread_sigmask", None)
    if mask is None or threading.current_thread() is not threading.main_thread():
        yield
        return
    old = mask(signal.SIG_BLOCK, numbers)
    try:
        yield
    finally:
        mask(signal.SIG_SETMASK, old)

"""What kind of file a path is, in words, for the one-line refusals of inputs and outputs."""

from __future__ import annotations

import stat

from wocdesk.i18n import _


def file_kind(mode: int) -> str | None:
    """What a non-regular file is, in words ("a named pipe (FIFO)"); ``None`` for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return _("a folder")
    if stat.S_ISFIFO(mode):
        return _("a named pipe (FIFO)")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return _("a device")
    if stat.S_ISSOCK(mode):
        return _("a socket")
    return _("not a regular file")

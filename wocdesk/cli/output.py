"""Print to standard output, turning a closed, full or failing output into one error line."""

from __future__ import annotations

import os
import sys

from wocdesk.errors import WocdeskError


def print_out(text: str) -> None:
    """Write ``text`` to standard output and flush it.

    A broken pipe propagates (the command line ends quietly); a closed output, a full disk
    (``> /dev/full``) or another failure becomes a :class:`WocdeskError` (one line, exit 2).
    """
    from wocdesk.i18n import _

    stream = sys.stdout
    if stream is None:
        raise WocdeskError(_("the standard output is closed; there is nowhere to print"))
    try:
        stream.write(text)
        stream.flush()
    except BrokenPipeError:
        raise
    except (OSError, ValueError) as exc:
        reason = getattr(exc, "strerror", None) or _("it is closed")
        discard_stdout()
        raise WocdeskError(
            _("cannot print to the standard output ({reason})").format(reason=reason)
        ) from None


def discard_stdout() -> None:
    """Send what is left for standard output nowhere, so that exiting does not fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass

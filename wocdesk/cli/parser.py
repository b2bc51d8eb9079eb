"""An argument parser that reports bad options in one line, in the interface language, exit 2."""

from __future__ import annotations

import argparse
import re
import sys
from functools import cache
from typing import NoReturn

from wocdesk.errors import one_line
from wocdesk.i18n import N_, _

# argparse's own messages (Python 3.11 to 3.13), by what they say; others are shown as they are.
_ARGPARSE_MESSAGES = (
    (r"^unrecognized arguments: (.*)$", N_("unrecognized arguments: {0}")),
    (
        r"^argument (.+?): expected one argument$",
        N_("argument {0}: expected one argument"),
    ),
    (
        r"^argument (.+?): invalid choice: (.+?) \(choose from (.*)\)$",
        N_("argument {0}: invalid choice: {1} (choose from {2})"),
    ),
    (
        r"^the following arguments are required: (.*)$",
        N_("the following arguments are required: {0}"),
    ),
    (
        r"^argument (.+?): ignored explicit argument (.*)$",
        N_("argument {0}: takes no value, not {1}"),
    ),
    (
        r"^ambiguous option: (.+?) could match (.*)$",
        N_("ambiguous option: {0} could be {1}"),
    ),
    (r"^argument (.+?): (.*)$", N_("argument {0}: {1}")),
)


@cache
def _argparse_messages() -> tuple[tuple[re.Pattern[str], str], ...]:
    """The patterns of argparse's messages, compiled when a message is first translated."""
    return tuple((re.compile(pattern), msgid) for pattern, msgid in _ARGPARSE_MESSAGES)


def translate_argparse(message: str) -> str:
    """One of argparse's messages in the interface language (as it is when not known)."""
    for pattern, msgid in _argparse_messages():
        match = pattern.match(message)
        if match:
            return _(msgid).format(*match.groups())
    return message


class OneLineParser(argparse.ArgumentParser):
    """``argparse`` with errors on one line: what is wrong and where to look for help."""

    def error(self, message: str) -> NoReturn:
        """Print ``prog: error: message (see prog --help)`` and exit with code 2."""
        line = _("{prog}: error: {message} (see {prog} --help)").format(
            prog=self.prog, message=translate_argparse(message)
        )
        sys.stderr.write(one_line(line) + "\n")
        raise SystemExit(2)

"""How a launcher's ``wocdesk FILE…`` (the ``%F`` of the desktop entry) reaches the window."""

from __future__ import annotations

import os
import sys
from collections.abc import Collection, Sequence


def files_as_article(
    argv: Sequence[str], commands: Collection[str], value_options: Collection[str]
) -> list[str]:
    """``argv`` with files given in place of a command turned into ``--article FIRST``.

    A token is taken for a file when it names one, or looks like a path (a folder separator or
    a dot in it: "my article.toml").

    A file manager's "Open with wocdesk" runs ``wocdesk PATH…``. The first path opens; the
    others are named on stderr, since the window shows one article at a time.
    """
    tokens = list(argv)
    options: list[str] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token == "--":
            index += 1
            break
        if token in commands:
            return tokens
        if not token.startswith("-") or token == "-":
            break
        width = 2 if token in value_options else 1
        options.extend(tokens[index : index + width])
        index += width
    files = tokens[index:]
    if not files or not _is_path(files[0]):
        return tokens  # a mistyped command still gets argparse's "invalid choice"
    from wocdesk.i18n import _

    for skipped in files[1:]:
        sys.stderr.write(
            _("wocdesk: opens one file at a time; not opening {path}").format(path=skipped) + "\n"
        )
    return [*options, "--article", files[0]]


def _is_path(token: str) -> bool:
    return os.sep in token or "." in token or os.path.exists(token)

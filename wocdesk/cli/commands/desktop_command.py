"""``wocdesk desktop-entry install|remove``: the applications-menu launcher, icons and metainfo."""

from __future__ import annotations

import argparse
from typing import Any

from wocdesk.desktop.identity import APP_ID

NAME = "desktop-entry"


def add_parser(subparsers: Any) -> None:
    """Declare ``wocdesk desktop-entry``."""
    parser = subparsers.add_parser(
        NAME,
        help="add wocdesk to the applications menu (or take it away)",
        description=f"install: write a freedesktop launcher ({APP_ID}.desktop) that runs this "
        "wocdesk and opens article, text, .docx and .html files, the icon in every size, the "
        "article file type and AppStream metainfo under $XDG_DATA_HOME (~/.local/share), all "
        f"named after the application id {APP_ID}. remove: delete exactly those files, and "
        "those of earlier versions named wocdesk.*. Linux and other freedesktop systems only.",
    )
    parser.add_argument("action", choices=("install", "remove"), help="install or remove")


def run(args: argparse.Namespace) -> int:
    """Install or remove, printing one line per file written or removed."""
    from wocdesk.desktop.install import DesktopPaths, install_desktop_entry, remove_desktop_entry

    paths = DesktopPaths.for_user()
    if args.action == "install":
        install_desktop_entry(paths, print)
    else:
        remove_desktop_entry(paths, print)
    return 0

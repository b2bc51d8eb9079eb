"""Where the library lives: the platform's data folder (``$XDG_DATA_HOME/wocdesk`` on Linux)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

FILE_NAME = "library.sqlite3"
ENV_LIBRARY = "WOCDESK_LIBRARY"


def data_dir() -> Path:
    """The data folder: ``$XDG_DATA_HOME/wocdesk`` (``~/.local/share/wocdesk``) on Linux.

    Elsewhere the platform's own place, through platformdirs (``~/Library/Application Support``
    on macOS, ``%LOCALAPPDATA%`` on Windows).
    """
    if sys.platform.startswith("linux") or os.environ.get("XDG_DATA_HOME"):
        base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
        return Path(base) / "wocdesk"
    from platformdirs import user_data_path

    return user_data_path("wocdesk", appauthor=False)


def library_path() -> Path:
    """The library database: ``$WOCDESK_LIBRARY`` when set, else ``library.sqlite3`` there."""
    chosen = os.environ.get(ENV_LIBRARY)
    return Path(chosen).expanduser() if chosen else data_dir() / FILE_NAME

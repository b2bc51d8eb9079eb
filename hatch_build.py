"""Build hook: compile the interface's Babel catalogs (.po → .mo) for every wheel, editable too.

Nothing compiled is kept in the repository. ``wocdesk.i18n.catalogs`` compiles each .po beside
itself under the name it looks for (``wocdesk-<crc32 of the .po>.mo``, so an edited .po is never
shadowed by an old .mo), and the wheel's ``force-include`` of ``resources/locale`` carries it
although git ignores it.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CustomBuildHook(BuildHookInterface):  # type: ignore[misc]
    """Compile the catalogs before the wheel's files are collected."""

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        """Compile every catalog beside its .po (needing only Babel, a build requirement)."""
        sys.path.insert(0, str(Path(self.root)))
        try:
            from wocdesk.i18n.catalogs import compile_catalogs

            compile_catalogs()
        finally:
            sys.path.pop(0)

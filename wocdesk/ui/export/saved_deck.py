"""The deck the export dialog has just written: Open, Show in folder, and the status saying so.

When no program can open the deck or its folder (no file manager, say), the status line says
so under "Saved …", naming the file or folder, in the interface language (again after a
switch); Qt only writes its failure to the standard error.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel

from wocdesk.errors import quote_name
from wocdesk.i18n import _

PROBLEM_STYLE = "color: #B42318;"


class SavedDeck:
    """The written deck (``path``, ``None`` before a success) and what the status line says."""

    def __init__(self, status: QLabel) -> None:
        self.status = status
        self.path: Path | None = None
        self._problem: Callable[[], str] | None = None  # said under "Saved …"

    def saved(self, path: Path) -> None:
        """The export wrote ``path``: say so."""
        self.path, self._problem = path, None
        self.say()

    def clear(self) -> None:
        """A new export starts: nothing is written yet."""
        self.path, self._problem = None, None

    def say(self) -> None:
        """Show "Saved …" (and a problem since) in the interface language."""
        if self.path is None:
            return
        lines = [_("Saved {path}").format(path=self.path)]
        if self._problem is not None:
            lines.append(self._problem())
        self.status.setStyleSheet(PROBLEM_STYLE if self._problem else "")
        self.status.setText("\n".join(lines))

    def open_file(self) -> bool:
        """Open the deck in the system's presentation program; say so if none can."""
        path = self.path
        if path is None:
            return False
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            return True
        self._say(
            lambda: _("No program could be started to open {file}.").format(file=quote_name(path))
        )
        return False

    def show_in_folder(self) -> bool:
        """Open the folder holding the deck; say so, naming the folder, if nothing can."""
        if self.path is None:
            return False
        folder = self.path.parent
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            return True
        self._say(
            lambda: _("No file manager could be started to show the folder {folder}.").format(
                folder=quote_name(folder)
            )
        )
        return False

    def _say(self, problem: Callable[[], str]) -> None:
        self._problem = problem
        self.say()

"""A path field of the export dialog (a line edit with Browse… and Clear), and where decks go."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget


def documents_folder() -> Path:
    """The user's Documents folder (the home folder if there is none)."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location and Path(location).is_dir() else Path.home()


class PathRow(QWidget):
    """A line edit with a Browse… button (and an optional Clear button)."""

    def __init__(self, parent: QWidget, clearable: bool = False) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(self)
        self.browse = QPushButton(self)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.browse)
        self.clear: QPushButton | None = None
        if clearable:
            self.clear = QPushButton(self)
            self.clear.clicked.connect(self.edit.clear)
            layout.addWidget(self.clear)

    def path(self) -> Path | None:
        """The path typed or chosen, or None when empty."""
        text = self.edit.text().strip()
        return Path(text).expanduser() if text else None

"""An outline file field bound to the reader's outline: a file chosen there becomes the outline."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget

from wocdesk.ui.app.plain_text import plain_labels
from wocdesk.ui.outline.document import OutlineDocument
from wocdesk.ui.outline.panel.slide_list import PROBLEM_COLOR


class PathField(Protocol):
    """A line edit with an optional Clear button (the export dialog's outline row)."""

    edit: QLineEdit
    clear: QPushButton | None

    def path(self) -> Path | None:
        """The path typed or chosen, or ``None`` when empty."""
        ...


class OutlineField(QObject):
    """Keeps an outline file field and the reader's outline document in step.

    Typing a file (when the field is left), choosing one or clearing the field (the
    article's own outline) changes the document, after asking about unsaved edits; the
    field follows the document when the outline changes elsewhere. ``problem`` is a label
    with the outline's first problem, hidden when there is none; ``changed`` follows every
    change of the outline.
    """

    changed = Signal()

    def __init__(self, row: PathField, document: OutlineDocument, parent: QWidget) -> None:
        super().__init__(parent)
        self.row = row
        self.document = document
        self._parent = parent
        self.problem = QLabel(parent)
        self.problem.setObjectName("outline-problem")
        plain_labels(self.problem)  # the line quotes ids from the outline file
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {PROBLEM_COLOR};")
        row.edit.editingFinished.connect(self.apply)
        if row.clear is not None:
            row.clear.clicked.connect(self.apply)
        document.reset.connect(self.update)
        document.slide_changed.connect(self.update)
        self.update()

    def choose(self, path: str | Path) -> None:
        """Put ``path`` in the field and use it."""
        self.row.edit.setText(str(path))
        self.apply()

    def apply(self) -> None:
        """Make the field's file the outline (empty: the article's own)."""
        from wocdesk.ui.outline.saving import may_drop_edits

        path = self.row.path()
        if path == self.document.source:
            return
        if not may_drop_edits(self._parent, self.document):
            self.update()  # the field shows the outline kept
            return
        if path is None:
            self.document.use_own()
        else:
            self.document.load_file(path)

    def update(self, *_args: object) -> None:
        """Show the document's file and first problem."""
        source = self.document.source
        if self.row.path() != source:
            self.row.edit.setText(str(source) if source is not None else "")
        problem = self.document.first_problem()
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.changed.emit()

"""What a batch of imports found: one line per file, in a small window that does not block."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from wocdesk.i18n import _, interface_language, ngettext
from wocdesk.ui.app.language import translate_ui
from wocdesk.ui.app.plain_text import plain_labels
from wocdesk.ui.library.importing.import_jobs import ImportResult


def result_line(result: ImportResult) -> str:
    """One line for one file: what was found and not used, or why nothing was added."""
    name = result.path.name
    title = " ".join(result.title.best(interface_language()).split())
    if result.status == "failed":
        return result.message
    if result.status == "duplicate":
        twin = result.twins[-1] if result.twins else None
        return _("{file}: already in the library as {id} ({title}); nothing added").format(
            file=name,
            id=twin.id if twin else "?",
            title=" ".join(twin.title.best(interface_language()).split()) if twin else title,
        )
    report = result.report.summary() if result.report is not None else ""
    if result.status == "replaced":
        return _("{file}: replaced {id} ({title}): {report}").format(
            file=name, id=result.article_id, title=title, report=report
        )
    return _("{file}: added as {id} ({title}): {report}").format(
        file=name, id=result.article_id, title=title, report=report
    )


def batch_line(results: Sequence[ImportResult]) -> str:
    """One line for the status bar: how many files were imported and how many could not be."""
    stored = sum(1 for r in results if r.status in ("added", "replaced"))
    failed = sum(1 for r in results if r.status == "failed")
    same = sum(1 for r in results if r.status == "duplicate")
    parts = [ngettext("{n} file imported", "{n} files imported", stored).format(n=stored)]
    if same:
        parts.append(
            ngettext("{n} already in the library", "{n} already in the library", same).format(
                n=same
            )
        )
    if failed:
        parts.append(
            ngettext("{n} could not be used", "{n} could not be used", failed).format(n=failed)
        )
    return _("; ").join(parts)


class ImportSummary(QDialog):
    """Lists what each file of the last imports held; the window stays usable meanwhile."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import-summary")
        self.setModal(False)
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.heading = QLabel(self)
        plain_labels(self.heading)
        self.heading.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("import-summary-text")
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.close)
        self.finished.connect(self.clear)  # closed in any way: Close, the title bar or Esc
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.buttons)
        self.resize(680, 360)
        self._results: list[ImportResult] = []
        translate_ui(self)

    def show_results(self, results: Sequence[ImportResult]) -> None:
        """Show one line per file (the latest batch first) and bring the window up."""
        self._results = list(results) + self._results
        self._fill()
        self.show()
        self.raise_()

    def lines(self) -> list[str]:
        """The lines shown, top to bottom."""
        return [result_line(result) for result in self._results]

    def clear(self) -> None:
        """Forget the results shown (when the window is closed)."""
        self._results = []
        self.text.clear()

    def _fill(self) -> None:
        self.text.setPlainText("\n\n".join(self.lines()))
        self.heading.setText(batch_line(self._results))

    def retranslate_ui(self) -> None:
        """The title and the lines in the interface language."""
        self.setWindowTitle(_("Imported into the library"))
        self._fill()

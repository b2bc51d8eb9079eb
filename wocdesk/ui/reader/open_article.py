"""Open an article file or a raw bilingual text (through the importer), from a dialog or a path."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from wocdesk.errors import WocdeskError
from wocdesk.i18n import _
from wocdesk.model.article import Article
from wocdesk.ui.app.plain_text import literal_markup

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


def load_article_or_text(path: str | Path) -> Article:
    """An article from an article file (.toml) or a raw bilingual text; ``WocdeskError`` if bad."""
    from wocdesk.content.opening import open_article

    return open_article(path)


def ask_article_path(parent: QWidget, start: str = "") -> Path | None:
    """Ask for an article or text file; ``None`` when cancelled."""
    from PySide6.QtWidgets import QFileDialog

    name, _filter = QFileDialog.getOpenFileName(
        parent,
        _("Open article"),
        start,
        _("Articles and bilingual texts (*.toml *.txt);;All files (*)"),
    )
    return Path(name) if name else None


def report_bad_article(parent: QWidget, error: WocdeskError) -> None:
    """Say what is wrong with a file and where; the current article stays open."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, _("Cannot open the article"), "", parent=parent)
    box.setText(_("This file cannot be opened as an article. The current article stays open."))
    box.setInformativeText(literal_markup(str(error)))
    box.setObjectName("bad-article-dialog")
    box.exec()

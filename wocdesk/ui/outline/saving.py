"""Saving an outline as TOML, and asking before unsaved edits of an outline are lost."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from wocdesk.errors import WocdeskError
from wocdesk.i18n import _
from wocdesk.ui.app.plain_text import literal_markup
from wocdesk.ui.outline.document import OutlineDocument


class Choice(Enum):
    """What to do with unsaved edits."""

    SAVE = "save"
    KEEP = "keep"  # keep them for this session
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_path(parent: QWidget | None, suggested: Path) -> Path | None:
    """Ask where to save an outline; ``None`` when cancelled."""
    name, _filter = QFileDialog.getSaveFileName(
        parent, _("Save outline as"), str(suggested), _("Deck outlines (*.toml)")
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".toml" else path.with_name(path.name + ".toml")


def suggested_path(document: OutlineDocument, key: str | None = None) -> Path:
    """Where to offer saving: the outline's file, else ``ARTICLE.outline.toml`` beside it."""
    if key is not None and not document.is_current(key):
        entry = dict(document.unsaved()).get(key)
        return entry.source if entry is not None and entry.source else Path.home() / "outline.toml"
    if document.source is not None:
        return document.source
    article = document.article
    folder = Path(article.path).parent if article.path else Path.home()
    stem = Path(article.path).stem if article.path else article.id
    return folder / f"{stem}.outline.toml"


def save_as(
    parent: QWidget | None, document: OutlineDocument, key: str | None = None
) -> Path | None:
    """Ask for a file and write the outline there; a failure is one message, nothing lost."""
    path = ask_path(parent, suggested_path(document, key))
    if path is None:
        return None
    try:
        return document.save_as(path, key)
    except WocdeskError as exc:
        QMessageBox.warning(parent, _("Cannot save the outline"), literal_markup(str(exc)))
        return None


def ask(parent: QWidget | None, title: str, leaving: bool, why: str = "") -> Choice:
    """Ask what to do with the unsaved outline of ``title``.

    ``leaving``: the edits are lost after this (wocdesk quits, or ``why``); otherwise they may
    be kept for the session.
    """
    box = QMessageBox(parent)
    box.setObjectName("unsaved-outline")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_("Unsaved outline"))
    box.setText(_("The outline of “{title}” has edits that are not saved.").format(title=title))
    buttons = {
        Choice.SAVE: box.addButton(_("&Save…"), QMessageBox.ButtonRole.AcceptRole),
        Choice.DISCARD: box.addButton(_("&Discard"), QMessageBox.ButtonRole.DestructiveRole),
        Choice.CANCEL: box.addButton(QMessageBox.StandardButton.Cancel),
    }
    if leaving:
        box.setInformativeText(why or _("They are lost when wocdesk quits."))
        box.setDefaultButton(buttons[Choice.SAVE])
    else:
        box.setInformativeText(
            _("Keep them and they come back when you open this article again before quitting.")
        )
        buttons[Choice.KEEP] = box.addButton(_("&Keep for Now"), QMessageBox.ButtonRole.NoRole)
        box.setDefaultButton(buttons[Choice.KEEP])
    box.exec()
    clicked = box.clickedButton()
    return next((choice for choice, button in buttons.items() if button is clicked), Choice.CANCEL)


def may_leave_article(parent: QWidget | None, document: OutlineDocument) -> bool:
    """Before another article opens: keep, save or discard this one's unsaved outline."""
    if not document.is_dirty:
        return True
    choice = ask(parent, document.entry.title, leaving=False)
    if choice is Choice.SAVE:
        return save_as(parent, document) is not None
    if choice is Choice.DISCARD:
        document.discard()
    return choice is not Choice.CANCEL


def may_drop_edits(parent: QWidget | None, document: OutlineDocument) -> bool:
    """Before the edits are replaced (another outline chosen): save or discard them, or stay."""
    if not document.is_dirty:
        return True
    why = _("They are lost when another outline is used.")
    choice = ask(parent, document.entry.title, leaving=True, why=why)
    if choice is Choice.SAVE:
        return save_as(parent, document) is not None
    return choice is Choice.DISCARD


def may_quit(parent: QWidget | None, document: OutlineDocument) -> bool:
    """Before wocdesk quits: save or discard each article's unsaved outline (or stay)."""
    for key, entry in document.unsaved():
        choice = ask(parent, entry.title, leaving=True)
        if choice is Choice.CANCEL:
            return False
        if choice is Choice.SAVE and save_as(parent, document, key) is None:
            return False
        if choice is Choice.DISCARD:
            document.discard(key)
    return True

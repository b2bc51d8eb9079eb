"""File ▸ Export slides…: choose language, outline, template, notes and destination; export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QThread, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from wocdesk.deck.outlines.outline import Outline
from wocdesk.deck.writer.preload import preload_pptx
from wocdesk.i18n import N_, _, interface_language
from wocdesk.model import Article
from wocdesk.model.text import DisplayMode
from wocdesk.ui.app import settings as keys
from wocdesk.ui.app.language import translate_ui
from wocdesk.ui.app.plain_text import plain_labels
from wocdesk.ui.app.settings import EXPORT_NOTES_CHOICES, Settings
from wocdesk.ui.export.path_row import PathRow, documents_folder
from wocdesk.ui.export.saved_deck import SavedDeck
from wocdesk.ui.export.worker import ExportJob, ExportWorker, start_export
from wocdesk.ui.outline.briefing import briefing_for
from wocdesk.ui.outline.outline_field import OutlineField
from wocdesk.ui.state import ReaderState

MODES = tuple(DisplayMode)
MODE_NAMES = {
    DisplayMode.ZH: N_("Chinese"),
    DisplayMode.EN: N_("English"),
    DisplayMode.ZH_EN: N_("Chinese, then English"),
    DisplayMode.EN_ZH: N_("English, then Chinese"),
}
NOTES = EXPORT_NOTES_CHOICES


class ExportDialog(QDialog):
    """The Export slides dialog: runs the export in a worker thread with progress.

    Its outline is the reader's, the one the outline panel shows; a file chosen here becomes
    it. An outline naming what the article lacks is one line, and Export waits until then.
    """

    outline_changed = Signal()

    def __init__(
        self,
        reader: ReaderState | Article,
        parent: QWidget | None = None,
        settings: QSettings | None = None,
    ) -> None:
        """A dialog exporting the reader's article (or ``reader`` itself, read in English).

        The language is the reader's mode the first time, later the one last exported;
        ``settings`` is where the choices are remembered (default: the user's settings).
        """
        super().__init__(parent)
        self.state = reader if isinstance(reader, ReaderState) else ReaderState(reader, parent=self)
        self.outline = briefing_for(self.state).outline
        self._first_mode = self.state.mode
        self._settings = Settings(settings)
        self._thread: QThread | None = None
        self._worker: ExportWorker | None = None
        self._failed_job: ExportJob | None = None  # the job whose refusal the status shows
        self._running_job: ExportJob | None = None
        self._failed_in = ""  # the interface language the refusal was said in
        self._auto_name = True
        self._folder = documents_folder()
        self._build()
        self._restore()
        translate_ui(self)
        preload_pptx()  # normally started when the window shows; a no-op if it already ran

    # construction ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.setObjectName("ExportDialog")
        self.lang_box = QComboBox(self)
        self.notes_box = QComboBox(self)
        self.outline_row = PathRow(self, clearable=True)
        self.template_row = PathRow(self, clearable=True)
        self.destination_row = PathRow(self)
        self.form = QFormLayout()
        self.lang_label, self.outline_label = QLabel(self), QLabel(self)
        self.template_label, self.notes_label = QLabel(self), QLabel(self)
        self.destination_label = QLabel(self)
        self.form.addRow(self.lang_label, self.lang_box)
        self.form.addRow(self.outline_label, self.outline_row)
        self.outline_field = OutlineField(self.outline_row, self.outline, self)
        self.form.addRow("", self.outline_field.problem)
        self.form.addRow(self.template_label, self.template_row)
        self.form.addRow(self.notes_label, self.notes_box)
        self.form.addRow(self.destination_label, self.destination_row)
        # A place for slide thumbnails (added later by the presenter's previews).
        self.thumbnails = QWidget(self)
        self.thumbnails.setObjectName("thumbnails")
        self.thumbnail_layout = QHBoxLayout(self.thumbnails)
        self.thumbnail_layout.setContentsMargins(0, 0, 0, 0)
        self.thumbnails.hide()
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status = QLabel(self)
        plain_labels(self.status)  # messages name files and may quote article text
        self.status.setWordWrap(True)
        self.status.setObjectName("status")
        self.saved = SavedDeck(self.status)
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.folder_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.open_button.hide()
        self.folder_button.hide()
        self.export_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.thumbnails)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.export_button.clicked.connect(self.start_export)
        self.open_button.clicked.connect(self.open_file)
        self.folder_button.clicked.connect(self.show_in_folder)
        self.close_button.clicked.connect(self.reject)
        self.outline_row.browse.clicked.connect(self._choose_outline)
        self.outline_field.changed.connect(self._outline_changed)
        self.template_row.browse.clicked.connect(self._choose_template)
        self.destination_row.browse.clicked.connect(self._choose_destination)
        self.destination_row.edit.textEdited.connect(self._destination_edited)
        self.lang_box.currentIndexChanged.connect(self._mode_changed)

    def retranslate_ui(self) -> None:
        """Set every text of the dialog in the current interface language."""
        self.setWindowTitle(_("Export slides"))
        self.lang_label.setText(_("&Language:"))
        self.outline_label.setText(_("&Outline:"))
        self.template_label.setText(_("&Template:"))
        self.notes_label.setText(_("Speaker &notes:"))
        self.destination_label.setText(_("&Save as:"))
        for label, buddy in (
            (self.lang_label, self.lang_box),
            (self.outline_label, self.outline_row.edit),
            (self.template_label, self.template_row.edit),
            (self.notes_label, self.notes_box),
            (self.destination_label, self.destination_row.edit),
        ):
            label.setBuddy(buddy)
        names = [_(MODE_NAMES[mode]) for mode in MODES]
        notes = [_("In the deck's language(s)"), _("Chinese"), _("English"), _("Both languages")]
        choices = ((self.lang_box, names, MODES), (self.notes_box, notes, NOTES))
        for box, texts, values in choices:
            current = box.currentIndex()
            box.blockSignals(True)
            box.clear()
            for text, value in zip(texts, values, strict=True):
                box.addItem(text, str(value))
            box.setCurrentIndex(max(current, 0))
            box.blockSignals(False)
        self.outline_row.edit.setPlaceholderText(_("The article's outline (View ▸ Outline)"))
        self.template_row.edit.setPlaceholderText(_("None: wocdesk's own design"))
        for row in (self.outline_row, self.template_row, self.destination_row):
            row.browse.setText(_("Browse…"))
            if row.clear is not None:
                row.clear.setText(_("Clear"))
        # Screen readers do not find the form labels through the rows: name every control.
        for row, field, browse, clear in (
            (
                self.outline_row,
                _("Outline file"),
                _("Choose an outline file"),
                _("Use the article's own outline"),
            ),
            (self.template_row, _("Template file"), _("Choose a template"), _("Use no template")),
            (self.destination_row, _("Save as"), _("Choose where to save"), ""),
        ):
            row.edit.setAccessibleName(field)
            row.browse.setAccessibleName(browse)
            if row.clear is not None:
                row.clear.setAccessibleName(clear)
        self.lang_box.setAccessibleName(_("Language"))
        self.notes_box.setAccessibleName(_("Speaker notes"))
        self.progress.setAccessibleName(_("Export progress"))
        self.export_button.setText(_("&Export"))
        self.open_button.setText(_("&Open"))
        self.folder_button.setText(_("Show in &folder"))
        if self.written is not None:
            self.saved.say()
        elif self._failed_job is not None and self._refusal_outdated():
            self._run(self._failed_job, check_only=True)  # say it again, in the new language

    def _refusal_outdated(self) -> bool:
        """The status shows a refusal said in another interface language, and nothing runs."""
        return (
            self._failed_job is not None
            and self._failed_in != interface_language()
            and self._thread is None
        )

    # remembered choices ----------------------------------------------------------------------
    def _restore(self) -> None:
        self.retranslate_ui()
        remembered = self._settings
        lang = remembered.get(keys.EXPORT_LANG) or self._first_mode
        self.lang_box.setCurrentIndex(MODES.index(lang))
        self.notes_box.setCurrentIndex(NOTES.index(remembered.get(keys.EXPORT_NOTES)))
        self._outline_changed()
        self.template_row.edit.setText(remembered.get(keys.EXPORT_TEMPLATE))
        folder = Path(remembered.get(keys.EXPORT_FOLDER) or documents_folder())
        if not folder.is_dir():
            folder = documents_folder()
        self._folder = folder
        self._set_auto_destination()

    def _remember(self) -> None:
        remembered = self._settings
        remembered.set(keys.EXPORT_LANG, self.mode())
        remembered.set(keys.EXPORT_NOTES, str(self.notes_box.currentData() or ""))
        remembered.set(keys.EXPORT_TEMPLATE, self.template_row.edit.text().strip())
        remembered.set(keys.EXPORT_FOLDER, str(self.destination().parent))
        remembered.sync()

    # choices ---------------------------------------------------------------------------------
    @property
    def article(self) -> Article:
        """The article to export: the reader's."""
        return self.state.article

    def mode(self) -> DisplayMode:
        """The chosen language mode."""
        return DisplayMode(self.lang_box.currentData() or DisplayMode.EN)

    def destination(self) -> Path:
        """The file to write."""
        return self.destination_row.path() or self._folder / self._default_name()

    def _default_name(self) -> str:
        return f"briefing-{self.mode()}.pptx"

    def _set_auto_destination(self) -> None:
        self.destination_row.edit.setText(str(self._folder / self._default_name()))

    def _mode_changed(self) -> None:
        if self._auto_name:
            self._folder = self.destination().parent
            self._set_auto_destination()

    def _destination_edited(self) -> None:
        self._auto_name = False

    def _choose_outline(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, _("Choose a deck outline"), str(self._folder), _("Deck outlines (*.toml)")
        )
        if path:
            self.outline_field.choose(path)

    def _outline_changed(self) -> None:
        self.export_button.setEnabled(not self.outline.first_problem() and self._thread is None)
        self._make_room()
        self.outline_changed.emit()

    def _make_room(self) -> None:
        """Grow the open dialog to the height its wrapped lines need at its current width."""
        # the layout alone allows for the narrowest width: a line shown later lost its last line
        if self.isVisible() and (need := self.heightForWidth(self.width())) > self.height():
            self.resize(self.width(), need)

    def deck_outline(self) -> Outline | None:
        """The outline the deck is made from (``None`` when its file cannot be read)."""
        return self.outline.outline

    def outline_problem(self) -> str:
        """What the article lacks of the outline, as one line ("" when nothing)."""
        return self.outline.first_problem()

    def _choose_template(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, _("Choose a PowerPoint template"), str(self._folder), _("PowerPoint (*.pptx)")
        )
        if path:
            self.template_row.edit.setText(path)

    def _choose_destination(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, _("Save the deck as"), str(self.destination()), _("PowerPoint (*.pptx)")
        )
        if path:
            self._auto_name = False
            self.destination_row.edit.setText(path)

    # export ----------------------------------------------------------------------------------
    def job(self) -> ExportJob:
        """The export the dialog's fields describe."""
        destination = self.destination()
        if destination.suffix.lower() != ".pptx":
            destination = destination.with_name(destination.name + ".pptx")
        return ExportJob(
            mode=self.mode(),
            destination=destination,
            outline=self.outline.usable_outline(),
            template=self.template_row.path(),
            notes=self.notes_box.currentData() or None,
        )

    def start_export(self) -> None:
        """Run the export in a worker thread; the dialog stays responsive and shows progress."""
        if self._thread is not None or self.outline.first_problem():
            return
        self.saved.clear()
        self._failed_job = None
        self.open_button.hide()
        self.folder_button.hide()
        self.status.setStyleSheet("")
        self.status.setText(_("Exporting…"))
        self._run(self.job())

    def _run(self, job: ExportJob, check_only: bool = False) -> None:
        """Export ``job`` in a worker thread, or only check it again (``check_only``)."""
        self.export_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self._thread, self._worker = start_export(self.article, job, check_only)
        self._worker.progress.connect(self._progress)
        if check_only:
            self._worker.succeeded.connect(self._check_passed)
        else:
            self._worker.succeeded.connect(self._succeeded)
        self._running_job = job
        self._worker.failed.connect(self._failed)  # a method: Qt queues it to this thread
        self._thread.finished.connect(self._thread_done)
        self._thread.start()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _succeeded(self, path: str) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.saved.saved(Path(path))
        self.open_button.show()
        self.folder_button.show()
        self.open_button.setFocus()
        self._remember()

    def _failed(self, message: str) -> None:
        self._failed_job = self._running_job
        self._failed_in = interface_language()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status.setStyleSheet("color: #B42318;")
        self.status.setText(message)

    def _check_passed(self) -> None:
        """Checked again after a change of language, the failed export no longer fails here."""
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self._failed_in = interface_language()
        self.status.setText(_("The export failed; export again to see whether it works now."))

    def _thread_done(self) -> None:
        if self._thread is not None:
            self._thread.wait()
            self._thread.deleteLater()
        self._thread = None
        self._worker = None
        self._outline_changed()

    def is_busy(self) -> bool:
        """True while an export runs."""
        return self._thread is not None

    @property
    def written(self) -> Path | None:
        """The deck the last export wrote (``None`` before one succeeds)."""
        return self.saved.path

    def open_file(self) -> bool:
        """Open the written deck in the system's presentation program; say so if none can."""
        return self.saved.open_file()

    def show_in_folder(self) -> bool:
        """Open the folder holding the written deck; say so, naming the folder, if nothing can."""
        return self.saved.show_in_folder()

    def reject(self) -> None:
        """Close, waiting for a running export so that no file is left half-written."""
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
        super().reject()

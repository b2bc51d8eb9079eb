"""The outline panel: the deck's slides with thumbnails, a slide editor, and the key points."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wocdesk.deck.errors import OutlineError
from wocdesk.errors import WocdeskError
from wocdesk.i18n import _, ngettext
from wocdesk.ui.app.language import translate_ui
from wocdesk.ui.app.plain_text import literal_markup, plain_labels
from wocdesk.ui.outline import saving
from wocdesk.ui.outline.briefing import Briefing
from wocdesk.ui.outline.panel.layout_helpers import button_bar
from wocdesk.ui.outline.panel.points_editor import PointsEditor
from wocdesk.ui.outline.panel.slide_editor import SlideEditor
from wocdesk.ui.outline.panel.slide_list import PROBLEM_COLOR, SlideList, SlideListModel
from wocdesk.ui.outline.panel.thumbnails import Thumbnails
from wocdesk.ui.outline.slide_edits import new_points_slide


class OutlinePanel(QWidget):
    """The current article's outline, as the deck and the show use it; edits apply at once."""

    export_requested = Signal()
    present_requested = Signal()
    passage_chosen = Signal(str)

    def __init__(self, briefing: Briefing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outline-panel")
        self.briefing = briefing
        self.document = briefing.outline
        state = briefing.state
        self.thumbnails = Thumbnails(self.document, lambda: state.mode, parent=self)
        self.thumbnails.ratio = self.devicePixelRatioF()
        self.model = SlideListModel(self.document, self.thumbnails)
        self.model.setParent(self)
        self.slides = SlideList(self.model, self)
        self.editor = SlideEditor(briefing, self)
        self.points = PointsEditor(briefing.points, lambda: state.mode.leading, self)
        self.source = QLabel(self)
        self.source.setObjectName("outline-source")
        self.problem = QLabel(self)
        self.problem.setObjectName("outline-problem")
        for label in (self.source, self.problem):
            plain_labels(label)
            label.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {PROBLEM_COLOR};")
        names = ("add", "remove", "up", "down", "save", "own", "export", "present")
        self.buttons = {name: QPushButton(self) for name in names}
        for name, button in self.buttons.items():
            button.setObjectName(f"outline-{name}")
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._slides_page(), "")
        self.tabs.addTab(self.points, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tabs)
        self._connect()
        translate_ui(self)
        self._update_status()
        if self.model.rowCount():
            self.select_row(0)
        else:
            self.editor.set_row(-1)

    def _slides_page(self) -> QWidget:
        page = QWidget(self)
        b = self.buttons
        deck = button_bar(page, [b[name] for name in ("export", "present", "save", "own")])
        edits = button_bar(page, [b[name] for name in ("add", "remove", "up", "down")])
        self.editor_scroll = scroll = QScrollArea(page)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.editor)
        split = QSplitter(Qt.Orientation.Vertical, page)
        split.addWidget(self.slides)
        split.addWidget(scroll)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([600, 320])  # the slides first; the editor below
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.source)
        layout.addWidget(self.problem)
        layout.addWidget(deck)
        layout.addWidget(edits)
        layout.addWidget(split, 1)
        return page

    def _connect(self) -> None:
        b = self.buttons
        b["add"].clicked.connect(self.add_slide)
        b["remove"].clicked.connect(self.remove_slide)
        b["up"].clicked.connect(lambda: self.move_slide(-1))
        b["down"].clicked.connect(lambda: self.move_slide(1))
        b["save"].clicked.connect(self.save_as)
        b["own"].clicked.connect(self.use_own)
        b["export"].clicked.connect(self.export_requested)
        b["present"].clicked.connect(self.present_requested)
        self.slides.move_requested.connect(self.move_slide)
        self.slides.remove_requested.connect(self.remove_slide)
        self.slides.insert_requested.connect(self.add_slide)
        selection = self.slides.selectionModel()
        selection.currentRowChanged.connect(
            lambda current, _old: self.editor.set_row(current.row())
        )
        self.points.passage_chosen.connect(self.passage_chosen)
        self.document.reset.connect(self._on_reset)
        self.document.slide_changed.connect(lambda _row: self._update_status())
        self.document.dirty_changed.connect(lambda _dirty: self._update_status())
        self.briefing.state.mode_changed.connect(self._on_mode_changed)

    def retranslate_ui(self) -> None:
        """Every text of the panel in the interface language."""
        self.tabs.setTabText(0, _("Slides"))
        self.tabs.setTabText(1, _("Key points"))
        texts = {
            "add": (_("Add"), _("Add a slide of the passage being read after this one (Insert)")),
            "remove": (_("Remove"), _("Remove this slide (Delete)")),
            "up": (_("Up"), _("Move this slide up (Ctrl+Up; or drag it)")),
            "down": (_("Down"), _("Move this slide down (Ctrl+Down; or drag it)")),
            "save": (_("Save As…"), _("Save the outline as a TOML file to edit or share")),
            "own": (_("Article's Outline"), _("Go back to the article's own outline")),
            "export": (_("Export…"), _("Export this outline as a PowerPoint deck")),
            "present": (_("Present"), _("Present this outline full screen (F5)")),
        }
        for name, (text, tip) in texts.items():
            self.buttons[name].setText(text)
            self.buttons[name].setToolTip(tip)
        self.slides.setAccessibleName(_("Slides of the outline"))
        self.tabs.setAccessibleName(_("Outline"))
        self.editor_scroll.setAccessibleName(_("The slide chosen"))
        self._update_status()

    # -- status -----------------------------------------------------------------------------
    def _update_status(self) -> None:
        document = self.document
        if document.source is not None:
            where = document.source.name
        elif document.is_edited:
            where = _("The article's outline")
        else:
            where = _("The article's own outline")
        if document.is_dirty:
            where = _("{outline} — edited, not saved").format(outline=where)
        count = len(document.slides)
        slides = ngettext("{count} slide", "{count} slides", count).format(count=count)
        self.source.setText(f"{where} · {slides}")
        self.source.setToolTip(literal_markup(str(document.source or "")))
        problem = document.first_problem()
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.buttons["own"].setEnabled(document.is_edited or document.source is not None)

    def _on_reset(self) -> None:
        row = self.editor.row
        self._update_status()
        if 0 <= row < self.model.rowCount():
            self.select_row(row)
        else:
            self.editor.set_row(-1 if not self.model.rowCount() else 0)

    def _on_mode_changed(self) -> None:
        self.model.layoutChanged.emit()  # thumbnails and titles in the new language

    def select_row(self, row: int) -> None:
        """Select slide ``row`` and edit it."""
        index = self.model.index(row, 0)
        self.slides.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.slides.scrollTo(index)
        self.editor.set_row(row)

    # -- edits ------------------------------------------------------------------------------
    def _try(self, edit: object) -> bool:
        try:
            edit()  # type: ignore[operator]
        except OutlineError as exc:
            QMessageBox.warning(self, _("Outline"), literal_markup(exc.message))
            return False
        except WocdeskError as exc:
            QMessageBox.warning(self, _("Outline"), literal_markup(str(exc)))
            return False
        return True

    def add_slide(self) -> None:
        """A points slide of the passage being read, after the current slide."""
        state = self.briefing.state
        article = state.article
        passage = state.position.passage_id or next(article.passages()).id
        slide = new_points_slide(article.section_of(passage), passage)
        row = self.slides.current_row() + 1 or self.model.rowCount()
        if self._try(lambda: self.document.insert_slide(row, slide)):
            self.select_row(row)

    def remove_slide(self) -> None:
        """Remove the current slide (an outline keeps at least one)."""
        row = self.slides.current_row()
        if row < 0 or self.model.rowCount() <= 1:
            return
        if self._try(lambda: self.document.remove_slide(row)):
            self.select_row(min(row, self.model.rowCount() - 1))

    def move_slide(self, step: int) -> None:
        """Move the current slide up (-1) or down (+1)."""
        row = self.slides.current_row()
        to = row + step
        if row < 0 or not 0 <= to < self.model.rowCount():
            return
        self.model.moveRows(
            self.slides.rootIndex(), row, 1, self.slides.rootIndex(), to + (step > 0)
        )
        self.select_row(to)

    def save_as(self) -> None:
        """Save the outline as a TOML file."""
        saving.save_as(self, self.document)

    def use_own(self) -> None:
        """Go back to the article's own outline (asks first when there are unsaved edits)."""
        if saving.may_drop_edits(self, self.document):
            self.document.use_own()

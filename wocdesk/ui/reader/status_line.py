"""The status bar's reading position: which section and which paragraph is at the top."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QStatusBar

from wocdesk.i18n import _
from wocdesk.model.text import Lang
from wocdesk.ui.app.language import translate_ui
from wocdesk.ui.app.plain_text import plain_labels
from wocdesk.ui.reading.view import ReadingView
from wocdesk.ui.state import ReaderState


class StatusLine(QObject):
    """Two labels in a status bar that follow the state.

    The section (stretching) and the paragraph (on the right) at the top of the reading view.
    """

    def __init__(self, bar: QStatusBar, state: ReaderState) -> None:
        super().__init__(bar)
        self._state = state
        self.section_label = QLabel(bar)
        self.position_label = QLabel(bar)
        plain_labels(self.section_label, self.position_label)  # titles are article text
        # As tall for Chinese as for English: a status bar that grows by a pixel when the reading
        # language changes resizes, and repaints, the reading view on every switch.
        self.section_label.setText("中文 English")
        height = self.section_label.sizeHint().height()
        self.section_label.setText("")
        for label in (self.section_label, self.position_label):
            label.setMinimumHeight(height)
        bar.addWidget(self.section_label, 1)
        bar.addPermanentWidget(self.position_label)
        self._shown: tuple[int, Lang, str] | None = None  # what the labels say: (article id, ...)
        state.article_changed.connect(self.refresh)
        state.mode_changed.connect(self.refresh)
        state.position_changed.connect(self._on_position_changed)
        translate_ui(self)

    def retranslate_ui(self) -> None:
        """Set the accessible names and the texts in the interface language."""
        self.section_label.setAccessibleName(_("Section"))
        self.position_label.setAccessibleName(_("Position"))
        self.refresh()

    def _on_position_changed(self) -> None:
        state = self._state
        if self._shown != (id(state.article), state.mode.leading, state.position.passage_id):
            self.refresh()

    def refresh(self) -> None:
        """Show where the passage at the top of the reading view is."""
        article, lang = self._state.article, self._state.mode.leading
        top = self._state.position.passage_id
        self._shown = (id(article), lang, top)
        if not top:
            self.section_label.setText("")
            self.position_label.setText("")
            return
        sections = article.sections
        section = article.section_of(top)
        number = [s.id for s in sections].index(section.id) + 1
        self.section_label.setText(
            _("Section {number} of {count}: {title}").format(
                number=number, count=len(sections), title=section.title.best(lang)
            )
        )
        count = sum(len(s.passages) for s in sections)
        self.position_label.setText(
            _("Paragraph {number} of {count}").format(
                number=article.passage_number(top) + 1, count=count
            )
        )


class TextProgress(QObject):
    """A label in the status bar while the reading view measures the rest of a long text."""

    def __init__(self, bar: QStatusBar, view: ReadingView) -> None:
        super().__init__(bar)
        self.label = QLabel(bar)
        self.label.setObjectName("text-progress")
        self.label.hide()
        bar.addPermanentWidget(self.label)
        self._percent = 100
        view.measuring.connect(self._on_measuring)
        translate_ui(self)

    def retranslate_ui(self) -> None:
        """Say it in the interface language."""
        self.label.setAccessibleName(_("Progress"))
        self.label.setToolTip(_("The scroll bar becomes exact as the rest of the text is measured"))
        self._show()

    def _on_measuring(self, percent: int) -> None:
        self._percent = percent
        self._show()

    def _show(self) -> None:
        if self._percent >= 100:
            self.label.hide()
            return
        self.label.setText(_("Measuring the text… {percent}%").format(percent=self._percent))
        self.label.show()

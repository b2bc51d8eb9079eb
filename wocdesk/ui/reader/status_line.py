"""The status bar's reading position: which section and which paragraph is at the top."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar

from wocdesk.i18n import _
from wocdesk.model.article import Article
from wocdesk.model.text import Lang
from wocdesk.ui.app.plain_text import plain_labels


class StatusLine:
    """Two labels in a status bar: the section (stretching) and the paragraph (on the right)."""

    def __init__(self, bar: QStatusBar) -> None:
        self.section_label = QLabel(bar)
        self.position_label = QLabel(bar)
        plain_labels(self.section_label, self.position_label)  # titles are article text
        bar.addWidget(self.section_label, 1)
        bar.addPermanentWidget(self.position_label)
        self._last: tuple[Article, Lang, str, list[str]] | None = None
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set the accessible names and the texts in the interface language."""
        self.section_label.setAccessibleName(_("Section"))
        self.position_label.setAccessibleName(_("Position"))
        if self._last is not None:
            self.show_position(*self._last)

    def show_position(self, article: Article, lang: Lang, top: str, order: list[str]) -> None:
        """Show where passage ``top`` is; ``order`` lists the passages as shown."""
        self._last = (article, lang, top, order)
        if top not in order:
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
        self.position_label.setText(
            _("Paragraph {number} of {count}").format(number=order.index(top) + 1, count=len(order))
        )

"""A bare reader window around the reading view (contents, find, keys) for the benchmark."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QVBoxLayout, QWidget

from wocdesk.model.article import Article
from wocdesk.model.text import DisplayMode
from wocdesk.ui.find.controller import FindController
from wocdesk.ui.find.panel import FindPanel
from wocdesk.ui.reader.contents import ContentsPanel
from wocdesk.ui.reading.view import ReadingView


class ReaderHarness(QMainWindow):
    """The window's reading parts: contents dock, view, find panel, status, mode and go keys."""

    def __init__(self, article: Article, mode: str = "zh") -> None:
        super().__init__()
        self.article = article
        self.view = ReadingView(article, DisplayMode(mode), self)
        central = QWidget(self)
        box = QVBoxLayout(central)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.view, 1)
        self.find_bar = FindPanel(central)
        self.find_bar.hide()
        box.addWidget(self.find_bar)
        self.setCentralWidget(central)
        self.finder = FindController(self.view, self.find_bar, self._both)
        self.contents = ContentsPanel(article, DisplayMode(mode).leading, self)
        dock = QDockWidget("Contents", self)
        dock.setWidget(self.contents)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        self.position = QLabel(self)
        self.statusBar().addPermanentWidget(self.position)
        self.contents.section_chosen.connect(self.view.scroll_to_section)
        self.view.top_passage_changed.connect(self._on_top)
        for keys, slot in (
            ("Ctrl+1", lambda: self.set_mode("zh")),
            ("Ctrl+2", lambda: self.set_mode("en")),
            ("Ctrl+3", self._both),
            ("Ctrl+PgDown", lambda: self._step(1)),
            ("Ctrl+PgUp", lambda: self._step(-1)),
            ("Ctrl+F", self.open_find),
            ("F3", self.finder.next),
        ):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            self.addAction(action)

    def set_mode(self, mode: str) -> None:
        self.view.set_mode(DisplayMode(mode))
        self.contents.set_language(self.view.mode.leading)

    def _both(self) -> None:
        lead = self.view.mode.leading
        if not self.view.mode.is_bilingual:
            self.set_mode(f"{lead}-{'en' if lead == 'zh' else 'zh'}")

    def open_find(self) -> None:
        self.find_bar.open_bar()

    def top_paragraph_id(self) -> str:
        return self.view.top_paragraph_id()

    def _step(self, step: int) -> None:
        ids = [s.id for s in self.article.sections]
        top = self.view.top_paragraph_id()
        current = self.article.section_of(top).id if top else ids[0]
        target = ids[min(max(ids.index(current) + step, 0), len(ids) - 1)]
        self.view.scroll_to_section(target)

    def _on_top(self, passage_id: str) -> None:
        if passage_id:
            section = self.article.section_of(passage_id)
            self.contents.set_current_section(section.id)
            number = self.article.passage_number(passage_id) + 1
            self.position.setText(f"{section.title.best('en')} · {number}")

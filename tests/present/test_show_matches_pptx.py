"""The show and the exported .pptx draw the same plan: slide count, titles and notes agree."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from wocdesk.model.text import DisplayMode

MODES = list(DisplayMode)


def _pptx_titles_and_notes(path):
    from pptx import Presentation

    prs = Presentation(str(path))
    titles, notes = [], []
    for slide in prs.slides:
        shape = next((s for s in slide.shapes if s.name == "title"), None) or slide.shapes.title
        titles.append(shape.text_frame.paragraphs[0].text if shape is not None else "")
        notes.append(slide.notes_slide.notes_text_frame.text if slide.has_notes_slide else "")
    return titles, notes


def _drawn_title(show) -> str:
    renderer = show.source.renderer(show.mode)
    image = QImage(960, 540, QImage.Format.Format_ARGB32_Premultiplied)
    trace: list = []
    painter = QPainter(image)
    renderer.paint(painter, show.slide, QRectF(0, 0, 960, 540), trace)
    painter.end()
    title_box = next(b for b in show.slide.boxes if getattr(b, "name", "") == "title")
    first = title_box.paragraphs[0]
    drawn = [d.text for d in trace if d.box == "title"][: len(first.lines)]
    return "".join(drawn) if first.lang == "zh" else " ".join(drawn)


@pytest.mark.parametrize("mode", MODES)
def test_show_and_pptx_agree(qtbot, article, tmp_path, mode):
    from wocdesk.deck import write_pptx
    from wocdesk.ui.show.deck_source import DeckSource
    from wocdesk.ui.show.show_window import ShowWindow

    show = ShowWindow(DeckSource.for_article(article), mode)
    qtbot.addWidget(show)
    path = write_pptx(show.deck, tmp_path / f"deck-{mode}.pptx")
    titles, notes = _pptx_titles_and_notes(path)
    assert len(titles) == len(show.deck.slides) >= 9
    for index, (title, note) in enumerate(zip(titles, notes, strict=True)):
        show.go_to(index)
        assert show.slide.title == title, (mode, index)
        assert _drawn_title(show).replace(" ", "") == title.replace(" ", ""), (mode, index)
        assert show.slide.notes.strip() == note.strip(), (mode, index)

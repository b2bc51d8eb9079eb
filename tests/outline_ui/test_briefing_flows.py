"""A new user's briefing, end to end: import, mark, edit, export, present, a mismatched outline."""

from __future__ import annotations

from pathlib import Path

from pptx import Presentation
from PySide6.QtCore import Qt

from wocdesk.briefing.sentences import sentences
from wocdesk.deck.model import TextBox
from wocdesk.i18n.catalogs import set_interface_language
from wocdesk.resources import default_outline_path
from wocdesk.ui.export.previews import SlidePreviews
from wocdesk.ui.outline.briefing import briefing_for
from wocdesk.ui.reading.formats import TextRange
from wocdesk.ui.reading.rows import Source


def pptx_texts(path: Path) -> list[list[str]]:
    """The text of each slide of a .pptx, paragraph by paragraph."""
    found = []
    for slide in Presentation(str(path)).slides:
        lines = []
        for shape in slide.shapes:
            if shape.has_text_frame:
                lines += [p.text for p in shape.text_frame.paragraphs]
        found.append(lines)
    return found


def export(dialog, qtbot, mode: str, target: Path) -> Path:  # type: ignore[no-untyped-def]
    dialog.lang_box.setCurrentIndex(dialog.lang_box.findData(mode))
    dialog.destination_row.edit.setText(str(target))
    dialog._auto_name = False
    assert dialog.export_button.isEnabled()
    dialog.start_export()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=30000)
    assert dialog.written == target, dialog.status.text()
    return target


def open_raw(make_window, article, raw_seed, qtbot):  # type: ignore[no-untyped-def]
    window = make_window(article, "en")
    assert window.open_article_file(raw_seed)  # File ▸ Open, a raw text
    assert window.article.path == str(raw_seed)
    return window


def test_an_imported_text_exports_and_presents_without_writing_anything(
    make_window, article, raw_seed, qtbot, tmp_path
) -> None:
    window = open_raw(make_window, article, raw_seed, qtbot)
    dialog = window.open_export_dialog()
    assert dialog.outline_field.problem.isHidden() and dialog.export_button.isEnabled()
    out = tmp_path / "decks"
    out.mkdir()
    bilingual = pptx_texts(export(dialog, qtbot, "zh-en", out / "zh-en.pptx"))
    english = pptx_texts(export(dialog, qtbot, "en", out / "en.pptx"))
    assert len(bilingual) == len(english) >= 5
    first = sentences(next(window.article.passages()).en)[0]
    assert any(first in line for lines in english for line in lines)
    assert any("2024年2月23日" in line for lines in bilingual for line in lines)
    dialog.close()
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    show = window.present_show
    assert show is not None and show.isVisible() and len(show.deck.slides) == len(english)
    show.close()
    assert sorted(p.name for p in raw_seed.parent.iterdir()) == ["seed.txt"]  # nothing written


def test_three_marked_sentences_are_one_slide_in_panel_deck_and_show(
    make_window, article, raw_seed, qtbot, tmp_path
) -> None:
    window = open_raw(make_window, article, raw_seed, qtbot)
    passages = [p for p in window.article.passages() if p.en][:3]
    marked = [sentences(p.en)[1] for p in passages]
    for passage, sentence in zip(passages, marked, strict=True):
        window.jump_to_passage(passage.id)
        source = Source("passage", passage.id, "en")
        window.view.select_range(TextRange(source, passage.en.index(sentence), len(sentence)))
        qtbot.keyClick(window.view, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    window.outline_feature.toggle.trigger()
    panel = window.outline_feature.panel
    document = briefing_for(window.state).outline
    row = next(i for i, s in enumerate(document.slides) if s.kind == "points")
    items = document.slides[row].keys["items"]
    assert [panel.editor.pages["points"].items._items] != [] and len(items) == 3
    panel.select_row(row)
    table = panel.editor.pages["points"].items.table
    assert [table.item(r, 0).text() for r in range(3)] == marked
    dialog = window.open_export_dialog()
    deck = pptx_texts(export(dialog, qtbot, "en", tmp_path / "marked.pptx"))
    slide = next(lines for lines in deck if marked[0] in lines)
    assert all(sentence in slide for sentence in marked)
    dialog.close()
    show = window.presenter.present()
    assert show is not None
    index = next(i for i, s in enumerate(show.deck.slides) if s.kind == "points")
    show.go_to(index)
    shown = [p.text for b in show.slide.boxes if isinstance(b, TextBox) for p in b.paragraphs]
    assert all(sentence in shown for sentence in marked)
    image = show.grab().toImage()
    assert image.width() > 0 and len({image.pixel(x, 300) for x in range(0, 800, 20)}) > 2
    show.close()


def test_a_title_edited_in_the_panel_is_in_the_export(
    make_window, article, raw_seed, qtbot, tmp_path
) -> None:
    window = open_raw(make_window, article, raw_seed, qtbot)
    window.outline_feature.toggle.trigger()
    panel = window.outline_feature.panel
    panel.select_row(2)
    for lang, text in (("en", "Beijing, February 2024"), ("zh", "二〇二四年二月，北京")):
        field = panel.editor.title.fields[lang]
        field.setText(text)
        field.editingFinished.emit()
    dialog = window.open_export_dialog()
    english = pptx_texts(export(dialog, qtbot, "en", tmp_path / "en.pptx"))
    assert "Beijing, February 2024" in english[2]
    both = pptx_texts(export(dialog, qtbot, "zh-en", tmp_path / "zh-en.pptx"))
    assert "二〇二四年二月，北京" in both[2] and "Beijing, February 2024" in both[2]


def test_a_mismatched_outline_in_the_dialog_is_one_line_and_export_waits(
    make_window, article, raw_seed, qtbot, tmp_path
) -> None:
    window = open_raw(make_window, article, raw_seed, qtbot)
    dialog = window.open_export_dialog()
    strip = dialog.findChild(SlidePreviews)
    dialog.outline_field.choose(default_outline_path())
    line = dialog.outline_field.problem.text()
    assert line.startswith(f"{default_outline_path()}: slide 1: notes: no passage 'p-event'")
    assert "\n" not in line and len(line) < 300
    assert not dialog.outline_field.problem.isHidden()
    assert not dialog.export_button.isEnabled()
    dialog.start_export()
    assert not dialog.is_busy() and dialog.written is None
    strip.refresh_now()
    assert strip.list.count() == 0 and strip.status.text() == ""  # nothing over the previews
    window.outline_feature.toggle.trigger()
    assert window.outline_feature.panel.model.data(
        window.outline_feature.panel.model.index(0), Qt.ItemDataRole.DisplayRole
    ).startswith("⚠")
    dialog.outline_row.clear.click()  # back to the article's own outline
    assert dialog.outline_field.problem.isHidden() and dialog.export_button.isEnabled()
    qtbot.waitUntil(lambda: strip.list.count() > 0, timeout=5000)
    assert export(dialog, qtbot, "en", tmp_path / "fixed.pptx").is_file()


def test_the_mismatch_line_in_the_open_dialog_is_shown_whole(
    make_window, article, raw_seed, qtbot, tmp_path
) -> None:
    """The line appears under the outline field of a dialog already on screen: it wraps, and
    the dialog makes room for all its lines instead of cutting them off."""
    window = open_raw(make_window, article, raw_seed, qtbot)
    dialog = window.open_export_dialog()
    qtbot.waitExposed(dialog)
    set_interface_language("zh")  # Chinese wraps into more lines than the layout allowed for
    try:
        dialog.outline_field.choose(default_outline_path())
        qtbot.wait(50)
        label = dialog.outline_field.problem
        assert "文章中没有段落" in label.text()
        assert label.heightForWidth(label.width()) > 2 * label.fontMetrics().height()  # wrapped
        assert label.height() >= label.heightForWidth(label.width())
    finally:
        set_interface_language("en")

"""The vocabulary: save words from the popup, list them, go back, remove, export Anki and CSV."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from tests.study_ui.conftest import settle
from wocdesk.ui.reading.formats import TextRange
from wocdesk.ui.reading.rows import Source


def _look_up(window, qtbot, passage_id: str, word: str, context: str = "") -> None:  # type: ignore[no-untyped-def]
    text = window.article.passage(passage_id).zh
    context = context or word
    at = text.rindex(context) + context.index(word)
    source = Source("passage", passage_id, "zh")
    window.view.ensure_visible(TextRange(source, at, len(word)))
    point = window.view.text_rects(TextRange(source, at, 1))[0].center().toPoint()
    QTest.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: window.study.aids.lookup.popup.word == word, timeout=2000)


def _save_two(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _look_up(window, qtbot, "p-event", "知识产权")
    window.study.aids.lookup.popup.save.click()
    _look_up(window, qtbot, "p-enterprise", "企业", "企业在带动")
    QTest.keyClick(window, Qt.Key.Key_S)  # Edit ▸ Save Word


def _library(path: Path):  # type: ignore[no-untyped-def]
    from wocdesk.library.store import Library

    return Library.open(path)


def test_save_word_keeps_the_word_with_its_sentence_in_both_languages(
    window, qtbot, private_places
) -> None:  # type: ignore[no-untyped-def]
    _save_two(window, qtbot)
    assert window.study.aids.lookup.popup.status.text() == "Saved to the vocabulary."
    with _library(private_places) as library:
        entries = library.vocabulary.entries()
    assert [e.word for e in entries] == ["知识产权", "企业"]
    first, second = entries
    assert first.article_id == 1 and first.passage_id == "p-event" and first.lang == "zh"
    assert first.pinyin == "zhī shí chǎn quán"
    assert first.senses[0] == "intellectual property rights (law)"
    assert first.sentence.zh.startswith("世界知识产权组织") and first.sentence.en
    assert second.sentence.zh == "现在的创新很大程度上都是企业在带动。"
    assert second.sentence.en == "Much of the current innovation is largely driven by enterprises."
    window.study.aids.lookup.popup.save.click()  # the same word from the same sentence
    assert window.study.aids.lookup.popup.status.text() == "Already in the vocabulary."


def test_the_panel_lists_the_words_and_goes_back_to_them(window, qtbot, article) -> None:  # type: ignore[no-untyped-def]
    _save_two(window, qtbot)
    QTest.keyClick(
        window,
        Qt.Key.Key_V,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    settle(qtbot)
    dock = window.study.dock
    assert dock.isVisible() and window.study.actions["vocabulary"].isChecked()
    panel = window.study.aids.attach_panel()
    assert panel.words() == ["知识产权", "企业"]
    first = panel.tree.topLevelItem(0)
    assert [first.text(c) for c in range(4)] == [
        "知识产权",
        "zhī shí chǎn quán",
        "intellectual property rights (law)",
        f"{article.title.en} · p-event",
    ]
    window.view.restore_position("p-keys")
    settle(qtbot)
    window.study.aids.lookup.close()
    panel.tree.itemClicked.emit(first, 0)
    settle(qtbot)
    assert window.view.selected_text() == "知识产权"
    assert window.view.flashed()
    rects = window.view.text_rects(
        TextRange(
            Source("passage", "p-event", "zh"), article.passage("p-event").zh.rindex("知识产权"), 4
        )
    )
    assert rects and 0 <= rects[0].top() < window.view.viewport().height()
    dock.close()
    assert not window.study.actions["vocabulary"].isChecked()


def test_remove_forgets_the_selected_word(window, qtbot, private_places) -> None:  # type: ignore[no-untyped-def]
    _save_two(window, qtbot)
    window.study.show_vocabulary(True)
    panel = window.study.aids.attach_panel()
    panel.tree.setCurrentItem(panel.tree.topLevelItem(1))
    panel.remove_button.click()
    assert panel.words() == ["知识产权"]
    with _library(private_places) as library:
        assert [e.word for e in library.vocabulary.entries()] == ["知识产权"]


def test_export_to_anki_writes_both_notes(window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _save_two(window, qtbot)
    window.study.show_vocabulary(True)
    panel = window.study.aids.attach_panel()
    target = tmp_path / "words.apkg"
    with qtbot.waitSignal(panel.exported, timeout=30000):
        panel.export_to(target)
    with zipfile.ZipFile(target) as package:
        assert "collection.anki2" in package.namelist()
        (tmp_path / "unpacked").mkdir()
        collection = Path(package.extract("collection.anki2", tmp_path / "unpacked"))
    with sqlite3.connect(collection) as db:
        fields = [row[0] for row in db.execute("SELECT flds FROM notes ORDER BY id")]
    assert len(fields) == 2
    assert any("知识产权" in f for f in fields) and any("企业" in f for f in fields)


def test_the_save_dialog_adds_the_ending_of_the_chosen_kind(
    window, qtbot, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    _save_two(window, qtbot)
    window.study.show_vocabulary(True)
    panel = window.study.aids.attach_panel()
    chosen = str(tmp_path / "words")
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **kwargs: (chosen, "CSV file (*.csv)")
    )
    with qtbot.waitSignal(panel.exported, timeout=30000) as written:
        panel.export_button.click()
    assert written.args == [chosen + ".csv"]
    text = Path(chosen + ".csv").read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("word,pinyin,senses")
    assert len(text.splitlines()) == 3


def test_an_unwritable_destination_is_one_line_in_a_box(window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _save_two(window, qtbot)
    window.study.show_vocabulary(True)
    panel = window.study.aids.attach_panel()
    target = tmp_path / "missing" / "words.apkg"
    panel.export_to(target)
    qtbot.waitUntil(
        lambda: panel.findChild(QMessageBox, "vocabulary-error") is not None, timeout=30000
    )
    box = panel.findChild(QMessageBox, "vocabulary-error")
    assert "missing" in box.text() and "Traceback" not in box.text()
    assert box.text().count("<br>") == 0
    assert not target.exists() and panel.export_button.isEnabled()


def test_an_article_outside_the_library_saves_words_that_cannot_lead_back(
    make_window, qtbot, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    raw = tmp_path / "notes.txt"
    raw.write_text("创新驱动发展。\n\nInnovation drives growth.\n", encoding="utf-8")
    from wocdesk.ui.reader.open_article import load_article_or_text

    article = load_article_or_text(raw)
    window = make_window(article, "zh-en")
    passage = next(iter(article.passages()))
    source = Source("passage", passage.id, "zh")
    window.study.aids.lookup.show_at(source, 0)
    window.study.aids.lookup.popup.save.click()
    note = window.study.aids.lookup.popup.status.text()
    assert note.startswith("Saved to the vocabulary.")
    assert "not in the library" in note
    panel = window.study.aids.attach_panel()
    panel.refresh()
    entry = panel.entry_of(panel.tree.topLevelItem(0))
    assert entry.article_id is None
    assert not window.study.aids.go_to_entry(entry)
    assert "outside the library" in window.statusBar().currentMessage()


def test_a_word_of_another_article_says_where_it_is(make_window, qtbot, tmp_path, article) -> None:  # type: ignore[no-untyped-def]
    window = make_window(article, "zh-en")
    _save_two(window, qtbot)
    raw = tmp_path / "notes.txt"
    raw.write_text("创新驱动发展。\n\nInnovation drives growth.\n", encoding="utf-8")
    assert window.open_article_file(raw)
    panel = window.study.aids.attach_panel()
    panel.refresh()
    entry = panel.entry_of(panel.tree.topLevelItem(0))
    assert not window.study.aids.go_to_entry(entry)
    assert article.title.zh in window.statusBar().currentMessage()

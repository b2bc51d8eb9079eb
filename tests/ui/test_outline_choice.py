"""The outline of the export and of F5: named for what it is, remembered for its article only."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from wocdesk.ui.app import settings as keys
from wocdesk.ui.app.language import set_interface_language

CURATED = "The curated briefing outline of this article"
DEFAULT = "A default outline from the article's sections"


@pytest.fixture
def raw_article(seed_text, tmp_path):  # type: ignore[no-untyped-def]
    from wocdesk.content.opening import open_article

    raw = tmp_path / "post.txt"
    raw.write_text(seed_text, encoding="utf-8")
    return open_article(raw)


@pytest.fixture
def store(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def my_outline(tmp_path) -> Path:
    from wocdesk.resources import default_outline_path

    mine = tmp_path / "mine.toml"
    text = default_outline_path().read_text(encoding="utf-8")
    mine.write_text(text.replace("· Briefing", "· My talk", 1), encoding="utf-8")
    return mine


def dialog_for(qtbot, article, store):  # type: ignore[no-untyped-def]
    from wocdesk.ui.export.dialog import ExportDialog

    dialog = ExportDialog(article, settings=store)
    qtbot.addWidget(dialog)
    return dialog


def test_the_placeholder_names_what_the_deck_is_made_from(qtbot, article, raw_article, store):
    assert dialog_for(qtbot, article, store).outline_row.edit.placeholderText() == CURATED
    other = dialog_for(qtbot, raw_article, store)
    assert other.outline_row.edit.placeholderText() == DEFAULT
    set_interface_language("zh")
    assert other.outline_row.edit.placeholderText() == "根据文章各节生成的默认大纲"
    assert "bundled" not in other.outline_row.clear.accessibleName()  # type: ignore[union-attr]


def test_the_export_remembers_which_article_the_outline_was_for(
    qtbot, article, raw_article, store, my_outline, tmp_path
):
    dialog = dialog_for(qtbot, article, store)
    dialog.outline_row.edit.setText(str(my_outline))
    dialog.destination_row.edit.setText(str(tmp_path / "deck.pptx"))
    dialog.start_export()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=30000)
    assert dialog.written is not None, dialog.status.text()
    typed = keys.Settings(store)
    assert typed.get(keys.EXPORT_OUTLINE_ARTICLE) == article.id
    assert typed.outline_for(article.id) == str(my_outline)
    assert typed.outline_for(raw_article.id) == ""
    # A dialog for another article starts from that article's own outline, not this one.
    assert dialog_for(qtbot, raw_article, store).outline_row.edit.text() == ""
    assert dialog_for(qtbot, article, store).outline_row.edit.text() == str(my_outline)


def test_f5_after_opening_another_article_uses_that_articles_outline(
    make_window, article, store, my_outline, seed_text, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    typed = keys.Settings(store)
    typed.set(keys.EXPORT_OUTLINE, str(my_outline))
    typed.set(keys.EXPORT_OUTLINE_ARTICLE, article.id)
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda *args: warnings.append(str(args[2])))
    )
    window = make_window(article, "en")
    show = window.presenter.present(settings=store)
    assert show is not None and show.deck.title.endswith("My talk")
    show.close()
    raw = tmp_path / "post.txt"
    raw.write_text(seed_text, encoding="utf-8")
    assert window.open_article_file(raw)
    show = window.presenter.present(settings=store)
    assert warnings == []  # the bundled article's outline is not forced on this one
    assert show is not None and not show.deck.title.endswith("My talk")
    show.close()


def test_an_outline_remembered_before_articles_were_told_apart_is_not_forced(
    article, store, my_outline
):
    from wocdesk.ui.show.present_action import remembered_deck_choices

    store.setValue("export/outline", str(my_outline))  # no article recorded with it
    assert remembered_deck_choices(store, article.id) == (None, None)

"""F5 and the export use the outline of the article being read, not one chosen for another."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def my_outline(tmp_path) -> Path:
    from wocdesk.resources import default_outline_path

    mine = tmp_path / "mine.toml"
    text = default_outline_path().read_text(encoding="utf-8")
    mine.write_text(text.replace("· Briefing", "· My talk", 1), encoding="utf-8")
    return mine


def test_f5_after_opening_another_article_uses_that_articles_outline(
    make_window, article, my_outline, seed_text, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    from wocdesk.ui.outline.briefing import briefing_for

    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda *args: warnings.append(str(args[2])))
    )
    window = make_window(article, "en")
    briefing_for(window.state).outline.load_file(my_outline)  # chosen for the bundled article
    show = window.presenter.present()
    assert show is not None and show.deck.title.endswith("My talk")
    show.close()
    raw = tmp_path / "post.txt"
    raw.write_text(seed_text, encoding="utf-8")
    assert window.open_article_file(raw)
    show = window.presenter.present()
    assert warnings == []  # the bundled article's outline is not forced on this one
    assert show is not None and not show.deck.title.endswith("My talk")
    show.close()
    dialog = window.open_export_dialog()
    assert dialog.outline_problem() == ""  # Export is not held back by another article's outline
    assert dialog.export_button.isEnabled()

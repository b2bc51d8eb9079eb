"""The About box credits CC-CEDICT and links its licence, in the interface language."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox


def _about_text(window, qtbot, monkeypatch) -> str:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, _title, text: shown.append(text))
    window.show_about()
    return shown[0]


def test_the_about_box_credits_the_dictionary(make_window, article, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = make_window(article, "en", load=False)
    text = _about_text(window, qtbot, monkeypatch)
    assert "CC-CEDICT" in text and "MDBG" in text
    assert "Attribution-ShareAlike 4.0" in text
    assert '<a href="https://creativecommons.org/licenses/by-sa/4.0/">' in text


def test_the_credit_in_the_interface_language(make_window, article, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from wocdesk.ui.app.language import set_interface_language

    window = make_window(article, "en", load=False)
    set_interface_language("zh")
    text = _about_text(window, qtbot, monkeypatch)
    assert "CC-CEDICT" in text and "署名" in text

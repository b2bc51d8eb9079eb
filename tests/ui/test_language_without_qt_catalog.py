"""The interface switches live even where Qt's own Chinese catalog is missing."""

from __future__ import annotations

import pytest

from wocdesk.ui.app import language


def test_dialogs_retranslate_without_qt_catalogs(qtbot, article, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from wocdesk.ui.export.dialog import ExportDialog

    monkeypatch.setattr(language, "QT_CATALOGS", {})
    dialog = ExportDialog(article)
    qtbot.addWidget(dialog)
    english = dialog.export_button.text()
    language.set_interface_language("zh")
    try:
        assert dialog.export_button.text() != english
        assert "导出" in dialog.export_button.text()
    finally:
        language.set_interface_language("en")
    assert dialog.export_button.text() == english


@pytest.fixture(autouse=True)
def _english_after() -> None:
    language.set_interface_language("en")

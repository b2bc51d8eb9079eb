"""The export dialog's slide previews: same renderer, debounced re-planning, errors shown."""

from __future__ import annotations

from tests.present.sample_deck import make_deck
from wocdesk.errors import WocdeskError


def test_previews_wait_for_a_pause_then_draw_every_slide(qtbot):
    from wocdesk.ui.export.previews import SlidePreviews

    strip = SlidePreviews()
    qtbot.addWidget(strip)
    calls: list[str] = []

    def factory(mode):
        def plan():
            calls.append(mode)
            return make_deck(mode, extra=2)

        return plan

    for mode in ("zh", "en", "zh-en"):  # three changes in quick succession: one plan
        strip.request(factory(mode))
    assert strip.is_pending() and calls == []
    with qtbot.waitSignal(strip.rendered, timeout=2000) as blocker:
        pass
    assert calls == ["zh-en"]
    assert blocker.args == [6] and strip.list.count() == 6
    assert _shown(strip.list.item(0).toolTip()) == "前沿科技中国实践故事会"
    icon = strip.list.item(2).icon().pixmap(strip.list.iconSize()).toImage()
    colours = {
        icon.pixel(x, y) for x in range(0, icon.width(), 5) for y in range(0, icon.height(), 5)
    }
    assert len(colours) > 3


def test_a_planning_error_is_shown_in_the_strip(qtbot):
    from wocdesk.ui.export.previews import SlidePreviews

    strip = SlidePreviews()
    qtbot.addWidget(strip)

    def broken():
        raise WocdeskError("deck.toml: slide 2: unknown kind 'x'")

    strip.request(broken)
    strip.refresh_now()
    assert strip.list.count() == 0 and "slide 2" in strip.status.text()


def test_previews_follow_the_export_dialog_fields(qtbot, article, tmp_path):
    from PySide6.QtCore import Signal
    from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

    from wocdesk.ui.export.previews import install_slide_previews

    class Row:
        def __init__(self, parent):
            self.edit = QLineEdit(parent)

        def path(self):
            from pathlib import Path

            text = self.edit.text().strip()
            return Path(text) if text else None

    class Dialog(QWidget):  # the deck export dialog's interface, as its spot expects
        outline_changed = Signal()

        def __init__(self):
            super().__init__()
            self.article = article
            self.lang_box = QComboBox(self)
            for mode in ("zh", "en", "zh-en", "en-zh"):
                self.lang_box.addItem(mode, mode)
            self.notes_box = QComboBox(self)
            self.notes_box.addItem("", "")
            self.outline_row, self.template_row = Row(self), Row(self)
            self.outline_row.edit.textChanged.connect(self.outline_changed)
            self.thumbnails = QWidget(self)
            self.thumbnail_layout = QHBoxLayout(self.thumbnails)
            self.thumbnails.hide()

        def mode(self):
            return str(self.lang_box.currentData())

        def deck_outline(self):
            return self.outline_row.path()

        def outline_problem(self):
            return ""

    dialog = Dialog()
    qtbot.addWidget(dialog)
    strip = install_slide_previews(dialog)
    assert not dialog.thumbnails.isHidden()
    with qtbot.waitSignal(strip.rendered, timeout=3000):
        pass
    assert strip.deck.mode.value == "zh" and strip.list.count() == len(strip.deck.slides)
    dialog.lang_box.setCurrentIndex(1)
    assert strip.is_pending()  # re-planned after the pause, not on the change itself
    with qtbot.waitSignal(strip.rendered, timeout=3000):
        pass
    assert strip.deck.mode.value == "en"
    assert _shown(strip.list.item(0).toolTip()) == strip.deck.slides[0].title
    for char in str(tmp_path / "missing.toml"):  # typing a path: one plan at the end
        dialog.outline_row.edit.insert(char)
    strip.refresh_now()
    assert strip.list.count() == 0 and "missing.toml" in strip.status.text()


def test_previews_in_the_real_export_dialog(qtbot, article, tmp_path):
    from PySide6.QtCore import QSettings

    from wocdesk.ui.export.dialog import ExportDialog
    from wocdesk.ui.export.previews import install_slide_previews

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    dialog = ExportDialog(article, settings=settings)
    qtbot.addWidget(dialog)
    strip = install_slide_previews(dialog)
    with qtbot.waitSignal(strip.rendered, timeout=3000):
        pass
    assert strip.deck.mode.value == dialog.mode()
    dialog.lang_box.setCurrentIndex(2)
    with qtbot.waitSignal(strip.rendered, timeout=3000):
        pass
    assert strip.deck.mode.value == "zh-en" == dialog.mode()
    assert strip.list.count() == len(strip.deck.slides) >= 9


def _shown(tooltip: str) -> str:
    """The text a tooltip shows (titles are escaped so that markup in them stays literal)."""
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(tooltip)
    return document.toPlainText()

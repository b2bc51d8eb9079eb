"""View ▸ Pinyin, Tone Colours, Other Language of Sentence, Vocabulary; Go ▸ Next/Previous Word.

Only the actions and an empty Vocabulary dock are made with the window; the study aids are
built just after the window first shows, and their data loads in the background after that.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QDockWidget

from wocdesk.i18n import N_, _
from wocdesk.ui.app.actions import ActionSpec
from wocdesk.ui.app.language import retranslate_dock_buttons, translate_ui
from wocdesk.ui.app.settings import Setting

if TYPE_CHECKING:
    from wocdesk.ui.reader.main_window import MainWindow
    from wocdesk.ui.study.aids import StudyAids


def _flag(value: Any) -> bool:
    text = str(value).strip().lower()
    if text in ("true", "1"):
        return True
    if text in ("false", "0"):
        return False
    raise ValueError(value)


LOAD_DELAY_MS = 1500  # after the first paint (python-pptx is preloaded at 1000 ms)
_TAB_BUTTONS = {"ScrollLeftButton": "Scroll Left", "ScrollRightButton": "Scroll Right"}
PINYIN_SETTING = Setting("study/pinyin", False, _flag)
TONES_SETTING = Setting("study/tone_colours", False, _flag)

PINYIN, TONES, SENTENCE, VOCABULARY = "pinyin", "tone-colours", "sentence", "vocabulary"
NEXT_WORD, PREVIOUS_WORD, SAVE_WORD = "next-word", "previous-word", "save-word"
SPECS = {
    PINYIN: ActionSpec(
        N_("Pin&yin"), N_("Show pinyin above the Chinese"), ("Ctrl+Shift+P",), checkable=True
    ),
    TONES: ActionSpec(
        N_("Tone &Colours"),
        N_("Colour the pinyin by tone (1 red, 2 green, 3 blue, 4 purple)"),
        checkable=True,
    ),
    SENTENCE: ActionSpec(
        N_("Other Language of Se&ntence"),
        N_("Show the other language of the sentence pointed at, under it"),
        ("Shift+T",),
    ),
    VOCABULARY: ActionSpec(
        N_("&Vocabulary"), N_("Show the saved words"), ("Ctrl+Shift+V",), checkable=True
    ),
    NEXT_WORD: ActionSpec(N_("Next &Word"), N_("Look up the next Chinese word"), ("N",)),
    PREVIOUS_WORD: ActionSpec(
        N_("Previous Wor&d"), N_("Look up the previous Chinese word"), ("B",)
    ),
    SAVE_WORD: ActionSpec(
        N_("&Save Word"), N_("Keep the word looked up and its sentence in the vocabulary"), ("S",)
    ),
}
MENU = {
    PINYIN: "view",
    TONES: "view",
    SENTENCE: "view",
    VOCABULARY: "view",
    NEXT_WORD: "go",
    PREVIOUS_WORD: "go",
    SAVE_WORD: "edit",
}


class StudyInstall(QObject):
    """The study aids' actions and dock in one window; the aids themselves once it shows."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._aids: StudyAids | None = None
        slots: dict[str, Callable[..., object]] = {
            PINYIN: self.set_pinyin,
            TONES: self.set_tone_colours,
            SENTENCE: lambda: self.aids.toggle_sentence(),
            VOCABULARY: self.show_vocabulary,
            NEXT_WORD: lambda: self.aids.step_word(True),
            PREVIOUS_WORD: lambda: self.aids.step_word(False),
            SAVE_WORD: lambda: self.aids.save_word(),
        }
        self.actions = {
            action_id: window.add_action(MENU[action_id], action_id, SPECS[action_id], slot)
            for action_id, slot in slots.items()
        }
        self.dock = QDockWidget(window)
        self.dock.setObjectName("vocabulary-dock")
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self._tabbed = False  # put beside the key points when first shown
        self.dock.toggleViewAction().toggled.connect(self._on_dock_toggled)
        settings = window.settings
        if settings is not None:
            self.actions[PINYIN].setChecked(settings.get(PINYIN_SETTING))
            self.actions[TONES].setChecked(settings.get(TONES_SETTING))
        self._painted = self._shown = self._scheduled = False
        window.view.viewport().installEventFilter(self)  # until its first paint
        window.view.hovered.connect(self._first_hover)
        window.call_after_first_show(self._after_show)
        self._built = False  # no dock tabs to name while being built (see retranslate_ui)
        translate_ui(self)
        self._built = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Note the reading view's first paint: the study data loads only after it."""
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._load)
        return False

    @property
    def aids(self) -> StudyAids:
        """The study aids (built on first need)."""
        if self._aids is None:
            from wocdesk.ui.study.aids import StudyAids

            self._aids = StudyAids(self.window, self.dock)
            self._aids.set_tone_colours(self.actions[TONES].isChecked())
            if self.actions[PINYIN].isChecked():
                self._aids.set_pinyin(True)
        return self._aids

    @property
    def built(self) -> bool:
        """True once the aids are built."""
        return self._aids is not None

    def _after_show(self, _window: object) -> None:
        self._shown = True
        self._load()

    def _load(self) -> None:
        """Once shown and painted: the aids and their data, at once if wanted, else a bit later."""
        if not (self._painted and self._shown) or self._scheduled:
            return
        self._scheduled = True
        wanted = self.built or self.actions[PINYIN].isChecked() or self.dock.isVisible()
        QTimer.singleShot(0 if wanted else LOAD_DELAY_MS, self, self._start)

    def _start(self) -> None:
        self.aids.data.start()

    def _first_hover(self, hit: object) -> None:
        """The mouse over the text for the first time: the aids are needed now."""
        self.window.view.hovered.disconnect(self._first_hover)
        if self._aids is None:
            aids = self.aids  # from now on, it follows the mouse itself
            aids.lookup.on_hovered(hit)  # type: ignore[arg-type]
            aids.sentences.on_hovered(hit)  # type: ignore[arg-type]

    def set_pinyin(self, on: bool) -> None:
        """View ▸ Pinyin."""
        self.actions[PINYIN].setChecked(on)
        self.aids.set_pinyin(on)
        if self.window.settings is not None:
            self.window.settings.set(PINYIN_SETTING, on)

    def set_tone_colours(self, on: bool) -> None:
        """View ▸ Tone Colours."""
        self.actions[TONES].setChecked(on)
        self.aids.set_tone_colours(on)
        if self.window.settings is not None:
            self.window.settings.set(TONES_SETTING, on)

    def show_vocabulary(self, on: bool) -> None:
        """View ▸ Vocabulary: show or hide the panel (a tab beside the key points)."""
        window = self.window
        if on and not self._tabbed and window.keys_dock.isVisible():
            window.tabifyDockWidget(window.keys_dock, self.dock)
        self._tabbed = True
        self.dock.setVisible(on)
        if on:
            self.dock.raise_()
            self.retranslate_ui()

    def _on_dock_toggled(self, visible: bool) -> None:
        self.actions[VOCABULARY].setChecked(visible)
        if visible:
            self.aids.attach_panel()

    def retranslate_ui(self) -> None:
        """The dock's title in the interface language (the actions retranslate themselves).

        The buttons of the docks' tab bars too: Qt names them once, when it makes a bar (in the
        language of the moment), so they are named again on a change of language only.
        """
        self.dock.setWindowTitle(_("Vocabulary"))
        retranslate_dock_buttons(self.dock)
        if not self._built:
            return
        from PySide6.QtWidgets import QTabBar

        for bar in self.window.findChildren(QTabBar):
            for button in bar.findChildren(QAbstractButton):
                source = _TAB_BUTTONS.get(button.objectName())
                if source:
                    button.setAccessibleName(QCoreApplication.translate("QTabBar", source))


def install_study_aids(window: MainWindow) -> StudyInstall:
    """Put the study aids' actions and the Vocabulary dock in ``window``."""
    return StudyInstall(window)

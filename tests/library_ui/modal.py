"""Answering the window's modal dialogs from a test, without ever hanging it."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

GIVE_UP_S = 15.0


def when_shown(name: str, act: Callable[[QWidget], None]) -> None:
    """Run ``act(dialog)`` once the modal dialog named ``name`` shows.

    Should it not show in time, or ``act`` fail, whatever modal dialog is open is rejected so
    that the test goes on (and fails on its own assertions) instead of waiting for ever.
    """
    deadline = time.monotonic() + GIVE_UP_S

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.objectName() == name:
            try:
                act(dialog)
            finally:
                if dialog.isVisible() and isinstance(dialog, QDialog):
                    dialog.reject()
            return
        if time.monotonic() > deadline:
            if isinstance(dialog, QDialog):
                dialog.reject()
            return
        QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)


def answer(name: str, button: str) -> None:
    """Click ``button`` (an object name or a text) of the message box ``name`` once shown."""

    def click(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        for candidate in box.buttons():
            if candidate.objectName() == button or candidate.text().replace("&", "") == button:
                candidate.click()
                return
        raise AssertionError(f"no button {button!r} in {name}")

    when_shown(name, click)

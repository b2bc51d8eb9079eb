"""Study objects closed before their queued callbacks run: the callbacks are dropped, not run."""

from __future__ import annotations

import pytest
import shiboken6

import wocdesk
from wocdesk.ui.study import data


def test_study_data_deleted_before_its_start_callbacks_is_left_alone(
    qapp, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    # Words and dictionary already loaded in this process: start() queues both callbacks.
    monkeypatch.setattr(data, "_loaded", {"words", "dictionary"})
    monkeypatch.setattr("wocdesk.study.dictionary.dictionary_if_loaded", lambda: object())
    study = data.StudyData(wocdesk.load_article())
    study.start()
    shiboken6.delete(study)  # the window closed before the event loop ran again
    qtbot.wait(20)  # pytest-qt fails the test on any exception raised in the event loop

"""Fixtures for the outline panel and Add to briefing: private settings and data, answers."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

import wocdesk.ui  # noqa: F401  (guards None's reference count before any Qt call)

SEED = Path(__file__).resolve().parents[2].parent / "shared" / "seed" / "000_2b292c5d52b8690a.txt"
FALLBACK = Path(__file__).resolve().parents[1] / "data" / "seed.txt"


@pytest.fixture(autouse=True)
def private_places(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Settings, key points of articles without a file and caches under ``tmp_path``."""
    folder = tmp_path / "settings"
    folder.mkdir()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    yield folder


@dataclass
class Answers:
    """The questions about unsaved edits asked (title, leaving) and the replies to give."""

    asked: list[tuple[str, bool]] = field(default_factory=list)
    replies: list[object] = field(default_factory=list)


@pytest.fixture(autouse=True)
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    """The questions about unsaved edits are answered from ``replies`` (else Discard)."""
    from wocdesk.ui.outline import saving

    found = Answers()

    def ask(parent, title, leaving, why=""):
        found.asked.append((title, leaving))
        return found.replies.pop(0) if found.replies else saving.Choice.DISCARD

    monkeypatch.setattr(saving, "ask", ask)
    return found


@pytest.fixture
def raw_seed(tmp_path: Path) -> Path:
    """The published post as a raw text file in its own folder (its key points go beside it)."""
    target = tmp_path / "post" / "seed.txt"
    target.parent.mkdir()
    shutil.copy(SEED if SEED.exists() else FALLBACK, target)
    return target


@pytest.fixture
def seed_article(raw_seed: Path):
    """The raw seed opened as the window opens it (imported on the fly)."""
    from wocdesk.content.opening import open_article

    return open_article(raw_seed)


@pytest.fixture
def make_window(qtbot, qapp):
    """A factory of shown reader windows (article, mode)."""
    from wocdesk.ui.app.fonts import register_fonts
    from wocdesk.ui.reader.main_window import MainWindow

    register_fonts()
    made = []

    def make(article, mode="en", size=(1300, 850)):
        window = MainWindow(article, mode)
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        with qtbot.waitActive(window):  # window shortcuts (Ctrl+B, F5) go to the active window
            window.activateWindow()
        made.append(window)
        return window

    yield make
    for window in made:
        window.close()


@pytest.fixture
def state(seed_article, qapp):
    """A reader state on the imported seed."""
    from wocdesk.ui.state import ReaderState

    return ReaderState(seed_article)

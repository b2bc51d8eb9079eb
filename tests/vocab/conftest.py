"""Fixtures for the vocabulary: a private library per test, the dictionary loaded once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from wocdesk.library.store import Library


@pytest.fixture(autouse=True)
def library_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets its own library (``WOCDESK_LIBRARY``), as a user's private one."""
    path = tmp_path / "lib" / "library.sqlite3"
    monkeypatch.setenv("WOCDESK_LIBRARY", str(path))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return path


@pytest.fixture
def library(library_path: Path) -> Iterator[Library]:
    opened = Library.open()
    assert opened.path == library_path
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def dictionary():  # type: ignore[no-untyped-def]
    from wocdesk.study.dictionary import load_dictionary

    return load_dictionary()

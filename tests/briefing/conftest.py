"""Fixtures for key points: an imported article in its own folder, the user's data kept apart."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def private_data(tmp_path_factory, monkeypatch) -> Path:  # type: ignore[no-untyped-def]
    """Key points of the bundled article go to a temporary data folder, never the user's."""
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("XDG_DATA_HOME", str(folder))
    return folder


@pytest.fixture
def imported(tmp_path, seed_text):  # type: ignore[no-untyped-def]
    """The raw seed imported into ``tmp_path/seed.toml`` and loaded."""
    from wocdesk.content.article_file.article_toml import article_toml
    from wocdesk.content.article_file.loader import load_article
    from wocdesk.content.importing.importer import import_text

    path = tmp_path / "seed.toml"
    path.write_text(article_toml(import_text(seed_text, "seed")), encoding="utf-8")
    return load_article(path)

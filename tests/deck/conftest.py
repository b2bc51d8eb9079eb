"""Fixtures for the deck tests: planned decks and written .pptx files per language mode."""

from __future__ import annotations

from pathlib import Path

import pytest

MODES = ("zh", "en", "zh-en", "en-zh")


@pytest.fixture(scope="session")
def decks(article):  # type: ignore[no-untyped-def]
    from wocdesk.deck import plan_deck

    return {mode: plan_deck(article, lang=mode) for mode in MODES}


@pytest.fixture(scope="session")
def pptx_files(decks, tmp_path_factory) -> dict[str, Path]:  # type: ignore[no-untyped-def]
    from wocdesk.deck import write_pptx

    folder = tmp_path_factory.mktemp("decks")
    return {mode: write_pptx(deck, folder / f"deck-{mode}.pptx") for mode, deck in decks.items()}


@pytest.fixture(autouse=True)
def private_cache(tmp_path_factory, monkeypatch) -> Path:  # type: ignore[no-untyped-def]
    """A temporary ``XDG_CACHE_HOME``: a test can see that an export writes nothing there."""
    folder = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder))
    return folder

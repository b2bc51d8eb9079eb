"""Test set-up: Qt offscreen, English interface, fresh state between tests."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "en_US.UTF-8")
# Settings, caches and the library of the whole run go to a temporary folder, never the user's.
_PRIVATE = Path(tempfile.mkdtemp(prefix="wocdesk-tests-"))
os.environ["XDG_CONFIG_HOME"] = str(_PRIVATE / "config")
os.environ["XDG_CACHE_HOME"] = str(_PRIVATE / "cache")
os.environ["XDG_DATA_HOME"] = str(_PRIVATE / "data")  # the library too
os.environ.pop("WOCDESK_LIBRARY", None)

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seed" / "000_2b292c5d52b8690a.txt"


@pytest.fixture(autouse=True)
def english_interface() -> Iterator[None]:
    """Every test starts and ends with the English interface."""
    from wocdesk.i18n import set_interface_language

    set_interface_language("en")
    yield
    set_interface_language("en")


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The article as published (the shared seed; a copy is kept in tests/data for CI)."""
    path = SEED if SEED.exists() else ROOT / "tests" / "data" / "seed.txt"
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def article():  # type: ignore[no-untyped-def]
    """The bundled article."""
    import wocdesk

    return wocdesk.load_article()

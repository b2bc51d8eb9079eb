"""The plan cache: data only (never code), in platformdirs' folder, robust to odd entries."""

from __future__ import annotations

import os
import pickle
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from wocdesk.cli.main import main
from wocdesk.deck import cache


def folder(private_cache: Path) -> Path:
    return private_cache / "wocdesk" / "decks"


def test_a_plan_round_trips_as_json(decks) -> None:  # type: ignore[no-untyped-def]
    for deck in decks.values():
        data = cache.dumps(deck)
        assert data.startswith(b"{") and cache.loads(data) == deck


def test_the_cache_folder_comes_from_platformdirs(private_cache) -> None:  # type: ignore[no-untyped-def]
    assert cache.cache_dir() == folder(private_cache)


def test_a_planted_pickle_never_runs(private_cache, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert main(["export", "--lang", "en", "-o", str(tmp_path / "a.pptx")]) == 0
    (entry,) = folder(private_cache).glob("*.json")
    marker = tmp_path / "ran"

    class Evil:
        def __reduce__(self):  # type: ignore[no-untyped-def]
            return (os.system, (f"touch {marker}",))

    entry.write_bytes(pickle.dumps(Evil()))
    entry.with_suffix(".pickle").write_bytes(pickle.dumps(Evil()))
    assert main(["export", "--lang", "en", "-o", str(tmp_path / "b.pptx")]) == 0
    assert not marker.exists()
    assert not list(folder(private_cache).glob("*.pickle"))  # old-style entries are removed


@pytest.mark.parametrize(
    "content",
    [b"garbage", b'{"_": "Deck"}', b'{"_": "os.system", "command": "x"}', b"[" * 100000, b"{}"],
)
def test_a_damaged_entry_is_planned_afresh(content: bytes, private_cache, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert main(["export", "--lang", "zh", "-o", str(tmp_path / "a.pptx")]) == 0
    (entry,) = folder(private_cache).glob("*.json")
    entry.write_bytes(content)
    assert main(["export", "--lang", "zh", "-o", str(tmp_path / "b.pptx")]) == 0
    assert cache.loads(entry.read_bytes()) is not None  # and stored again


def test_an_entry_that_is_a_folder_or_a_pipe(private_cache, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert main(["export", "--lang", "en", "-o", str(tmp_path / "a.pptx")]) == 0
    (entry,) = folder(private_cache).glob("*.json")
    entry.unlink()
    entry.mkdir()
    assert main(["export", "--lang", "en", "-o", str(tmp_path / "b.pptx")]) == 0
    assert entry.is_dir() and not list(folder(private_cache).glob(".*.part"))
    entry.rmdir()
    os.mkfifo(entry)
    out = str(tmp_path / "c.pptx")
    code = (
        "from wocdesk.cli.main import main; "
        f"raise SystemExit(main(['export', '--lang', 'en', '-o', {out!r}]))"
    )
    env = {**os.environ, "XDG_CACHE_HOME": str(private_cache)}
    done = subprocess.run([sys.executable, "-c", code], env=env, timeout=120, capture_output=True)
    assert done.returncode == 0  # the pipe is never opened: no hang
    assert stat.S_ISREG(entry.lstat().st_mode)  # a proper entry took its place
    assert cache.loads(entry.read_bytes()) is not None


def test_a_full_disk_leaves_no_temporary_file(private_cache, decks, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    original = Path.write_bytes

    def full(self: Path, data: bytes) -> int:
        original(self, data[:10])
        raise OSError(28, "No space left on device")

    folder(private_cache).mkdir(parents=True, exist_ok=True)
    monkeypatch.setattr(Path, "write_bytes", full)
    cache.store("k" * 64, decks["en"])
    monkeypatch.setattr(Path, "write_bytes", original)
    assert list(folder(private_cache).iterdir()) == []


def test_fonts_chosen_change_the_key(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from wocdesk.deck.model import Fonts
    from wocdesk.resources import bundled_article_path, default_outline_path

    args = (bundled_article_path(), default_outline_path(), "en", None)
    themed = cache.deck_key(*args, Fonts("Arial", "Microsoft YaHei", True, True))
    chosen = cache.deck_key(*args, Fonts("Arial", "Microsoft YaHei", False, True))
    assert themed and chosen and themed != chosen

"""A cache of planned decks, keyed by the exact inputs and the code, so re-exports skip planning.

The key hashes the article and outline bytes, the options, wocdesk's version and the size and
modification time of every module and catalog the plan depends on; any change plans afresh.
Entries are pickles in the user's own cache folder; a bad or unreadable entry is ignored.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path

from wocdesk.deck.model import Deck, Fonts

ENV_DISABLE = "WOCDESK_NO_CACHE"
_PACKAGE = Path(__file__).resolve().parents[1]
_CODE_DIRS = ("deck", "deck/kinds", "content", "i18n", "model")


def cache_dir() -> Path:
    """``$XDG_CACHE_HOME/wocdesk/decks`` (``~/.cache/wocdesk/decks`` by default)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "wocdesk" / "decks"


def _code_stamp(digest: hashlib._Hash) -> None:
    from wocdesk import __version__
    from wocdesk.resources import resource

    digest.update(__version__.encode())
    files = [p for d in _CODE_DIRS for p in sorted((_PACKAGE / d).glob("*.py"))]
    files.append(_PACKAGE / "resources.py")
    files.append(resource("locale", "zh_CN", "LC_MESSAGES", "wocdesk.po"))
    files.extend(sorted(resource("fonts").glob("*.otf")))  # the planner measures with them
    for path in files:
        stat = path.stat()
        digest.update(f"{path.name}:{stat.st_size}:{stat.st_mtime_ns};".encode())


def deck_key(
    article: Path, outline: Path, mode: str, notes: str | None, fonts: Fonts
) -> str | None:
    """The cache key of a plan, or None when caching is off or an input cannot be read."""
    if os.environ.get(ENV_DISABLE):
        return None
    digest = hashlib.sha256()
    try:
        for path in (article, outline):
            digest.update(path.read_bytes())
            digest.update(b"\0")
        _code_stamp(digest)
    except OSError:
        return None
    digest.update(f"{mode}|{notes}|{fonts.latin}|{fonts.cjk}".encode())
    return digest.hexdigest()


def load(key: str | None) -> Deck | None:
    """The cached plan for ``key``, or None."""
    if key is None:
        return None
    try:
        with open(cache_dir() / f"{key}.pickle", "rb") as handle:
            deck = pickle.load(handle)
    except Exception:  # missing, truncated or from another version: plan afresh
        return None
    return deck if isinstance(deck, Deck) else None


def store(key: str | None, deck: Deck) -> None:
    """Keep ``deck`` for ``key`` (best effort: a cache that cannot be written is skipped)."""
    if key is None:
        return
    try:
        folder = cache_dir()
        folder.mkdir(parents=True, exist_ok=True)
        temporary = folder / f".{key}.{os.getpid()}.part"
        temporary.write_bytes(pickle.dumps(deck, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(temporary, folder / f"{key}.pickle")
        _prune(folder)
    except (OSError, RuntimeError, pickle.PicklingError):  # no home folder, full disk, …
        return


KEEP = 32  # plans kept: every language of a few outlines


def _prune(folder: Path) -> None:
    """Remove all but the :data:`KEEP` most recently written plans."""
    entries = sorted(folder.glob("*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for entry in entries[KEEP:]:
        entry.unlink(missing_ok=True)

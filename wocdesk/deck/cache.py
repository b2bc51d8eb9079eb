"""A cache of planned decks, keyed by the exact inputs and the code, so re-exports skip planning.

Measured (``tests/benchmarks/bench_export.py``): a repeated ``wocdesk export`` with the same
article, outline and options skips importing and running the planner; since planning was made
fast, that is about a twentieth of the whole process (it was a quarter). The key hashes the
article and outline bytes, the options and fonts, wocdesk's version and the size and
modification time of every module, catalog and font file the plan depends on; any change
plans afresh.

Entries are JSON (data only: nothing read from the cache can run code) in the user's cache
folder (platformdirs). A missing, damaged, oversized or odd entry (a folder, a pipe) is
ignored; a plan that cannot be stored (no home folder, a full disk) is skipped and leaves no
temporary file behind.
"""

from __future__ import annotations

import contextlib
import os
import stat
from dataclasses import fields, is_dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from wocdesk.deck import model
from wocdesk.deck.model import Deck, Fonts
from wocdesk.model.text import DisplayMode

ENV_DISABLE = "WOCDESK_NO_CACHE"
KEEP = 32  # plans kept: every language of a few outlines
MAX_ENTRY_BYTES = 16 * 1024 * 1024
_PACKAGE = Path(__file__).resolve().parents[1]
_CODE_DIRS = ("deck", "deck/kinds", "content", "i18n", "model")
# The only types an entry may name: plain data classes of the plan.
_TYPES: dict[str, type] = {
    cls.__name__: cls
    for cls in (
        model.Paragraph,
        model.TextBox,
        model.ShapeBox,
        model.ChartSeries,
        model.ChartBox,
        model.Cell,
        model.TableBox,
        model.Slide,
        model.Fonts,
        model.Deck,
    )
}


def cache_dir() -> Path:
    """The user's cache folder for plans (``~/.cache/wocdesk/decks`` on Linux)."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("wocdesk", appauthor=False)) / "decks"


def _code_stamp(digest: Any) -> None:
    from wocdesk import __version__
    from wocdesk.resources import resource

    digest.update(__version__.encode())
    files = [p for d in _CODE_DIRS for p in sorted((_PACKAGE / d).glob("*.py"))]
    files.append(_PACKAGE / "resources.py")
    files.append(resource("locale", "zh_CN", "LC_MESSAGES", "wocdesk.po"))
    files.extend(sorted(resource("fonts").glob("*.otf")))  # the planner measures with them
    files.extend(sorted(resource("fonts").glob("*.json")))
    for path in files:
        info = path.stat()
        digest.update(f"{path.name}:{info.st_size}:{info.st_mtime_ns};".encode())


def enabled() -> bool:
    """False when ``WOCDESK_NO_CACHE`` is set: plans are then neither read nor kept."""
    return not os.environ.get(ENV_DISABLE)


def deck_key(
    article: Path, outline: Path, mode: str, notes: str | None, fonts: Fonts
) -> str | None:
    """The cache key of a plan, or None when caching is off or an input cannot be read."""
    if not enabled():
        return None
    import hashlib

    digest = hashlib.sha256()
    try:
        for path in (article, outline):
            if not stat.S_ISREG(path.stat().st_mode):
                return None  # a pipe or a device is read once, by the loader, or refused
            digest.update(path.read_bytes())
            digest.update(b"\0")
        _code_stamp(digest)
    except OSError:
        return None
    digest.update(
        f"{mode}|{notes}|{fonts.latin}|{fonts.cjk}|{fonts.theme_latin}|{fonts.theme_cjk}".encode()
    )
    return digest.hexdigest()


def _encode(value: Any) -> Any:
    if isinstance(value, Enum):
        return {"_": type(value).__name__, "value": value.value}
    if is_dataclass(value) and not isinstance(value, type):
        out: dict[str, Any] = {"_": type(value).__name__}
        for item in fields(value):
            out[item.name] = _encode(getattr(value, item.name))
        return out
    if isinstance(value, tuple | list):
        return [_encode(v) for v in value]
    return value


def _decode(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_decode(v) for v in value)
    if isinstance(value, dict):
        name = value.get("_")
        if name == "DisplayMode":
            return DisplayMode(value["value"])
        cls = _TYPES.get(name) if isinstance(name, str) else None
        if cls is None:
            raise ValueError(f"not a plan type: {name!r}")
        return cls(**{k: _decode(v) for k, v in value.items() if k != "_"})
    return value


def dumps(deck: Deck) -> bytes:
    """A plan as JSON bytes."""
    import json

    return json.dumps(_encode(deck), ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def loads(data: bytes) -> Deck | None:
    """The plan in JSON ``data``, or None when it is not one."""
    try:
        import json

        deck = _decode(json.loads(data))
    except (ValueError, TypeError, KeyError, RecursionError):
        return None
    return deck if isinstance(deck, Deck) else None


def load(key: str | None) -> Deck | None:
    """The cached plan for ``key``, or None."""
    if key is None:
        return None
    try:
        path = cache_dir() / f"{key}.json"
        info = path.stat()
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_ENTRY_BYTES:
            return None  # a folder, a pipe or a device planted there is never opened
        data = path.read_bytes()
    except (OSError, RuntimeError):  # missing, unreadable, no home folder
        return None
    return loads(data)


def store(key: str | None, deck: Deck) -> None:
    """Keep ``deck`` for ``key`` (best effort: a cache that cannot be written is skipped)."""
    if key is None:
        return
    temporary: Path | None = None
    try:
        folder = cache_dir()
        folder.mkdir(parents=True, exist_ok=True)
        temporary = folder / f".{key}.{os.getpid()}.part"
        temporary.write_bytes(dumps(deck))
        os.replace(temporary, folder / f"{key}.json")
        temporary = None
        _prune(folder)
    except (OSError, RuntimeError, ValueError):  # no home folder, full disk, a folder there …
        return
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                temporary.unlink(missing_ok=True)


def _prune(folder: Path) -> None:
    """Remove all but the :data:`KEEP` most recently written plans (and any old pickles)."""
    for old in folder.glob("*.pickle"):
        old.unlink(missing_ok=True)
    entries = []
    for entry in folder.glob("*.json"):
        info = entry.lstat()
        if stat.S_ISREG(info.st_mode):
            entries.append((info.st_mtime, entry))
    entries.sort(reverse=True)
    for _mtime, entry in entries[KEEP:]:
        entry.unlink(missing_ok=True)

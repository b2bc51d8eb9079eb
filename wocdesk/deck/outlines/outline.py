"""Deck outlines (``slides/*.toml``): the data, reading and type-checking them, errors by slide.

Checking an outline against an article (do its ids exist?) is in ``outline_check``; the default
outline of any article in ``default_outline``; writing one as TOML in ``outline_toml``.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wocdesk.deck.errors import OutlineError
from wocdesk.deck.outlines.schema import (
    COMMON_KEYS,
    DEFAULT_LABELS,
    ID_LIST_KEYS,
    KINDS,
    MAX_SLIDES,
    SHOW_CHOICES,
    SUPPORTED_FORMAT,
    bitext,
    check_slide_keys,
)
from wocdesk.i18n import _
from wocdesk.model import BiText

if TYPE_CHECKING:
    from wocdesk.model import Article

LIMIT = 8 << 20  # bytes: an outline is a few kilobytes; anything this large is not one

__all__ = [
    "COMMON_KEYS",
    "DEFAULT_LABELS",
    "ID_LIST_KEYS",
    "KINDS",
    "SHOW_CHOICES",
    "Outline",
    "SlideSpec",
    "bitext",
    "check_outline",
    "load_outline",
    "outline_from_data",
    "parse_outline",
]


@dataclass(frozen=True, slots=True)
class SlideSpec:
    """One slide of an outline: its kind, optional title, notes passages and its other keys."""

    number: int
    kind: str
    title: BiText | None
    notes: tuple[str, ...] | None
    keys: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Outline:
    """A deck outline: a name, a deck title, labels and the slides in order."""

    path: str
    name: str
    title: BiText
    slides: tuple[SlideSpec, ...]
    labels: Mapping[str, BiText] = field(default_factory=dict)

    def label(self, key: str) -> BiText:
        """A deck label (``source``, ``continued``, ``ours``, ``extract``, …) from the outline."""
        return self.labels.get(key) or DEFAULT_LABELS[key]


def parse_outline(text: str, path: str | Path = "outline") -> Outline:
    """Parse outline TOML text; raise :class:`OutlineError` naming the file, slide and key."""
    where = str(path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise OutlineError(_("not valid TOML: {reason}").format(reason=exc), where) from None
    except RecursionError:
        raise OutlineError(_("not an outline: values nested too deeply"), where) from None
    return outline_from_data(data, where)


def outline_from_data(data: Mapping[str, Any], path: str | Path = "outline") -> Outline:
    """Build an outline from parsed TOML (or equivalent) data, checking every key's type."""
    where = str(path)
    version = data.get("format", SUPPORTED_FORMAT)
    if isinstance(version, bool) or version != SUPPORTED_FORMAT:
        message = _("format {value} is not supported (this wocdesk reads format {supported})")
        raise OutlineError(
            message.format(value=_short(version), supported=SUPPORTED_FORMAT), where, None, "format"
        )
    slides_raw = data.get("slides")
    if not isinstance(slides_raw, list) or not slides_raw:
        raise OutlineError(
            _("no [[slides]]: an outline lists at least one slide"), where, None, "slides"
        )
    if len(slides_raw) > MAX_SLIDES:
        message = _("{count} slides; an outline lists at most {limit}")
        raise OutlineError(
            message.format(count=len(slides_raw), limit=MAX_SLIDES), where, None, "slides"
        )
    labels_raw = data.get("labels", {})
    if not isinstance(labels_raw, Mapping):
        raise OutlineError(_("expected a table"), where, None, "labels")
    labels = {}
    for key, value in labels_raw.items():
        if key not in DEFAULT_LABELS:
            message = _("unknown label {name} (labels: {known})")
            known = ", ".join(DEFAULT_LABELS)
            raise OutlineError(message.format(name=_short(key), known=known), where, None, "labels")
        labels[key] = bitext(value, where, None, f"labels.{key}")
    title = bitext(data.get("title", "Briefing"), where, None, "title")
    name_value = data.get("name", Path(where).stem)
    if not isinstance(name_value, str):
        raise OutlineError(_("expected text"), where, None, "name")
    slides = tuple(_slide(number, raw, where) for number, raw in enumerate(slides_raw, start=1))
    return Outline(where, name_value.strip() or Path(where).stem, title, slides, labels)


def _slide(number: int, raw: Any, where: str) -> SlideSpec:
    if not isinstance(raw, Mapping):
        raise OutlineError(_("expected a table"), where, number)
    kind = raw.get("kind")
    if not isinstance(kind, str) or kind not in KINDS:
        message = _("unknown kind {kind} (choose {choices})")
        raise OutlineError(
            message.format(kind=_short(kind), choices=", ".join(KINDS)), where, number, "kind"
        )
    keys = check_slide_keys(kind, raw, where, number)
    title_value = bitext(raw["title"], where, number, "title") if "title" in raw else None
    notes = keys.pop("notes", None)
    keys.pop("title", None)
    keys.pop("kind", None)
    return SlideSpec(number, kind, title_value, notes, keys)


def load_outline(path: str | Path | None = None) -> Outline:
    """Read an outline file (the bundled ``slides/briefing.toml`` when ``path`` is None).

    FIFOs, devices and folders are refused without reading, and so is an empty file name.
    """
    from wocdesk.briefing.safe_read import read_small_text
    from wocdesk.resources import default_outline_path

    if path is not None and not str(path).strip():
        raise OutlineError(_("no file name given (an empty name)"), "--outline")
    file = Path(path) if path is not None else default_outline_path()
    text = read_small_text(
        file,
        _("an outline file"),
        LIMIT,
        lambda message, line: OutlineError(
            message
            if line is None
            else _("{message} (line {line})").format(message=message, line=line),
            file,
        ),
    )
    return parse_outline(text, file)


def check_outline(outline: Outline, article: Article) -> None:
    """Raise :class:`OutlineError` for the first reference the article does not resolve."""
    from wocdesk.deck.outlines.check import check_outline as check

    check(outline, article)


def _short(value: object) -> str:
    from wocdesk.briefing.did_you_mean import short

    return short(value)

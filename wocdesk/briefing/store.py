"""Where an article's key points are kept: a side file beside the article, for now.

The store is a small interface (:class:`KeyPointStore`) that the library will implement too.
This module is light to import: whether an article has key points at all (``is_empty``) is
asked at start-up, and the key points' own modules load only when there are some.
"""

from __future__ import annotations

import os
from abc import ABC, abstractmethod
from dataclasses import replace
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wocdesk.errors import WocdeskError
from wocdesk.i18n import _
from wocdesk.model.text import LANGS, BiText, parse_lang

if TYPE_CHECKING:
    from wocdesk.briefing.keypoints import KeyPoint, KeyPoints, PointGroup
    from wocdesk.model.article import Article

SUFFIX = ".keypoints.toml"
FORMAT = 1
LIMIT = 16 << 20  # bytes: a key point file is small; anything larger is not one
_READ: dict[Path, tuple[tuple[int, int, int], KeyPoints]] = {}  # path -> (stat, points)


class _Keep(Enum):
    KEEP = 0


KEEP = _Keep.KEEP  # update(): leave the group as it is


class KeyPointError(WocdeskError):
    """A key point file that cannot be used (one line naming the file, the point and the key)."""


class KeyPointStore(ABC):
    """The key points of one article: load and save, plus the edits the reader offers."""

    def __init__(self, article_id: str) -> None:
        self.article_id = article_id

    @abstractmethod
    def load(self) -> KeyPoints:
        """The stored points (none yet: an empty :class:`KeyPoints`)."""

    @abstractmethod
    def save(self, points: KeyPoints) -> None:
        """Keep ``points`` (replacing what was stored), all or nothing."""

    def is_empty(self) -> bool:
        """True when nothing is stored yet, so that ``load`` would give no points and no groups.

        Asked before anything is loaded (the window at start-up): a store answers as cheaply as
        it can, and may say False when in doubt (``load`` then tells).
        """
        points = self.load()
        return not points.points and not points.groups

    def add(self, point: KeyPoint, index: int | None = None) -> KeyPoints:
        """Store ``point`` at ``index`` (the end by default); a taken id gets a fresh one."""
        from wocdesk.briefing.keypoints import new_id

        points = self.load()
        taken = [p.id for p in points.points]
        if point.id in taken or not point.id:
            point = replace(point, id=new_id(taken))
        items = list(points.points)
        items.insert(len(items) if index is None else index, point)
        return self._save(replace(points, points=tuple(items)))

    def remove(self, point_id: str) -> KeyPoints:
        """Forget the point ``point_id`` (``KeyError`` if there is none)."""
        points = self.load()
        points.point(point_id)
        kept = tuple(p for p in points.points if p.id != point_id)
        return self._save(replace(points, points=kept))

    def move(self, point_id: str, index: int) -> KeyPoints:
        """Put the point ``point_id`` at position ``index`` (clamped to the list)."""
        points = self.load()
        point = points.point(point_id)
        items = [p for p in points.points if p.id != point_id]
        items.insert(max(0, min(index, len(items))), point)
        return self._save(replace(points, points=tuple(items)))

    def update(
        self,
        point_id: str,
        *,
        title: BiText | None = None,
        group: str | _Keep | None = KEEP,
    ) -> KeyPoints:
        """Retitle a point (``BiText()`` gives back the source's words) or regroup it."""
        points = self.load()
        point = points.point(point_id)
        if title is not None:
            point = replace(point, title=title)
        if not isinstance(group, _Keep):
            if group is not None:
                points.group(group)
            point = replace(point, group=group)
        items = tuple(point if p.id == point_id else p for p in points.points)
        return self._save(replace(points, points=items))

    def add_group(self, title: BiText) -> tuple[KeyPoints, PointGroup]:
        """A new, empty group titled ``title`` (a slide of its own)."""
        from wocdesk.briefing.keypoints import PointGroup, new_id

        points = self.load()
        group = PointGroup(new_id((g.id for g in points.groups), "g"), title)
        return self._save(replace(points, groups=(*points.groups, group))), group

    def remove_group(self, group_id: str) -> KeyPoints:
        """Forget a group; its points go back to their sections' slides."""
        points = self.load()
        points.group(group_id)
        groups = tuple(g for g in points.groups if g.id != group_id)
        items = tuple(replace(p, group=None) if p.group == group_id else p for p in points.points)
        return self._save(replace(points, points=items, groups=groups))

    def _save(self, points: KeyPoints) -> KeyPoints:
        self.save(points)
        return points


class SideFileStore(KeyPointStore):
    """Key points in a TOML file (``ARTICLE.keypoints.toml``), written atomically."""

    def __init__(self, path: Path, article_id: str, *, make_folder: bool = False) -> None:
        super().__init__(article_id)
        self.path = path
        self.make_folder = make_folder  # the user's data folder may not exist yet

    def load(self) -> KeyPoints:
        """The points in the file; no file means no points yet.

        The file is parsed again only when it changed (a deck asks once per slide).
        """
        try:
            info = os.stat(self.path)
        except FileNotFoundError:
            from wocdesk.briefing.keypoints import KeyPoints

            return KeyPoints(self.article_id)
        except OSError:
            info = None
        stamp = (info.st_ino, info.st_size, info.st_mtime_ns) if info is not None else None
        known = _READ.get(self.path)
        if stamp is not None and known is not None and known[0] == stamp:
            return known[1]
        points = self._read()
        if stamp is not None:
            _READ[self.path] = (stamp, points)
        return points

    def is_empty(self) -> bool:
        """True when there is no file (one ``stat``); a file there, readable or not, is not."""
        try:
            os.stat(self.path)
        except FileNotFoundError:
            return True
        except OSError:
            return False
        return False

    def _read(self) -> KeyPoints:
        from wocdesk.briefing.safe_read import read_small_text

        text = read_small_text(
            self.path,
            _("a key point file"),
            LIMIT,
            lambda message, line: KeyPointError(
                f"{self.path}{'' if line is None else f':{line}'}: {message}"
            ),
        )
        return parse_key_points(text, self.path, self.article_id)

    def save(self, points: KeyPoints) -> None:
        """Write the file atomically (a failed write leaves the old one as it was)."""
        from wocdesk.content.files import DestinationError, write_text_atomically

        if self.make_folder:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DestinationError(
                    f"{self.path.parent}: "
                    + _("cannot be made ({reason})").format(reason=exc.strerror)
                ) from None
        write_text_atomically(self.path, key_points_toml(points))


def side_file(article_path: str | Path) -> Path:
    """``notes.toml`` → ``notes.keypoints.toml`` in the same folder."""
    path = Path(article_path)
    return path.with_name(path.stem + SUFFIX)


def data_folder() -> Path:
    """``$XDG_DATA_HOME/wocdesk/keypoints`` (``~/.local/share/wocdesk/keypoints`` by default)."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "wocdesk" / "keypoints"


def store_for(article: Article) -> KeyPointStore:
    """The store of ``article``'s key points.

    Beside its file; for the bundled article and articles without a file, in the user's data
    folder, named after the article's id.
    """
    from wocdesk.resources import bundled_article_path

    path = Path(article.path) if article.path else None
    if path is None or not path.is_file() or _same(path, bundled_article_path()):
        safe = "".join(c if c.isalnum() or c in "-_." else "-" for c in article.id) or "article"
        return SideFileStore(data_folder() / f"{safe}{SUFFIX}", article.id, make_folder=True)
    return SideFileStore(side_file(path), article.id)


def key_points_of(article: Article) -> KeyPoints:
    """The stored key points of ``article`` (none when it has no key point file)."""
    return store_for(article).load()


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


# -- the file format ------------------------------------------------------------------------


def key_points_toml(points: KeyPoints) -> str:
    """The TOML text of ``points`` (see :func:`parse_key_points`)."""
    from wocdesk.briefing.toml_text import bitext_table, document

    data: dict[str, Any] = {"format": FORMAT, "article": points.article_id}
    if points.groups:
        data["groups"] = [{"id": g.id, "title": bitext_table(g.title)} for g in points.groups]
    rows = []
    for p in points.points:
        row: dict[str, Any] = {
            "id": p.id,
            "passage": p.passage_id,
            "lang": p.lang,
            "start": p.start,
            "end": p.end,
        }
        if p.text:
            row["text"] = p.text
        if p.title.languages:
            row["title"] = bitext_table(p.title)
        if p.group is not None:
            row["group"] = p.group
        rows.append(row)
    if rows:
        data["points"] = rows
    return document(
        data,
        [
            "Key points marked in the article (wocdesk). start and end are character offsets",
            "into the passage's text in lang; text is what they marked. A title replaces the",
            "source's own words in its language on slides.",
        ],
    )


def parse_key_points(text: str, path: str | Path, article_id: str) -> KeyPoints:
    """Key points from the text of a key point file; a bad file is one :class:`KeyPointError`."""
    import tomllib

    from wocdesk.briefing.did_you_mean import short
    from wocdesk.briefing.keypoints import KeyPoint, KeyPoints, PointGroup

    where = str(path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise KeyPointError(
            f"{where}: " + _("not valid TOML: {reason}").format(reason=exc)
        ) from None
    except RecursionError:
        raise KeyPointError(f"{where}: " + _("values nested too deeply")) from None
    reader = _Reader(where)
    version = data.get("format", FORMAT)
    if version != FORMAT or isinstance(version, bool):
        reader.fail(
            "format",
            _("format {value} is not supported (this wocdesk reads format {supported})").format(
                value=short(version), supported=FORMAT
            ),
        )
    groups = tuple(
        PointGroup(reader.ident(g, "id", f"groups[{n}]"), reader.bitext(g, "title", f"groups[{n}]"))
        for n, g in enumerate(reader.tables(data, "groups"), start=1)
    )
    group_ids = {g.id for g in groups}
    points: list[KeyPoint] = []
    seen: set[str] = set()
    for number, row in enumerate(reader.tables(data, "points"), start=1):
        at = f"points[{number}]"
        point_id = reader.ident(row, "id", at)
        if point_id in seen:
            reader.fail(f"{at}.id", _("duplicate id {value}").format(value=short(point_id)))
        seen.add(point_id)
        lang = row.get("lang")
        if lang not in LANGS:
            reader.fail(f"{at}.lang", _("expected zh or en"))
        start, end = reader.whole(row, "start", at), reader.whole(row, "end", at)
        if not start < end:
            reader.fail(f"{at}.end", _("must be after start"))
        group = row.get("group")
        if group is not None and group not in group_ids:
            reader.fail(f"{at}.group", _("no group {value} in the file").format(value=short(group)))
        title = reader.bitext(row, "title", at) if "title" in row else BiText()
        words = row.get("text", "")
        if not isinstance(words, str):
            reader.fail(f"{at}.text", _("expected text"))
        passage = reader.ident(row, "passage", at)
        points.append(
            KeyPoint(point_id, passage, parse_lang(str(lang)), start, end, title, group, words)
        )
    stored = data.get("article", article_id)
    return KeyPoints(stored if isinstance(stored, str) else article_id, tuple(points), groups)


class _Reader:
    """Typed access to the parsed file, failing with the file and the key."""

    def __init__(self, where: str) -> None:
        self.where = where

    def fail(self, key: str, message: str) -> None:
        raise KeyPointError(f"{self.where}: {key}: {message}")

    def tables(self, data: dict[str, Any], key: str) -> list[dict[str, Any]]:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.fail(key, _("expected a list of tables"))
        return value  # type: ignore[no-any-return]

    def ident(self, table: dict[str, Any], key: str, at: str) -> str:
        value = table.get(key)
        if not isinstance(value, str) or not value.strip():
            self.fail(f"{at}.{key}", _("expected an id (text)"))
        return value  # type: ignore[return-value]

    def whole(self, table: dict[str, Any], key: str, at: str) -> int:
        value = table.get(key)
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            self.fail(f"{at}.{key}", _("expected a whole number, 0 or more"))
        return value  # type: ignore[return-value]

    def bitext(self, table: dict[str, Any], key: str, at: str) -> BiText:
        value = table.get(key)
        if (
            not isinstance(value, dict)
            or not value
            or not set(value) <= set(LANGS)
            or not all(isinstance(v, str) for v in value.values())
        ):
            self.fail(f"{at}.{key}", _('expected a table like { zh = "…", en = "…" }'))
        return BiText(value.get("zh"), value.get("en"))  # type: ignore[union-attr]

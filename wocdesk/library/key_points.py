"""Key points kept in the library: the briefing's ``KeyPointStore`` over the library's tables."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from wocdesk.briefing.keypoints import KeyPoint, KeyPoints, PointGroup
from wocdesk.briefing.store import KeyPointStore
from wocdesk.model.text import BiText, parse_lang

if TYPE_CHECKING:
    from wocdesk.library.store import Library


class LibraryKeyPointStore(KeyPointStore):
    """The key points of one library article; saving replaces them all in one transaction."""

    def __init__(self, library: Library, library_id: int) -> None:
        super().__init__(library.summary(library_id).key)
        self.library = library
        self.library_id = library_id

    def load(self) -> KeyPoints:
        """The stored points and groups, in their order."""

        def read(db: sqlite3.Connection) -> KeyPoints:
            groups = tuple(
                PointGroup(group_id, BiText(zh=zh, en=en))
                for group_id, zh, en in db.execute(
                    "SELECT id, title_zh, title_en FROM key_point_groups WHERE article = ? "
                    "ORDER BY position",
                    (self.library_id,),
                )
            )
            points = tuple(
                KeyPoint(
                    point_id,
                    passage_id,
                    parse_lang(lang),
                    start,
                    end,
                    BiText(zh=zh, en=en),
                    group,
                    text,
                )
                for point_id, passage_id, lang, start, end, zh, en, group, text in db.execute(
                    "SELECT id, passage_id, lang, span_start, span_end, title_zh, title_en, "
                    "point_group, marked_text FROM key_points WHERE article = ? "
                    "ORDER BY position",
                    (self.library_id,),
                )
            )
            return KeyPoints(self.article_id, points, groups)

        return self.library.run(read)

    def save(self, points: KeyPoints) -> None:
        """Make ``points`` the article's key points (all of them, or none if it fails)."""

        def write(db: sqlite3.Connection) -> None:
            db.execute("DELETE FROM key_points WHERE article = ?", (self.library_id,))
            db.execute("DELETE FROM key_point_groups WHERE article = ?", (self.library_id,))
            db.executemany(
                "INSERT INTO key_point_groups (article, id, position, title_zh, title_en) "
                "VALUES (?, ?, ?, ?, ?)",
                [
                    (self.library_id, g.id, n, g.title.zh, g.title.en)
                    for n, g in enumerate(points.groups)
                ],
            )
            db.executemany(
                "INSERT INTO key_points (article, id, position, passage_id, lang, span_start, "
                "span_end, title_zh, title_en, point_group, marked_text) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        self.library_id,
                        p.id,
                        n,
                        p.passage_id,
                        p.lang,
                        p.start,
                        p.end,
                        p.title.zh,
                        p.title.en,
                        p.group,
                        p.text,
                    )
                    for n, p in enumerate(points.points)
                ],
            )

        self.library.run(write, write=True)

"""The library's tables, and the migrations that bring any older database up to date.

``PRAGMA user_version`` holds the number of steps applied. A step is never changed once
released: a new version appends a step. Each step runs in the transaction that records it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence

Step = Callable[[sqlite3.Connection], None]

_VERSION_1 = """
CREATE TABLE articles (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    key TEXT NOT NULL,
    origin TEXT NOT NULL CHECK (origin IN ('bundled', 'imported')),
    kind TEXT NOT NULL,
    title_zh TEXT,
    title_en TEXT,
    source_zh TEXT,
    source_en TEXT,
    date TEXT,
    source_path TEXT NOT NULL DEFAULT '',
    content_hash TEXT NOT NULL,
    added TEXT NOT NULL,
    opened TEXT,
    sections INTEGER NOT NULL,
    passages INTEGER NOT NULL,
    chars_zh INTEGER NOT NULL,
    chars_en INTEGER NOT NULL,
    extra TEXT NOT NULL
);
CREATE INDEX articles_by_hash ON articles (content_hash);
CREATE UNIQUE INDEX articles_one_bundled ON articles (origin) WHERE origin = 'bundled';

CREATE TABLE sections (
    article INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    id TEXT NOT NULL,
    title_zh TEXT,
    title_en TEXT,
    editorial INTEGER NOT NULL DEFAULT 0,
    level INTEGER NOT NULL DEFAULT 1 CHECK (level >= 1),
    PRIMARY KEY (article, position)
) WITHOUT ROWID;

CREATE TABLE passages (
    rowid INTEGER PRIMARY KEY,
    article INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    section INTEGER NOT NULL,
    id TEXT NOT NULL,
    zh TEXT,
    en TEXT,
    UNIQUE (article, position)
);
CREATE INDEX passages_by_id ON passages (article, id);

-- Search: the passages' text with every CJK character a token of its own (see search.py).
CREATE VIRTUAL TABLE passage_index USING fts5 (
    zh, en, tokenize = 'unicode61 remove_diacritics 2'
);
-- A passage leaves the index with it, however it goes (its article removed, replaced).
CREATE TRIGGER passages_leave_index AFTER DELETE ON passages BEGIN
    DELETE FROM passage_index WHERE rowid = old.rowid;
END;

CREATE TABLE places (
    article INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    passage_id TEXT NOT NULL,
    passage_offset INTEGER NOT NULL DEFAULT 0 CHECK (passage_offset >= 0),
    mode TEXT NOT NULL,
    zoom INTEGER NOT NULL DEFAULT 0,
    updated TEXT NOT NULL
);

-- Key points as wocdesk.briefing models them: a span of a passage in one language, titles per
-- language, the user's order, and groups (one slide each).
CREATE TABLE key_points (
    article INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    position INTEGER NOT NULL,
    passage_id TEXT NOT NULL,
    lang TEXT NOT NULL CHECK (lang IN ('zh', 'en')),
    span_start INTEGER NOT NULL CHECK (span_start >= 0),
    span_end INTEGER NOT NULL CHECK (span_end > span_start),
    title_zh TEXT,
    title_en TEXT,
    point_group TEXT,
    marked_text TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (article, id)
) WITHOUT ROWID;

CREATE TABLE key_point_groups (
    article INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    position INTEGER NOT NULL,
    title_zh TEXT,
    title_en TEXT,
    PRIMARY KEY (article, id)
) WITHOUT ROWID;

CREATE TABLE outlines (
    article INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
    toml TEXT NOT NULL,
    updated TEXT NOT NULL
);

CREATE TABLE vocabulary (
    id INTEGER PRIMARY KEY,
    word TEXT NOT NULL,
    pinyin TEXT NOT NULL DEFAULT '',
    senses TEXT NOT NULL DEFAULT '[]',
    sentence_zh TEXT,
    sentence_en TEXT,
    article INTEGER REFERENCES articles (id) ON DELETE SET NULL,
    passage_id TEXT,
    created TEXT NOT NULL
);
CREATE INDEX vocabulary_by_word ON vocabulary (word);
CREATE INDEX vocabulary_by_article ON vocabulary (article);
"""


def statements(script: str) -> list[str]:
    """The SQL statements of ``script``, one by one (``executescript`` would commit first)."""
    found: list[str] = []
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            found.append(pending.strip())
            pending = ""
    return found


# Saved words: the language and place the word was found at (to jump back), the article's title
# when saved (a word outlives its article), and one entry per word and sentence (the first
# of any repeats is kept).
_VERSION_2 = """
ALTER TABLE vocabulary ADD COLUMN lang TEXT CHECK (lang IS NULL OR lang IN ('zh', 'en'));
ALTER TABLE vocabulary ADD COLUMN passage_offset INTEGER
    CHECK (passage_offset IS NULL OR passage_offset >= 0);
ALTER TABLE vocabulary ADD COLUMN title_zh TEXT;
ALTER TABLE vocabulary ADD COLUMN title_en TEXT;
DELETE FROM vocabulary WHERE id NOT IN (
    SELECT min(id) FROM vocabulary
    GROUP BY word, coalesce(sentence_zh, ''), coalesce(sentence_en, '')
);
CREATE UNIQUE INDEX vocabulary_once
    ON vocabulary (word, coalesce(sentence_zh, ''), coalesce(sentence_en, ''));
"""


def _version_1(connection: sqlite3.Connection) -> None:
    for statement in statements(_VERSION_1):
        connection.execute(statement)


def _version_2(connection: sqlite3.Connection) -> None:
    for statement in statements(_VERSION_2):
        connection.execute(statement)


# Step n (1-based) brings a database from user_version n-1 to n.
MIGRATIONS: tuple[Step, ...] = (_version_1, _version_2)
SCHEMA_VERSION = len(MIGRATIONS)


def user_version(connection: sqlite3.Connection) -> int:
    """The schema version recorded in the database (0 for a new, empty one)."""
    return int(connection.execute("PRAGMA user_version").fetchone()[0])


def migrate(connection: sqlite3.Connection, steps: Sequence[Step] = MIGRATIONS) -> int:
    """Apply the steps a database lacks, each in its own transaction; return the new version.

    The connection must be in autocommit mode (``isolation_level=None``). A step that fails
    rolls back with its version number, so the database stays at the last complete step.
    """
    version = user_version(connection)
    while version < len(steps):
        connection.execute("BEGIN IMMEDIATE")
        try:
            current = user_version(connection)  # another process may have migrated meanwhile
            if current != version:
                connection.execute("ROLLBACK")
                version = current
                continue
            steps[version](connection)
            connection.execute(f"PRAGMA user_version = {version + 1}")
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        version += 1
    return version

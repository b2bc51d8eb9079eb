"""Full-text search over both languages: every CJK character a token, English words as words.

The index (FTS5, ``unicode61``) holds each passage with a space around every Chinese, Japanese
or Korean character, so a query of any length — 专利, 创新, 知识产权 — is a phrase of single
characters and finds every place those characters stand together, as a reader's find does.
English and other space-separated words are whole words; the last word typed also matches as
a prefix (``innovat`` finds innovation). Words of a query must all occur in the passage (in
either language); a quoted query is one phrase. The README has the measurements behind this.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from dataclasses import dataclass
from functools import cache

from wocdesk.model.text import LANGS, BiText, Lang

_CJK_CHARS = (
    "\u3040-\u30ff\u3100-\u312f\u31a0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f"
    "\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003ffff"
)
# Letters and digits of the alphabets (Latin, Greek, Cyrillic): where a word of a query may not
# start or end in the middle when matches are highlighted.
_WORD = (
    "0-9A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u03ff\u0400-\u04ff"
)
_CJK_RANGES = (
    (0x3040, 0x30FF),
    (0x3100, 0x312F),
    (0x31A0, 0x31FF),
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xA960, 0xA97F),
    (0xAC00, 0xD7AF),
    (0xF900, 0xFAFF),
    (0x20000, 0x3FFFF),
)
_QUOTED = re.compile(r'"([^"]*)"|“([^”]*)”|(\S+)')
PREFIX_MINIMUM = 3  # a last word shorter than this matches only whole words (AI, IP)


@cache
def _regex(pattern: str) -> re.Pattern[str]:
    """The compiled ``pattern`` (compiled on first use: these classes are slow to compile)."""
    return re.compile(pattern)


def _cjk_or_run() -> re.Pattern[str]:
    return _regex(f"[{_CJK_CHARS}]|[^{_CJK_CHARS}]+")


def _token() -> re.Pattern[str]:
    return _regex(f"[{_CJK_CHARS}]|[^\\W_{_CJK_CHARS}]+")


def is_cjk(token: str) -> bool:
    """True for a single Chinese, Japanese or Korean character (a token of its own)."""
    if len(token) != 1:
        return False
    code = ord(token)
    return any(low <= code <= high for low, high in _CJK_RANGES)


def index_text(text: str | None) -> str | None:
    """The text as the index holds it: NFKC-folded, every CJK character set apart."""
    if text is None:
        return None
    return " ".join(_cjk_or_run().findall(unicodedata.normalize("NFKC", text)))


@dataclass(frozen=True, slots=True)
class Query:
    """A parsed query: terms, each a list of tokens that must stand together."""

    terms: tuple[tuple[str, ...], ...]
    prefix: bool

    @property
    def is_empty(self) -> bool:
        """True when the query has nothing to look for (only spaces or punctuation)."""
        return not self.terms

    def fts(self) -> str:
        """The FTS5 expression: each term a quoted phrase, the last one maybe a prefix."""
        phrases = [f'"{" ".join(term)}"' for term in self.terms]
        if self.prefix:
            phrases[-1] += " *"
        return " AND ".join(phrases)

    def pattern(self) -> re.Pattern[str]:
        """A regular expression finding each term in the passages' own text (for highlights)."""
        alternatives = []
        for number, term in enumerate(self.terms):
            parts = []
            for token in term:
                piece = re.escape(token)
                if not is_cjk(token):
                    piece = f"(?<![{_WORD}]){piece}"
                parts.append(piece)
            body = r"[\W_]*?".join(parts)
            last = number == len(self.terms) - 1
            if not (last and self.prefix) and not is_cjk(term[-1]):
                body += f"(?![{_WORD}])"
            elif last and self.prefix:
                body += f"[{_WORD}]*"
            alternatives.append(body)
        return re.compile("|".join(f"(?:{a})" for a in alternatives), re.IGNORECASE)


def parse_query(text: str) -> Query:
    """The terms of a query typed by a reader (quotes make a phrase of several words)."""
    normal = unicodedata.normalize("NFKC", text)
    terms: list[tuple[str, ...]] = []
    for match in _QUOTED.finditer(normal):
        chunk = next(group for group in match.groups() if group is not None)
        tokens = tuple(token.lower() for token in _token().findall(chunk))
        if tokens:
            terms.append(tokens)
    last = terms[-1][-1] if terms else ""
    quoted_end = normal.rstrip().endswith(('"', "”"))
    prefix = bool(last) and not is_cjk(last) and len(last) >= PREFIX_MINIMUM and not quoted_end
    return Query(tuple(terms), prefix)


@dataclass(frozen=True, slots=True)
class Snippet:
    """A piece of a passage around the match; ``spans`` mark the matches inside ``text``."""

    text: str
    spans: tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One passage that matches: where it is, the matches in its text and a snippet per language.

    ``matches`` are (start, end) offsets into the passage's own text in each language, for the
    reader to highlight; a language without a match has none.
    """

    article_id: int
    article_title: BiText
    passage_id: str
    passage_number: int
    matches: dict[Lang, tuple[tuple[int, int], ...]]
    snippets: dict[Lang, Snippet]

    @property
    def languages(self) -> tuple[Lang, ...]:
        """The languages the match was found in."""
        return tuple(lang for lang in LANGS if self.matches.get(lang))


def search(
    connection: sqlite3.Connection,
    text: str,
    limit: int = 20,
    article_id: int | None = None,
) -> list[SearchHit]:
    """The passages matching ``text``, best first (BM25), at most ``limit``."""
    query = parse_query(text)
    if query.is_empty or limit <= 0:
        return []
    where = "passage_index MATCH ?"
    arguments: list[object] = [query.fts()]
    if article_id is not None:
        where += " AND p.article = ?"
        arguments.append(article_id)
    rows = connection.execute(
        "SELECT p.article, a.title_zh, a.title_en, p.id, p.position, p.zh, p.en "
        "FROM passage_index JOIN passages p ON p.rowid = passage_index.rowid "
        f"JOIN articles a ON a.id = p.article WHERE {where} "
        "ORDER BY passage_index.rank, p.article, p.position LIMIT ?",
        (*arguments, limit),
    ).fetchall()
    pattern = query.pattern()
    return [_hit(row, pattern) for row in rows]


def count(connection: sqlite3.Connection, text: str, article_id: int | None = None) -> int:
    """How many passages match ``text``."""
    query = parse_query(text)
    if query.is_empty:
        return 0
    sql = "SELECT count(*) FROM passage_index WHERE passage_index MATCH ?"
    arguments: list[object] = [query.fts()]
    if article_id is not None:
        sql = (
            "SELECT count(*) FROM passage_index JOIN passages p ON p.rowid = passage_index.rowid "
            "WHERE passage_index MATCH ? AND p.article = ?"
        )
        arguments.append(article_id)
    return int(connection.execute(sql, arguments).fetchone()[0])


def count_by_article(connection: sqlite3.Connection, text: str) -> dict[int, int]:
    """How many passages match ``text`` in each article that has any (article id: count)."""
    query = parse_query(text)
    if query.is_empty:
        return {}
    rows = connection.execute(
        "SELECT p.article, count(*) FROM passage_index "
        "JOIN passages p ON p.rowid = passage_index.rowid "
        "WHERE passage_index MATCH ? GROUP BY p.article",
        (query.fts(),),
    ).fetchall()
    return {int(article): int(found) for article, found in rows}


def _hit(row: tuple[object, ...], pattern: re.Pattern[str]) -> SearchHit:
    article, title_zh, title_en, passage_id, position, zh, en = row
    texts: dict[Lang, str | None] = {"zh": _text(zh), "en": _text(en)}
    matches: dict[Lang, tuple[tuple[int, int], ...]] = {}
    snippets: dict[Lang, Snippet] = {}
    for lang, text in texts.items():
        if text is None:
            continue
        found = tuple(m.span() for m in pattern.finditer(text) if m.end() > m.start())
        matches[lang] = found
        snippets[lang] = make_snippet(text, found, lang)
    return SearchHit(
        article_id=int(str(article)),
        article_title=BiText(zh=_text(title_zh), en=_text(title_en)),
        passage_id=str(passage_id),
        passage_number=int(str(position)),
        matches=matches,
        snippets=snippets,
    )


def _text(value: object) -> str | None:
    return None if value is None else str(value)


SNIPPET_CONTEXT: dict[Lang, tuple[int, int]] = {"zh": (18, 42), "en": (40, 90)}


def make_snippet(text: str, spans: tuple[tuple[int, int], ...], lang: Lang) -> Snippet:
    """The text around the first match (or the passage's start), cut at word edges, with …."""
    before, after = SNIPPET_CONTEXT[lang]
    if spans:
        start = max(0, spans[0][0] - before)
        end = min(len(text), spans[0][1] + after)
    else:
        start, end = 0, min(len(text), before + after)
    if lang == "en":
        if start > 0:
            space = text.find(" ", start, spans[0][0] if spans else start + before)
            start = space + 1 if space != -1 else start
        if end < len(text):
            space = text.rfind(" ", spans[0][1] if spans else start, end)
            end = space if space != -1 else end
    piece = text[start:end].strip()
    lead = len(text[start:end]) - len(text[start:end].lstrip())
    offset = start + lead
    prefix = "…" if offset > 0 else ""
    suffix = "…" if start + lead + len(piece) < len(text) else ""
    inside = tuple(
        (s - offset + len(prefix), e - offset + len(prefix))
        for s, e in spans
        if s >= offset and e <= offset + len(piece)
    )
    return Snippet(prefix + piece + suffix, inside)

"""Load an article file (TOML), validate it and build the model, reporting file, line and field."""

from __future__ import annotations

import datetime as dt
import re
import tomllib
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from wocdesk.content.clean import clean_text, describe_chars
from wocdesk.content.files import read_utf8
from wocdesk.errors import ArticleError, TextCleanedWarning
from wocdesk.model.article import (
    Article,
    Event,
    Figure,
    Group,
    GroupsFigure,
    Highlight,
    Leftover,
    Passage,
    RankedItem,
    RankingFigure,
    Section,
    SeriesFigure,
    SeriesPoint,
)
from wocdesk.model.text import LANGS, BiText
from wocdesk.resources import bundled_article_path

SUPPORTED_FORMAT = 1
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
_TOML_LINE = re.compile(r"at line (\d+)")
T = TypeVar("T")


def load_article(path: str | Path | None = None) -> Article:
    """Read and validate an article file; ``None`` reads the bundled article."""
    file = Path(path) if path is not None else bundled_article_path()
    text = read_utf8(
        file, "an article file", lambda message, line: ArticleError(message, file, line)
    )
    return parse_article(text, file)


def parse_article(text: str, path: str | Path = "<article>") -> Article:
    """Build an article from the text of an article file; ``path`` names it in errors."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = _TOML_LINE.search(str(exc))
        message = _TOML_LINE.sub("", str(exc)).replace("()", "").strip(" ,")
        raise ArticleError(
            f"not valid TOML ({message})", path, int(match.group(1)) if match else None
        ) from None
    return _Builder(text, path).article(data)


class _Builder:
    """Walks the parsed TOML, checking every field and remembering where it came from."""

    def __init__(self, text: str, path: str | Path) -> None:
        self.lines = text.splitlines()
        self.path = str(path)
        # The line numbers of every [[name]] header, in order, found in one pass.
        self.headers: dict[str, list[int]] = {}
        for number, line in enumerate(self.lines, start=1):
            stripped = line.strip()
            if stripped.startswith("[[") and stripped.endswith("]]"):
                self.headers.setdefault(stripped[2:-2].strip(), []).append(number)
        self.header_seen: dict[str, int] = {}

    # -- errors and positions -------------------------------------------------------------
    def header_line(self, name: str) -> int | None:
        """Line of the next ``[[name]]`` header (array-of-tables items are read in order)."""
        wanted = self.header_seen.get(name, 0)
        found = self.headers.get(name, [])
        if wanted >= len(found):
            return None
        self.header_seen[name] = wanted + 1
        return found[wanted]

    def key_line(self, start: int | None, key: str) -> int | None:
        """Line where ``key = …`` is set in the table starting at ``start``."""
        if start is None:
            return None
        pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
        for number in range(start, len(self.lines)):
            line = self.lines[number]
            if line.lstrip().startswith("["):
                break
            if pattern.match(line):
                return number + 1
        return start

    def fail(self, message: str, field: str, line: int | None = None) -> ArticleError:
        return ArticleError(message, self.path, line or None, field)  # 0: the top, no line

    # -- typed access ---------------------------------------------------------------------
    def get(self, table: dict[str, Any], key: str, kind: type[T], field: str, at: int | None) -> T:
        if key not in table:
            raise self.fail("is missing", f"{field}.{key}" if field else key, at)
        value = table[key]
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise self.fail(
                f"must be {_kind_name(kind)}, not {_kind_name(type(value))}",
                f"{field}.{key}" if field else key,
                self.key_line(at, key),
            )
        return value

    def text(self, value: Any, field: str, at: int | None) -> str:
        if not isinstance(value, str):
            raise self.fail(f"must be text, not {_kind_name(type(value))}", field, at)
        cleaned, removed = clean_text(value)
        if removed:
            warnings.warn(
                f"{self.path}: {field}: removed characters not allowed in documents "
                f"({describe_chars(removed)})",
                TextCleanedWarning,
                stacklevel=2,
            )
        if not cleaned.strip():
            raise self.fail("is empty", field, at)
        return cleaned

    def bitext(
        self, table: dict[str, Any], key: str, field: str, at: int | None, *, both: bool
    ) -> BiText:
        full = f"{field}.{key}" if field else key
        line = self.key_line(at, key)
        value = self.get(table, key, dict, field, at)
        unknown = set(value) - set(LANGS)
        if unknown:
            raise self.fail(f"unknown language {sorted(unknown)[0]!r} (use zh and en)", full, line)
        parts = {lang: self.text(value[lang], f"{full}.{lang}", line) for lang in value}
        if both:
            for lang in LANGS:
                if lang not in parts:
                    raise self.fail(f"needs both zh and en; {lang} is missing", full, line)
        elif not parts:
            raise self.fail("has no text in either language", full, line)
        return BiText(zh=parts.get("zh"), en=parts.get("en"))

    def ident(self, table: dict[str, Any], field: str, at: int | None, seen: set[str]) -> str:
        value = self.get(table, "id", str, field, at)
        if not _ID.match(value):
            raise self.fail(f"{value!r} is not a valid id", f"{field}.id", self.key_line(at, "id"))
        if value in seen:
            raise self.fail(f"duplicate id {value!r}", f"{field}.id", self.key_line(at, "id"))
        seen.add(value)
        return value

    def items(self, data: dict[str, Any], key: str, required: bool = False) -> list[dict[str, Any]]:
        value = data.get(key, [])
        if required and not value:
            raise self.fail("is missing or empty", key, None)
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise self.fail("must be a list of tables", key, None)
        return value

    # -- the article ----------------------------------------------------------------------
    def article(self, data: dict[str, Any]) -> Article:
        version = data.get("format", SUPPORTED_FORMAT)
        if version != SUPPORTED_FORMAT:
            raise self.fail(
                f"format {version!r} is not supported (this wocdesk reads format "
                f"{SUPPORTED_FORMAT})",
                "format",
                self.key_line(0, "format"),
            )
        ids: set[str] = set()
        article_id = self.get(data, "id", str, "", 0)
        title = self.bitext(data, "title", "", 0, both=False)
        source = self.bitext(data, "source", "", 0, both=False) if "source" in data else BiText()
        sections = tuple(
            self.section(item, f"sections[{i}]", ids)
            for i, item in enumerate(self.items(data, "sections", required=True))
        )
        passage_ids = {p.id for s in sections for p in s.passages}
        highlight_ids: set[str] = set()
        waves, trends, keys = (
            tuple(
                self.highlight(item, f"{kind}[{i}]", kind, highlight_ids, passage_ids)
                for i, item in enumerate(self.items(data, kind))
            )
            for kind in ("waves", "trends", "keys")
        )
        figure_ids: set[str] = set()
        figures = tuple(
            self.figure(item, f"figures[{i}]", figure_ids, passage_ids)
            for i, item in enumerate(self.items(data, "figures"))
        )
        leftovers = tuple(
            self.leftover(item, f"leftovers[{i}]", passage_ids)
            for i, item in enumerate(self.items(data, "leftovers"))
        )
        return Article(
            id=article_id,
            title=title,
            event=self.event(data),
            sections=sections,
            source=source,
            waves=waves,
            trends=trends,
            keys=keys,
            figures=figures,
            leftovers=leftovers,
            path=self.path,
        )

    def event(self, data: dict[str, Any]) -> Event:
        if "event" not in data:
            return Event(name=self.bitext(data, "title", "", 0, both=False))
        table = self.get(data, "event", dict, "", 0)
        at = next((n for n, line in enumerate(self.lines, 1) if line.strip() == "[event]"), None)
        date = table.get("date")
        if date is not None and not (
            isinstance(date, dt.date) and not isinstance(date, dt.datetime)
        ):
            raise self.fail(
                "must be a date like 2024-02-23", "event.date", self.key_line(at, "date")
            )

        def optional(key: str) -> BiText:
            return self.bitext(table, key, "event", at, both=False) if key in table else BiText()

        return Event(
            name=self.bitext(table, "name", "event", at, both=False),
            date=date,
            place=optional("place"),
            organiser=optional("organiser"),
            speaker=optional("speaker"),
            speaker_role=optional("speaker_role"),
        )

    def section(self, table: dict[str, Any], field: str, ids: set[str]) -> Section:
        at = self.header_line("sections")
        section_id = self.ident(table, field, at, ids)
        title = self.bitext(table, "title", field, at, both=True)
        editorial = (
            self.get(table, "editorial_title", bool, field, at)
            if ("editorial_title" in table)
            else False
        )
        passages = tuple(
            self.passage(item, f"{field}.passages[{i}]", section_id, ids)
            for i, item in enumerate(self.items(table, "passages", required=False))
        )
        if not passages:
            raise self.fail("has no passages", f"{field}.passages", at)
        return Section(section_id, title, passages, editorial)

    def passage(self, table: dict[str, Any], field: str, section_id: str, ids: set[str]) -> Passage:
        at = self.header_line("sections.passages")
        passage_id = self.ident(table, field, at, ids)
        parts = {
            lang: self.text(table[lang], f"{field}.{lang}", self.key_line(at, lang))
            for lang in LANGS
            if lang in table
        }
        if not parts:
            raise self.fail("has no text (give zh, en or both)", field, at)
        only = table.get("only")
        if only is not None:
            if only not in LANGS:
                raise self.fail(f"must be zh or en, not {only!r}", f"{field}.only", at)
            if set(parts) != {only}:
                raise self.fail(
                    f"says the line exists in {only} only, but the passage has "
                    f"{' and '.join(sorted(parts))}",
                    f"{field}.only",
                    self.key_line(at, "only"),
                )
        elif len(parts) == 1:
            (lang,) = parts
            raise self.fail(
                f'has {lang} text only; mark it with only = "{lang}" if the original has no '
                "counterpart",
                field,
                at,
            )
        return Passage(passage_id, BiText(zh=parts.get("zh"), en=parts.get("en")), section_id)

    def reference(self, table: dict[str, Any], field: str, at: int | None, known: set[str]) -> str:
        value = self.get(table, "passage", str, field, at)
        if value not in known:
            raise self.fail(
                f"refers to passage {value!r}, which the article does not have",
                f"{field}.passage",
                self.key_line(at, "passage"),
            )
        return value

    def highlight(
        self, table: dict[str, Any], field: str, kind: str, ids: set[str], passages: set[str]
    ) -> Highlight:
        at = self.header_line(kind)

        def optional(key: str) -> BiText:
            return self.bitext(table, key, field, at, both=True) if key in table else BiText()

        return Highlight(
            id=self.ident(table, field, at, ids),
            name=self.bitext(table, "name", field, at, both=True),
            passage_id=self.reference(table, field, at, passages),
            detail=optional("detail"),
            summary=optional("summary"),
        )

    def figure(
        self, table: dict[str, Any], field: str, ids: set[str], passages: set[str]
    ) -> Figure:
        at = self.header_line("figures")
        figure_id = self.ident(table, field, at, ids)
        title = self.bitext(table, "title", field, at, both=True)
        passage = self.reference(table, field, at, passages)
        kind = self.get(table, "kind", str, field, at)
        line = self.key_line(at, "kind")

        def each(key: str, build: Callable[[dict[str, Any], str], T]) -> tuple[T, ...]:
            values = self.get(table, key, list, field, at)
            if not values:
                raise self.fail("is empty", f"{field}.{key}", self.key_line(at, key))
            out = []
            for i, value in enumerate(values):
                if not isinstance(value, dict):
                    raise self.fail(
                        "must be a table", f"{field}.{key}[{i}]", self.key_line(at, key)
                    )
                out.append(build(value, f"{field}.{key}[{i}]"))
            return tuple(out)

        key_at = self.key_line
        if kind == "series":
            unit = self.get(table, "unit", str, field, at)
            if unit not in ("percent", "count"):
                raise self.fail(
                    f"must be percent or count, not {unit!r}", f"{field}.unit", key_at(at, "unit")
                )
            points = each(
                "points",
                lambda v, f: SeriesPoint(
                    self.bitext(v, "label", f, key_at(at, "points"), both=True),
                    self.get(v, "value", float, f, key_at(at, "points")),
                ),
            )
            return SeriesFigure(figure_id, title, passage, unit, points)
        if kind == "ranking":
            items = each(
                "items",
                lambda v, f: RankedItem(
                    self.get(v, "rank", int, f, key_at(at, "items")),
                    self.bitext(v, "name", f, key_at(at, "items"), both=True),
                ),
            )
            note = self.bitext(table, "note", field, at, both=True) if "note" in table else BiText()
            return RankingFigure(figure_id, title, passage, items, note)
        if kind == "groups":
            groups = each(
                "groups",
                lambda v, f: Group(
                    self.bitext(v, "name", f, key_at(at, "groups"), both=True),
                    tuple(
                        self.bitext(
                            {"m": m}, "m", f"{f}.members[{j}]", key_at(at, "groups"), both=True
                        )
                        for j, m in enumerate(self.get(v, "members", list, f, key_at(at, "groups")))
                    ),
                ),
            )
            columns = each("columns", lambda v, f: self.bitext({"c": v}, "c", f, at, both=True))
            if len(columns) != 2:
                raise self.fail("must name two columns", f"{field}.columns", key_at(at, "columns"))
            return GroupsFigure(figure_id, title, passage, groups, (columns[0], columns[1]))
        raise self.fail(
            f"unknown figure kind {kind!r} (series, ranking or groups)", f"{field}.kind", line
        )

    def leftover(self, table: dict[str, Any], field: str, passages: set[str]) -> Leftover:
        at = self.header_line("leftovers")
        before = table.get("before")
        if before is not None and before not in passages:
            raise self.fail(
                f"refers to passage {before!r}, which the article does not have",
                f"{field}.before",
                self.key_line(at, "before"),
            )
        return Leftover(
            kind=self.get(table, "kind", str, field, at),
            text=self.text(self.get(table, "text", str, field, at), f"{field}.text", at),
            before=before,
        )


def _kind_name(kind: type) -> str:
    return {
        str: "text",
        int: "a whole number",
        float: "a number",
        bool: "true or false",
        dict: "a table",
        list: "a list",
    }.get(kind, kind.__name__)

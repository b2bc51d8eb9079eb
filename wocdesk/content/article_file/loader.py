"""Load an article file (TOML), validate it and build the model, reporting file, line and field.

Three steps: :func:`~wocdesk.content.toml_parse.parse_toml` (syntax, nesting), the schema in
:mod:`~wocdesk.content.article_file.article_schema` (every field's type and range, in one walk),
then the builder below, which checks what a schema cannot say (unique ids, references that resolve,
both languages where both are needed, cleaned text that is not empty) and builds the frozen model.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Mapping
from functools import cached_property
from pathlib import Path
from typing import Any, TypeVar

from wocdesk.content.article_file.article_schema import ARTICLE, PERCENT_RANGE, SUPPORTED_FORMAT
from wocdesk.content.article_file.schema import Path_, SchemaError, field_name, validate
from wocdesk.content.article_file.toml_lines import TomlLines
from wocdesk.content.clean import clean_text, describe_chars
from wocdesk.content.files import read_utf8
from wocdesk.content.toml_parse import parse_toml
from wocdesk.errors import ArticleError, TextCleanedWarning, quote_name, quote_value
from wocdesk.i18n import _
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

__all__ = ["SUPPORTED_FORMAT", "load_article", "parse_article"]

T = TypeVar("T")
Table = Mapping[str, Any]


def load_article(path: str | Path | None = None) -> Article:
    """Read and validate an article file; ``None`` reads the bundled article."""
    file = Path(path) if path is not None else bundled_article_path()
    text = read_utf8(
        file, _("an article file"), lambda message, line: ArticleError(message, file, line)
    )
    return parse_article(text, file)


def parse_article(text: str, path: str | Path = "<article>") -> Article:
    """Build an article from the text of an article file; ``path`` names it in errors."""
    data = parse_toml(text, lambda message, line: ArticleError(message, path, line))
    builder = _Builder(text, path)
    try:
        validate(data, ARTICLE)
    except SchemaError as exc:
        raise builder.fail(exc.message, exc.path) from None
    return builder.article(data)


class _Builder:
    """Builds the model from validated data, checking what the schema cannot say."""

    def __init__(self, text: str, path: str | Path) -> None:
        self.text = text
        self.path = str(path)
        self.bilingual = True

    @cached_property
    def lines(self) -> TomlLines:
        """The file's table headers, indexed on the first error only."""
        return TomlLines(self.text)

    def fail(self, message: str, path: Path_) -> ArticleError:
        """An error naming the field at ``path`` and, when it can be found, its line."""
        return ArticleError(message, self.path, self.lines.line_of(path), field_name(path) or None)

    # -- text -----------------------------------------------------------------------------
    def clean(self, value: str, path: Path_) -> str:
        cleaned, removed = clean_text(value)
        if removed:
            warnings.warn(
                _("{file}: {field}: removed characters not allowed in documents ({chars})").format(
                    file=quote_name(self.path),
                    field=field_name(path),
                    chars=describe_chars(removed),
                ),
                TextCleanedWarning,
                stacklevel=2,
            )
        if not cleaned.strip():
            raise self.fail(_("is empty"), path)
        return cleaned

    def bitext(self, table: Table, key: str, path: Path_, *, both: bool) -> BiText:
        """The bilingual text at ``table[key]`` (empty when absent)."""
        return self.bitext_value(table.get(key), (*path, key), both=both)

    def bitext_value(self, value: Table | None, where: Path_, *, both: bool) -> BiText:
        """The bilingual text ``value`` found at ``where`` (empty when ``None``)."""
        if value is None:
            return BiText()
        parts = {lang: self.clean(value[lang], (*where, lang)) for lang in LANGS if lang in value}
        if both:
            for lang in LANGS:
                if lang not in parts:
                    message = _("needs both zh and en; {lang} is missing")
                    raise self.fail(message.format(lang=lang), where)
        elif not parts:
            raise self.fail(_("has no text in either language"), where)
        return BiText(zh=parts.get("zh"), en=parts.get("en"))

    def unique(self, value: str, path: Path_, seen: set[str]) -> str:
        if value in seen:
            raise self.fail(_("duplicate id {id}").format(id=quote_value(value)), path)
        seen.add(value)
        return value

    def reference(self, value: str, path: Path_, known: set[str]) -> str:
        if value not in known:
            message = _("refers to passage {id}, which the article does not have")
            raise self.fail(message.format(id=quote_value(value)), path)
        return value

    def each(
        self, data: Table, key: str, path: Path_, build: Callable[[Table, Path_], T]
    ) -> tuple[T, ...]:
        return tuple(build(item, (*path, key, i)) for i, item in enumerate(data.get(key, ())))

    # -- the article ----------------------------------------------------------------------
    def article(self, data: Table) -> Article:
        version = data.get("format", SUPPORTED_FORMAT)
        if version != SUPPORTED_FORMAT:
            message = _("format {version} is not supported (this wocdesk reads format {supported})")
            raise self.fail(
                message.format(version=version, supported=SUPPORTED_FORMAT), ("format",)
            )
        ids: set[str] = set()
        # Section titles need both languages, unless the text itself has only one.
        self.bilingual = any(
            "zh" in p and "en" in p for s in data["sections"] for p in s.get("passages", ())
        )
        sections = self.each(data, "sections", (), lambda t, p: self.section(t, p, ids))
        self.check_levels(sections)
        passage_ids = {p.id for s in sections for p in s.passages}
        highlight_ids: set[str] = set()
        waves, trends, keys = (
            self.each(data, kind, (), lambda t, p: self.highlight(t, p, highlight_ids, passage_ids))
            for kind in ("waves", "trends", "keys")
        )
        figure_ids: set[str] = set()
        figures = self.each(
            data, "figures", (), lambda t, p: self.figure(t, p, figure_ids, passage_ids)
        )
        leftovers = self.each(data, "leftovers", (), lambda t, p: self.leftover(t, p, passage_ids))
        title = self.bitext(data, "title", (), both=False)
        return Article(
            id=data["id"],
            title=title,
            event=self.event(data, title),
            sections=sections,
            source=self.bitext(data, "source", (), both=False),
            waves=waves,
            trends=trends,
            keys=keys,
            figures=figures,
            leftovers=leftovers,
            path=self.path,
        )

    def event(self, data: Table, title: BiText) -> Event:
        table = data.get("event")
        if table is None:
            return Event(name=title)
        path: Path_ = ("event",)
        return Event(
            name=self.bitext(table, "name", path, both=False),
            date=table.get("date"),
            place=self.bitext(table, "place", path, both=False),
            organiser=self.bitext(table, "organiser", path, both=False),
            speaker=self.bitext(table, "speaker", path, both=False),
            speaker_role=self.bitext(table, "speaker_role", path, both=False),
        )

    def section(self, table: Table, path: Path_, ids: set[str]) -> Section:
        section_id = self.unique(table["id"], (*path, "id"), ids)
        title = self.bitext(table, "title", path, both=self.bilingual)
        passages = self.each(
            table, "passages", path, lambda t, p: self.passage(t, p, section_id, ids)
        )
        return Section(
            section_id,
            title,
            passages,
            table.get("editorial_title", False),
            table.get("level", 1),
        )

    def check_levels(self, sections: tuple[Section, ...]) -> None:
        """Levels step down one at a time; a section without passages must head deeper ones."""
        previous = 0
        for index, section in enumerate(sections):
            path: Path_ = ("sections", index)
            if section.level > previous + 1:
                message = _(
                    "level {level} follows a section of level {previous}; a section can be one "
                    "level deeper than the one before it, not more"
                )
                raise self.fail(
                    message.format(level=section.level, previous=previous), (*path, "level")
                )
            following = sections[index + 1].level if index + 1 < len(sections) else 0
            if not section.passages and following <= section.level:
                raise self.fail(_("has no passages"), (*path, "passages"))
            previous = section.level

    def passage(self, table: Table, path: Path_, section_id: str, ids: set[str]) -> Passage:
        passage_id = self.unique(table["id"], (*path, "id"), ids)
        parts = {lang: self.clean(table[lang], (*path, lang)) for lang in LANGS if lang in table}
        if not parts:
            raise self.fail(_("has no text (give zh, en or both)"), path)
        only = table.get("only")
        if only is not None and set(parts) != {only}:
            message = _("says the line exists in {only} only, but the passage has {langs}")
            raise self.fail(
                message.format(only=only, langs=" + ".join(sorted(parts))), (*path, "only")
            )
        if only is None and len(parts) == 1:
            (lang,) = parts
            message = _(
                'has {lang} text only; mark it with only = "{lang}" if the original has no '
                "counterpart"
            )
            raise self.fail(message.format(lang=lang), path)
        return Passage(passage_id, BiText(zh=parts.get("zh"), en=parts.get("en")), section_id)

    def highlight(self, table: Table, path: Path_, ids: set[str], passages: set[str]) -> Highlight:
        return Highlight(
            id=self.unique(table["id"], (*path, "id"), ids),
            name=self.bitext(table, "name", path, both=True),
            passage_id=self.reference(table["passage"], (*path, "passage"), passages),
            detail=self.bitext(table, "detail", path, both=True),
            summary=self.bitext(table, "summary", path, both=True),
        )

    def figure(self, table: Table, path: Path_, ids: set[str], passages: set[str]) -> Figure:
        figure_id = self.unique(table["id"], (*path, "id"), ids)
        title = self.bitext(table, "title", path, both=True)
        passage = self.reference(table["passage"], (*path, "passage"), passages)
        kind = table["kind"]
        if kind == "series":
            unit = table["unit"]
            points = self.each(table, "points", path, lambda t, p: self.point(t, p, unit))
            return SeriesFigure(figure_id, title, passage, unit, points)
        if kind == "ranking":
            items = self.each(
                table,
                "items",
                path,
                lambda t, p: RankedItem(t["rank"], self.bitext(t, "name", p, both=True)),
            )
            note = self.bitext(table, "note", path, both=True)
            return RankingFigure(figure_id, title, passage, items, note)
        groups = self.each(
            table,
            "groups",
            path,
            lambda t, p: Group(
                self.bitext(t, "name", p, both=True),
                tuple(
                    self.bitext_value(m, (*p, "members", j), both=True)
                    for j, m in enumerate(t["members"])
                ),
            ),
        )
        first, second = (
            self.bitext_value(c, (*path, "columns", j), both=True)
            for j, c in enumerate(table["columns"])
        )
        return GroupsFigure(figure_id, title, passage, groups, (first, second))

    def point(self, table: Table, path: Path_, unit: str) -> SeriesPoint:
        value = float(table["value"])
        low, high = PERCENT_RANGE
        if unit == "percent" and not low <= value <= high:
            message = _("a percentage must be from {low:g} to {high:g}, not {value}")
            raise self.fail(
                message.format(low=low, high=high, value=quote_value(table["value"], 30)),
                (*path, "value"),
            )
        return SeriesPoint(self.bitext(table, "label", path, both=True), value)

    def leftover(self, table: Table, path: Path_, passages: set[str]) -> Leftover:
        before = table.get("before")
        if before is not None:
            self.reference(before, (*path, "before"), passages)
        return Leftover(
            kind=self.clean(table["kind"], (*path, "kind")),
            text=self.clean(table["text"], (*path, "text")),
            before=before,
        )

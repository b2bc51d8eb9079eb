"""Turn a raw bilingual text (a Chinese paragraph, then its English) into an article.

Lines are told apart by script (:mod:`wocdesk.model.script`), a Chinese line followed by an
English one makes a pair, lines without a counterpart are flagged, web-page leftovers (photo
credits, "swipe right" hints) are set aside, and each heading pair starts a section whose level
comes from its numbering (:mod:`wocdesk.content.importing.headings`). The result is an
:class:`~wocdesk.model.article.Article`; :mod:`wocdesk.content.article_file.article_toml` writes it.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from wocdesk.content.clean import clean_text
from wocdesk.content.files import read_utf8
from wocdesk.content.importing.headings import heading_level, tidy_levels
from wocdesk.errors import WocdeskError, quote_name
from wocdesk.i18n import _
from wocdesk.model.article import Article, Event, Leftover, Passage, Section
from wocdesk.model.script import text_language
from wocdesk.model.text import BiText, Lang

# Leftovers of the web page the text was copied from: never article text.
LEFTOVER_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("photo-credit", re.compile(r"^(图片|图)\s*[::].*\|\s*Photo\s*:", re.IGNORECASE)),
    ("photo-credit", re.compile(r"^(图片|摄影|Photo|Image)\s*[::]\s*\S{1,30}$", re.IGNORECASE)),
    ("tip", re.compile(r"^温馨提示")),
    ("tip", re.compile(r"^Tips?\s*:\s*(swipe|scroll)", re.IGNORECASE)),
    ("carousel-hint", re.compile(r"^(向[左右])?滑动查看更多\S{0,12}$")),
    ("carousel-hint", re.compile(r"^(swipe|scroll) (left|right)\b.{0,40}$", re.IGNORECASE)),
)
_LEFTOVER_START = re.compile(r"^(图|摄影|Photo|Image|温馨提示|Tip|向|滑动|swipe|scroll)", re.I)
_SENTENCE_END = tuple('。!?.!?;;:…”"')
IMPORT_COMMENT = (
    "Imported by wocdesk from {name}; passages verbatim, titles marked editorial_title are ours."
)


class ImportError_(WocdeskError):
    """A raw text that cannot be turned into an article."""


class OneLanguageWarning(UserWarning):
    """The text has no second language: every paragraph is imported as one-language."""


@dataclass
class _Line:
    number: int
    text: str
    lang: Lang


@dataclass
class _Section:
    title: BiText
    editorial: bool
    level: int | None = None
    passages: list[Passage] = field(default_factory=list)


def line_language(text: str) -> Lang:
    """``zh`` when Han characters make up a fair share of the letters, else ``en``."""
    return text_language(text)


def leftover_kind(text: str) -> str | None:
    """The kind of page leftover ``text`` is (photo credit, tip, carousel hint), or ``None``."""
    if not _LEFTOVER_START.match(text):
        return None
    for kind, pattern in LEFTOVER_PATTERNS:
        if pattern.search(text):
            return kind
    return None


def _is_heading(zh: str, en: str) -> bool:
    return (
        len(zh) <= 20
        and len(en) <= 60
        and not zh.endswith(_SENTENCE_END)
        and not en.endswith(_SENTENCE_END)
    )


def _is_single_heading(line: _Line) -> bool:
    """A one-language line that is a heading: short, unpunctuated and numbered."""
    text = line.text
    short = len(text) <= (20 if line.lang == "zh" else 60)
    if not short or text.endswith(_SENTENCE_END):
        return False
    return (
        heading_level(text if line.lang == "zh" else None, text if line.lang == "en" else None)
        is not None
    )


def _title_line(lines: list[_Line]) -> BiText:
    """The title when the first line is one: short, unpunctuated and without a counterpart."""
    first = lines[0]
    numbered = heading_level(first.text, first.text) is not None
    if first.text.endswith(_SENTENCE_END) or len(lines) == 1 or numbered:
        return BiText()
    if first.lang == "en" and len(first.text) <= 120:
        return BiText(en=first.text)
    if first.lang == "zh" and lines[1].lang == "zh" and len(first.text) <= 40:
        return BiText(zh=first.text)
    return BiText()


def import_text(text: str, article_id: str, source_name: str = "<text>") -> Article:
    """The article made from the raw bilingual ``text``; ``source_name`` names it in messages.

    Warns (:class:`OneLanguageWarning`) when no line has a counterpart in the other language.
    """
    name = quote_name(source_name)
    cleaned, _removed = clean_text(text)
    lines: list[_Line] = []
    leftovers: list[tuple[str, str, int]] = []  # kind, text, index of the next article line
    for number, raw in enumerate(cleaned.split("\n"), start=1):
        stripped = raw.strip()
        if not stripped:
            continue
        kind = leftover_kind(stripped)
        if kind:
            leftovers.append((kind, stripped, len(lines)))
            continue
        lines.append(_Line(number, stripped, line_language(stripped)))
    if not lines:
        raise ImportError_(_("{file}: no article text found").format(file=name))
    one_language = len({line.lang for line in lines}) == 1

    title = _title_line(lines)
    if title.languages:
        lines = lines[1:]
        leftovers = [(k, t, max(i - 1, 0)) for k, t, i in leftovers]
    if not lines:
        raise ImportError_(_("{file}: only a title, no paragraphs").format(file=name))

    sections, line_passage, pairs = _sections(lines, one_language)
    if not sections:
        raise ImportError_(_("{file}: headings only, no paragraphs").format(file=name))
    if not title.languages:
        stem = Path(source_name).stem.strip() or article_id
        title = BiText(
            zh=stem if _has(lines, "zh") else None, en=stem if _has(lines, "en") else None
        )
    if not pairs:
        _warn_one_language(name, lines)

    kept_leftovers = []
    for kind, leftover, before_index in leftovers:
        before = next(
            (line_passage[i] for i in range(before_index, len(lines)) if i in line_passage), None
        )
        kept_leftovers.append(Leftover(kind, leftover, before))
    return Article(
        id=article_id,
        title=title,
        event=Event(name=title),
        sections=tuple(sections),
        leftovers=tuple(kept_leftovers),
        path=str(source_name),
    )


def _has(lines: list[_Line], lang: Lang) -> bool:
    return any(line.lang == lang for line in lines)


def _sections(lines: list[_Line], one_language: bool) -> tuple[list[Section], dict[int, str], int]:
    """Sections of passages, the passage id of each line index, and how many lines paired."""
    found: list[_Section] = []
    line_passage: dict[int, str] = {}
    index = count = pairs = 0
    while index < len(lines):
        line = lines[index]
        following = lines[index + 1] if index + 1 < len(lines) else None
        if line.lang == "zh" and following is not None and following.lang == "en":
            pair = BiText(zh=line.text, en=following.text)
            step = 2
        else:
            pair = BiText(zh=line.text) if line.lang == "zh" else BiText(en=line.text)
            step = 1
        if (step == 2 and _is_heading(line.text, following.text if following else "")) or (
            one_language and _is_single_heading(line)
        ):
            found.append(_Section(pair, editorial=False, level=heading_level(pair.zh, pair.en)))
        else:
            if not found:
                found.append(_Section(BiText(zh="正文", en="Text"), editorial=True))
            count += 1
            pairs += step == 2
            passage_id = f"p-{count}"
            found[-1].passages.append(Passage(passage_id, pair))
            for offset in range(step):
                line_passage[index + offset] = passage_id
        index += step
    return _nest(found), line_passage, pairs


def _nest(found: list[_Section]) -> list[Section]:
    """Sections with consecutive levels; a heading without paragraphs only stays above others."""
    raw = [section.level or 1 for section in found]
    levels = tidy_levels(raw) if raw else []
    kept: list[tuple[_Section, int]] = []
    deeper_follows = 0
    for section, level in reversed(list(zip(found, levels, strict=True))):
        if section.passages or level < deeper_follows:
            kept.append((section, level))
            deeper_follows = level
        # a heading with nothing under it is dropped
    kept.reverse()
    tidy = tidy_levels([level for _section, level in kept]) if kept else []
    if not any(section.passages for section, _level in kept):
        return []
    out = []
    for number, ((section, _level), level) in enumerate(zip(kept, tidy, strict=True), start=1):
        section_id = f"s-{number}"
        passages = tuple(Passage(p.id, p.text, section_id) for p in section.passages)
        out.append(Section(section_id, section.title, passages, section.editorial, level))
    return out


def _warn_one_language(name: str, lines: list[_Line]) -> None:
    languages = {line.lang for line in lines}
    if languages == {"zh"}:
        message = _(
            "{file}: the text has no English, only Chinese; every paragraph is marked as "
            "Chinese only"
        )
    elif languages == {"en"}:
        message = _(
            "{file}: the text has no Chinese, only English; every paragraph is marked as "
            "English only"
        )
    else:
        message = _(
            "{file}: no Chinese line is followed by its English; every paragraph is marked as "
            "one language only"
        )
    warnings.warn(message.format(file=name), OneLanguageWarning, stacklevel=3)


def article_id_for(path: Path) -> str:
    """An article id made from a file name."""
    slug = re.sub(r"[^A-Za-z0-9]+", "-", path.stem).strip("-").lower()
    return slug[:100].strip("-") or "imported-article"


def import_file(source: Path) -> Article:
    """The article made from the raw text file ``source`` (read through :func:`read_utf8`)."""
    text = read_utf8(
        source,
        _("a text file"),
        lambda message, line: ImportError_(
            f"{quote_name(source)}{'' if line is None else f':{line}'}: {message}"
        ),
    )
    return import_text(text, article_id_for(source), str(source))


def import_comment(source: str | Path) -> str:
    """The comment an imported article file starts with."""
    return IMPORT_COMMENT.format(name=Path(source).name)


def looks_like_article_file(path: Path) -> bool:
    """True for an article file (TOML), False for a raw text to import."""
    return path.suffix.lower() == ".toml"

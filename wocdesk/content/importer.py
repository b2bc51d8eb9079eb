"""Turn a raw bilingual text (a Chinese paragraph, then its English) into an article file."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from wocdesk.content.clean import clean_text
from wocdesk.content.files import read_utf8
from wocdesk.content.toml_out import toml_bitext, toml_string
from wocdesk.errors import WocdeskError
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
_SENTENCE_END = tuple('。!?.!?;;:…”"')


class ImportError_(WocdeskError):
    """A raw text that cannot be turned into an article."""


@dataclass
class _Line:
    number: int
    text: str
    lang: Lang


@dataclass
class _Section:
    title: BiText
    editorial: bool
    passages: list[tuple[str, BiText]] = field(default_factory=list)


def line_language(text: str) -> Lang:
    """``zh`` when Han characters make up a fair share of the letters, else ``en``."""
    return text_language(text)


def leftover_kind(text: str) -> str | None:
    """The kind of page leftover ``text`` is (photo credit, tip, carousel hint), or ``None``."""
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


def _title_line(lines: list[_Line]) -> BiText:
    """The title when the first line is one: short, unpunctuated and without a counterpart."""
    first = lines[0]
    if first.text.endswith(_SENTENCE_END) or len(lines) == 1:
        return BiText()
    if first.lang == "en":
        return BiText(en=first.text)
    if lines[1].lang == "zh" and len(first.text) <= 40:
        return BiText(zh=first.text)
    return BiText()


def import_text(text: str, article_id: str, source_name: str = "<text>") -> str:
    """The TOML of an article built from raw bilingual ``text``."""
    cleaned, _removed = clean_text(text)
    lines: list[_Line] = []
    leftovers: list[tuple[str, str, int]] = []  # kind, text, index of the next passage line
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
        raise ImportError_(f"{source_name}: no article text found")

    title = _title_line(lines)
    if title.languages:
        lines = lines[1:]
        leftovers = [(k, t, max(i - 1, 0)) for k, t, i in leftovers]
    if not lines:
        raise ImportError_(f"{source_name}: only a title, no paragraphs")

    sections: list[_Section] = []
    line_passage: dict[int, str] = {}
    index = 0
    count = 0
    while index < len(lines):
        line = lines[index]
        following = lines[index + 1] if index + 1 < len(lines) else None
        if line.lang == "zh" and following is not None and following.lang == "en":
            pair = BiText(zh=line.text, en=following.text)
            step = 2
        else:
            pair = BiText(zh=line.text) if line.lang == "zh" else BiText(en=line.text)
            step = 1
        if step == 2 and _is_heading(pair.zh or "", pair.en or ""):
            sections.append(_Section(pair, editorial=False))
        else:
            if not sections:
                sections.append(_Section(BiText(zh="正文", en="Text"), editorial=True))
            count += 1
            passage_id = f"p-{count}"
            sections[-1].passages.append((passage_id, pair))
            for offset in range(step):
                line_passage[index + offset] = passage_id
        index += step
    sections = [s for s in sections if s.passages]
    if not sections:
        raise ImportError_(f"{source_name}: headings only, no paragraphs")
    if not title.languages:
        first = sections[0].passages[0][1]
        title = BiText(zh=(first.zh or "")[:30] or None, en=(first.en or "")[:60] or None)

    out = [
        f"# Imported by wocdesk from {Path(source_name).name}; passages verbatim, titles marked",
        "# editorial_title are ours.",
        "format = 1",
        f"id = {toml_string(article_id)}",
        f"title = {toml_bitext(title)}",
    ]
    for number, section in enumerate(sections, start=1):
        out += ["", "[[sections]]", f'id = "s-{number}"', f"title = {toml_bitext(section.title)}"]
        if section.editorial:
            out.append("editorial_title = true")
        for passage_id, pair in section.passages:
            out += ["", "[[sections.passages]]", f'id = "{passage_id}"']
            out += [f"{lang} = {toml_string(v)}" for lang in ("zh", "en") if (v := pair.get(lang))]
            if len(pair.languages) == 1:
                out.append(f'only = "{pair.languages[0]}"')
    for kind, leftover, before_index in leftovers:
        out += ["", "[[leftovers]]", f'kind = "{kind}"', f"text = {toml_string(leftover)}"]
        before = next(
            (line_passage[i] for i in range(before_index, len(lines)) if i in line_passage), None
        )
        if before:
            out.append(f'before = "{before}"')
    return "\n".join(out) + "\n"


def article_id_for(path: Path) -> str:
    """An article id made from a file name."""
    slug = re.sub(r"[^A-Za-z0-9]+", "-", path.stem).strip("-").lower()
    return slug or "imported-article"


def import_file(source: Path) -> str:
    """The TOML of an article built from the raw text file ``source``."""
    text = read_utf8(
        source,
        "a text file",
        lambda message, line: ImportError_(
            f"{source}{'' if line is None else f':{line}'}: {message}"
        ),
    )
    return import_text(text, article_id_for(source), str(source))


def looks_like_article_file(path: Path) -> bool:
    """True for an article file (TOML), False for a raw text to import."""
    return path.suffix.lower() == ".toml"

"""The faster measure breaks every line exactly where the old one did, and measures the same.

Every paragraph and title of the bundled article and of a 20-chapter text (each Chinese one as
it is and as slides typeset it), plus awkward strings, in zh and en, at several widths and
sizes, regular and bold: the lines, the measure they were balanced to and every width must be
identical (floating point included) to those of ``measure_reference``, a fixed copy of the code
before it was made faster. The writer's split of text into runs by script is checked the same
way against its old code.
"""

from __future__ import annotations

import measure_reference as reference  # beside this file
import pytest

import wocdesk
import wocdesk.model
from wocdesk.content.importing.importer import import_text
from wocdesk.deck.layout import measure
from wocdesk.deck.layout.typeset import full_width

WIDTHS = (90.0, 240.0, 515.5, 860.0)
SIZES = (10.0, 14.0, 18.5, 26.0, 44.0)
AWKWARD = (
    "",
    " ",
    "a",
    "  leading and trailing spaces  ",
    "Supercalifragilisticexpialidocious-and-some-more-hyphenated-words-without-any-space",
    "东京-横滨、北京、深圳-香港-广州(WIPO中国),带动:两大浪潮!“引号”《书名》……",
    "WIPO中国2024年数据:70%,10年前50%。AI、5G和ChatGPT",
    "line one\nline two\n\nline four",
    "no\u00a0break\u00a0spaces\u00a0here and\u3000ideographic\u3000spaces",
    "x" * 400,
    "中" * 300,
    "a/b/c https://www.wipo.int/about-wipo/zh/offices/china/ e.g. U.S. 3.5",
    "\t tabs\tand  double  spaces ",
)


def _long_text(article: wocdesk.model.Article, chapters: int, paragraphs: int) -> str:
    """Chapters of the bundled paragraphs, each made unique by its chapter and number."""
    pairs = [(p.zh, p.en) for p in article.passages() if p.zh and p.en]
    lines = ["A long text", ""]
    turn = 0
    for chapter in range(1, chapters + 1):
        lines += [f"第{chapter}章 前沿科技", f"Chapter {chapter}: Frontier technology", ""]
        for number in range(paragraphs):
            zh, en = pairs[turn % len(pairs)]
            turn += 1
            lines += [f"第{chapter}章第{number}段:{zh}", f"Chapter {chapter}.{number}: {en}", ""]
    return "\n".join(lines)


def _corpus() -> list[str]:
    texts: list[str] = list(AWKWARD)
    bundled = wocdesk.load_article()
    articles = [bundled, import_text(_long_text(bundled, 20, 9), "twenty")]
    for article in articles:
        for section in article.sections:
            texts += [t for t in (section.title.zh, section.title.en) if t]
        for passage in article.passages():
            texts += [t for t in (passage.zh, passage.en) if t]
    texts += [full_width(t) for t in list(texts)]
    return list(dict.fromkeys(texts))


@pytest.fixture(scope="module")
def corpus() -> list[str]:
    return _corpus()


def test_the_corpus_is_large(corpus: list[str]) -> None:
    assert len(corpus) > 300
    assert sum(map(len, corpus)) > 50_000


def test_widths_are_identical(corpus: list[str]) -> None:
    for text in corpus:
        for bold in (False, True):
            assert measure.em_width(text, bold) == reference.em_width(text, bold), text
            assert measure.widest_word(text, 12.0, bold) == reference.widest_word(
                text, 12.0, bold
            ), text
        assert measure.segments(text) == reference.segments(text), text


@pytest.mark.parametrize("size", SIZES)
def test_breaks_are_identical(corpus: list[str], size: float) -> None:
    for text in corpus:
        for width in WIDTHS:
            for bold in (False, True):
                for balance in (False, True):
                    got = measure.break_balanced(text, width, size, bold, balance)
                    want = reference.break_balanced(text, width, size, bold, balance)
                    assert got == want, (text, width, size, bold, balance)


def _old_script_runs(text: str, lang: str) -> list[tuple[str, str]]:
    """``pptx_text.script_runs`` as it was before it was made faster (a fixed copy)."""
    from itertools import groupby

    from wocdesk.deck.writer.pptx_text import _script

    runs: list[list[str]] = []
    current = lang
    for kind, group in groupby(text, _script):
        piece = "".join(group)
        if kind and kind != current:
            current = kind
            runs.append([piece, kind])
        elif runs:
            runs[-1][0] += piece
        else:
            runs.append([piece, current])
    if not runs:
        return [(text, lang)]
    return [(piece, kind) for piece, kind in runs]


def test_script_runs_are_identical(corpus: list[str]) -> None:
    from wocdesk.deck.writer.pptx_text import script_runs

    for text in [*corpus, "abc中", "中abc", "  中", "  a", "Ωmega中", "1,2 中文 ABC。"]:
        for lang in ("zh", "en"):
            assert script_runs(text, lang) == _old_script_runs(text, lang), (text, lang)  # type: ignore[arg-type]

"""Hostile input to the deck: broken templates, huge titles, absurd numbers. One line, exit 2."""

from __future__ import annotations

import dataclasses
import io
import os
import re
import subprocess
import sys
import zipfile

import pytest
from pptx import Presentation

from wocdesk.cli.main import main
from wocdesk.deck import TemplateError, plan_deck, write_pptx
from wocdesk.deck.model import ChartBox, Fonts
from wocdesk.model import BiText, SeriesFigure
from wocdesk.model.article import SeriesPoint

EXCEPTION_NAMES = re.compile(r"\((\w+Error|\w+Exception|KeyError)\)|Traceback|Error:")


def wide_template() -> bytes:
    prs = Presentation()
    prs.slide_width, prs.slide_height = 12192000, 6858000
    out = io.BytesIO()
    prs.save(out)
    return out.getvalue()


def rewrite(blob: bytes, change) -> bytes:  # type: ignore[no-untyped-def]
    """A copy of the zip ``blob`` with ``change(name, data)`` applied to each part (None: drop)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(blob)) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            data = change(item.filename, source.read(item.filename))
            if data is not None:
                target.writestr(item.filename, data)
    return out.getvalue()


BOMB = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        f'<!ENTITY lol{n} "{("&lol" + str(n - 1) + ";") * 10 if n > 1 else "&lol;" * 10}">'.encode()
        for n in range(1, 10)
    )
    + b']><a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">&lol9;</a:theme>'
)


def _no_theme_rel(name: str, data: bytes) -> bytes:
    if name == "ppt/slideMasters/_rels/slideMaster1.xml.rels":
        return re.sub(rb'<Relationship [^>]*relationships/theme"[^>]*/>', b"", data)
    return data


def _odd_idx(name: str, data: bytes) -> bytes:
    if name.startswith("ppt/slideLayouts/slideLayout") and name.endswith(".xml"):
        return data.replace(b'idx="1"', b'idx="one"')
    return data


def _theme(content: bytes):  # type: ignore[no-untyped-def]
    def change(name: str, data: bytes) -> bytes:
        return content if name == "ppt/theme/theme1.xml" else data

    return change


def _fonts_without_latin_ea(name: str, data: bytes) -> bytes:
    if name == "ppt/theme/theme1.xml":
        return re.sub(rb"<a:(latin|ea) typeface=\"[^\"]*\"/>", b"", data)
    return data


CASES = {
    "not a zip": lambda: b"just some text, not a presentation",
    "truncated": lambda: wide_template()[:5000],
    "empty zip": lambda: rewrite(wide_template(), lambda n, d: None),
    "master without a theme": lambda: rewrite(wide_template(), _no_theme_rel),
    "placeholder idx not a number": lambda: rewrite(wide_template(), _odd_idx),
    "theme not XML": lambda: rewrite(wide_template(), _theme(b"this is not <xml")),
    "entity bomb": lambda: rewrite(wide_template(), _theme(BOMB)),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_malformed_template_is_one_line_exit_2(case: str, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    template = tmp_path / "bad.pptx"
    template.write_bytes(CASES[case]())
    out = tmp_path / "out.pptx"
    code = main(["export", "--lang", "zh", "--template", str(template), "-o", str(out)])
    err = capsys.readouterr().err.strip()
    if code == 0:  # a fault python-pptx tolerates is fine, if the deck is sound
        assert out.is_file() and len(Presentation(str(out)).slides) == 10, case
        return
    assert code == 2, (case, err)
    assert len(err.splitlines()) == 1 and str(template) in err, err
    assert not EXCEPTION_NAMES.search(err.split(str(template), 1)[1]), err
    assert not out.exists()


def test_the_words_for_each_fault(tmp_path) -> None:  # type: ignore[no-untyped-def]
    deck = plan_deck(_article(), lang="en")
    expected = {
        "not a zip": "is not a zip package",
        "truncated": "is not a zip package",
        "empty zip": "is an empty zip package",
        "master without a theme": "its slide master has no theme",
        "theme not XML": "is not well-formed XML",
        "entity bomb": "is not well-formed XML",
    }
    for case, words in expected.items():
        template = tmp_path / f"{case}.pptx"
        template.write_bytes(CASES[case]())
        with pytest.raises(TemplateError, match=words):
            write_pptx(deck, tmp_path / "o.pptx", template=template)


def test_theme_fonts_without_latin_or_ea_are_completed(tmp_path) -> None:  # type: ignore[no-untyped-def]
    template = tmp_path / "fonts.pptx"
    template.write_bytes(rewrite(wide_template(), _fonts_without_latin_ea))
    fonts = Fonts("Arial", "SimHei")  # chosen: written into the theme
    deck = plan_deck(_article(), lang="zh", fonts=fonts)
    out = write_pptx(deck, tmp_path / "o.pptx", template=template)
    theme = zipfile.ZipFile(out).read("ppt/theme/theme1.xml").decode()
    assert theme.count('<a:ea typeface="SimHei"/>') == 2 and theme.count('typeface="Arial"') >= 2


def test_a_pipe_as_template_is_refused_without_hanging(tmp_path) -> None:  # type: ignore[no-untyped-def]
    pipe = tmp_path / "t.pptx"
    os.mkfifo(pipe)
    code = (
        "import sys; from wocdesk.cli.main import main; "
        f"sys.exit(main(['export', '--lang', 'en', '--template', {str(pipe)!r}, "
        f"'-o', {str(tmp_path / 'o.pptx')!r}]))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert re.search("named pipe|not a regular file", done.stderr) and str(pipe) in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def _article():  # type: ignore[no-untyped-def]
    import wocdesk

    return wocdesk.load_article()


def test_titles_over_255_characters_are_shortened_in_the_properties(tmp_path) -> None:  # type: ignore[no-untyped-def]
    article = _article()
    long_zh = "前沿科技" * 100
    long_en = "Frontier technology " * 30
    huge = BiText(long_zh, long_en)
    event = dataclasses.replace(article.event, organiser=huge, name=huge)
    trends = tuple(dataclasses.replace(t, name=huge) for t in article.trends)
    article = dataclasses.replace(article, title=huge, event=event, trends=trends)
    outline = tmp_path / "o.toml"
    outline.write_text(
        f'title = "{long_en}"\n[[slides]]\nkind = "title"\n[[slides]]\nkind = "trends"\n'
        'highlights = ["eastward", "exchange"]\n',
        encoding="utf-8",
    )
    for mode in ("zh", "en-zh"):
        deck = plan_deck(article, outline, mode)
        out = write_pptx(deck, tmp_path / f"{mode}.pptx")
        props = Presentation(str(out)).core_properties
        for value in (props.title, props.subject, props.author, props.keywords):
            assert 0 < len(value) <= 255 and value.endswith("…")
        assert props.title.startswith("Frontier technology Frontier")


@pytest.mark.parametrize("value", [float("nan"), float("inf"), float("-inf"), 1e28, -1e300])
def test_absurd_chart_values_never_reach_the_writer(value: float, tmp_path) -> None:
    article = _article()
    figure = next(f for f in article.figures if isinstance(f, SeriesFigure))
    points = (SeriesPoint(BiText("甲", "a"), value), *figure.points[1:])
    odd = dataclasses.replace(figure, points=points)
    figures = tuple(odd if f.id == figure.id else f for f in article.figures)
    deck = plan_deck(dataclasses.replace(article, figures=figures), lang="en")
    chart = next(b for s in deck.slides for b in s.boxes if isinstance(b, ChartBox))
    assert all(abs(v) <= 1e15 for v in chart.series[0].values)
    out = write_pptx(deck, tmp_path / "c.pptx")
    assert len(Presentation(str(out)).slides) == 10

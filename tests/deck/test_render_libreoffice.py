"""LibreOffice render check: every word stays on its slide and in its box, and Chinese
paragraphs end in no line of one or two characters (zh, en, both orders, and a user template)."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest

from wocdesk.deck.model import ChartBox, Deck, TableBox, TextBox

pytestmark = pytest.mark.slow
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
PDFTOTEXT = shutil.which("pdftotext")
MODES = ("zh", "en", "zh-en", "en-zh")
DECKS = (*MODES, "template")
LINE = re.compile(r"<line[^>]*>(.*?)</line>", re.S)
WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>'
)
HAN = re.compile("[\u4e00-\u9fff]")
PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', re.S)


@pytest.fixture(scope="module")
def rendered(decks, tmp_path_factory):  # type: ignore[no-untyped-def]
    if SOFFICE is None or PDFTOTEXT is None:
        pytest.skip(
            "LibreOffice (soffice) or poppler's pdftotext is not installed; CI installs both"
        )
    from wocdesk.deck import write_pptx

    folder = tmp_path_factory.mktemp("render")
    files = [write_pptx(decks[mode], folder / f"deck-{mode}.pptx") for mode in MODES]
    files.append(
        write_pptx(decks["zh-en"], folder / "deck-template.pptx", template=user_template(folder))
    )
    profile = Path("/tmp") / f"wocdesk-lo-{uuid.uuid4().hex}"
    try:
        subprocess.run(
            [
                SOFFICE,
                f"-env:UserInstallation={profile.as_uri()}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(folder),
                *map(str, files),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    pages = {}
    for mode in DECKS:
        pdf = folder / f"deck-{mode}.pdf"
        assert pdf.is_file(), f"LibreOffice did not convert deck-{mode}.pptx"
        out = subprocess.run(
            [PDFTOTEXT, "-bbox-layout", str(pdf), "-"], capture_output=True, text=True, check=True
        )
        pages[mode] = [
            (
                float(w),
                float(h),
                [
                    (float(a), float(b), float(c), float(d), html.unescape(t))
                    for a, b, c, d, t in WORD.findall(body)
                ],
                [
                    "".join(html.unescape(t) for *_, t in WORD.findall(line))
                    for line in LINE.findall(body)
                ],
            )
            for w, h, body in PAGE.findall(out.stdout)
        ]
    return pages


def user_template(folder: Path) -> Path:
    """A user's 16:9 template: python-pptx's default (its own theme colours, fonts, layouts
    and footer placeholders) widened to 16:9."""
    from pptx import Presentation
    from pptx.util import Emu

    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(12192000), Emu(6858000)
    owners = [prs.slide_master, *prs.slide_layouts]
    for owner in owners:
        for shape in owner.placeholders:
            top, height = shape.top, shape.height  # read first: setting one writes all four
            if shape.placeholder_format.type in (1, 2, 3, 4, 7) and None not in (top, height):
                shape.left, shape.top = Emu(609600), top
                shape.width, shape.height = Emu(10972800), height
    path = folder / "corporate.pptx"
    prs.save(str(path))
    return path


def regions(deck: Deck, number: int) -> list[tuple[float, float, float, float, str]]:
    """Where text may be on a slide: text boxes, tables and charts, with the text they hold."""
    out = []
    for box in deck.slides[number].boxes:
        if isinstance(box, TextBox):
            text = "".join(p.text for p in box.paragraphs)
            out.append((box.x, box.y, box.x + box.w, box.y + box.h, text))
        elif isinstance(box, TableBox):
            text = "".join(p.text for row in box.rows for cell in row for p in cell.paragraphs)
            out.append((box.x, box.y, box.x + box.w, box.y + box.h, text))
        elif isinstance(box, ChartBox):
            out.append((box.x, box.y, box.x + box.w, box.y + box.h, "*"))
    return out


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("mode", DECKS)
def test_page_count_and_size(mode, rendered, decks) -> None:  # type: ignore[no-untyped-def]
    pages = rendered[mode]
    assert len(pages) == len(decks["zh-en" if mode == "template" else mode].slides)
    for width, height, words, _ in pages:
        assert abs(width - 960) < 1 and abs(height - 540) < 1
        assert words


@pytest.mark.parametrize("mode", MODES)
def test_every_word_inside_the_slide_and_its_box(mode, rendered, decks) -> None:  # type: ignore[no-untyped-def]
    deck = decks[mode]
    problems = []
    for number, (_, _, words, _) in enumerate(rendered[mode]):
        boxes = regions(deck, number)
        for x0, y0, x1, y1, text in words:
            if not (x0 >= 0 and x1 <= 960 and y0 >= 0 and y1 <= 540):
                problems.append(f"slide {number + 1}: {text!r} leaves the slide")
                continue
            slack_y = (y1 - y0) * 0.3 + 1
            inside = [
                b
                for b in boxes
                if x0 >= b[0] - 1.5
                and x1 <= b[2] + 1.5
                and y0 >= b[1] - slack_y
                and y1 <= b[3] + slack_y
            ]
            if not any(b[4] == "*" or squash(text) in squash(b[4]) for b in inside):
                problems.append(
                    f"slide {number + 1}: {text!r} at {x0:.0f},{y0:.0f}-{x1:.0f},{y1:.0f} "
                    "outside its box"
                )
    assert not problems, "\n".join(problems[:20])


@pytest.mark.parametrize("mode", DECKS)
def test_no_two_words_collide(mode, rendered) -> None:  # type: ignore[no-untyped-def]
    problems = []
    for number, (_, _, words, _) in enumerate(rendered[mode]):
        cores = []
        for x0, y0, x1, y1, text in words:
            dy = (y1 - y0) * 0.25
            dx = min((x1 - x0) * 0.1, 2)
            cores.append((x0 + dx, y0 + dy, x1 - dx, y1 - dy, text))
        for i, a in enumerate(cores):
            for b in cores[i + 1 :]:
                if a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]:
                    problems.append(f"slide {number + 1}: {a[4]!r} collides with {b[4]!r}")
    assert not problems, "\n".join(problems[:20])


@pytest.mark.parametrize("mode", MODES)
def test_all_planned_text_is_rendered(mode, rendered, decks) -> None:  # type: ignore[no-untyped-def]
    for number, (_, _, words, _) in enumerate(rendered[mode]):
        shown = squash("".join(w[4] for w in words))
        for box in decks[mode].slides[number].boxes:
            if isinstance(box, TextBox):
                for para in box.paragraphs:
                    for line in para.lines:
                        assert squash(line)[:6] in shown, (number + 1, line)


def _letters(text: str) -> int:
    return sum(1 for char in text if char.isalnum())


def planned_texts(deck: Deck, number: int) -> set[str]:
    """Every planned paragraph and line of a slide, squashed (a short line may be one)."""
    texts = set()
    for box in deck.slides[number].boxes:
        paragraphs = list(box.paragraphs) if isinstance(box, TextBox) else []
        if isinstance(box, TableBox):
            paragraphs = [p for row in box.rows for cell in row for p in cell.paragraphs]
        for para in paragraphs:
            texts.add(squash(para.text))
            texts.update(squash(part) for part in para.text.split("\n"))
    if any(isinstance(box, ChartBox) for box in deck.slides[number].boxes):
        for box in deck.slides[number].boxes:
            if isinstance(box, ChartBox):
                texts.update(squash(line) for c in box.categories for line in c.split("\n"))
    return texts


@pytest.mark.parametrize("mode", DECKS)
def test_no_chinese_paragraph_ends_in_a_line_of_one_or_two_characters(
    mode, rendered, decks
) -> None:  # type: ignore[no-untyped-def]
    deck = decks["zh-en" if mode == "template" else mode]
    problems = []
    for number, (_, _, _, lines) in enumerate(rendered[mode]):
        whole = planned_texts(deck, number)
        for line in lines:
            if not HAN.search(line) or _letters(line) > 2:
                continue
            if squash(line) in whole or squash(line).isdigit():
                continue  # a paragraph (a name, a date) that is short, not the end of a long one
            problems.append(f"slide {number + 1}: a paragraph ends in {line!r}")
    assert not problems, "\n".join(problems)


def test_a_short_last_line_is_found() -> None:
    """The check above sees an orphan: a lone character that is no paragraph of its own."""
    assert _letters("破") <= 2 and _letters("度。") <= 2 and _letters("亚。 *") <= 2
    assert _letters("东京－横滨") > 2


# -- decks of any article: an imported post and a text of 20 chapters ------------------------

OTHER_DECKS = ("imported-zh-en", "imported-en", "chapters-zh-en")


def _convert(files: list[Path], folder: Path) -> dict[str, list[tuple[float, float, list]]]:  # type: ignore[type-arg]
    profile = Path("/tmp") / f"wocdesk-lo-{uuid.uuid4().hex}"
    try:
        subprocess.run(
            [
                str(SOFFICE),
                f"-env:UserInstallation={profile.as_uri()}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(folder),
                *map(str, files),
            ],
            check=True,
            capture_output=True,
            timeout=600,
        )
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    pages = {}
    for file in files:
        pdf = file.with_suffix(".pdf")
        assert pdf.is_file(), f"LibreOffice did not convert {file.name}"
        out = subprocess.run(
            [str(PDFTOTEXT), "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
        )
        pages[file.stem] = [
            (
                float(w),
                float(h),
                [
                    (float(a), float(b), float(c), float(d), html.unescape(t))
                    for a, b, c, d, t in WORD.findall(body)
                ],
            )
            for w, h, body in PAGE.findall(out.stdout)
        ]
    return pages


@pytest.fixture(scope="module")
def other_decks(tmp_path_factory, seed_text):  # type: ignore[no-untyped-def]
    if SOFFICE is None or PDFTOTEXT is None:
        pytest.skip(
            "LibreOffice (soffice) or poppler's pdftotext is not installed; CI installs both"
        )
    from tests.chapter_text import chapter_text
    from wocdesk.content.article_file.article_toml import article_toml
    from wocdesk.content.article_file.loader import parse_article
    from wocdesk.content.importing.importer import import_text
    from wocdesk.deck import plan_deck, write_pptx

    folder = tmp_path_factory.mktemp("render-any")
    with pytest.MonkeyPatch.context() as patch:  # no key points of the user's
        patch.setenv("XDG_DATA_HOME", str(folder / "data"))
        imported = parse_article(article_toml(import_text(seed_text, "post")), folder / "post.toml")
        chapters = parse_article(
            article_toml(import_text(chapter_text(20, 7), "ch")), folder / "ch.toml"
        )
        decks = {
            "imported-zh-en": plan_deck(imported, lang="zh-en"),
            "imported-en": plan_deck(imported, lang="en"),
            "chapters-zh-en": plan_deck(chapters, lang="zh-en"),
        }
    files = [write_pptx(deck, folder / f"{name}.pptx") for name, deck in decks.items()]
    return decks, _convert(files, folder)


@pytest.mark.parametrize("name", OTHER_DECKS)
def test_any_article_every_word_on_its_slide_in_its_box_none_colliding(name, other_decks) -> None:  # type: ignore[no-untyped-def]
    decks, rendered = other_decks
    deck, pages = decks[name], rendered[name]
    assert len(pages) == len(deck.slides)
    if name.startswith("chapters"):
        assert len(pages) > 40  # the agenda and the chapters continue over many slides
    problems = []
    for number, (width, height, words) in enumerate(pages):
        assert abs(width - 960) < 1 and abs(height - 540) < 1 and words
        boxes = regions(deck, number)
        for x0, y0, x1, y1, text in words:
            if not (x0 >= 0 and x1 <= 960 and y0 >= 0 and y1 <= 540):
                problems.append(f"slide {number + 1}: {text!r} leaves the slide")
                continue
            slack_y = (y1 - y0) * 0.3 + 1
            inside = [
                b
                for b in boxes
                if x0 >= b[0] - 1.5
                and x1 <= b[2] + 1.5
                and y0 >= b[1] - slack_y
                and y1 <= b[3] + slack_y
            ]
            if not any(b[4] == "*" or squash(text) in squash(b[4]) for b in inside):
                problems.append(f"slide {number + 1}: {text!r} outside its box")
        cores = []
        for x0, y0, x1, y1, text in words:
            dy, dx = (y1 - y0) * 0.25, min((x1 - x0) * 0.1, 2)
            cores.append((x0 + dx, y0 + dy, x1 - dx, y1 - dy, text))
        for i, a in enumerate(cores):
            for b in cores[i + 1 :]:
                if a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]:
                    problems.append(f"slide {number + 1}: {a[4]!r} collides with {b[4]!r}")
        shown = squash("".join(w[4] for w in words))
        for box in deck.slides[number].boxes:
            if isinstance(box, TextBox):
                for para in box.paragraphs:
                    for line in para.lines:
                        if squash(line)[:6] not in shown:
                            problems.append(f"slide {number + 1}: {line!r} not rendered")
    assert not problems, "\n".join(problems[:20])

from __future__ import annotations

import re
import unicodedata

import pytest

from tests.desktop.long_text import long_article
from tests.desktop.pdf_text import han, missing_from, needs_poppler, pdf_pages, pdf_text, words
from wocdesk.content.notes import missing_note
from wocdesk.model.text import DisplayMode


@pytest.fixture
def write(qapp):  # type: ignore[no-untyped-def]
    from wocdesk.ui.printing.pdf import write_pdf

    return write_pdf


def _passages(article, lang):  # type: ignore[no-untyped-def]
    return [p.text.get(lang) for p in article.passages() if p.text.get(lang)]


@needs_poppler
@pytest.mark.parametrize("mode", ["zh-en", "en-zh"])
def test_bilingual_pdf_carries_every_passage_in_both_languages(write, article, tmp_path, mode):
    target = tmp_path / "article.pdf"
    pages = write(article, DisplayMode(mode), target)
    assert pages == pdf_pages(target) >= 2
    text = pdf_text(target, "-raw")
    assert missing_from(han(_passages(article, "zh")), han([text])) == []
    assert missing_from(words(_passages(article, "en")), words([text])) == []
    assert not any(0x2E80 <= ord(c) <= 0x2FDF for c in text), "radicals instead of ideographs"
    assert "–" in text and "‒" not in text  # the en dash of the first passage, not a figure dash


@needs_poppler
def test_single_language_pdf_has_that_language_only(write, article, tmp_path):
    target = tmp_path / "en.pdf"
    write(article, DisplayMode.EN, target)
    text = pdf_text(target, "-raw")
    assert missing_from(words(_passages(article, "en")), words([text])) == []
    chinese_only = [p for p in article.passages() if p.text.en is None]
    assert chinese_only, "the bundled article has lines in Chinese only"
    assert "[Only in Chinese in the original]" in text  # such a line stays, marked
    bilingual = [p for p in article.passages() if p.text.zh and p.text.en]
    assert not any(p.text.zh[:12] in text for p in bilingual)  # no Chinese column


@needs_poppler
def test_every_page_has_the_running_header_and_its_number(write, article, tmp_path):
    target = tmp_path / "zh.pdf"
    pages = write(article, DisplayMode.ZH, target)
    for page in range(1, pages + 1):
        text = pdf_text(target, "-f", str(page), "-l", str(page))
        assert article.title.zh in text
        assert (article.source.zh or "") in text
        assert re.search(rf"(?<!\d){page}\s*/\s*{pages}(?!\d)", text)


@needs_poppler
def test_the_text_copies_without_ligatures(write, article, tmp_path):
    target = tmp_path / "en.pdf"
    write(article, DisplayMode.EN, target)
    text = pdf_text(target)
    assert "Office" in text
    assert text == unicodedata.normalize("NFKC", text) or "ﬃ" not in text
    assert not any(c in text for c in "ﬀﬁﬂﬃﬄ")


@needs_poppler
def test_a_200_chapter_text_prints_whole_and_in_order(write, article, tmp_path):
    book = long_article(article)
    target = tmp_path / "book.pdf"
    pages = write(book, DisplayMode.ZH_EN, target)
    assert pages == pdf_pages(target) > 200
    text = pdf_text(target, "-raw")
    titles = [f"Chapter {n}" for n in range(1, 201)]
    positions = [text.find(f"{title}\n") for title in titles]
    assert -1 not in positions and positions == sorted(positions)
    assert missing_from(words(_passages(book, "en")), words([text])) == []
    assert missing_from(han(_passages(book, "zh")), han([text])) == []


def test_cancelling_leaves_no_file(write, article, tmp_path):
    from wocdesk.ui.printing.pages import PrintCancelled

    target = tmp_path / "cancelled.pdf"
    target.write_bytes(b"the user's old file")
    calls = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return done < 1  # stop after the first page

    with pytest.raises(PrintCancelled):
        write(long_article(article, 3), DisplayMode.EN, target, progress=progress)
    assert target.read_bytes() == b"the user's old file"
    assert [p for p in tmp_path.iterdir() if p.name != "cancelled.pdf"] == []
    assert calls[-1][0] == 1


def test_the_document_is_built_from_the_model_escaped(article):
    from wocdesk.ui.printing.document import PrintFonts, printable_parts

    fonts = PrintFonts(zh="Z", en="L")
    (html,) = printable_parts(article, DisplayMode.ZH_EN, fonts)
    first = next(article.passages())
    assert first.text.zh in html and first.text.en in html
    assert html.index(first.text.zh) < html.index(first.text.en)  # Chinese on the left
    (swapped,) = printable_parts(article, DisplayMode.EN_ZH, fonts)
    assert swapped.index(first.text.en) < swapped.index(first.text.zh)


def test_odd_characters_are_escaped(article):
    import dataclasses

    from wocdesk.model.article import Passage, Section
    from wocdesk.model.text import BiText
    from wocdesk.ui.printing.document import PrintFonts, printable_parts

    odd = dataclasses.replace(
        article,
        sections=(
            Section(
                "s", BiText("<b>标题</b>", "A & B"), (Passage("p", BiText("<i>中</i>", "x<y")),)
            ),
        ),
    )
    (html,) = printable_parts(odd, DisplayMode.ZH_EN, PrintFonts(zh="Z"))
    assert "<b>标题" not in html and "&lt;b&gt;标题&lt;/b&gt;" in html
    assert "x&lt;y" in html and "A &amp; B" in html


def test_a_long_text_is_laid_out_in_parts(article):
    from wocdesk.ui.printing.document import PASSAGES_PER_PART, PrintFonts, printable_parts

    book = long_article(article)
    parts = printable_parts(book, DisplayMode.ZH_EN, PrintFonts(zh="Z"))
    total = sum(1 for _ in book.passages())
    assert len(parts) >= total // PASSAGES_PER_PART
    assert all(part.startswith("<html>") and part.endswith("</html>") for part in parts)


def test_pdf_to_an_unwritable_place_is_one_clear_error(write, article, tmp_path):
    from wocdesk.errors import WocdeskError

    with pytest.raises(WocdeskError, match="does not exist"):
        write(article, DisplayMode.EN, tmp_path / "no-such-folder" / "x.pdf")


def test_print_font_maps_each_glyph_from_one_code_point():
    from wocdesk.resources import resource
    from wocdesk.ui.app.fonts import FONT_FILES
    from wocdesk.ui.printing import sfnt
    from wocdesk.ui.printing.font_alias import PRINT_FAMILY, print_font

    for name in FONT_FILES:
        original = resource("fonts", name).read_bytes()
        before = sfnt.character_map(sfnt.read_tables(original)[b"cmap"])
        tables = sfnt.read_tables(print_font(original))
        after = sfnt.character_map(tables[b"cmap"])
        assert len(set(after.values())) == len(after)  # one code point per glyph
        assert all(before[c] == g for c, g in after.items())  # and the same glyphs
        assert after[ord("–")] == before[ord("–")] and 0x2012 not in after
        assert after[ord("月")] == before[ord("月")]
        assert PRINT_FAMILY.encode("utf-16-be") in tables[b"name"]


@needs_poppler
@pytest.mark.parametrize("mode", ["zh-en", "en-zh"])
def test_a_row_split_by_a_page_break_is_in_the_text_once(write, article, tmp_path, mode):
    """A row crossing a page break (the article's "Voices of Participants" row in Both) gives
    each of its lines to one page: the line next to the break is not also on the other page
    as clipped, invisible text that copying and searching would find twice."""
    target = tmp_path / "article.pdf"
    pages = write(article, DisplayMode(mode), target)
    lines = [line.strip() for line in pdf_text(target).splitlines() if len(line.strip()) > 12]
    source = "\n".join(
        p.text.get(lang) or missing_note(lang) for p in article.passages() for lang in ("zh", "en")
    )
    counts = {line: lines.count(line) for line in lines}
    repeated = {
        line: n
        for line, n in counts.items()
        if n > max(1, source.count(line)) and n < pages  # the running header is on every page
    }
    assert repeated == {}


def test_a_title_in_one_language_is_printed_once_side_by_side(article):
    import dataclasses

    from wocdesk.model.article import Passage, Section
    from wocdesk.model.text import BiText
    from wocdesk.ui.printing.document import PrintFonts, printable_parts

    english_titles = dataclasses.replace(
        article,
        title=BiText(None, "A report in English"),
        sections=(Section("s", BiText(None, "Only English"), (Passage("p", BiText("中", "x")),)),),
    )
    (html,) = printable_parts(english_titles, DisplayMode.ZH_EN, PrintFonts(zh="Z"))
    assert html.count("A report in English") == 1 and html.count("Only English") == 1
    (column,) = printable_parts(english_titles, DisplayMode.ZH, PrintFonts(zh="Z"))
    assert "Only English" in column and "A report in English" in column  # a column keeps one

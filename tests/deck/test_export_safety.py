"""Writing safely: destinations, atomicity under failure, templates, arbitrary Unicode."""

from __future__ import annotations

import dataclasses
import os
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pptx import Presentation

from wocdesk.content.files import DestinationError
from wocdesk.deck import TemplateError, plan_deck, write_pptx


@pytest.fixture(scope="module")
def deck(article):  # type: ignore[no-untyped-def]
    return plan_deck(article, lang="zh-en")


def test_bad_destinations_are_one_line_errors(deck, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(DestinationError, match="does not exist"):
        write_pptx(deck, tmp_path / "missing" / "x.pptx")
    with pytest.raises(DestinationError, match="is a folder"):
        write_pptx(deck, tmp_path)
    if os.geteuid() != 0:
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(0o500)
        with pytest.raises(DestinationError, match="not writable"):
            write_pptx(deck, locked / "x.pptx")


def test_failed_export_leaves_existing_file_and_no_partial(deck, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "deck.pptx"
    target.write_bytes(b"the user's precious file")
    from pptx.presentation import Presentation as PresentationClass

    def broken_save(self, file):  # type: ignore[no-untyped-def]
        with open(file, "wb") as handle:
            handle.write(b"PK half a zip")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(PresentationClass, "save", broken_save)
    from wocdesk.content.files import DestinationError

    with pytest.raises(DestinationError, match=r"deck.pptx: cannot be written \(No space left"):
        write_pptx(deck, target)  # one line for the user, not an internal error
    assert target.read_bytes() == b"the user's precious file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deck.pptx"]


def test_failure_while_drawing_writes_nothing(deck, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from wocdesk.deck.writer import pptx_writer

    def boom(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("injected")

    monkeypatch.setattr(pptx_writer, "add_table", boom)
    with pytest.raises(RuntimeError):
        write_pptx(deck, tmp_path / "new.pptx")
    assert list(tmp_path.iterdir()) == []


def test_template_with_the_needed_layouts_is_used(deck, tmp_path) -> None:  # type: ignore[no-untyped-def]
    template = Presentation()
    template.slide_width, template.slide_height = 12192000, 6858000
    template.slides.add_slide(template.slide_layouts[6])  # a stray slide to be dropped
    path = tmp_path / "corporate.pptx"
    template.save(str(path))
    out = write_pptx(deck, tmp_path / "out.pptx", template=path)
    prs = Presentation(str(out))
    assert len(prs.slides) == len(deck.slides)
    assert prs.slides[0].slide_layout.name == "Title Slide"
    assert prs.slides[1].slide_layout.name == "Title Only"
    assert prs.slides[9].slide_layout.name == "Title and Content"
    names = [s.name for s in prs.slides[1].shapes]
    assert not [n for n in names if n.startswith("layout:")]  # the template brings its own look
    cards = [s for s in prs.slides[3].shapes if s.name.startswith("card")]
    assert len(cards) == 3 and all(c.shape_type == 6 for c in cards)  # content shapes stay, grouped
    assert prs.slides[1].shapes.title.text_frame.text.startswith("议程")


def test_template_without_layouts_lists_what_it_has(deck, tmp_path) -> None:  # type: ignore[no-untyped-def]
    template = Presentation()
    template.slide_width, template.slide_height = 12192000, 6858000
    for index, layout in enumerate(template.slide_layouts):
        layout.name = f"Corporate {index}"
    path = tmp_path / "odd.pptx"
    template.save(str(path))
    with pytest.raises(TemplateError) as info:
        write_pptx(deck, tmp_path / "out.pptx", template=path)
    message = str(info.value)
    assert str(path) in message and "'Corporate 0'" in message and "'Corporate 10'" in message
    assert "Title and Content" in message and "\n" not in message
    assert not (tmp_path / "out.pptx").exists()


def test_template_that_is_not_a_pptx(deck, tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "notes.pptx"
    bad.write_text("hello", encoding="utf-8")
    with pytest.raises(TemplateError, match=r"notes\.pptx: is not a zip package"):
        write_pptx(deck, tmp_path / "out.pptx", template=bad)
    with pytest.raises(TemplateError, match="no such file"):
        write_pptx(deck, tmp_path / "out.pptx", template=tmp_path / "nope.pptx")
    four_three = tmp_path / "43.pptx"
    Presentation().save(str(four_three))
    with pytest.raises(TemplateError, match="not 16:9"):
        write_pptx(deck, tmp_path / "out.pptx", template=four_three)


def _with_text(article, text: str):  # type: ignore[no-untyped-def]
    """The article with ``text`` put before two passages, into names and the event name.

    The passages keep their own words after ``text``: the outline quotes them from a marker on.
    """
    sections = []
    for section in article.sections:
        ps = tuple(
            dataclasses.replace(
                p, text=dataclasses.replace(p.text, zh=text + (p.zh or ""), en=text + (p.en or ""))
            )
            if p.id in ("p-exchange", "p-event")
            else p
            for p in section.passages
        )
        sections.append(dataclasses.replace(section, passages=ps))
    trends = tuple(
        dataclasses.replace(t, name=dataclasses.replace(t.name, en=text or "x"))
        for t in article.trends
    )
    keys = (
        dataclasses.replace(
            article.keys[0], name=dataclasses.replace(article.keys[0].name, zh=text or "x")
        ),
        *article.keys[1:],
    )
    event = dataclasses.replace(
        article.event, name=dataclasses.replace(article.event.name, en=text or "x")
    )
    return dataclasses.replace(
        article, sections=tuple(sections), trends=trends, keys=keys, event=event
    )


NASTY = st.text(
    alphabet=st.one_of(
        st.characters(codec=None, exclude_categories=()),
        st.sampled_from(
            [
                "\x00",
                "\x07",
                "\x1f",
                "\ufffe",
                "\uffff",
                "\ud800",
                "\udfff",
                "\u200b",
                "\t",
                "\n",
                "中",
                "W",
            ]
        ),
    ),
    max_size=120,
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=NASTY, mode=st.sampled_from(["zh", "en", "zh-en"]))
def test_arbitrary_unicode_never_crashes_the_writer(article, tmp_path, text, mode) -> None:  # type: ignore[no-untyped-def]
    deck = plan_deck(_with_text(article, text), lang=mode)
    out = write_pptx(deck, tmp_path / "u.pptx")
    prs = Presentation(str(out))
    assert len(prs.slides) >= 10


@settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    word=st.text(
        alphabet=st.characters(min_codepoint=0x41, max_codepoint=0x5A), min_size=300, max_size=900
    )
)
def test_very_long_words_fit_their_boxes(article, word) -> None:  # type: ignore[no-untyped-def]
    from wocdesk.deck.layout.compose import height_of
    from wocdesk.deck.layout.measure import text_width
    from wocdesk.deck.model import TextBox

    deck = plan_deck(_with_text(article, word), lang="en")
    for slide in deck.slides:
        for box in slide.boxes:
            if isinstance(box, TextBox):
                assert height_of(box.paragraphs) <= box.h - 2 * box.inset + 0.01
                for p in box.paragraphs:
                    assert all(
                        text_width(line, p.size, p.bold) <= box.w - 2 * box.inset
                        for line in p.lines
                    )


def test_illegal_xml_in_the_article_is_cleaned(article, tmp_path) -> None:  # type: ignore[no-untyped-def]
    deck = plan_deck(_with_text(article, "A\x00B\ufffeC\ud800D"), lang="en")
    out = write_pptx(deck, tmp_path / "c.pptx")
    text = "\n".join(
        s.text_frame.text for s in Presentation(str(out)).slides[5].shapes if s.has_text_frame
    )
    assert "ABCD" in text
    assert sys.maxunicode  # sanity

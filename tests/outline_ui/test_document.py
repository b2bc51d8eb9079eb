"""The outline document: one outline per article, edits kept per article, key points followed."""

from __future__ import annotations

import tomllib
from pathlib import Path

from wocdesk.briefing.store import store_for
from wocdesk.deck.outlines.outline import load_outline
from wocdesk.resources import default_outline_path
from wocdesk.ui.outline.briefing import briefing_for


def _sentence(article, passage_id, lang="en", number=0):
    from wocdesk.briefing.sentences import sentence_spans

    text = article.passage(passage_id).text.get(lang)
    return sentence_spans(text)[number]


def test_the_document_is_one_per_state_and_starts_as_the_default_outline(state) -> None:
    briefing = briefing_for(state)
    assert briefing_for(state) is briefing
    document = briefing.outline
    kinds = [s.kind for s in document.slides]
    assert kinds[:2] == ["cover", "agenda"] and kinds[-1] == "credits"
    assert document.problems == [] and not document.is_edited and not document.is_dirty


def test_a_marked_sentence_becomes_its_sections_slide_and_is_stored(state) -> None:
    briefing = briefing_for(state)
    article = state.article
    first = next(article.passages())
    resets: list[int] = []
    briefing.outline.reset.connect(lambda: resets.append(1))
    point = briefing.points.mark(first.id, "en", *_sentence(article, first.id))
    assert resets  # the panel, the dialog and the show are told
    slides = briefing.outline.slides
    section = next(s for s in slides if s.kind == "points")
    assert section.keys["items"] == [{"point": point.id}]
    assert section.title is not None and section.title.en == article.section_of(first.id).title.en
    stored = store_for(article).load()
    assert [p.text for p in stored.points] == [point.text]
    assert point.text.startswith("On February 23, 2024")


def test_edits_are_kept_per_article_for_the_session(state, article) -> None:
    document = briefing_for(state).outline
    seed = state.article
    slide = document.slide_data(2)
    slide["title"] = {"zh": "我的标题", "en": "My title"}
    document.replace_slide(2, slide)
    assert document.is_dirty and document.slides[2].title.en == "My title"
    state.set_article(article)
    assert not document.is_dirty and document.slides[0].kind == "title"  # the curated outline
    assert [key for key, _entry in document.unsaved()] == [f"file:{seed.path}"]
    state.set_article(seed)
    assert document.is_dirty and document.slides[2].title.en == "My title"


def test_save_as_writes_the_outline_that_reads_back_the_same(state, tmp_path: Path) -> None:
    document = briefing_for(state).outline
    slide = document.slide_data(2)
    slide["title"] = {"en": "Edited"}
    document.replace_slide(2, slide)
    written = document.save_as(tmp_path / "mine.toml")
    assert not document.is_dirty and document.source == written
    again = load_outline(written)
    assert [s.kind for s in again.slides] == [s.kind for s in document.slides]
    assert again.slides[2].title.en == "Edited"
    assert tomllib.loads(written.read_text(encoding="utf-8"))["slides"][2]["title"] == {
        "en": "Edited"
    }


def test_a_mismatched_outline_file_is_one_line_and_marks_its_slides(state) -> None:
    document = briefing_for(state).outline
    assert document.load_file(default_outline_path())
    line = document.first_problem()
    assert line.startswith(f"{default_outline_path()}: slide 1: notes: no passage 'p-event'")
    assert "\n" not in line and len(line) < 400
    assert document.slide_problems(1) and not document.slide_problems(999)
    document.use_own()
    assert document.first_problem() == "" and document.source is None


def test_an_unreadable_outline_file_is_the_one_problem(state, tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("slides = = 1", encoding="utf-8")
    document = briefing_for(state).outline
    assert not document.load_file(bad)
    assert document.outline is None and document.slides == ()
    assert document.first_problem().startswith(f"{bad}: not valid TOML")


def test_removing_a_point_takes_it_off_an_edited_outline(state) -> None:
    briefing = briefing_for(state)
    article = state.article
    passages = [p.id for p in article.passages() if p.en]
    one = briefing.points.mark(passages[0], "en", *_sentence(article, passages[0]))
    two = briefing.points.mark(passages[1], "en", *_sentence(article, passages[1]))
    document = briefing.outline
    slide = document.slide_data(2)
    slide["title"] = {"en": "Ours"}
    document.replace_slide(2, slide)  # edited: the outline no longer follows by itself
    three = briefing.points.mark(passages[2], "en", *_sentence(article, passages[2]))
    items = document.slides[2].keys["items"]
    assert items == [{"point": one.id}, {"point": two.id}, {"point": three.id}]
    briefing.points.remove(two.id)
    assert document.slides[2].keys["items"] == [{"point": one.id}, {"point": three.id}]
    assert document.first_problem() == ""


def test_the_curated_outline_gains_a_slide_for_points_marked_in_the_bundled_article(
    article, qapp
) -> None:
    from wocdesk.ui.state import ReaderState

    state = ReaderState(article)
    briefing = briefing_for(state)
    before = len(briefing.outline.slides)
    point = briefing.points.mark("p-enterprise", "en", *_sentence(article, "p-enterprise"))
    slides = briefing.outline.slides
    assert len(slides) == before + 1
    added = [s for s in slides if s.kind == "points"]
    assert added and added[0].keys["items"] == [{"point": point.id}]
    assert briefing.outline.first_problem() == ""

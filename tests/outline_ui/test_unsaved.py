"""Unsaved outline edits: kept per article for the session, asked about before they are lost."""

from __future__ import annotations

from wocdesk.ui.outline.briefing import briefing_for
from wocdesk.ui.outline.saving import Choice


def edit_title(window, text: str) -> None:  # type: ignore[no-untyped-def]
    document = briefing_for(window.state).outline
    slide = document.slide_data(2)
    slide["title"] = {"en": text}
    document.replace_slide(2, slide)


def test_opening_another_article_asks_and_cancel_stays(make_window, seed_article, article, answers):
    window = make_window(seed_article, "en")
    edit_title(window, "Mine")
    answers.replies.append(Choice.CANCEL)
    window.open_bundled_article()
    assert answers.asked == [(seed_article.title.best("en"), False)]
    assert window.article is seed_article  # stayed


def test_kept_edits_come_back_with_the_article(make_window, seed_article, raw_seed, answers):
    window = make_window(seed_article, "en")
    edit_title(window, "Mine")
    answers.replies.append(Choice.KEEP)
    window.open_bundled_article()
    assert window.article is not seed_article
    document = briefing_for(window.state).outline
    assert not document.is_dirty
    window.open_article_file(raw_seed)  # the same file again, read anew
    assert document.is_dirty and document.slides[2].title.en == "Mine"


def test_discarded_edits_are_gone(make_window, seed_article, raw_seed, answers):
    window = make_window(seed_article, "en")
    edit_title(window, "Mine")
    answers.replies.append(Choice.DISCARD)
    window.open_bundled_article()
    window.open_article_file(raw_seed)
    document = briefing_for(window.state).outline
    assert not document.is_dirty and document.slides[2].title.en != "Mine"


def test_saving_when_asked_writes_the_outline(
    make_window, seed_article, answers, tmp_path, monkeypatch
):
    from wocdesk.deck.outlines.outline import load_outline
    from wocdesk.ui.outline import saving

    window = make_window(seed_article, "en")
    edit_title(window, "Mine")
    target = tmp_path / "kept.toml"
    monkeypatch.setattr(saving, "ask_path", lambda parent, suggested: target)
    answers.replies.append(Choice.SAVE)
    window.open_bundled_article()
    assert load_outline(target).slides[2].title.en == "Mine"
    assert window.article is not seed_article


def test_quitting_asks_for_every_article_with_edits_and_cancel_keeps_the_window(
    make_window, seed_article, article, answers
):
    window = make_window(seed_article, "en")
    edit_title(window, "Mine")
    answers.replies.append(Choice.KEEP)
    window.set_article(article)
    edit_title(window, "Ours")
    answers.replies += [Choice.CANCEL]
    assert not window.close()
    assert window.isVisible()
    assert len(answers.asked) == 2 and answers.asked[1][1] is True
    answers.replies += [Choice.DISCARD, Choice.DISCARD]
    assert window.close()
    assert [leaving for _title, leaving in answers.asked[2:]] == [True, True]


def test_nothing_is_asked_without_edits(make_window, seed_article, answers):
    window = make_window(seed_article, "en")
    window.outline_feature.toggle.trigger()  # looking is not editing
    window.open_bundled_article()
    assert window.close()
    assert answers.asked == []

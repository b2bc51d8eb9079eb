"""Saving a word: its pinyin in context, its senses, its sentence in both languages, kept once."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from wocdesk.library.store import Library
from wocdesk.model.text import BiText
from wocdesk.study.spans import Span
from wocdesk.study.vocab.vocabulary import (
    VocabularyError,
    find_word,
    occurrences,
    save_word,
    senses_of,
    word_alone,
    word_entry,
)

ENTERPRISE_ZH = "现在的创新很大程度上都是企业在带动。"
ENTERPRISE_EN = "Much of the current innovation is largely driven by enterprises."


def test_a_chinese_word_at_an_offset_is_kept_with_its_context(library, article, dictionary) -> None:  # type: ignore[no-untyped-def]
    passage = article.passage("p-enterprise")
    offset = passage.zh.index("企业在带动")
    saved = save_word(
        library, article, "p-enterprise", "zh", offset + 1, article_id=1, dictionary=dictionary
    )
    entry = saved.entry
    assert saved.added and saved.id == entry.id
    assert (entry.word, entry.pinyin) == ("企业", "qǐ yè")
    assert "company; firm; enterprise; corporation" in entry.senses
    assert entry.sentence == BiText(zh=ENTERPRISE_ZH, en=ENTERPRISE_EN)
    assert (entry.article_id, entry.passage_id, entry.lang, entry.offset) == (
        1,
        "p-enterprise",
        "zh",
        offset,
    )
    assert entry.title == article.title and entry.created is not None
    assert library.vocabulary.entries() == [entry]


def test_the_sentences_are_the_articles_text_verbatim(library, article, dictionary) -> None:  # type: ignore[no-untyped-def]
    passage = article.passage("p-event")
    at = passage.zh.rindex("知识产权")
    entry = save_word(library, 1, "p-event", "zh", at, dictionary=dictionary).entry
    assert entry.word == "知识产权" and entry.pinyin == "zhī shí chǎn quán"
    assert entry.senses[0] == "intellectual property rights (law)"
    assert entry.sentence.zh and entry.sentence.zh in passage.zh
    assert entry.sentence.zh.endswith("探讨知识产权助力创新驱动发展。")
    assert entry.sentence.en and entry.sentence.en in passage.en
    assert ",\u201d brought together" in entry.sentence.en  # the publisher's punctuation kept
    assert entry.article_id == 1  # a library id given as the article


def test_the_reading_in_context_picks_the_senses(library, article, dictionary) -> None:  # type: ignore[no-untyped-def]
    passage = article.passage("p-government")
    at = passage.zh.index("一如既往地") + 4
    entry = save_word(library, article, "p-government", "zh", at, dictionary=dictionary).entry
    assert (entry.word, entry.pinyin) == ("地", "de")
    assert entry.senses[0] == "-ly"  # the particle first, the noun after with its reading
    assert "[dì] earth" in entry.senses
    assert entry.senses.index("[dì] earth") > entry.senses.index("-ly")
    assert senses_of("地", "dì", dictionary)[0] == "earth"


def test_a_span_saves_exactly_that_word(library, article, dictionary) -> None:  # type: ignore[no-untyped-def]
    passage = article.passage("p-event")
    inside = passage.zh.index("世界知识产权组织") + 2  # jieba keeps 世界知识产权组织 whole
    whole = save_word(library, article, "p-event", "zh", inside, dictionary=dictionary).entry
    assert whole.word == "世界知识产权组织"
    part = save_word(
        library, article, "p-event", "zh", Span(inside, inside + 4), dictionary=dictionary
    ).entry
    assert (part.word, part.pinyin, part.offset) == ("知识产权", "zhī shí chǎn quán", inside)


def test_saving_the_same_word_from_the_same_sentence_keeps_one_entry(
    library: Library, article, dictionary
) -> None:  # type: ignore[no-untyped-def]
    passage = article.passage("p-enterprise")
    first = save_word(library, article, "p-enterprise", "zh", "企业", dictionary=dictionary)
    again = save_word(
        library, article, "p-enterprise", "zh", passage.zh.index("企业"), dictionary=dictionary
    )
    assert first.added and not again.added and again.id == first.id
    later = passage.zh.rindex("企业")  # the same word in another sentence is another entry
    other = save_word(library, article, "p-enterprise", "zh", later, dictionary=dictionary)
    assert other.added and other.id != first.id
    assert [e.id for e in library.vocabulary.entries()] == [first.id, other.id]


def test_an_english_word_keeps_the_chinese_sentence_as_context(  # type: ignore[no-untyped-def]
    library,
    article,
    dictionary,
) -> None:
    passage = article.passage("p-enterprise")
    at = passage.en.index("largely") + 3
    entry = save_word(library, article, "p-enterprise", "en", at, dictionary=dictionary).entry
    assert (entry.word, entry.pinyin, entry.senses, entry.lang) == ("largely", "", (), "en")
    assert entry.sentence == BiText(zh=ENTERPRISE_ZH, en=ENTERPRISE_EN)
    by_word = save_word(library, article, "p-enterprise", "en", "Innovation", dictionary=dictionary)
    assert by_word.entry.word == "Innovation"  # found whatever its case, saved as asked
    assert by_word.entry.offset == passage.en.index("innovation")


def test_a_one_language_passage_has_no_counterpart(library, article, dictionary) -> None:  # type: ignore[no-untyped-def]
    entry = save_word(library, article, "p-read-more", "zh", "原文", dictionary=dictionary).entry
    assert entry.sentence.zh == article.passage("p-read-more").zh and entry.sentence.en is None


def test_a_word_met_alone_is_saved_with_its_dictionary_data(library, dictionary) -> None:  # type: ignore[no-untyped-def]
    entry = word_alone("金钥匙", dictionary)
    assert entry.pinyin == "jīn yào shi" and entry.sentence == BiText()
    assert entry.senses[-1] == "钥匙 yào shi: key; classifier: 把 (bǎ)"  # shown by its parts
    assert entry.senses[0].startswith("金 jīn: gold")
    assert word_alone(" capacity ", dictionary).senses == ()
    with pytest.raises(VocabularyError):
        word_alone("  ", dictionary)


@pytest.mark.parametrize(
    ("passage_id", "lang", "at", "message"),
    [
        ("p-nowhere", "zh", 0, "no passage 'p-nowhere' in the article"),
        ("p-read-more", "en", 0, "passage p-read-more has no text in en"),
        ("p-enterprise", "zh", "区块链", "区块链: not in passage p-enterprise"),
        ("p-enterprise", "zh", 31, "no word at 31 in passage p-enterprise"),  # the 。
        ("p-enterprise", "en", 3, "no word at 3 in passage p-enterprise"),  # a space
        ("p-enterprise", "zh", 10_000, "no word at 10000 in passage p-enterprise"),
        ("p-enterprise", "zh", Span(5, 2), "no word at 5–2 in passage p-enterprise"),
    ],
)
def test_what_cannot_be_saved_is_one_line(  # type: ignore[no-untyped-def]
    article,
    dictionary,
    passage_id,
    lang,
    at,
    message,
) -> None:
    assert article.passage("p-enterprise").zh[31] == "。"
    with pytest.raises(VocabularyError) as caught:
        word_entry(article, passage_id, lang, at, dictionary=dictionary)
    assert str(caught.value) == message


def test_errors_speak_the_interface_language(article, dictionary) -> None:  # type: ignore[no-untyped-def]
    from wocdesk.i18n import set_interface_language

    set_interface_language("zh")
    with pytest.raises(VocabularyError) as caught:
        word_entry(article, "p-enterprise", "zh", "区块链", dictionary=dictionary)
    assert "区块链" in str(caught.value) and "p-enterprise" in str(caught.value)
    assert "not in passage" not in str(caught.value)


def test_finding_a_word_in_an_article(article) -> None:  # type: ignore[no-untyped-def]
    passage, lang, span = find_word(article, "知识产权") or (None, None, None)
    assert passage is not None and passage.id == "p-event" and lang == "zh"
    assert span == Span(101, 105) and span.of(passage.zh) == "知识产权"
    found = find_word(article, "AI")
    assert found is not None and found[1] == "en" and found[2].of(found[0].en) == "AI"
    assert find_word(article, "xyzzy") is None
    assert occurrences("said AI, AIs and ai", "AI", "en") == (Span(5, 7), Span(17, 19))


def test_a_word_outlives_its_article_with_the_title(  # type: ignore[no-untyped-def]
    library: Library,
    seed_text,
    tmp_path,
    dictionary,
) -> None:
    source = tmp_path / "seed.txt"
    source.write_text(seed_text, encoding="utf-8")
    article_id = library.import_file(source).article_id
    assert article_id is not None
    saved = save_word(library, article_id, "p-2", "zh", "知识产权", dictionary=dictionary)
    library.remove(article_id)
    kept = library.vocabulary.entry(saved.id)
    assert kept is not None and kept.article_id is None and kept.passage_id == "p-2"
    assert kept.title == saved.entry.title and kept.title.en


def test_a_word_from_the_last_chapter_of_a_long_text(  # type: ignore[no-untyped-def]
    library: Library,
    tmp_path,
    dictionary,
) -> None:
    from longtext import long_raw_text

    source = tmp_path / "book.txt"
    source.write_text(long_raw_text(), encoding="utf-8")
    article_id = library.import_file(source).article_id
    assert article_id is not None
    book = library.article(article_id)
    last = [p for p in book.passages() if p.zh and p.en and "企业" in p.zh][-1]
    saved = save_word(library, book, last.id, "zh", "企业", article_id=article_id)
    assert saved.entry.passage_id == last.id and saved.entry.sentence.zh in last.zh
    assert saved.entry.sentence.en and saved.entry.sentence.en in last.en
    assert library.vocabulary.entries(article_id) == [saved.entry]


def test_a_library_of_the_first_schema_gains_the_columns_and_keeps_one_of_each(
    library_path: Path,
) -> None:
    from wocdesk.library.schema import MIGRATIONS, migrate

    library_path.parent.mkdir(parents=True)
    db = sqlite3.connect(library_path, isolation_level=None)
    assert migrate(db, MIGRATIONS[:1]) == 1
    rows = [
        ("创新", "chuàngxīn", "[]", "创新。", "Innovation.", "t1"),
        ("创新", "chuàngxīn", "[]", "创新。", "Innovation.", "t2"),  # the same again
        ("创新", "chuàngxīn", "[]", None, None, "t3"),
        ("创新", "chuàngxīn", "[]", None, None, "t4"),
        ("专利", "zhuānlì", '["patent"]', "创新。", "Innovation.", "t5"),
    ]
    db.executemany(
        "INSERT INTO vocabulary (word, pinyin, senses, sentence_zh, sentence_en, created) "
        "VALUES (?, ?, ?, ?, ?, '2024-02-23T00:00:00+00:00')",
        [row[:5] for row in rows],
    )
    db.close()
    with Library.open() as library:
        kept = library.vocabulary.entries()
    assert [e.id for e in kept] == [1, 3, 5]
    assert [(e.lang, e.offset, e.title) for e in kept] == [(None, None, BiText())] * 3

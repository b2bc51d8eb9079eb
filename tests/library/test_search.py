"""Search in both languages: Chinese substrings of any length, English words, snippets."""

from __future__ import annotations

from pathlib import Path

import pytest

from wocdesk.library.search import index_text, make_snippet, parse_query
from wocdesk.library.store import Library

TEXT = """专利与创新
发明专利申请量继续增长,专利权人可以许可他人实施其专利。
Applications for invention patents keep growing; a patentee may license others to work it.
技术创新中心正在东移。
Centres of technical innovation are moving east, said the AI researchers.
世界知识产权组织中国办事处在京举行活动。
The WIPO Office in China held an event on capacity-building in Beijing.
他说:“专利”二字很重要。
He maintained that “patents” matter, and said so in the main hall.
"""


@pytest.fixture
def article_id(library: Library, tmp_path: Path) -> int:
    path = tmp_path / "patents.txt"
    path.write_text(TEXT, encoding="utf-8")
    return library.import_file(path).article_id or 0


def _where(library: Library, query: str, article_id: int) -> list[str]:
    return sorted(h.passage_id for h in library.search(query, 50, article_id))


def test_two_character_words_are_found_inside_longer_words(
    library: Library, article_id: int
) -> None:
    assert _where(library, "专利", article_id) == ["p-1", "p-4"]  # 发明专利, 专利权人, “专利”
    assert _where(library, "创新", article_id) == ["p-2"]  # 技术创新中心
    assert _where(library, "产权", article_id) == ["p-3"]  # inside 世界知识产权组织
    assert _where(library, "知识产权", article_id) == ["p-3"]
    assert _where(library, "京", article_id) == ["p-3"]  # one character


def test_the_bundled_article_is_searched_too(library: Library) -> None:
    hits = library.search("知识产权", 50, 1)
    assert len(hits) == library.count("知识产权", 1) == 5
    assert {h.passage_id for h in hits} >= {"p-event", "p-waves", "p-practice"}


def test_english_matches_whole_words_and_the_last_word_as_a_beginning(
    library: Library, article_id: int
) -> None:
    assert _where(library, "AI", article_id) == ["p-2"]  # not inside "said" or "maintained"
    assert _where(library, "ai", article_id) == ["p-2"]
    assert _where(library, "capacity", article_id) == ["p-3"]  # in capacity-building
    assert _where(library, "innovat", article_id) == ["p-2"]  # a word's beginning
    assert _where(library, "patent", article_id) == ["p-1", "p-4"]  # patents, patentee
    assert _where(library, "hall", article_id) == ["p-4"]  # a whole word
    assert _where(library, "ten", article_id) == []  # not inside "patents"


def test_every_word_must_occur_and_quotes_make_a_phrase(library: Library, article_id: int) -> None:
    assert _where(library, "WIPO Beijing", article_id) == ["p-3"]
    assert _where(library, "WIPO Sora", article_id) == []
    assert _where(library, '"capacity building"', article_id) == ["p-3"]
    assert _where(library, '"building capacity"', article_id) == []
    assert _where(library, "专利 innovation", article_id) == []
    assert _where(library, "WIPO中国", article_id) == []  # the English has no 中国
    assert _where(library, "办事处 Office", article_id) == ["p-3"]  # one in each language


def test_hits_carry_the_matches_and_a_snippet_in_each_language(
    library: Library, article_id: int
) -> None:
    (hit,) = library.search("知识产权", 5, article_id)
    zh = library.article(article_id).passage(hit.passage_id).zh or ""
    ((start, end),) = hit.matches["zh"]
    assert zh[start:end] == "知识产权"
    assert hit.languages == ("zh",) and hit.matches["en"] == ()
    snippet = hit.snippets["zh"]
    ((s, e),) = snippet.spans
    assert snippet.text[s:e] == "知识产权"
    assert hit.snippets["en"].text.startswith("The WIPO Office")  # the other language too
    assert hit.article_title.zh == "专利与创新"
    (english,) = library.search("capacity", 5, article_id)
    (span,) = english.snippets["en"].spans
    assert english.snippets["en"].text[span[0] : span[1]].lower() == "capacity"


def test_queries_with_nothing_to_find(library: Library) -> None:
    assert library.search("") == [] and library.search(" ,。!") == []
    assert library.count("\"'") == 0
    assert library.search('"unbalanced') == library.search("unbalanced")
    assert library.search("*") == [] and library.search("NEAR(a b)") == []  # no FTS syntax


def test_index_text_sets_every_cjk_character_apart_and_folds_width() -> None:
    assert index_text("WIPO中国办事处, 70%") == "WIPO 中 国 办 事 处 , 70%"
    assert index_text("ＷＩＰＯ") == "WIPO"
    assert index_text(None) is None


def test_query_parsing() -> None:
    query = parse_query('知识产权 "capacity building" innovat')
    assert query.terms == (("知", "识", "产", "权"), ("capacity", "building"), ("innovat",))
    assert query.prefix and query.fts() == '"知 识 产 权" AND "capacity building" AND "innovat" *'
    assert not parse_query("AI").prefix and not parse_query("创新").prefix
    assert not parse_query('"capacity"').prefix


def test_long_snippets_are_cut_at_words_with_ellipses() -> None:
    text = (
        " ".join(f"word{n}" for n in range(60)) + " target " + " ".join("x" * 5 for _ in range(60))
    )
    start = text.index("target")
    snippet = make_snippet(text, ((start, start + 6),), "en")
    assert snippet.text.startswith("…word") and snippet.text.endswith("…")
    (span,) = snippet.spans
    assert snippet.text[span[0] : span[1]] == "target"
    assert len(snippet.text) < 160

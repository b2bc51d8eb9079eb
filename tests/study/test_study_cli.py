"""``wocdesk lookup``, ``align`` and ``text --pinyin``: output, errors, exit codes."""

from __future__ import annotations

import pytest

from wocdesk.cli.main import main


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_lookup_prints_pinyin_then_senses(capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, err = _run(capsys, "lookup", "知识产权")
    lines = out.splitlines()
    assert code == 0 and not err
    assert lines[0] == "zhī shi chǎn quán"
    assert "知识产权 [知識產權] zhī shi chǎn quán" in lines
    assert any("intellectual property" in line for line in lines[1:])


def test_lookup_by_parts(capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = _run(capsys, "lookup", "金钥匙")
    lines = out.splitlines()
    assert code == 0
    assert lines[0] == "jīn yào shi"
    assert lines[1] == "金钥匙 is not in the dictionary; its parts:"
    assert "钥匙 [鑰匙] yào shi" in lines and "  1. key" in lines


def test_lookup_of_an_unknown_word_is_one_line_and_exit_2(capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, err = _run(capsys, "lookup", "OPPO")
    assert code == 2 and not out
    assert err == "wocdesk: lookup: OPPO: not in the dictionary\n"


def test_errors_speak_the_interface_language(capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("LANGUAGE", "zh_CN")
    code, _, err = _run(capsys, "lookup", "OPPO")
    assert code == 2
    assert err.count("\n") == 1 and "OPPO" in err and "词典" in err
    code, _, err = _run(capsys, "align", "--section", "nope")
    assert code == 2 and err.count("\n") == 1 and "nope" in err and "章节" in err


def test_align_prints_one_link_a_line(capsys, article) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = _run(capsys, "align", "--section", "trends")
    assert code == 0
    rows = [line.split("\t") for line in out.splitlines()]
    assert all(len(row) == 3 for row in rows)
    assert {row[0] for row in rows} == {"p-eastward", "p-exchange", "p-enterprise"}
    assert [
        "p-enterprise",
        "现在的创新很大程度上都是企业在带动。",
        "Much of the current innovation is largely driven by enterprises.",
    ] in rows


def test_align_whole_article_has_empty_sides_for_one_language_lines(capsys) -> None:  # type: ignore[no-untyped-def]
    _, out, _ = _run(capsys, "align")
    rows = [line.split("\t") for line in out.splitlines()]
    assert ["p-read-more", "点击阅读原文查看关于WIPO中国办事处更多信息。", ""] in rows
    assert rows[0][0] == "p-event"


def test_align_a_bad_article_is_one_line(capsys, tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.toml"
    bad.write_text("this is = = not toml", encoding="utf-8")
    code, out, err = _run(capsys, "align", "--article", str(bad))
    assert code == 2 and not out and err.count("\n") == 1 and "bad.toml" in err


def test_text_with_pinyin_reads_de(capsys, article) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = _run(capsys, "text", "--lang", "zh", "--pinyin")
    assert code == 0
    lines = out.splitlines()
    government = article.passage("p-government").zh
    pinyin = lines[lines.index(government) + 1]
    assert " de duì qǐyè " in pinyin
    assert pinyin.split(" de duì")[0].endswith("rújìwǎng")
    for passage in article.passages():
        at = lines.index(passage.zh)
        assert lines[at + 1].isascii() is False and lines[at + 1] != passage.zh


def test_text_with_pinyin_gives_yi_and_bu_their_spoken_tones(capsys, article) -> None:  # type: ignore[no-untyped-def]
    _, out, _ = _run(capsys, "text", "--lang", "zh", "--pinyin")
    lines = out.splitlines()
    keys = lines[lines.index(article.passage("p-keys").zh) + 1]
    eastward = lines[lines.index(article.passage("p-eastward").zh) + 1]
    exchange = lines[lines.index(article.passage("p-exchange").zh) + 1]
    assert " yízuò " in keys and "xīnyídài" in keys
    assert eastward.startswith("liúhuá") and " dìyīgè " in eastward
    assert " búshì " in exchange and " yígè " in exchange


def test_text_without_pinyin_is_unchanged(capsys) -> None:  # type: ignore[no-untyped-def]
    _, plain, _ = _run(capsys, "text", "--lang", "zh")
    _, with_pinyin, _ = _run(capsys, "text", "--lang", "zh", "--pinyin")
    assert [line for line in with_pinyin.splitlines() if line in plain.splitlines()] == (
        plain.splitlines()
    )
    assert len(with_pinyin.splitlines()) == len(plain.splitlines()) + 10

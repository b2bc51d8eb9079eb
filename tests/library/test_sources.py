"""Reading files to import: raw text, TOML, Word and web pages, and the files that cannot be."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.library.conftest import WECHAT_PAGE, make_docx
from wocdesk.library.errors import SourceError
from wocdesk.library.sources import read_source


def test_raw_text_reports_what_it_found(seed_file: Path, article) -> None:  # type: ignore[no-untyped-def]
    imported = read_source(seed_file)
    report = imported.report
    assert (report.kind, report.sections, report.passages) == ("text", 2, 10)
    assert report.one_language == 2 and report.leftovers == 7 and report.unused == ()
    texts = {(p.zh, p.en) for p in imported.article.passages()}
    assert all((p.zh, p.en) in texts for p in article.passages())  # verbatim
    assert "2 sections, 10 passages, 2 one-language lines, 7 page leftovers" in report.summary()


def test_the_same_bytes_give_the_same_hash_and_others_another(tmp_path: Path) -> None:
    first = tmp_path / "a.txt"
    second = tmp_path / "b.txt"
    first.write_text("第一段。\nFirst.\n", encoding="utf-8")
    second.write_text("第一段。\nFirst.\n", encoding="utf-8")
    assert read_source(first).content_hash == read_source(second).content_hash
    second.write_text("第一段。\nFirst!\n", encoding="utf-8")
    assert read_source(first).content_hash != read_source(second).content_hash


def test_characters_documents_cannot_hold_are_reported(tmp_path: Path) -> None:
    path = tmp_path / "bell.txt"
    path.write_text("第一段\x07。\nFirst\x07 paragraph.\n", encoding="utf-8")
    imported = read_source(path)
    assert imported.report.unused == ("2 characters that documents cannot hold (U+0007)",)
    assert next(imported.article.passages()).zh == "第一段。"


def test_article_toml_is_read_as_it_is(article) -> None:  # type: ignore[no-untyped-def]
    from wocdesk.resources import bundled_article_path

    imported = read_source(bundled_article_path())
    assert imported.report.kind == "toml"
    assert imported.article == article


def test_docx_paragraphs_in_order_headings_as_nested_sections(tmp_path: Path) -> None:
    imported = read_source(make_docx(tmp_path / "post.docx"))
    article = imported.article
    sections = [(s.title.zh, s.title.en, s.level) for s in article.sections]
    assert sections == [
        ("第一章 专利", "Chapter One: Patents", 1),
        ("技术创新", "Technical innovation", 2),
        ("第二章 合作", "Chapter Two: Cooperation", 1),
    ]
    pairs = [(p.zh, p.en) for p in article.passages()]
    assert pairs == [
        ("发明专利申请量继续增长。", "Applications for invention patents keep growing."),
        ("技术创新中心正在东移。", "Centres of technical innovation are moving east."),
        ("专利权人可以许可他人实施其专利。", "A patentee may license others to work the patent."),
        ("这一行只有中文。", None),
        ("合作平台促进能力建设。", "Cooperation platforms support capacity-building."),
    ]
    assert imported.report.kind == "docx" and imported.report.one_language == 1
    assert article.title.zh == "专利与创新"


def test_docx_pictures_are_reported_as_not_used(tmp_path: Path) -> None:
    imported = read_source(make_docx(tmp_path / "post.docx", picture=True))
    assert imported.report.unused == ("1 picture",)


def test_web_page_keeps_the_article_body_and_drops_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "post.html"
    path.write_text(WECHAT_PAGE, encoding="utf-8")
    imported = read_source(path)
    article = imported.article
    assert article.title.zh == "专利与创新的故事"
    body = "\n".join(f"{p.zh}\n{p.en}" for p in article.passages())
    for dropped in ("不要读我", "首页", "广告", "版权所有", "微信扫一扫", "console", "font-size"):
        assert dropped not in body
    pairs = [(p.zh, p.en) for p in article.passages()]
    assert pairs == [
        ("世界知识产权组织中国办事处举办活动。", "The WIPO Office in China held an event."),
        (
            "发明专利与技术创新互相促进。",
            "Invention patents and technical innovation reinforce each other.",
        ),
    ]
    assert [(s.title.en, s.level) for s in article.sections] == [
        ("Part One", 1),
        ("Subsection", 2),
    ]
    assert {item.kind for item in article.leftovers} == {"photo-credit", "carousel-hint"}
    assert imported.report.leftovers == 2
    assert imported.report.unused == ("1 script, style or navigation part", "1 picture")


def test_a_page_in_a_declared_chinese_encoding_is_read(tmp_path: Path) -> None:
    page = WECHAT_PAGE.replace('charset="utf-8"', 'charset="gbk"')
    path = tmp_path / "gbk.htm"
    path.write_bytes(page.encode("gbk"))
    assert next(read_source(path).article.passages()).zh == "世界知识产权组织中国办事处举办活动。"


def test_a_page_without_the_declared_encoding_names_the_line(tmp_path: Path) -> None:
    page = WECHAT_PAGE.replace('<meta charset="utf-8">', "")
    path = tmp_path / "gbk.html"
    path.write_bytes(page.encode("gbk"))
    with pytest.raises(SourceError) as caught:
        read_source(path)
    assert str(caught.value) == (f"{path}:2: is not UTF-8 and the page declares no character set")


def _one_line(path: Path) -> str:
    with pytest.raises(SourceError) as caught:
        read_source(path)
    message = str(caught.value)
    assert "\n" not in message and "Error" not in message and "Traceback" not in message
    return message


def test_broken_files_are_one_line_naming_the_file(tmp_path: Path) -> None:
    broken_docx = tmp_path / "broken.docx"
    broken_docx.write_bytes(b"PK\x03\x04 this is no zip")
    assert _one_line(broken_docx).startswith(f"{broken_docx}: is not a Word document")
    not_zip = tmp_path / "plain.docx"
    not_zip.write_text("just text", encoding="utf-8")
    assert _one_line(not_zip).startswith(f"{not_zip}: is not a Word document")
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("第一段\nCaf\xe9".encode()[:-2] + b"\n\xe9t\xe9\n")
    assert _one_line(latin1) == f"{latin1}:3: is not UTF-8 text"
    bad_toml = tmp_path / "bad.toml"
    bad_toml.write_text('format = 1\nid = "x"\ntitle = { zh = }\n[x]\n', encoding="utf-8")
    assert _one_line(bad_toml).startswith(f"{bad_toml}:3: not valid TOML")
    empty = tmp_path / "empty.txt"
    empty.write_text("\n\n", encoding="utf-8")
    assert _one_line(empty) == f"{empty}: no article text found"
    scripts_only = tmp_path / "scripts.html"
    scripts_only.write_text("<html><script>x()</script></html>", encoding="utf-8")
    assert _one_line(scripts_only) == f"{scripts_only}: the page has no text paragraphs"
    assert _one_line(tmp_path / "missing.txt") == f"{tmp_path / 'missing.txt'}: no such file"
    assert _one_line(tmp_path) == f"{tmp_path}: is a folder, not a file to import"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert _one_line(fifo) == f"{fifo}: is a named pipe (FIFO), not a file to import"


def test_an_unreadable_file_says_why(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("第一段。\nFirst.\n", encoding="utf-8")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as a user who reads every file")
        assert _one_line(path) == f"{path}: cannot be read (Permission denied)"
    finally:
        path.chmod(0o644)


def test_page_headings_nest_from_the_outermost_section_heading(tmp_path: Path) -> None:
    page = (
        "<html><body><h1>一篇长文</h1>"
        "<h2>第一部分</h2><h2>Part One</h2><p>第一段。</p><p>First.</p>"
        "<h3>小节</h3><h3>Subsection</h3><p>第二段。</p><p>Second.</p>"
        "<h2>第二部分</h2><h2>Part Two</h2><p>第三段。</p><p>Third.</p>"
        "<h4>细节</h4><h4>Detail</h4><p>第四段。</p><p>Fourth.</p>"
        "</body></html>"
    )
    path = tmp_path / "long.html"
    path.write_text(page, encoding="utf-8")
    article = read_source(path).article
    assert article.title.zh == "一篇长文"
    assert [(s.title.en, s.level) for s in article.sections] == [
        ("Part One", 1),
        ("Subsection", 2),
        ("Part Two", 1),
        ("Detail", 2),  # h4 under an h2: one level deeper, not two
    ]

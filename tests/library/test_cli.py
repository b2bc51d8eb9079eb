"""``wocdesk library`` as a user runs it, and ``--article ID`` in the other commands."""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

import pytest

from tests.library.conftest import WECHAT_PAGE, make_docx, run_wocdesk
from wocdesk.cli.main import main
from wocdesk.library.store import Library
from wocdesk.resources import bundled_article_path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _seed_as_docx(path: Path, seed_text: str) -> Path:
    from docx import Document

    document = Document()
    for line in seed_text.splitlines():
        document.add_paragraph(line)
    document.save(str(path))
    return path


def _seed_as_html(path: Path, seed_text: str) -> Path:
    paragraphs = "\n".join(f"<p>{html.escape(line)}</p>" for line in seed_text.splitlines())
    path.write_text(
        f"<html><head><script>var x = 1;</script></head><body><nav>Home | About</nav>"
        f"<article>{paragraphs}</article></body></html>",
        encoding="utf-8",
    )
    return path


@pytest.fixture
def ten_files(tmp_path: Path, seed_text: str) -> list[Path]:
    folder = tmp_path / "incoming"
    folder.mkdir()
    (folder / "seed.txt").write_text(seed_text, encoding="utf-8")
    (folder / "seed-windows.txt").write_bytes(seed_text.replace("\n", "\r\n").encode("utf-8"))
    shutil.copy(bundled_article_path(), folder / "article.toml")
    make_docx(folder / "patents.docx")
    make_docx(folder / "patents-with-picture.docx", picture=True)
    _seed_as_docx(folder / "seed.docx", seed_text)
    (folder / "wechat.html").write_text(WECHAT_PAGE, encoding="utf-8")
    gbk = WECHAT_PAGE.replace('charset="utf-8"', 'charset="gbk"').replace(
        "专利与创新的故事", "另一篇"
    )
    (folder / "wechat-gbk.htm").write_bytes(gbk.encode("gbk"))
    _seed_as_html(folder / "seed.html", seed_text)
    (folder / "short.txt").write_text(
        "创新与能力\nInnovation and capacity\n\n能力建设很重要。\nCapacity matters.\n",
        encoding="utf-8",
    )
    return sorted(folder.iterdir())


def test_add_ten_files_of_every_kind_then_list_search_and_open_a_hit(
    capsys: pytest.CaptureFixture[str], ten_files: list[Path]
) -> None:
    code, out, err = run(capsys, "library", "add", *map(str, ten_files))
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert len(lines) == 10
    for number, (path, line) in enumerate(zip(ten_files, lines, strict=True), start=2):
        assert line.startswith(f"{path}: added as {number} (")
        counts = r"\): \d+ sections?, \d+ passages?, \d+ one-language lines?, \d+ page "
        assert re.search(counts, line)
    by_name = {path.name: line for path, line in zip(ten_files, lines, strict=True)}
    assert by_name["patents-with-picture.docx"].endswith("; not used: 1 picture")
    assert "not used" not in by_name["patents.docx"]

    code, out, _ = run(capsys, "library", "list", "--lang", "en")
    listed = [line.split("\t") for line in out.splitlines()]
    assert [row[0] for row in listed] == [str(n) for n in range(1, 12)]
    assert listed[0] == ["1", "WIPO China: Frontier Technology China’s Practice", "10"]

    code, out, _ = run(capsys, "library", "search", "知识产权", "--limit", "50")
    hits = [line.split("\t") for line in out.splitlines()]
    assert code == 0 and all("«知识产权»" in snippet for _a, _p, snippet in hits)
    found_in = {int(article) for article, _p, _s in hits}
    kinds = {path.suffix for n, path in enumerate(ten_files, start=2) if n in found_in}
    assert kinds == {".txt", ".toml", ".docx", ".html", ".htm"} and 1 in found_in

    code, out, _ = run(capsys, "library", "search", "capacity", "--limit", "3")
    hits = [line.split("\t") for line in out.splitlines()]
    assert len(hits) == 3 and all("«capacity»" in s.lower() for *_, s in hits)

    article, passage, snippet = hits[0]
    code, out, _ = run(capsys, "text", "--article", article, "--lang", "en")
    assert code == 0
    shown = snippet.replace("«", "").replace("»", "").strip("…")
    with Library.open() as library:
        english = library.article(int(article)).passage(passage).en or ""
    assert shown in english and english in out.splitlines()


def test_a_file_added_twice_is_recognised_then_replaced_or_kept(
    capsys: pytest.CaptureFixture[str], ten_files: list[Path]
) -> None:
    seed = str(ten_files[-3].with_name("seed.txt"))
    assert run(capsys, "library", "add", seed)[0] == 0
    code, out, _ = run(capsys, "library", "add", seed)
    assert code == 0 and out == (
        f"{seed}: already in the library as 2 (WIPO China: Frontier Technology China’s "
        "Practice), the same file; nothing added (--replace replaces it, --keep-both adds it "
        "again)\n"
    )
    code, out, _ = run(capsys, "library", "add", "--replace", seed)
    assert out.startswith(f"{seed}: replaced 2 (")
    code, out, _ = run(capsys, "library", "add", "--keep-both", seed)
    assert out.startswith(f"{seed}: added as 3 (")
    assert len(run(capsys, "library", "list")[1].splitlines()) == 3
    with pytest.raises(SystemExit) as exited:
        main(["library", "add", "--replace", "--keep-both", seed])
    assert exited.value.code == 2 and "not allowed with" in capsys.readouterr().err


def test_a_broken_file_adds_nothing_and_says_where_in_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, seed_text: str
) -> None:
    good = tmp_path / "good.txt"
    good.write_text(seed_text, encoding="utf-8")
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 broken")
    bad_text = tmp_path / "bad.txt"
    bad_text.write_bytes(b"\xe4\xb8\xad\n\xff\xfe\n")
    code, out, err = run(
        capsys, "library", "add", str(broken), str(good), str(bad_text), str(tmp_path / "none")
    )
    assert code == 2
    assert out.count("\n") == 1 and out.startswith(f"{good}: added as 2")
    errors = err.splitlines()
    assert errors[0].startswith(f"wocdesk: {broken}: is not a Word document")
    assert errors[1] == f"wocdesk: {bad_text}:2: is not UTF-8 text"
    assert errors[2] == f"wocdesk: {tmp_path / 'none'}: no such file"
    assert "Traceback" not in err and "Error" not in err
    assert len(run(capsys, "library", "list")[1].splitlines()) == 2


def test_remove(capsys: pytest.CaptureFixture[str], ten_files: list[Path]) -> None:
    run(capsys, "library", "add", *map(str, ten_files[:2]))
    code, out, _ = run(capsys, "library", "remove", "2")
    assert code == 0 and out.startswith("removed 2 (")
    code, _, err = run(capsys, "library", "remove", "1")
    assert code == 2 and err == "wocdesk: 1: the bundled article always stays in the library\n"
    code, _, err = run(capsys, "library", "remove", "2")
    assert code == 2 and err == (
        "wocdesk: 2: no such article in the library (wocdesk library list shows them)\n"
    )
    code, _, err = run(capsys, "--ui-lang", "zh", "library", "remove", "2")
    hint = "（wocdesk library list 可列出全部文章）"
    assert code == 2 and err == f"wocdesk: 2：文库中没有这篇文章{hint}\n"  # no space before （
    code, _, err = run(capsys, "library", "remove", "two")
    assert code == 2 and err == "wocdesk: 'two': not a library id (a number)\n"
    assert [line.split("\t")[0] for line in run(capsys, "library", "list")[1].splitlines()] == [
        "1",
        "3",
    ]


def test_search_options_and_no_hits(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "library", "search", "专利")
    assert (code, out) == (0, "") and err == "wocdesk: no passage matches '专利'\n"
    code, _, err = run(capsys, "library", "search", "创新", "--limit", "0")
    assert code == 2 and err.startswith("wocdesk: --limit: give a number of hits of 1 or more")
    code, _, err = run(capsys, "library", "search", "创新", "--article", "x")
    assert code == 2 and "--article: 'x' is not a library id" in err
    code, _, err = run(capsys, "library", "search", "创新", "--article", "42")
    assert code == 2 and "42: no such article" in err
    code, _, err = run(capsys, "library", "search", "。,")
    assert code == 2 and "nothing to search for" in err
    code, out, _ = run(capsys, "library", "search", "创新", "--article", "1", "--limit", "2")
    assert [line.split("\t")[0] for line in out.splitlines()] == ["1", "1"]
    with pytest.raises(SystemExit) as exited:
        main(["library"])
    assert exited.value.code == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_article_ids_in_text_export_present_and_the_window(
    capsys: pytest.CaptureFixture[str], ten_files: list[Path], tmp_path: Path
) -> None:
    run(capsys, "library", "add", str(ten_files[0].with_name("patents.docx")))
    code, out, _ = run(capsys, "text", "--article", "2", "--lang", "zh")
    assert code == 0 and "发明专利申请量继续增长。" in out
    code, out, _ = run(capsys, "text", "--article", "#2", "--lang", "en", "--section", "s-2")
    assert code == 0 and "Centres of technical innovation are moving east." in out
    code, _, err = run(capsys, "text", "--article", "9", "--lang", "en")
    assert code == 2 and err == (
        "wocdesk: 9: no such file, and no article 9 in the library (wocdesk library list "
        "shows them)\n"
    )
    target = tmp_path / "deck.pptx"
    code, _, err = run(capsys, "export", "--article", "1", "--lang", "en", "-o", str(target))
    assert code == 0 and target.is_file()
    shot = tmp_path / "slide.png"
    result = run_wocdesk("--article", "1", "present", "--lang", "en", "--screenshot", str(shot))
    assert result.returncode == 0 and shot.is_file(), result.stderr
    window = tmp_path / "window.png"
    result = run_wocdesk("--article", "2", "--screenshot", str(window), "--lang", "en")
    assert result.returncode == 0 and window.stat().st_size > 10_000, result.stderr


def test_a_file_named_like_an_id_wins_over_the_id(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "1").write_text("只有一段。\nOnly one paragraph.\n", encoding="utf-8")
    code, out, _ = run(capsys, "text", "--article", "1", "--lang", "en")
    assert code == 0 and "Only one paragraph." in out
    code, out, _ = run(capsys, "text", "--article", "#1", "--lang", "en")
    assert code == 0 and "WIPO China: Frontier Technology" in out


def test_a_search_loads_no_qt_and_no_article_classes() -> None:
    import subprocess
    import sys

    Library.open().close()  # made once (which reads the bundled article)

    code = (
        "import sys\n"
        "from wocdesk.cli.main import main\n"
        "main(['library', 'search', '知识产权', '--limit', '1'])\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'docx', "
        "'tomllib') or m in ('wocdesk.model.article', 'wocdesk.content.article_file.loader'))\n"
        "sys.stderr.write(repr(heavy))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.startswith("1\t") and result.stderr.endswith("[]"), result.stderr

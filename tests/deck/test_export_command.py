"""``wocdesk export`` on the command line: outputs, default names, errors and exit codes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pptx import Presentation

from wocdesk.cli.main import main

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("mode", ["zh", "en", "zh-en"])
def test_default_output_name_in_current_folder(mode, tmp_path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    assert main(["export", "--lang", mode]) == 0
    out = tmp_path / f"briefing-{mode}.pptx"
    assert len(Presentation(str(out)).slides) == 10
    assert f"wrote briefing-{mode}.pptx (10 slides, {mode})" in capsys.readouterr().err


def test_options_reach_the_deck(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "mine"
    code = main(
        [
            "export",
            "--lang",
            "en",
            "--notes",
            "zh",
            "--cjk-font",
            "PingFang SC",
            "--latin-font",
            "Helvetica",
            "-o",
            str(out),
        ]
    )
    assert code == 0
    prs = Presentation(str(tmp_path / "mine.pptx"))
    assert "世界知识产权组织中国办事处" in prs.slides[0].notes_slide.notes_text_frame.text
    xml = prs.slides[1].shapes[-1]._element.xml
    assert 'typeface="PingFang SC"' in xml and 'typeface="Helvetica"' in xml


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--lang", "fr"], "--lang: unknown language mode 'fr'"),
        (["-o", "/nonexistent-dir/x.pptx"], "the folder /nonexistent-dir does not exist"),
        (["--outline", "/nonexistent.toml"], "/nonexistent.toml: no such file"),
        (["--template", "/nonexistent.pptx"], "/nonexistent.pptx: no such file"),
        (["--cjk-font", " "], "--cjk-font: give a font name"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(args, message, tmp_path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    assert main(["export", "--lang", "en", *args]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []


def test_existing_file_untouched_when_destination_is_bad(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    existing = tmp_path / "keep.pptx"
    existing.write_bytes(b"old")
    assert (
        main(
            [
                "export",
                "--lang",
                "en",
                "--template",
                str(tmp_path / "none.pptx"),
                "-o",
                str(existing),
            ]
        )
        == 2
    )
    assert existing.read_bytes() == b"old"


def test_pdf_without_libreoffice_says_so(tmp_path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    from wocdesk.deck.writer import pdf

    monkeypatch.setattr(pdf, "find_soffice", lambda: None)
    assert main(["export", "--lang", "en", "--pdf", "-o", str(tmp_path / "d.pptx")]) == 2
    err = capsys.readouterr().err
    assert "LibreOffice is not installed" in err and (tmp_path / "d.pptx").exists()


def test_export_imports_no_qt(tmp_path) -> None:
    code = (
        "import sys; from wocdesk.cli.main import main; "
        f"rc = main(['export', '--lang', 'zh-en', '-o', {str(tmp_path / 'q.pptx')!r}]); "
        "print(rc, sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert out.stdout.strip() == "0 []"


def slide_parts(path):  # type: ignore[no-untyped-def]
    """The slides and notes of a .pptx (its properties carry the time of writing)."""
    import zipfile

    with zipfile.ZipFile(path) as package:
        return {n: package.read(n) for n in package.namelist() if "slide" in n}


def test_each_export_follows_the_outline_and_caches_nothing(tmp_path, private_cache) -> None:  # type: ignore[no-untyped-def]
    from wocdesk.resources import default_outline_path

    out = tmp_path / "a.pptx"
    assert main(["export", "--lang", "en", "-o", str(out)]) == 0
    first = slide_parts(out)
    assert main(["export", "--lang", "en", "-o", str(out)]) == 0
    assert len(Presentation(str(out)).slides) == 10 and slide_parts(out) == first
    outline = tmp_path / "mine.toml"
    text = default_outline_path().read_text(encoding="utf-8")
    outline.write_text(
        text.replace('{ zh = "议程", en = "Agenda" }', '{ zh = "议程", en = "Today" }'),
        encoding="utf-8",
    )
    assert main(["export", "--lang", "en", "--outline", str(outline), "-o", str(out)]) == 0
    assert Presentation(str(out)).slides[1].shapes.title.text_frame.text == "Today"
    assert not list(private_cache.rglob("*"))  # plans are never kept between runs


@pytest.mark.slow
def test_pdf_through_libreoffice(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    import shutil

    if shutil.which("soffice") is None and shutil.which("libreoffice") is None:
        pytest.skip("LibreOffice is not installed; CI installs it")
    assert main(["export", "--lang", "zh", "--pdf", "-o", str(tmp_path / "d.pptx")]) == 0
    pdf = (tmp_path / "d.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and pdf.count(b"/Type /Page\n") + pdf.count(b"/Type/Page") >= 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.pdf", "d.pptx"]

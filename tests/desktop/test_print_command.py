from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.desktop.pdf_text import han, missing_from, needs_poppler, pdf_text, words


def _wocdesk(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "wocdesk", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=300,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "", "DISPLAY": ""},
    )


@needs_poppler
def test_print_writes_the_bilingual_pdf_without_a_window(tmp_path, article):
    result = _wocdesk("print", "--lang", "zh-en", "-o", "out.pdf", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "wrote out.pdf" in result.stderr and "zh-en" in result.stderr
    text = pdf_text(tmp_path / "out.pdf", "-raw")
    assert missing_from(han([p.zh for p in article.passages() if p.zh]), han([text])) == []
    assert missing_from(words([p.en for p in article.passages() if p.en]), words([text])) == []


@needs_poppler
def test_print_takes_a_raw_text_and_the_top_level_lang(tmp_path, seed_text):
    raw = tmp_path / "raw post.txt"
    raw.write_text(seed_text, encoding="utf-8")
    result = _wocdesk("--lang", "en", "print", "--article", str(raw), "-o", "en.pdf", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Frontier Technology" in pdf_text(tmp_path / "en.pdf")


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["-o", "out.png"], "must end in .pdf"),
        (["-o", "missing/out.pdf"], "does not exist"),
        (["--lang", "fr", "-o", "x.pdf"], "--lang"),
        (["--article", "nope.toml", "-o", "x.pdf"], "nope.toml"),
        (["--paper", "a3", "-o", "x.pdf"], "invalid choice"),
        ([], "-o"),
    ],
)
def test_bad_options_are_one_line_and_exit_2(tmp_path, args, says):
    result = _wocdesk("print", *args, cwd=tmp_path)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and says in lines[0] and "Traceback" not in result.stderr
    assert not list(tmp_path.glob("*.pdf"))

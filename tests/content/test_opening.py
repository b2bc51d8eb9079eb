"""Every place that takes an article takes a raw bilingual text too (one resolver)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from wocdesk.cli.main import main
from wocdesk.content.opening import open_article
from wocdesk.errors import WocdeskError

ROOT = Path(__file__).resolve().parents[2]
OUTLINE = """format = 1
name = "raw"
title = { zh = "原文", en = "Raw text" }

[[slides]]
kind = "title"
notes = ["p-1"]

[[slides]]
kind = "quote"
quote = { passage = "p-2" }
"""


@pytest.fixture
def raw(tmp_path: Path, seed_text: str) -> Path:
    path = tmp_path / "raw-post.txt"
    path.write_text(seed_text, encoding="utf-8")
    return path


def test_open_article_takes_an_article_file_a_raw_text_or_nothing(raw: Path, article) -> None:  # type: ignore[no-untyped-def]
    imported = open_article(raw)
    assert imported.id == "raw-post" and len(list(imported.passages())) == 10
    assert open_article(None).id == article.id
    assert open_article(article.path).id == article.id
    with pytest.raises(WocdeskError, match=r"raw-post\.toml: no such file"):
        open_article(raw.with_suffix(".toml"))


def test_text_reads_a_raw_text(raw: Path, capsys, article) -> None:  # type: ignore[no-untyped-def]
    assert main(["text", "--lang", "en", "--article", str(raw)]) == 0
    out = capsys.readouterr().out
    assert article.passage("p-keys").en in out.splitlines()
    assert "not valid TOML" not in out


def test_export_reads_a_raw_text(raw: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    outline = tmp_path / "raw-deck.toml"
    outline.write_text(OUTLINE, encoding="utf-8")
    deck = tmp_path / "deck.pptx"
    code = main(
        [
            "export",
            "--lang",
            "en",
            "--article",
            str(raw),
            "--outline",
            str(outline),
            "-o",
            str(deck),
        ]
    )
    assert code == 0, capsys.readouterr().err
    assert deck.stat().st_size > 10_000


def test_present_reads_a_raw_text(raw: Path, tmp_path: Path) -> None:
    outline = tmp_path / "raw-deck.toml"
    outline.write_text(OUTLINE, encoding="utf-8")
    shot = tmp_path / "slide.png"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [
            *(sys.executable, "-m", "wocdesk", "--article", str(raw), "present", "--lang", "en"),
            *("--outline", str(outline), "--slide", "2", "--screenshot", str(shot)),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_window_opens_through_the_same_resolver(raw: Path) -> None:
    from wocdesk.ui.reader.open_article import load_article_or_text

    assert load_article_or_text(raw) == open_article(raw)


def test_the_window_refuses_a_pipe_without_blocking(tmp_path: Path) -> None:
    from wocdesk.ui.reader.open_article import load_article_or_text

    for name in ("pipe.toml", "pipe.txt"):
        os.mkfifo(tmp_path / name)
        with pytest.raises(WocdeskError, match="is a named pipe"):
            load_article_or_text(tmp_path / name)

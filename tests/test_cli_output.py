"""The command line's output and messages: full or closed stdout, the interface language, length."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from longtext import long_raw_text

from wocdesk.cli.main import main

ROOT = Path(__file__).resolve().parent.parent


def _wocdesk(shell_tail: str, **env: str) -> subprocess.CompletedProcess[str]:
    """Run ``python -m wocdesk`` through the shell, with redirections in ``shell_tail``."""
    environment = {**os.environ, "PYTHONPATH": str(ROOT), **env}
    command = f"exec {sys.executable} -m wocdesk {shell_tail}"
    return subprocess.run(
        ["sh", "-c", command], capture_output=True, text=True, env=environment, timeout=60
    )


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
def test_a_full_output_is_one_line_and_exit_2() -> None:
    result = _wocdesk("text --lang en > /dev/full")
    assert result.returncode == 2
    assert result.stderr == (
        "wocdesk: cannot print to the standard output (No space left on device)\n"
    )


def test_a_closed_output_is_one_line_and_exit_2() -> None:
    result = _wocdesk("text --lang en >&-")
    assert result.returncode == 2
    assert result.stderr == "wocdesk: the standard output is closed; there is nowhere to print\n"


def test_a_broken_pipe_is_quiet() -> None:
    result = _wocdesk("text --lang en | head -n 1")
    assert result.stderr == ""
    assert result.stdout.strip() == "WIPO China: Frontier Technology China’s Practice"


def test_an_unknown_option_points_to_the_commands_own_help(capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as info:
        main(["text", "--bogus"])
    assert info.value.code == 2
    assert capsys.readouterr().err == (
        "wocdesk text: error: unrecognized arguments: --bogus (see wocdesk text --help)\n"
    )
    with pytest.raises(SystemExit):
        main(["--bogus", "text"])
    assert "(see wocdesk --help)" in capsys.readouterr().err


def test_errors_follow_the_system_language_and_ui_lang(monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("LANGUAGE", "zh_CN")
    assert main(["text", "--lang", "en", "--article", "/no/such.toml"]) == 2
    assert capsys.readouterr().err == "wocdesk: /no/such.toml: 没有这个文件\n"
    with pytest.raises(SystemExit):
        main(["text", "--bogus"])
    assert capsys.readouterr().err == (
        "wocdesk text：错误：无法识别的参数：--bogus（参见 wocdesk text --help）\n"
    )
    assert main(["--ui-lang", "en", "text", "--article", "/no/such.toml"]) == 2
    assert capsys.readouterr().err == "wocdesk: /no/such.toml: no such file\n"


def test_a_long_list_of_sections_is_shortened(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "long.txt"
    source.write_text(long_raw_text(chapters=60), encoding="utf-8")
    assert main(["text", "--lang", "en", "--article", str(source), "--section", "nope"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and len(err) < 300
    assert "s-1, s-2" in err and "and 172 more" in err


def test_a_256_character_title_prints_and_imports(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from wocdesk.resources import bundled_article_path

    title = "T" * 100 + "标" * 156
    article = tmp_path / "long-title.toml"
    good = bundled_article_path().read_text(encoding="utf-8")
    article.write_text(
        good.replace('title = { zh = "前沿科技中国实践故事会",', f'title = {{ zh = "{title}",', 1),
        encoding="utf-8",
    )
    assert main(["text", "--lang", "zh-en", "--article", str(article)]) == 0
    assert capsys.readouterr().out.splitlines()[0].startswith(title + " / WIPO China")
    source = tmp_path / "long-title.txt"
    source.write_text(f"{title}\n第一段。\nFirst paragraph.\n", encoding="utf-8")
    output = tmp_path / "imported.toml"
    assert main(["import", str(source), "-o", str(output)]) == 0
    capsys.readouterr()
    assert main(["text", "--lang", "zh", "--article", str(output)]) == 0
    assert title in capsys.readouterr().out.splitlines()


def test_names_and_lines_escape_what_would_break_a_message_line() -> None:
    from wocdesk.errors import one_line, quote_name

    for plain in ("notes.toml", "笔记 2024.toml", "a\u00a0b", "x\u200by"):
        assert quote_name(plain) == plain
    for odd in ("a\nb", "tab\there", "\x7fdel", "c1\x85", "line\u2028sep", "half\ud800", " pad"):
        assert quote_name(odd) == repr(odd)
    assert one_line("first\nsecond\u2029third\x00") == "first\\nsecond\\u2029third\\x00"
    assert one_line("中文“引号”") == "中文“引号”"

"""``wocdesk text`` per mode, and the command line's errors and exit codes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from wocdesk import __version__
from wocdesk.cli.main import main


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_english_prints_every_english_paragraph(capsys, article) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = _run(capsys, "text", "--lang", "en")
    assert code == 0
    lines = out.splitlines()
    for passage in article.passages():
        if passage.en:
            assert passage.en in lines
        else:
            assert f"[Only in Chinese in the original] {passage.zh}" in lines
    assert "Three innovation trends" in lines
    assert not any(p.zh in lines for p in article.passages() if p.zh and p.en)


def test_chinese_prints_every_chinese_paragraph(capsys, article) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = _run(capsys, "text", "--lang", "zh")
    assert code == 0
    lines = out.splitlines()
    assert [p.zh for p in article.passages()] == [
        line for line in lines if line in {p.zh for p in article.passages()}
    ]
    assert "三大创新趋势" in lines
    assert not any(p.en in out for p in article.passages() if p.en)


def test_bilingual_pairs_each_paragraph_with_its_counterpart(capsys, article) -> None:  # type: ignore[no-untyped-def]
    _, out, _ = _run(capsys, "text", "--lang", "zh-en")
    lines = out.splitlines()
    for passage in article.passages():
        at = lines.index(passage.zh)
        expected = passage.en or "(The original has no English for this line.)"
        assert lines[at + 1] == expected
    assert "三大创新趋势 / Three innovation trends" in lines


def test_english_leading_bilingual_says_what_is_missing(capsys, article) -> None:  # type: ignore[no-untyped-def]
    _, out, _ = _run(capsys, "text", "--lang", "en-zh", "--section", "source")
    lines = out.splitlines()
    assert lines[0] == "Source / 来源"
    read_more = article.passage("p-read-more").zh
    assert lines[lines.index(read_more) - 1] == "(The original has no English for this line.)"


def test_both_is_zh_en(capsys) -> None:  # type: ignore[no-untyped-def]
    assert _run(capsys, "text", "--lang", "both")[1] == _run(capsys, "text", "--lang", "zh-en")[1]


def test_one_section(capsys, article) -> None:  # type: ignore[no-untyped-def]
    _, out, _ = _run(capsys, "text", "--lang", "en", "--section", "keys")
    assert out.splitlines()[0] == "Five keys and the WOC’s role"
    assert article.passage("p-keys").en in out
    assert article.passage("p-event").en not in out


def test_default_mode_follows_the_locale(capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("LANGUAGE", "zh_CN")
    _, out, _ = _run(capsys, "text")
    assert out.splitlines()[0] == "前沿科技中国实践故事会"
    monkeypatch.setenv("LANGUAGE", "en_GB")
    _, out, _ = _run(capsys, "text")
    assert out.splitlines()[0] == "WIPO China: Frontier Technology China’s Practice"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["text", "--lang", "fr"], "unknown language mode 'fr'"),
        (["text", "--section", "nope"], "no section 'nope' (sections: event, waves"),
        (["text", "--article", "/no/such/file.toml"], "/no/such/file.toml: no such file"),
        (["text", "--bogus"], "unrecognized arguments: --bogus"),
        (["nosuchcommand"], "invalid choice: 'nosuchcommand'"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(capsys, args, message) -> None:  # type: ignore[no-untyped-def]
    try:
        code = main(args)
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    assert code == 2
    assert message in err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert out == ""


def test_broken_article_file_is_one_line(capsys, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "broken.toml"
    path.write_text('format = 1\nid = "x"\ntitle = { en = "T" \n', encoding="utf-8")
    code, _, err = _run(capsys, "text", "--article", str(path))
    assert code == 2
    assert err.startswith(f"wocdesk: {path}:3: not valid TOML")
    assert err.count("\n") == 1


def test_internal_failure_exits_1_without_traceback(capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import wocdesk.content.plain_text as plain_text

    def explode(*_: object) -> str:
        raise RuntimeError("boom")

    monkeypatch.setattr(plain_text, "render_text", explode)
    code, _, err = _run(capsys, "text", "--lang", "en")
    assert code == 1
    assert "internal error: RuntimeError: boom" in err and "Traceback" not in err
    with pytest.raises(RuntimeError):
        main(["--debug", "text", "--lang", "en"])


def test_version_and_help() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "wocdesk", "--version"], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == f"wocdesk {__version__}"
    result = subprocess.run(
        [sys.executable, "-m", "wocdesk", "--help"], capture_output=True, text=True, check=True
    )
    assert "text" in result.stdout and "import" in result.stdout


def test_text_in_a_pipe_under_a_non_utf8_locale() -> None:
    env = {"PATH": "/usr/bin:/bin", "LC_ALL": "C", "PYTHONIOENCODING": "ascii"}
    env["PYTHONPATH"] = str(Path(__file__).resolve().parent.parent)
    result = subprocess.run(
        [sys.executable, "-m", "wocdesk", "text", "--lang", "zh", "--section", "keys"],
        capture_output=True,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "五套金钥匙与办事处的作用" in result.stdout.decode("utf-8")


def test_only_the_command_asked_for_is_loaded() -> None:
    from wocdesk.cli.main import chosen_command

    assert chosen_command(["--article", "export", "text", "--lang", "en"]) == "text"
    assert chosen_command(["--lang", "zh-en", "--section", "keys"]) is None
    assert chosen_command(["--debug", "export", "--lang", "zh"]) == "export"
    code = (
        "import sys\n"
        "from wocdesk.cli.main import main\n"
        "main(['text', '--lang', 'en', '--section', 'keys'])\n"
        "loaded = [m for m in sys.modules if m.startswith('wocdesk.cli.commands.')]\n"
        "sys.stderr.write(repr(sorted(loaded)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stderr.endswith(
        "['wocdesk.cli.commands.text_command', 'wocdesk.cli.commands.window_command']"
    )


def test_the_window_loads_no_command_but_help_lists_them_all() -> None:
    code = (
        "import sys\n"
        "from wocdesk.cli.main import COMMAND_MODULES, parse\n"
        "args, modules = parse(['--ui-lang', 'en', '--screenshot', 'x.png'])\n"
        "loaded = [m for m in sys.modules if m.startswith('wocdesk.cli.commands.')]\n"
        "print(args.command, args.screenshot, sorted(loaded))\n"
        "parse(['--he'])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    first, _, usage = result.stdout.partition("\n")
    assert first == "None x.png ['wocdesk.cli.commands.window_command']"
    assert result.returncode == 0  # --help (abbreviated as argparse allows) exits cleanly
    for command in ("text", "import", "export", "present", "library", "print"):
        assert f"\n    {command} " in usage


def test_options_before_the_command_count(capsys, article) -> None:  # type: ignore[no-untyped-def]
    assert main(["--lang", "zh", "--section", "keys", "text"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "五套金钥匙与办事处的作用"
    assert main(["--lang", "zh", "text", "--lang", "en", "--section", "keys"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "Five keys and the WOC’s role"

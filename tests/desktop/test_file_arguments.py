from __future__ import annotations

from wocdesk.cli.commands.window_command import VALUE_OPTIONS
from wocdesk.cli.main import COMMAND_MODULES
from wocdesk.desktop.launch import files_as_article


def _rewrite(*argv: str) -> list[str]:
    return files_as_article(list(argv), COMMAND_MODULES, VALUE_OPTIONS)


def test_a_file_from_a_launcher_opens_as_the_article():
    assert _rewrite("/home/me/my article.toml") == ["--article", "/home/me/my article.toml"]


def test_window_options_before_the_file_are_kept():
    assert _rewrite("--lang", "zh-en", "a.txt") == ["--lang", "zh-en", "--article", "a.txt"]


def test_commands_are_left_alone():
    for argv in (["text", "--lang", "en"], ["--lang", "en", "export"], ["print", "-o", "x.pdf"]):
        assert _rewrite(*argv) == argv


def test_only_the_first_of_several_files_opens(capsys):
    assert _rewrite("a.toml", "b.toml") == ["--article", "a.toml"]
    assert "not opening b.toml" in capsys.readouterr().err


def test_a_file_named_like_an_option_after_double_dash():
    assert _rewrite("--", "-odd.txt") == ["--article", "-odd.txt"]


def test_a_mistyped_command_is_not_taken_for_a_file():
    assert _rewrite("exprot", "--lang", "en") == ["exprot", "--lang", "en"]

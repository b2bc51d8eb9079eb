"""The study aids' dependencies load only when used: not for --version, text, or the window."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

PACKAGES = ("rjieba", "pypinyin", "genanki")
MODULES = ("wocdesk.study.dictionary", "wocdesk.study.segment")


def _loaded_after(code: str) -> list[str]:
    probe = (
        f"{code}\n"
        "import sys\n"
        f"bad = sorted(m for m in sys.modules if m.split('.')[0] in {PACKAGES!r} "
        f"or m in {MODULES!r})\n"
        "sys.stderr.write('LOADED=' + repr(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=False, timeout=120
    )
    assert "LOADED=" in result.stderr, result.stderr[-500:]
    return eval(result.stderr.rsplit("LOADED=", 1)[1])  # type: ignore[no-any-return]


RUN_MAIN = (
    "from wocdesk.cli.main import main\ntry:\n    main({args!r})\nexcept SystemExit:\n    pass"
)


@pytest.mark.parametrize(
    "args",
    [
        ["--version"],
        ["text", "--lang", "zh"],
        ["lookup", "--help"],
        ["--help"],
        ["vocab", "export", "--help"],
    ],
)
def test_commands_that_need_no_study_aid_load_none(args: list[str]) -> None:
    assert _loaded_after(RUN_MAIN.format(args=args)) == []


def test_importing_the_study_package_is_cheap() -> None:
    code = (
        "import wocdesk.study as study\n"
        "from wocdesk.study import Span, DICTIONARY_CREDIT, PassageAlignment\n"
        "assert Span(0, 2).of('中文字') == '中文'"
    )
    assert _loaded_after(code) == []


def test_the_check_sees_a_loaded_dependency() -> None:
    """The probe itself works: asking for pinyin does load pypinyin and the segmenter."""
    loaded = _loaded_after("from wocdesk.study import pinyin_line\npinyin_line('中文')")
    assert "pypinyin" in loaded and "rjieba" in loaded
    assert "genanki" not in loaded


def test_only_the_anki_export_loads_genanki(tmp_path: Path) -> None:
    """Listing words and a CSV export load none of it; the Anki export loads genanki only."""
    private = f"import os\nos.environ['WOCDESK_LIBRARY'] = {str(tmp_path / 'lib.sqlite3')!r}\n"
    assert _loaded_after(private + RUN_MAIN.format(args=["vocab", "list"])) == []
    export = (
        "from wocdesk.library.study_data import VocabularyEntry\n"
        "from wocdesk.study.vocab.vocab_export import export_vocabulary\n"
        "export_vocabulary([VocabularyEntry('创新')], {path!r})\n"
    )
    assert _loaded_after(export.format(path=str(tmp_path / "w.csv"))) == []
    loaded = _loaded_after(export.format(path=str(tmp_path / "w.apkg")))
    assert "genanki" in loaded and {m.split(".")[0] for m in loaded} == {"genanki"}
    assert (tmp_path / "w.csv").exists() and (tmp_path / "w.apkg").exists()


def test_the_window_starts_without_them(tmp_path: Path) -> None:
    shot = tmp_path / "window.png"
    loaded = _loaded_after(RUN_MAIN.format(args=["--screenshot", str(shot), "--lang", "zh-en"]))
    assert shot.exists()
    assert loaded == []


def test_the_package_lookup_stays_the_function_after_its_module_is_imported() -> None:
    import importlib

    import wocdesk.study as study

    importlib.import_module("wocdesk.study.word_lookup")
    assert callable(study.lookup)
    assert study.lookup("知识产权").word == "知识产权"

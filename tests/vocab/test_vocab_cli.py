"""``wocdesk vocab``: add, list, remove and export as a user runs them; errors in one line."""

from __future__ import annotations

import csv
import os
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from wocdesk.cli.main import main

ROOT = Path(__file__).resolve().parents[2]


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_add_list_export_remove(capsys, tmp_path) -> None:  # type: ignore[no-untyped-def]
    code, out, err = _run(capsys, "vocab", "add", "知识产权")
    assert (code, err) == (0, "")
    assert out == (
        "saved as 1: 知识产权 zhī shí chǎn quán: intellectual property rights (law) "
        "(from #1 p-event)\n"
    )
    _, out, _ = _run(capsys, "vocab", "add", "知识产权")
    assert out.startswith("already saved as 1: 知识产权")
    _, out, _ = _run(capsys, "vocab", "add", "地", "--passage", "p-government")
    assert out.startswith("saved as 2: 地 de: -ly (from #1 p-government)")
    _, out, _ = _run(capsys, "vocab", "add", "capacity-building")
    assert out.startswith("saved as 3: capacity-building (from #1 p-")
    _, out, _ = _run(capsys, "vocab", "add", "金钥匙")
    assert out.startswith("saved as 4: 金钥匙 jīn yào shi: 金 jīn: gold")
    _, out, _ = _run(capsys, "vocab", "add", "区块链")  # in no passage: the word alone
    assert out.startswith("saved as 5: 区块链 qū kuài liàn: blockchain")
    assert out.endswith(" (no sentence)\n")
    code, out, _ = _run(capsys, "vocab", "list")
    assert code == 0
    rows = [line.split("\t") for line in out.splitlines()]
    assert rows[0] == [
        "1",
        "知识产权",
        "zhī shí chǎn quán",
        "intellectual property rights (law)",
        "#1 p-event",
    ]
    assert rows[1] == ["2", "地", "de", "-ly", "#1 p-government"]
    assert rows[2][:4] == ["3", "capacity-building", "", ""]
    assert rows[4][:3] == ["5", "区块链", "qū kuài liàn"] and rows[4][4] == ""
    assert rows[4][3].startswith("blockchain")
    code, _, err = _run(capsys, "vocab", "export", "-o", str(tmp_path / "words.apkg"))
    assert code == 0 and err == f"wocdesk: wrote {tmp_path / 'words.apkg'} (5 words)\n"
    with zipfile.ZipFile(tmp_path / "words.apkg") as archive:
        archive.extract("collection.anki2", tmp_path)
    db = sqlite3.connect(tmp_path / "collection.anki2")
    words = [row[0].split("\x1f")[0] for row in db.execute("SELECT flds FROM notes ORDER BY id")]
    db.close()
    assert words == ["知识产权", "地", "capacity-building", "金钥匙", "区块链"]
    code, _, _ = _run(capsys, "vocab", "export", "--output", str(tmp_path / "words.csv"))
    with open(tmp_path / "words.csv", encoding="utf-8-sig", newline="") as handle:
        assert [row["word"] for row in csv.DictReader(handle)] == words
    code, out, _ = _run(capsys, "vocab", "remove", "地", "#5")
    assert code == 0 and out == "removed 2 (地)\nremoved 5 (区块链)\n"
    _, out, _ = _run(capsys, "vocab", "list")
    assert [line.split("\t")[0] for line in out.splitlines()] == ["1", "3", "4"]


def test_article_and_passage_choose_the_sentence(capsys, tmp_path, seed_text) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "post.txt"
    source.write_text(seed_text, encoding="utf-8")
    assert _run(capsys, "library", "add", str(source))[0] == 0
    _, out, _ = _run(capsys, "vocab", "add", "企业", "--article", "2", "--passage", "p-5")
    assert out.startswith("saved as 1: 企业 qǐ yè: company; firm; enterprise; corporation")
    assert out.endswith("(from #2 p-5)\n")
    _, out, _ = _run(capsys, "--article", "2", "vocab", "add", "创新")  # the window's place too
    assert "(from #2 p-" in out
    _, out, _ = _run(capsys, "vocab", "list", "--article", "2")
    assert len(out.splitlines()) == 2
    _, out, _ = _run(capsys, "vocab", "list", "--article", "1")
    assert out == ""
    _, out, _ = _run(capsys, "vocab", "add", "企业", "--article", str(source))  # a file
    assert out.startswith("saved as 3: 企业")
    assert out.endswith("(from WIPO China: Frontier Technology China’s Practice p-1)\n")
    _, _, _ = _run(capsys, "library", "remove", "2")
    _, out, _ = _run(capsys, "vocab", "list")
    assert out.splitlines()[0].endswith("\tWIPO China: Frontier Technology China’s Practice p-5")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["vocab", "add", " "], "wocdesk: vocab add: the word is empty"),
        (
            ["vocab", "add", "企业", "--passage", "p-nowhere"],
            "wocdesk: no passage 'p-nowhere' in the article",
        ),
        (
            ["vocab", "add", "区块链", "--passage", "p-event"],
            "wocdesk: 区块链: not in passage p-event",
        ),
        (
            ["vocab", "add", "企业", "--article", "7"],
            "wocdesk: 7: no such article in the library (wocdesk library list shows them)",
        ),
        (
            ["vocab", "remove", "99"],
            "wocdesk: vocab remove: 99: no saved word or id (vocab list shows them)",
        ),
        (
            ["vocab", "list", "--article", "x"],
            "wocdesk: --article: 'x' is not a library id",
        ),
        (
            ["vocab", "export", "-o", "words.txt"],
            "wocdesk: --output: words.txt: give a file name ending in .apkg (an Anki package) "
            "or .csv",
        ),
        (
            ["vocab", "export", "-o", "/nonexistent/words.apkg"],
            "wocdesk: /nonexistent/words.apkg: the folder /nonexistent does not exist",
        ),
        (
            ["vocab", "export", "-o", "words.csv"],
            "wocdesk: vocab export: no saved words to export (vocab add WORD saves one)",
        ),
    ],
)
def test_bad_input_is_one_line_and_exit_2(capsys, tmp_path, monkeypatch, args, message) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    code, out, err = _run(capsys, *args)
    assert (code, out, err) == (2, "", message + "\n")
    assert not list(tmp_path.glob("words.*"))


def test_a_folder_as_destination_keeps_the_vocabulary(capsys, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _run(capsys, "vocab", "add", "创新")
    (tmp_path / "words.apkg").mkdir()
    code, _, err = _run(capsys, "vocab", "export", "-o", str(tmp_path / "words.apkg"))
    assert code == 2 and err.endswith("words.apkg: is a folder; give a file name\n")
    assert len(_run(capsys, "vocab", "list")[1].splitlines()) == 1


def test_messages_speak_the_interface_language(capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("LANGUAGE", "zh_CN")
    code, out, _ = _run(capsys, "vocab", "add", "知识产权")
    assert code == 0 and "知识产权" in out and "saved as" not in out
    code, _, err = _run(capsys, "vocab", "remove", "99")
    assert code == 2 and err.count("\n") == 1 and "99" in err and "no saved word" not in err
    code, _, err = _run(capsys, "vocab", "add", "区块链", "--passage", "p-event")
    assert code == 2 and "p-event" in err and "not in passage" not in err


def test_as_a_user_runs_it_in_a_shell(tmp_path) -> None:  # type: ignore[no-untyped-def]
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "WOCDESK_LIBRARY": str(tmp_path / "vocab" / "lib.sqlite3"),
    }

    def wocdesk(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "wocdesk", *args],
            capture_output=True,
            text=True,
            env=env,
            cwd=tmp_path,
            timeout=120,
            check=False,
        )

    assert wocdesk("vocab", "add", "知识产权").returncode == 0
    listed = wocdesk("vocab", "list")
    assert listed.stdout.startswith("1\t知识产权\tzhī shí chǎn quán\tintellectual property")
    exported = wocdesk("vocab", "export", "-o", "words.apkg")
    assert exported.returncode == 0 and exported.stderr == "wocdesk: wrote words.apkg (1 word)\n"
    assert zipfile.is_zipfile(tmp_path / "words.apkg")

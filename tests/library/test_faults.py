"""Faults: ``kill -9`` in the middle of an import, and several processes at once."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tests.library.conftest import ROOT
from tests.library.corpus import article_variant, chapters_text
from wocdesk.library.sources import read_source
from wocdesk.library.store import Library

KILLS = 32


def _start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "wocdesk", "library", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def _check_consistent(path: Path) -> list[int]:
    """Assert the database is sound and every article whole; return the imported ids."""
    db = sqlite3.connect(path, timeout=30)
    try:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        db.execute("INSERT INTO passage_index(passage_index) VALUES ('integrity-check')")
        rows = db.execute("SELECT id, sections, passages, origin FROM articles").fetchall()
        for article_id, sections, passages, _origin in rows:
            assert db.execute(
                "SELECT count(*) FROM sections WHERE article = ?", (article_id,)
            ).fetchone() == (sections,)
            assert db.execute(
                "SELECT count(*) FROM passages WHERE article = ?", (article_id,)
            ).fetchone() == (passages,)
        assert (
            db.execute("SELECT count(*) FROM passages").fetchone()
            == db.execute("SELECT count(*) FROM passage_index").fetchone()
        )
        return [article_id for article_id, *_, origin in rows if origin == "imported"]
    finally:
        db.close()


def _wal_size(library_path: Path) -> int:
    """The size of the write-ahead log: none between runs, empty until a process writes."""
    try:
        return Path(f"{library_path}-wal").stat().st_size
    except FileNotFoundError:
        return 0


def _run_until(
    process: subprocess.Popen[str], library_path: Path, delay: float, after_writing: bool
) -> tuple[bool, float, float]:
    """Let ``process`` run ``delay`` seconds (counted from its first write when
    ``after_writing``), then kill it; return (finished by itself, time, time spent writing)."""
    started = time.perf_counter()
    assert _wal_size(library_path) == 0
    writing = None
    deadline = None if after_writing else started + delay
    while process.poll() is None:
        now = time.perf_counter()
        if writing is None and _wal_size(library_path) > 0:
            writing = now
            if after_writing:
                deadline = now + delay
        if deadline is not None and now >= deadline:
            process.send_signal(signal.SIGKILL)
            break
        time.sleep(0.001)
    returncode = process.wait(timeout=60)
    end = time.perf_counter()
    for stream in (process.stdout, process.stderr):
        if stream:
            stream.close()
    return returncode == 0, end - started, end - writing if writing else 0.0


def test_kill_9_during_imports_leaves_the_library_whole(tmp_path: Path, library_path: Path) -> None:
    source = tmp_path / "long.txt"
    source.write_text(chapters_text(60), encoding="utf-8")
    expected = read_source(source).article
    Library.open().close()
    finished, duration, writing = _run_until(
        _start("add", "--keep-both", str(source)), library_path, 1e9, after_writing=False
    )
    assert finished and writing > 0
    with Library.open() as library:
        library.remove(_check_consistent(library_path)[0])

    # Half the kills fall anywhere from the start to just past the end of an import, half
    # while it writes (from its first write to the log on); the estimates follow the imports
    # that finished, as the machine is shared and its speed varies.
    chance = random.Random(20240223)
    outcomes = {"whole": 0, "absent": 0, "killed while writing": 0}
    for number in range(KILLS):
        after_writing = number % 2 == 1
        span = writing if after_writing else duration
        process = _start("add", "--keep-both", str(source))
        done, took, wrote = _run_until(
            process,
            library_path,
            chance.uniform(0.0 if after_writing else 0.1, 1.15) * span,
            after_writing,
        )
        if done:
            duration, writing = 0.5 * (duration + took), 0.5 * (writing + wrote)
        elif wrote:
            outcomes["killed while writing"] += 1
        imported = _check_consistent(library_path)
        assert len(imported) <= 1
        with Library.open() as library:
            assert library.notices == []
            assert next(s.id for s in library.list_articles()) == 1
            for article_id in imported:
                assert library.article(article_id) == expected
                assert library.count("capacity", article_id) == 60
                library.remove(article_id)
        outcomes["whole" if imported else "absent"] += 1
    assert outcomes["whole"] and outcomes["absent"], outcomes
    assert outcomes["killed while writing"] >= KILLS // 4, outcomes


def test_two_importers_at_once_both_land_whole(tmp_path: Path, library_path: Path) -> None:
    files = []
    for number in range(8):
        path = tmp_path / f"article-{number}.txt"
        path.write_text(article_variant(number), encoding="utf-8")
        files.append(path)
    long_file = tmp_path / "long.txt"
    long_file.write_text(chapters_text(40), encoding="utf-8")
    first = _start("add", str(long_file), *map(str, files[:4]))
    second = _start("add", *map(str, files[4:]), str(long_file))
    searcher = _start("search", "知识产权", "--limit", "5")
    results = [(*p.communicate(timeout=120), p.returncode) for p in (first, second, searcher)]
    for _out, err, code in results:
        assert code == 0 and "wocdesk:" not in err.replace("no passage matches", ""), err
    lines = results[0][0].splitlines() + results[1][0].splitlines()
    assert sum("added as" in line for line in lines) == 9
    assert sum("already in the library" in line for line in lines) == 1  # the long file, once
    imported = _check_consistent(library_path)
    assert len(imported) == 9
    with Library.open() as library:
        stored = {library.summary(i).source_path: library.article(i) for i in imported}
    for path in [*files, long_file]:
        assert stored[str(path)] == read_source(path).article


def test_two_processes_creating_the_library_at_once(library_path: Path) -> None:
    processes = [_start("list") for _ in range(3)]
    outputs = [(*p.communicate(timeout=120), p.returncode) for p in processes]
    assert all(code == 0 and err == "" for _out, err, code in outputs), outputs
    assert all(out.startswith("1\t") and out.count("\n") == 1 for out, _e, _c in outputs)
    assert _check_consistent(library_path) == []

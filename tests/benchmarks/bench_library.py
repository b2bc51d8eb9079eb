"""Benchmark the library, each figure beside a baseline measured in the same run.

Library: 200 articles the size of the bundled one (its passages shuffled) plus one 200-chapter
text made from the bundled passages (tests/library/corpus.py), all imported first.

1. ``library.search`` of common words, in process (budget 100 ms), vs a plain substring scan
   of every passage held in memory.
2. ``wocdesk library search`` as a whole process vs a bare ``wocdesk --version`` (budget: at
   most 150 ms more).
3. Listing the library for the view (``list_articles``, budget 50 ms) vs a bare
   ``SELECT * FROM articles``; opening the 200-chapter article.
4. Importing a 3 MB raw text (budget 1.5 s) vs the raw-text importer alone (parse only).
5. How to search Chinese: the CJK-characters-as-tokens index (chosen) vs FTS5's trigram
   tokenizer (with LIKE under three characters), LIKE alone, and jieba word segmentation
   (rjieba, or jieba): what each finds of what a reader expects, and how fast.

Run: PYTHONPATH=. python tests/benchmarks/bench_library.py
"""

from __future__ import annotations

import os
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.library.corpus import article_variant, chapters_text  # noqa: E402

RUNS = 9
WORDS = ("创新", "知识产权", "innovation", "capacity")


def median_ms(action: Callable[[], object], runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def build(folder: Path) -> Path:
    from wocdesk.library.models import Duplicate
    from wocdesk.library.store import Library

    path = folder / "library.sqlite3"
    sources = folder / "sources"
    sources.mkdir()
    start = time.perf_counter()
    with Library.open(path) as library:
        for number in range(1, 201):
            file = sources / f"article-{number}.txt"
            file.write_text(article_variant(number), encoding="utf-8")
            library.import_file(file, Duplicate.KEEP_BOTH)
        long_text = sources / "chapters-200.txt"
        long_text.write_text(chapters_text(200), encoding="utf-8")
        library.import_file(long_text, Duplicate.KEEP_BOTH)
        passages = library.connection.execute("SELECT count(*) FROM passages").fetchone()[0]
    seconds = time.perf_counter() - start
    size = path.stat().st_size / 2**20
    print(f"library: 201 imports in {seconds:.1f} s, {passages} passages, {size:.1f} MB")
    return path


def bench_search(path: Path) -> None:
    from wocdesk.library.store import Library

    with Library.open(path) as library:
        texts = [
            f"{zh or ''}\n{en or ''}"
            for zh, en in library.connection.execute("SELECT zh, en FROM passages")
        ]
        print(
            "\n1. search in process (limit 20, ranked, with snippets), median of 9\n"
            "   baselines: SQLite's bare MATCH (first 20, unranked); a substring scan in memory"
        )
        from wocdesk.library.search import parse_query

        db = library.connection
        for word in WORDS:
            hits = library.count(word)
            ours = median_ms(lambda w=word: library.search(w, 20))
            fts = parse_query(word).fts()
            bare = median_ms(
                lambda f=fts: db.execute(
                    "SELECT rowid FROM passage_index WHERE passage_index MATCH ? LIMIT 20", (f,)
                ).fetchall()
            )
            scan = median_ms(lambda w=word: [t for t in texts if w in t][:20])
            verdict = "ok" if ours <= 100 else "OVER"
            print(
                f"   {word:<12} {hits:>5} passages  {ours:6.1f} ms (budget 100: {verdict})  "
                f"bare {bare:5.2f} ms  scan {scan:5.2f} ms"
            )


def bench_process(path: Path) -> None:
    env = {**os.environ, "WOCDESK_LIBRARY": str(path), "PYTHONPATH": str(ROOT)}
    python = [sys.executable, "-m", "wocdesk"]
    print("\n2. whole process, median of 9, each run beside a --version run")
    for word in ("创新", "capacity"):
        commands = {
            "search": [*python, "library", "search", word],
            "version": [*python, "--version"],
        }
        times: dict[str, list[float]] = {"search": [], "version": []}
        for args in commands.values():  # warm the file cache
            subprocess.run(args, env=env, check=True, capture_output=True)
        for _ in range(RUNS):
            for name, args in commands.items():
                start = time.perf_counter()
                subprocess.run(args, env=env, check=True, capture_output=True)
                times[name].append((time.perf_counter() - start) * 1000)
        search, version = statistics.median(times["search"]), statistics.median(times["version"])
        over = search - version
        verdict = "ok" if over <= 150 else "OVER"
        print(
            f"   library search {word:<9} {search:6.1f} ms vs --version {version:6.1f} ms: "
            f"{over:+6.1f} ms (budget +150: {verdict}), ratio {search / version:4.2f}"
        )


def bench_listing(path: Path) -> None:
    from wocdesk.library.store import Library

    with Library.open(path) as library:
        print("\n3. listing for the view, median of 9")
        ours = median_ms(library.list_articles)
        bare = median_ms(lambda: library.connection.execute("SELECT * FROM articles").fetchall())
        verdict = "ok" if ours <= 50 else "OVER"
        print(
            f"   list_articles (201 rows, progress) {ours:5.2f} ms (budget 50: {verdict}) vs "
            f"bare SELECT {bare:5.2f} ms, ratio {ours / bare:4.1f}"
        )

        def open_and_list() -> None:
            with Library.open(path) as again:
                again.list_articles()

        opened_listed = median_ms(open_and_list)
        print(f"   open the library and list it: {opened_listed:5.2f} ms")
        big = max(library.list_articles(), key=lambda s: s.passages)
        opened = median_ms(lambda: library.article(big.id), runs=5)
        print(f"   open the {big.passages}-passage article: {opened:5.1f} ms")


def bench_import(folder: Path) -> None:
    from wocdesk.content.importing.importer import import_text
    from wocdesk.library.models import Duplicate
    from wocdesk.library.store import Library

    chapters = 1
    while len(chapters_text(chapters).encode()) < 3_000_000:
        chapters += 25
    text = chapters_text(chapters)
    file = folder / "three-mb.txt"
    file.write_text(text, encoding="utf-8")
    mb = file.stat().st_size / 1e6
    print(f"\n4. import of a {mb:.2f} MB text ({chapters} chapters), median of 5, interleaved")
    from wocdesk.library.sources import read_source

    totals, reads, stores, alone = [], [], [], []
    with Library.open(folder / "import.sqlite3") as library:
        for _ in range(5):
            start = time.perf_counter()
            imported = read_source(file)
            read = time.perf_counter()
            library.add(imported, Duplicate.KEEP_BOTH)
            end = time.perf_counter()
            totals.append((end - start) * 1000)
            reads.append((read - start) * 1000)
            stores.append((end - read) * 1000)
            start = time.perf_counter()
            import_text(text, "x", "x.txt")
            alone.append((time.perf_counter() - start) * 1000)
    ours, parse = statistics.median(totals), statistics.median(alone)
    verdict = "ok" if ours <= 1500 else "OVER"
    print(
        f"   Library.import_file {ours:6.0f} ms (budget 1500: {verdict}): reading the file "
        f"{statistics.median(reads):5.0f} ms + storing and indexing "
        f"{statistics.median(stores):5.0f} ms\n"
        f"   vs the raw-text importer alone (text to article) {parse:6.0f} ms: ratio "
        f"{ours / parse:4.2f}"
    )


# -- 5. how to search Chinese -------------------------------------------------------------
PROBES = [  # sentences of ours where the words sit inside longer words, and English look-alikes
    ("发明专利申请量继续增长。", "Applications for invention patents keep growing."),
    ("专利权人可以许可他人实施其专利。", "A patentee may license others to work the patent."),
    ("国家知识产权局发布专利法修改草案。", "The office published a draft of the amended law."),
    ("技术创新中心正在东移。", "Technical innovation centres are moving east, said the AI team."),
    ("产学研合作促进创新驱动发展。", "Maintaining cooperation drives development."),
]
QUERIES = (
    *("专利", "创新", "产权", "知识产权", "科技", "中国", "人工智能", "能力建设"),
    *("AI", "capacity"),
)


def _expected(query: str, rows: list[tuple[str, str]]) -> set[int]:
    if re.search(r"[\u4e00-\u9fff]", query):
        return {n for n, (zh, en) in enumerate(rows) if query in zh or query in en}
    word = re.compile(rf"(?<![A-Za-z0-9]){re.escape(query)}(?![A-Za-z0-9])", re.IGNORECASE)
    return {n for n, (zh, en) in enumerate(rows) if word.search(zh) or word.search(en)}


def _segmenter() -> Any:
    """jieba's segmentation: rjieba (wocdesk's study aids use it), else jieba, else none."""
    start = time.perf_counter()
    try:
        import rjieba as segmenter
    except ImportError:
        try:
            import logging

            import jieba as segmenter

            segmenter.setLogLevel(logging.WARNING)
            segmenter.initialize()
        except ImportError:
            print("   (neither rjieba nor jieba is installed: segmentation not measured)")
            return None
    name = segmenter.__name__
    print(f"   {name} loads its dictionary in {(time.perf_counter() - start) * 1000:.0f} ms")
    return segmenter


def _strategies(
    db: sqlite3.Connection, rows: list[tuple[str, str]], jieba: Any
) -> tuple[dict[str, Callable], dict[str, float]]:
    from wocdesk.library.search import index_text, parse_query

    builds: dict[str, float] = {}
    start = time.perf_counter()
    db.execute("CREATE VIRTUAL TABLE chars USING fts5(zh, en)")
    db.executemany(
        "INSERT INTO chars(rowid, zh, en) VALUES (?, ?, ?)",
        [(n, index_text(zh), index_text(en)) for n, (zh, en) in enumerate(rows)],
    )
    builds["chars"] = time.perf_counter() - start
    start = time.perf_counter()
    db.execute("CREATE VIRTUAL TABLE tri USING fts5(zh, en, tokenize = 'trigram')")
    db.executemany(
        "INSERT INTO tri(rowid, zh, en) VALUES (?, ?, ?)",
        [(n, zh, en) for n, (zh, en) in enumerate(rows)],
    )
    builds["trigram"] = time.perf_counter() - start
    db.execute("CREATE TABLE plain(zh, en)")
    db.executemany(
        "INSERT INTO plain(rowid, zh, en) VALUES (?, ?, ?)",
        [(n, zh, en) for n, (zh, en) in enumerate(rows)],
    )

    def ids(sql: str, *args: object) -> set[int]:
        return {row[0] for row in db.execute(sql, args)}

    def like(query: str) -> set[int]:
        pattern = f"%{query}%"
        return ids("SELECT rowid FROM plain WHERE zh LIKE ? OR en LIKE ?", pattern, pattern)

    def trigram(query: str) -> set[int]:
        if len(query) < 3:
            pattern = f"%{query}%"
            return ids("SELECT rowid FROM tri WHERE zh LIKE ? OR en LIKE ?", pattern, pattern)
        return ids("SELECT rowid FROM tri WHERE tri MATCH ?", f'"{query}"')

    strategies: dict[str, Callable] = {
        "CJK characters as tokens (chosen)": lambda q: ids(
            "SELECT rowid FROM chars WHERE chars MATCH ?", parse_query(q).fts()
        ),
        "FTS5 trigram (+ LIKE under 3 chars)": trigram,
        "LIKE '%word%' alone": like,
    }
    if jieba is None:
        return strategies, builds
    start = time.perf_counter()
    db.execute("CREATE VIRTUAL TABLE words USING fts5(zh, en)")
    db.executemany(
        "INSERT INTO words(rowid, zh, en) VALUES (?, ?, ?)",
        [(n, " ".join(jieba.cut_for_search(zh)), en) for n, (zh, en) in enumerate(rows)],
    )

    def segmented(query: str) -> set[int]:
        tokens = [t for t in jieba.cut(query) if t.strip()]
        return ids("SELECT rowid FROM words WHERE words MATCH ?", '"' + " ".join(tokens) + '"')

    builds["words"] = time.perf_counter() - start
    strategies[f"{jieba.__name__} words (search mode)"] = segmented
    return strategies, builds


def bench_strategies(path: Path) -> None:
    import wocdesk

    article = wocdesk.load_article()
    small = [(p.zh or "", p.en or "") for p in article.passages()] + PROBES
    with sqlite3.connect(path) as library:
        large = [(zh or "", en or "") for zh, en in library.execute("SELECT zh, en FROM passages")]
    print("\n5. searching Chinese: found / expected (wrong) on the article + probes;")
    print("   median ms per query over the whole library")
    small_db, large_db = sqlite3.connect(":memory:"), sqlite3.connect(":memory:")
    segmenter = _segmenter()
    found_small, _ = _strategies(small_db, small, segmenter)
    found_large, builds = _strategies(large_db, large, segmenter)
    header = " ".join(f"{q:>8}" for q in QUERIES)
    print(f"   {'':38}{header}  missed wrong   ms")
    expected = {q: _expected(q, small) for q in QUERIES}
    for name, search in found_small.items():
        cells, missed, wrong = [], 0, 0
        for query in QUERIES:
            got = search(query)
            hit = len(got & expected[query])
            missed += len(expected[query]) - hit
            wrong += len(got - expected[query])
            extra = len(got - expected[query])
            cell = f"{hit}/{len(expected[query])}" + (f"({extra})" if extra else "")
            cells.append(f"{cell:>8}")
        large_search = found_large[name]
        timing = statistics.median(
            median_ms(lambda q=q, f=large_search: f(q), runs=5) for q in QUERIES
        )
        print(f"   {name:38}{' '.join(cells)}  {missed:>6} {wrong:>5} {timing:5.1f}")
    indexed = ", ".join(f"{name} {seconds * 1000:.0f} ms" for name, seconds in builds.items())
    print(f"   building each index of the {len(large)} passages: {indexed}")


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="wocdesk-bench-library-") as temporary:
        folder = Path(temporary)
        os.environ["XDG_DATA_HOME"] = str(folder / "data")
        path = build(folder)
        bench_search(path)
        bench_process(path)
        bench_listing(path)
        bench_import(folder)
        bench_strategies(path)


if __name__ == "__main__":
    main()

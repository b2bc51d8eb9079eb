"""Benchmark importing and loading a book-length text: the 200-chapter text (3 MB) of longtext.py.

Run from the repository root: ``python tests/benchmarks/bench_import.py``. Each figure is the
median of a few runs in this process, printed beside a baseline measured in the same run (reading
the file and splitting it into lines), since the machine is shared and noisy. Targets: importing
(read, import, write the article file) under a second; loading the written article likewise.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

RUNS = 5


def median_s(call: Callable[[], object], runs: int = RUNS) -> float:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def main() -> None:
    from longtext import long_raw_text

    from wocdesk.content.article_file.article_toml import write_article
    from wocdesk.content.article_file.loader import load_article
    from wocdesk.content.importing.importer import import_file

    folder = Path(tempfile.mkdtemp(prefix="wocdesk-bench-import-"))
    source = folder / "long.txt"
    source.write_text(long_raw_text(), encoding="utf-8")
    target = folder / "long.toml"
    size = source.stat().st_size

    def baseline() -> None:
        source.read_text(encoding="utf-8").splitlines()

    def import_only() -> None:
        import_file(source)

    def import_and_write() -> None:
        write_article(import_file(source), target)

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import_and_write()  # warm up, and the file to load
        article = import_file(source)
        base = median_s(baseline)
        figures = {
            "import (read, split, pair, build the Article)": median_s(import_only),
            "import and write the article file (tomli-w)": median_s(import_and_write),
            "load the written article file": median_s(lambda: load_article(target)),
        }
        bundled = median_s(load_article, runs=21)
    passages = sum(len(s.passages) for s in article.sections)
    print(
        f"200-chapter text: {size / 1e6:.1f} MB, {len(article.sections)} sections, "
        f"{passages} passages; article file {target.stat().st_size / 1e6:.1f} MB"
    )
    print(f"baseline, read the file and split it into lines: {base * 1000:.0f} ms")
    for name, seconds in figures.items():
        verdict = "ok" if seconds < 1.0 else "OVER 1 s"
        print(f"{name}: {seconds * 1000:.0f} ms ({seconds / base:.1f}x the baseline) {verdict}")
    print(f"the bundled article loads in {bundled * 1000:.1f} ms")


if __name__ == "__main__":
    main()

"""Benchmark the vocabulary: saving a word from the popup, exporting, listing as a process.

Run from the repository root: ``python tests/benchmarks/bench_vocab.py``. Each figure is
printed with a baseline measured in the same process (the machine is shared and noisy):
- saving a word (the entry built: pinyin, senses, sentence and counterpart; then kept) vs
  keeping an entry built beforehand (the library's write transaction alone), and vs the
  popup's own lookup of the word;
- exporting 2,000 words to an Anki package and to CSV vs dumping the same entries as JSON;
- ``wocdesk vocab list`` of 2,000 words as a process vs ``wocdesk --version``.
The dictionary is loaded and the passage aligned first, as in the window once the popup shows.
"""

from __future__ import annotations

import dataclasses
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

RUNS = 9
WORDS = 2000


def median_ms(function: Callable[[], object], runs: int = RUNS) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000


def process_ms(args: list[str], env: dict[str, str]) -> float:
    samples = []
    for _ in range(5):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "wocdesk", *args], capture_output=True, check=True, env=env
        )
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000


def main() -> None:
    from wocdesk.library.store import Library
    from wocdesk.study.aligning.alignment import AlignmentCache
    from wocdesk.study.dictionary import load_dictionary
    from wocdesk.study.vocab.vocab_export import export_vocabulary
    from wocdesk.study.vocab.vocabulary import keep, save_word, word_entry
    from wocdesk.study.word_lookup import lookup

    folder = Path(tempfile.mkdtemp(prefix="wocdesk-bench-vocab-"))
    dictionary = load_dictionary()
    alignments = AlignmentCache(dictionary)
    with Library.open(folder / "lib.sqlite3") as library:
        article = library.article(1)
        passages = [p for p in article.passages() if p.zh and p.en]
        places = [
            (p.id, p.zh.index(word))
            for p in passages
            for word in ("创新", "企业")
            if word in (p.zh or "")
        ]
        for passage in passages:
            alignments.passage(passage)  # the window aligned what it shows
        counter = iter(range(10**6))

        def save() -> None:
            passage_id, offset = places[next(counter) % len(places)]
            save_word(
                library,
                article,
                passage_id,
                "zh",
                offset,
                article_id=1,
                dictionary=dictionary,
                alignments=alignments,
            )

        def save_built() -> None:
            keep(library, dataclasses.replace(built, word=f"词{next(counter)}"))

        built = word_entry(article, places[0][0], "zh", places[0][1], dictionary=dictionary)
        saving = median_ms(save)
        keeping = median_ms(save_built)
        looking = median_ms(lambda: lookup("创新", dictionary))
        print(f"save a word (built and kept): {saving:.2f} ms")
        print(f"  keep a built entry: {keeping:.2f} ms (ratio {saving / keeping:.2f})")
        print(f"  the popup's lookup: {looking * 1000:.1f} µs")

        entries = library.vocabulary.entries()
        while len(entries) < WORDS:
            entries += [dataclasses.replace(e, word=f"{e.word}{len(entries)}") for e in entries]
        entries = entries[:WORDS]
        apkg = median_ms(lambda: export_vocabulary(entries, folder / "w.apkg"), runs=5)
        csv = median_ms(lambda: export_vocabulary(entries, folder / "w.csv"), runs=5)

        def as_json() -> None:
            rows = [dataclasses.asdict(e) for e in entries]
            (folder / "w.json").write_text(json.dumps(rows, default=str, ensure_ascii=False))

        plain = median_ms(as_json, runs=5)
        print(f"export {WORDS} words: .apkg {apkg:.0f} ms, .csv {csv:.0f} ms")
        print(
            f"  JSON dump of the same: {plain:.0f} ms "
            f"(apkg {apkg / plain:.1f}x, csv {csv / plain:.1f}x)"
        )
        print(f"  .apkg size {os.path.getsize(folder / 'w.apkg') / 1024:.0f} KB")
        for entry in entries[len(library.vocabulary.entries()) :]:
            library.vocabulary.save(entry)
        count = len(library.vocabulary.entries())
    env = {**os.environ, "PYTHONPATH": str(ROOT), "WOCDESK_LIBRARY": str(folder / "lib.sqlite3")}
    version = process_ms(["--version"], env)
    listing = process_ms(["vocab", "list"], env)
    print(f"wocdesk vocab list ({count} words): {listing:.0f} ms")
    print(f"  wocdesk --version: {version:.0f} ms (ratio {listing / version:.2f})")


if __name__ == "__main__":
    main()

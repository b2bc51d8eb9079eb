"""Benchmark planning the default deck of an imported article, against a baseline in this run.

The baseline is planning the bundled article's curated 10-slide deck (zh-en), per slide. The
default deck of an imported post, of a 20-chapter text and of a 200-chapter text (3,600 unique
paragraphs) are planned in zh-en, also per slide; the ratio to the baseline must stay <= 1.5 (the
benchmark exits 1 otherwise).
Planning caches are cleared before each run, so repeated paragraphs are measured afresh.

Run: PYTHONPATH=. python tests/benchmarks/bench_default_deck.py
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUNS = 5
BUDGET = 1.5


def _clear() -> None:
    from wocdesk.briefing import sentences
    from wocdesk.deck.kinds import article
    from wocdesk.deck.layout import measure

    for cached in (
        sentences._spans,
        measure.em_width,
        measure.segments,
        measure._pieces,
        article._set,
        article._widest_em,
        article._entry_height,
    ):
        cached.cache_clear()


def _unique_text(chapters: int, paragraphs: int) -> str:
    """Chapters of the bundled paragraphs, each made unique by its chapter and number."""
    import wocdesk

    pairs = [(p.zh, p.en) for p in wocdesk.load_article().passages() if p.zh and p.en]
    lines = ["A long text", ""]
    turn = 0
    for chapter in range(1, chapters + 1):
        lines += [f"第{chapter}章 前沿科技", f"Chapter {chapter}: Frontier technology", ""]
        for number in range(paragraphs):
            zh, en = pairs[turn % len(pairs)]
            turn += 1
            lines += [f"第{chapter}章第{number}段:{zh}", f"Chapter {chapter}.{number}: {en}", ""]
    return "\n".join(lines)


def _per_slide(plan) -> tuple[float, int]:  # type: ignore[no-untyped-def]
    times = []
    slides = 0
    for _ in range(RUNS):
        _clear()
        start = time.perf_counter()
        deck = plan()
        times.append(time.perf_counter() - start)
        slides = len(deck.slides)
    return statistics.median(times) / slides, slides


def main() -> int:
    os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="wocdesk-bench-")
    import wocdesk
    from wocdesk.content.article_file.article_toml import article_toml
    from wocdesk.content.article_file.loader import parse_article
    from wocdesk.content.importing.importer import import_text
    from wocdesk.deck import plan_deck

    seed = (ROOT / "tests" / "data" / "seed.txt").read_text(encoding="utf-8")
    bundled = wocdesk.load_article()
    baseline, count = _per_slide(lambda: plan_deck(bundled, lang="zh-en"))
    print(f"baseline: curated deck, {count} slides: {baseline * 1000:.1f} ms a slide")
    folder = Path(tempfile.mkdtemp(prefix="wocdesk-bench-"))
    cases = {
        "imported post": article_toml(import_text(seed, "post")),
        "20 chapters": article_toml(import_text(_unique_text(20, 9), "twenty")),
        "200 chapters": article_toml(import_text(_unique_text(200, 18), "two-hundred")),
    }
    worst = 0.0
    for name, toml in cases.items():
        article = parse_article(toml, folder / "article.toml")
        runs = 1 if name == "200 chapters" else RUNS
        start = time.perf_counter()
        per, slides = (
            _per_slide(lambda a=article: plan_deck(a, lang="zh-en")) if runs > 1 else _once(article)
        )
        ratio = per / baseline
        worst = max(worst, ratio)
        total = time.perf_counter() - start
        print(
            f"{name}: {slides} slides, {per * 1000:.1f} ms a slide "
            f"(ratio {ratio:.2f} to the baseline; {total:.1f} s in all for {runs} run(s))"
        )
    print(f"worst ratio {worst:.2f} (budget {BUDGET})")
    return 0 if worst <= BUDGET else 1


def _once(article) -> tuple[float, int]:  # type: ignore[no-untyped-def]
    from wocdesk.deck import plan_deck

    _clear()
    start = time.perf_counter()
    deck = plan_deck(article, lang="zh-en")
    return (time.perf_counter() - start) / len(deck.slides), len(deck.slides)


if __name__ == "__main__":
    raise SystemExit(main())

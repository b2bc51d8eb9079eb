"""The hand-made alignment of the bundled article and the aligner's score on it (not a test)."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from wocdesk.model.article import Article, Passage
from wocdesk.study.aligning.alignment import PassageAlignment

GOLD = Path(__file__).resolve().parents[1] / "data" / "alignment-gold.toml"


@dataclass(frozen=True)
class GoldPassage:
    id: str
    zh: tuple[str, ...]
    en: tuple[str, ...]
    links: tuple[tuple[tuple[int, ...], tuple[int, ...]], ...]


def gold_passages() -> list[GoldPassage]:
    data = tomllib.loads(GOLD.read_text(encoding="utf-8"))
    return [
        GoldPassage(
            item["id"],
            tuple(item["zh"]),
            tuple(item["en"]),
            tuple((tuple(link["zh"]), tuple(link["en"])) for link in item["links"]),
        )
        for item in data["passages"]
    ]


@dataclass
class Score:
    right: int = 0
    total: int = 0
    wrong: list[str] = field(default_factory=list)

    @property
    def share(self) -> float:
        return self.right / self.total


def _texts(
    links: tuple[tuple[tuple[int, ...], tuple[int, ...]], ...],
    zh: tuple[str, ...],
    en: tuple[str, ...],
) -> dict[tuple[str, str], tuple[tuple[str, ...], tuple[str, ...]]]:
    """For each sentence (language, text): the texts of its link's sentences on both sides."""
    found = {}
    for zh_side, en_side in links:
        texts = (tuple(zh[i] for i in zh_side), tuple(en[j] for j in en_side))
        for i in zh_side:
            found[("zh", zh[i])] = texts
        for j in en_side:
            found[("en", en[j])] = texts
    return found


def score(article: Article, align: Callable[[Passage], PassageAlignment]) -> Score:
    """The share of the gold set's sentences whose link the aligner gets exactly right."""
    result = Score()
    for gold in gold_passages():
        passage = article.passage(gold.id)
        alignment = align(passage)
        zh = tuple(span.of(passage.zh or "") for span in alignment.zh)
        en = tuple(span.of(passage.en or "") for span in alignment.en)
        predicted = _texts(tuple((link.zh, link.en) for link in alignment.links), zh, en)
        expected = _texts(gold.links, gold.zh, gold.en)
        for sentence, texts in expected.items():
            result.total += 1
            if predicted.get(sentence) == texts:
                result.right += 1
            else:
                lang, text = sentence
                result.wrong.append(f"{gold.id} {lang}: {text[:40]}")
    return result

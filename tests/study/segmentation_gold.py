"""The hand-made segmentation of the bundled article and its boundary score (not a test)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from wocdesk.model.script import is_ideograph

GOLD = Path(__file__).resolve().parents[1] / "data" / "segmentation-gold.txt"


@dataclass(frozen=True)
class GoldPassage:
    id: str
    text: str  # the passage without whitespace
    required: frozenset[int]  # boundaries every segmentation must have
    optional: frozenset[int]  # boundaries a segmentation may have


def gold_passages() -> list[GoldPassage]:
    passages = []
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        passage_id, words = line.split("\t")
        text, required, optional, at = "", set(), set(), 0
        for word in words.split():
            for n, part in enumerate(word.split("+")):
                if n:
                    optional.add(at)
                text += part
                at += len(part)
            required.add(at)
        passages.append(GoldPassage(passage_id, text, frozenset(required), frozenset(optional)))
    return passages


def _counted(text: str, offset: int) -> bool:
    """Only boundaries next to a Chinese character count (Latin and digits split by rule)."""
    if offset <= 0 or offset >= len(text):
        return False
    return is_ideograph(text[offset - 1]) or is_ideograph(text[offset])


def score(segment: Callable[[str], Sequence[str]]) -> tuple[float, float, float]:
    """Boundary precision, recall and F1 of ``segment`` (text → words) over the gold passages."""
    found = right = wanted = hit = 0
    for gold in gold_passages():
        predicted, at = set(), 0
        for word in segment(gold.text):
            at += len("".join(word.split()))
            predicted.add(at)
        predicted = {b for b in predicted if _counted(gold.text, b)}
        required = {b for b in gold.required if _counted(gold.text, b)}
        found += len(predicted)
        right += len(predicted & (required | gold.optional))
        wanted += len(required)
        hit += len(predicted & required)
    precision, recall = right / found, hit / wanted
    return precision, recall, 2 * precision * recall / (precision + recall)

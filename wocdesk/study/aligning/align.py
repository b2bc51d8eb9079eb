"""Sentence alignment of one passage: Gale–Church lengths, shared anchors, dictionary matches.

The aligner finds the cheapest way to cut both sides into beads (links) of consecutive
sentences, in order. A bead's cost is the sum of
- its prior: 1–1 is by far the most common, then 2–1 and 1–2, then 2–2, 1–0 and 0–1; larger
  beads are allowed but dear, so that only strong evidence forms them;
- Gale and Church's length cost: how unlikely the English length is given the Chinese one,
  with the expected ratio taken from the passage itself (both sides translate each other);
- anchors (:mod:`wocdesk.study.aligning.anchors`): a number or name that occurs as often on both
  sides of the passage pins the two sentences together: a bead that holds one occurrence without the
  other pays for it; the other shared anchors only reward beads that hold them;
- dictionary matches (:mod:`wocdesk.study.aligning.lexical`), when a dictionary is given: for
  every sentence of a bead, how much likelier its words' matches with the other side of the bead
  are if the two translate each other than by chance (a log likelihood ratio). A bead gains when
  its sentences explain each other and pays when one of them does not, so a sentence whose
  translation was left out stands alone (1–0 or 0–1, which has no dictionary term) rather than
  joining a neighbour it shares no words with.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wocdesk.study.aligning.lexical import WordMatches

Bead = tuple[tuple[int, ...], tuple[int, ...]]

MAX_BEAD = 4
VARIANCE = 12.0  # Gale–Church's s², per Chinese character, after normalising the ratio
PINNED = 3.0  # cost of each occurrence of a pinning anchor left outside its bead
SHARED = 1.0  # reward for each anchor occurrence matched inside a bead
COVERAGE = 1.0  # weight of the dictionary evidence (1: the log likelihood ratio as it is)
# Shares of a sentence's words that match its translation, and another sentence by chance:
# 0.57 and 0.10 on the bundled article's hand-made alignment; 0.6 and 0.15 leave a sentence
# without its translation alone more often (78% of such cases against 75%).
TRANSLATED = 0.6
CHANCE = 0.15


_KNOWN_BEADS = {
    (1, 1): 0.89,
    (1, 0): 0.005,
    (0, 1): 0.005,
    (2, 1): 0.0445,
    (1, 2): 0.0445,
    (2, 2): 0.011,
}


def prior(zh: int, en: int) -> float:
    """Minus the log probability of a bead of ``zh`` Chinese and ``en`` English sentences."""
    known = _KNOWN_BEADS.get((zh, en))
    if known is not None:
        return -math.log(known)
    if zh == 0 or en == 0:
        return math.inf
    return -math.log(0.0015) + 1.2 * (zh + en - 4)


def length_cost(zh_length: float, en_length: float, ratio: float) -> float:
    """Gale and Church's cost of a Chinese length against an English one (``ratio``: en/zh)."""
    if zh_length == 0 and en_length == 0:
        return 0.0
    normalised = en_length / ratio
    mean = (zh_length + normalised) / 2
    z = abs(zh_length - normalised) / math.sqrt(VARIANCE * mean)
    return _minus_log_two_tails(z)


def _minus_log_two_tails(z: float) -> float:
    """-log P(|Z| >= z) for a standard normal Z, without underflow for large z."""
    tail = math.erfc(z / math.sqrt(2))
    if tail > 1e-300:
        return -math.log(tail)
    return z * z / 2 + math.log(z * math.sqrt(math.pi / 2))


def align(
    zh_lengths: Sequence[int],
    en_lengths: Sequence[int],
    zh_anchors: Sequence[Counter[str]] = (),
    en_anchors: Sequence[Counter[str]] = (),
    words: WordMatches | None = None,
) -> list[Bead]:
    """The cheapest sequence of beads over the sentences of both sides, in order."""
    n, m = len(zh_lengths), len(en_lengths)
    if n == 0 or m == 0:
        return [((i,), ()) for i in range(n)] + [((), (j,)) for j in range(m)]
    ratio = max(sum(en_lengths), 1) / max(sum(zh_lengths), 1)
    scorer = _BeadScorer(zh_anchors or [Counter()] * n, en_anchors or [Counter()] * m, words)
    best = [[math.inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int]]] = [[(0, 0)] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    priors = [[prior(a, b) for b in range(MAX_BEAD + 1)] for a in range(MAX_BEAD + 1)]
    for i in range(n + 1):
        for j in range(m + 1):
            if i == j == 0:
                continue
            for a in range(min(i, MAX_BEAD) + 1):
                for b in range(min(j, MAX_BEAD) + 1):
                    if a == b == 0 or best[i - a][j - b] == math.inf:
                        continue
                    bead_prior = priors[a][b]
                    if bead_prior == math.inf:
                        continue
                    cost = (
                        best[i - a][j - b]
                        + bead_prior
                        + length_cost(sum(zh_lengths[i - a : i]), sum(en_lengths[j - b : j]), ratio)
                        + scorer.cost(range(i - a, i), range(j - b, j))
                    )
                    if cost < best[i][j]:
                        best[i][j] = cost
                        back[i][j] = (a, b)
    beads: list[Bead] = []
    i, j = n, m
    while i or j:
        a, b = back[i][j]
        beads.append((tuple(range(i - a, i)), tuple(range(j - b, j))))
        i, j = i - a, j - b
    beads.reverse()
    return beads


class _BeadScorer:
    """Anchor and dictionary evidence for a bead."""

    def __init__(
        self,
        zh_anchors: Sequence[Counter[str]],
        en_anchors: Sequence[Counter[str]],
        words: WordMatches | None,
    ) -> None:
        zh_total: Counter[str] = sum(zh_anchors, Counter())
        en_total: Counter[str] = sum(en_anchors, Counter())
        shared = set(zh_total) & set(en_total)
        self.pinning = {key for key in shared if zh_total[key] == en_total[key]}
        self.zh = [Counter({k: v for k, v in c.items() if k in shared}) for c in zh_anchors]
        self.en = [Counter({k: v for k, v in c.items() if k in shared}) for c in en_anchors]
        self.coverage = _Coverage(words) if words is not None else None

    def cost(self, zh: range, en: range) -> float:
        cost = 0.0
        if self.coverage is not None and zh and en:
            cost -= COVERAGE * self.coverage.evidence(zh, en)
        zh_anchors = [self.zh[i] for i in zh if self.zh[i]]
        en_anchors = [self.en[j] for j in en if self.en[j]]
        if not zh_anchors and not en_anchors:
            return cost
        zh_keys: Counter[str] = Counter()
        en_keys: Counter[str] = Counter()
        for anchors in zh_anchors:
            zh_keys.update(anchors)
        for anchors in en_anchors:
            en_keys.update(anchors)
        for key in zh_keys.keys() | en_keys.keys():
            inside = min(zh_keys[key], en_keys[key])
            cost -= SHARED * inside
            if key in self.pinning:
                cost += PINNED * (zh_keys[key] + en_keys[key] - 2 * inside)
        return cost


class _Coverage:
    """The dictionary evidence of beads, summed from each sentence's against the other side.

    A sentence's evidence against a range of the other side is kept: it recurs in many beads.
    """

    def __init__(self, words: WordMatches) -> None:
        self.zh = [_Sentence(masks) for masks in words.zh]
        self.en = [_Sentence(masks) for masks in words.en]

    def evidence(self, zh: range, en: range) -> float:
        """How much likelier the bead's words match as a translation's than by chance (log)."""
        total = 0.0
        for i in zh:
            total += self.zh[i].against(en)
        for j in en:
            total += self.en[j].against(zh)
        return total


class _Sentence:
    """The words of one sentence as the sentences of the other side they match."""

    def __init__(self, masks: Sequence[int]) -> None:
        self.total = len(masks)
        self.masks = Counter(mask for mask in masks if mask)
        self._known: dict[tuple[int, int], float] = {}

    def against(self, other: range) -> float:
        key = (other.start, other.stop)
        found = self._known.get(key)
        if found is None:
            wanted = ((1 << other.stop) - 1) ^ ((1 << other.start) - 1)
            matched = sum(count for mask, count in self.masks.items() if mask & wanted)
            found = self._known[key] = _log_odds(matched, self.total, len(other))
        return found


def _log_odds(found: int, total: int, others: int) -> float:
    """Log likelihood ratio of ``found`` matches out of ``total`` words: translation vs chance.

    A word matches a translation with probability ``TRANSLATED``, and any of ``others``
    unrelated sentences with ``1 - (1 - CHANCE) ** others``.
    """
    chance = 1 - (1 - CHANCE) ** others
    translated = max(TRANSLATED, chance)
    return found * math.log(translated / chance) + (total - found) * math.log(
        (1 - translated) / (1 - chance)
    )

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
- dictionary matches (:mod:`wocdesk.study.aligning.lexical`), when a dictionary is given: a bead
  gains the matches between its sentences beyond what their numbers of matches lead one to expect.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

Bead = tuple[tuple[int, ...], tuple[int, ...]]

MAX_BEAD = 4
VARIANCE = 12.0  # Gale–Church's s², per Chinese character, after normalising the ratio
PINNED = 3.0  # cost of each occurrence of a pinning anchor left outside its bead
SHARED = 1.0  # reward for each anchor occurrence matched inside a bead
LEXICAL = 1.0  # reward for each dictionary match beyond the expected, inside a bead


def prior(zh: int, en: int) -> float:
    """Minus the log probability of a bead of ``zh`` Chinese and ``en`` English sentences."""
    known = {
        (1, 1): 0.89,
        (1, 0): 0.005,
        (0, 1): 0.005,
        (2, 1): 0.0445,
        (1, 2): 0.0445,
        (2, 2): 0.011,
    }
    if (zh, en) in known:
        return -math.log(known[(zh, en)])
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
    matches: Sequence[Sequence[float]] | None = None,
) -> list[Bead]:
    """The cheapest sequence of beads over the sentences of both sides, in order."""
    n, m = len(zh_lengths), len(en_lengths)
    if n == 0 or m == 0:
        return [((i,), ()) for i in range(n)] + [((), (j,)) for j in range(m)]
    ratio = max(sum(en_lengths), 1) / max(sum(zh_lengths), 1)
    scorer = _BeadScorer(zh_anchors or [Counter()] * n, en_anchors or [Counter()] * m, matches)
    best = [[math.inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int]]] = [[(0, 0)] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            if i == j == 0:
                continue
            for a in range(min(i, MAX_BEAD) + 1):
                for b in range(min(j, MAX_BEAD) + 1):
                    if a == b == 0 or best[i - a][j - b] == math.inf:
                        continue
                    bead_prior = prior(a, b)
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
        matches: Sequence[Sequence[float]] | None,
    ) -> None:
        zh_total: Counter[str] = sum(zh_anchors, Counter())
        en_total: Counter[str] = sum(en_anchors, Counter())
        shared = set(zh_total) & set(en_total)
        self.pinning = {key for key in shared if zh_total[key] == en_total[key]}
        self.zh = [Counter({k: v for k, v in c.items() if k in shared}) for c in zh_anchors]
        self.en = [Counter({k: v for k, v in c.items() if k in shared}) for c in en_anchors]
        self.surplus = _surplus(matches) if matches else None

    def cost(self, zh: range, en: range) -> float:
        zh_keys: Counter[str] = Counter()
        en_keys: Counter[str] = Counter()
        for i in zh:
            zh_keys.update(self.zh[i])
        for j in en:
            en_keys.update(self.en[j])
        cost = 0.0
        for key in zh_keys.keys() | en_keys.keys():
            inside = min(zh_keys[key], en_keys[key])
            cost -= SHARED * inside
            if key in self.pinning:
                cost += PINNED * (zh_keys[key] + en_keys[key] - 2 * inside)
        if self.surplus is not None:
            cost -= LEXICAL * sum(self.surplus[i][j] for i in zh for j in en)
        return cost


def _surplus(matches: Sequence[Sequence[float]]) -> list[list[float]]:
    """Matches minus those expected from each sentence's total (as in a chi-square table)."""
    rows = [sum(row) for row in matches]
    columns = [sum(column) for column in zip(*matches, strict=True)]
    total = sum(rows)
    if total == 0:
        return [[0.0] * len(columns) for _ in rows]
    return [
        [matches[i][j] - rows[i] * columns[j] / total for j in range(len(columns))]
        for i in range(len(rows))
    ]

"""The aligner against the hand-made alignment of the whole bundled article."""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest

from tests.study.alignment_gold import gold_passages, score
from wocdesk.model.text import BiText
from wocdesk.study.alignment import AlignmentCache
from wocdesk.study.dictionary import load_dictionary
from wocdesk.study.sentences import split_sentences


@pytest.fixture(scope="module")
def aligner() -> AlignmentCache:
    return AlignmentCache(load_dictionary())


def test_the_gold_set_covers_every_passage_verbatim(article) -> None:  # type: ignore[no-untyped-def]
    passages = gold_passages()
    assert [g.id for g in passages] == [p.id for p in article.passages()]
    for gold in passages:
        passage = article.passage(gold.id)
        for lang, sentences in (("zh", gold.zh), ("en", gold.en)):
            text = passage.text.get(lang) or ""
            assert all(sentence in text for sentence in sentences)
            linked = sorted(i for link in gold.links for i in link[0 if lang == "zh" else 1])
            assert linked == list(range(len(sentences))), (gold.id, lang)


def test_the_splitter_finds_the_gold_sentences(article) -> None:  # type: ignore[no-untyped-def]
    for gold in gold_passages():
        passage = article.passage(gold.id)
        for lang, sentences in (("zh", gold.zh), ("en", gold.en)):
            text = passage.text.get(lang) or ""
            found = tuple(span.of(text) for span in split_sentences(text, lang)) if text else ()
            assert found == sentences, (gold.id, lang)


def test_accuracy_with_the_dictionary(article, aligner) -> None:  # type: ignore[no-untyped-def]
    result = score(article, aligner.passage)
    print(f"\nalignment with the dictionary: {result.right}/{result.total} = {result.share:.1%}")
    assert result.share >= 0.95, result.wrong


def test_accuracy_with_lengths_and_anchors_only(article) -> None:  # type: ignore[no-untyped-def]
    result = score(article, AlignmentCache().passage)
    print(f"\nalignment without the dictionary: {result.right}/{result.total} = {result.share:.1%}")
    print("\n".join(result.wrong))
    assert result.share >= 0.85


def test_two_passages_run_together_still_align(article, aligner) -> None:  # type: ignore[no-untyped-def]
    """A harder case the parameters were not chosen on: neighbouring passages as one text."""
    golds = [g for g in gold_passages() if g.en]
    right = total = 0
    for first, second in itertools.pairwise(golds):
        zh = " ".join(filter(None, (article.passage(first.id).zh, article.passage(second.id).zh)))
        en = " ".join(filter(None, (article.passage(first.id).en, article.passage(second.id).en)))
        merged = replace(article.passage(first.id), text=BiText(zh=zh, en=en))
        alignment = aligner.passage(merged)
        shift = (len(first.zh), len(first.en))
        expected = {tuple(map(tuple, link)) for link in first.links} | {
            (tuple(i + shift[0] for i in z), tuple(j + shift[1] for j in e))
            for z, e in second.links
        }
        found = {(link.zh, link.en) for link in alignment.links}
        for zh_side, en_side in expected:
            total += len(zh_side) + len(en_side)
            if (zh_side, en_side) in found:
                right += len(zh_side) + len(en_side)
    print(f"\nneighbouring passages run together: {right}/{total} = {right / total:.1%}")
    assert right / total >= 0.9

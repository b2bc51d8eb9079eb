"""The aligner against the hand-made alignment of the whole bundled article."""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest

from tests.study.alignment_gold import gold_passages, score
from wocdesk.model.text import BiText
from wocdesk.study.aligning.alignment import AlignmentCache, align_texts
from wocdesk.study.aligning.sentences import split_sentences
from wocdesk.study.dictionary import load_dictionary


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


def _without(gold, lang: str, k: int):  # type: ignore[no-untyped-def]
    """The gold passage with sentence ``k`` of ``lang`` left out, and the links expected then.

    A sentence whose counterpart is gone is expected alone (1–0 or 0–1).
    """
    expected = set()
    for zh_side, en_side in gold.links:
        kept = en_side if lang == "zh" else zh_side
        side = zh_side if lang == "zh" else en_side
        left = tuple(i - (i > k) for i in side if i != k)
        if not left and len(side) == 1:
            for i in kept:
                expected.add(((i,), ()) if lang == "en" else ((), (i,)))
            continue
        expected.add((left, kept) if lang == "zh" else (kept, left))
    return expected


def test_a_sentence_left_out_by_the_translator(aligner) -> None:  # type: ignore[no-untyped-def]
    """Every sentence left out in turn: the one without a counterpart should stand alone."""
    right = total = 0
    for gold in gold_passages():
        for lang, sentences in (("zh", gold.zh), ("en", gold.en)):
            if len(sentences) < 2 or not gold.en:
                continue
            for k in range(len(sentences)):
                kept = [s for i, s in enumerate(sentences) if i != k]
                zh = "".join(kept) if lang == "zh" else "".join(gold.zh)
                en = " ".join(kept) if lang == "en" else " ".join(gold.en)
                found = {
                    (link.zh, link.en)
                    for link in align_texts(zh, en, aligner.dictionary, gold.id).links
                }
                for zh_side, en_side in _without(gold, lang, k):
                    total += len(zh_side) + len(en_side)
                    right += (zh_side, en_side) in found and len(zh_side) + len(en_side)
    print(f"\na sentence left out: {right}/{total} = {right / total:.1%}")
    assert right / total >= 0.75  # 45.6% when the dictionary only rewarded matches


def test_a_sentence_without_its_translation_stands_alone(article, aligner) -> None:  # type: ignore[no-untyped-def]
    """A sentence of p-waves left out on either side: no neighbour takes its counterpart."""
    gold = next(g for g in gold_passages() if g.id == "p-waves")
    en = " ".join(s for j, s in enumerate(gold.en) if j != 1)
    links = align_texts("".join(gold.zh), en, aligner.dictionary, gold.id).links
    assert [(link.zh, link.en) for link in links] == [((0,), (0,)), ((1,), ()), ((2,), (1,))]
    zh = "".join(s for i, s in enumerate(gold.zh) if i != 0)
    links = align_texts(zh, " ".join(gold.en), aligner.dictionary, gold.id).links
    assert [(link.zh, link.en) for link in links] == [((), (0,)), ((0,), (1,)), ((1,), (2,))]

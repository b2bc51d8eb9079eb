"""CC-CEDICT: every reading of a headword kept, lookups, parts of unknown words, the credit."""

from __future__ import annotations

import threading

from wocdesk.study.credit import DICTIONARY_CREDIT, DICTIONARY_LICENCE_URL
from wocdesk.study.dictionary import (
    Dictionary,
    dictionary_if_loaded,
    load_dictionary,
    parse_entry,
)
from wocdesk.study.word_lookup import lookup

SAMPLE = [
    "# a comment",
    "#! date=2023-11-07T06:42:16Z",
    "行 行 [hang2] /row/line/profession/",
    "行 行 [xing2] /to walk/to go/",
    "金 金 [Jin1] /surname Jin/",
    "金 金 [jin1] /gold/money/",
    "鑰匙 钥匙 [yao4 shi5] /key/CL:把[ba3]/",
    "知識產權 知识产权 [zhi1 shi5 chan3 quan2] /intellectual property rights (law)/",
    "a broken line without brackets",
]


def test_every_entry_of_a_headword_is_kept() -> None:
    dictionary = Dictionary(SAMPLE, {"date": "2023-11-07T06:42:16Z"})
    assert [e.pinyin for e in dictionary.entries("行")] == ["háng", "xíng"]
    assert [e.pinyin for e in dictionary.entries("金")] == ["jīn", "Jīn"]  # names last
    assert dictionary.entries("鑰匙") == dictionary.entries("钥匙")
    assert dictionary.version == "2023-11-07"
    assert "a" not in dictionary and len(dictionary) == 4


def test_parse_entry() -> None:
    entry = parse_entry(
        "知識產權 知识产权 [zhi1 shi5 chan3 quan2] /intellectual property rights (law)/"
    )
    assert entry is not None
    assert (entry.traditional, entry.simplified) == ("知識產權", "知识产权")
    assert entry.senses == ("intellectual property rights (law)",)
    assert parse_entry("# comment") is None
    assert parse_entry("no brackets here") is None


def test_the_real_dictionary() -> None:
    dictionary = load_dictionary()
    assert len(dictionary) > 100_000
    assert dictionary_if_loaded() is dictionary
    result = lookup("知识产权", dictionary)
    assert any("intellectual property" in sense for e in result.entries for sense in e.senses)
    assert {e.pinyin for e in dictionary.entries("地")} >= {"de", "dì"}
    assert {e.pinyin for e in dictionary.entries("行")} >= {"háng", "xíng"}


def test_a_word_the_dictionary_lacks_is_shown_by_its_parts() -> None:
    result = lookup("金钥匙", load_dictionary())
    assert result.by_parts and result.found
    assert [part for part, _ in result.parts] == ["金", "钥匙"]
    assert result.readings == ("jīn yào shi",)
    assert any("key" in e.senses for e in result.parts[1][1])


def test_parts_keep_latin_runs_whole() -> None:
    dictionary = Dictionary(SAMPLE)
    assert dictionary.parts("WIPO金钥匙") == ("WIPO", "金", "钥匙")
    assert dictionary.parts("金X行") == ("金", "X", "行")


def test_nothing_known() -> None:
    result = lookup("OPPO", load_dictionary())
    assert not result.found and result.readings == ()
    assert not lookup("", Dictionary(SAMPLE)).found


def test_loading_from_two_threads_loads_once() -> None:
    found: list[Dictionary] = []
    threads = [threading.Thread(target=lambda: found.append(load_dictionary())) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len({id(d) for d in found}) == 1


def test_the_credit_names_the_licence() -> None:
    text = DICTIONARY_CREDIT.format(url=DICTIONARY_LICENCE_URL)
    assert "CC-CEDICT" in text and "ShareAlike 4.0" in text and "by-sa/4.0" in text


def test_senses_refer_to_words_as_a_learner_reads_them() -> None:
    from wocdesk.study.dictionary import readable_sense

    assert parse_entry("鑰匙 钥匙 [yao4 shi5] /key/CL:把[ba3]/").senses == (  # type: ignore[union-attr]
        "key",
        "classifier: 把 (bǎ)",
    )
    assert readable_sense("CL:個|个[ge4],本[ben3]") == "classifier: 个 (gè), 本 (běn)"
    assert readable_sense("see also 啃書|啃书[ken3 shu1]") == "see also 啃书 (kěn shū)"
    # a romanisation that is not a reference, and a sense with no reference, stay as they are
    quoted = "to cram (from Taiwanese 齧書, Tai-lo pr. [khè su], lit. to gnaw a book)"
    assert readable_sense(quoted) == quoted
    assert readable_sense("intellectual property rights (law)") == (
        "intellectual property rights (law)"
    )

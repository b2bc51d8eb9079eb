"""Exporting saved words: a real Anki package (a zip holding collection.anki2), and CSV."""

from __future__ import annotations

import csv
import datetime as dt
import json
import sqlite3
import warnings
import zipfile
from pathlib import Path

import pytest

from wocdesk.content.files import DestinationError
from wocdesk.library.study_data import VocabularyEntry
from wocdesk.model.text import BiText
from wocdesk.study.vocab.anki import DECK_ID, DECK_NAME, FIELDS, MODEL_ID, MODEL_NAME
from wocdesk.study.vocab.vocab_export import CSV_COLUMNS, export_vocabulary, write_csv
from wocdesk.study.vocab.vocabulary import VocabularyError, save_word


@pytest.fixture
def two_words(library, article, dictionary) -> list[VocabularyEntry]:  # type: ignore[no-untyped-def]
    passage = article.passage("p-government")
    at = article.passage("p-enterprise").zh.index("企业在带动")
    save_word(library, 1, "p-enterprise", "zh", at, dictionary=dictionary)
    at = passage.zh.index("一如既往地") + 4
    save_word(library, 1, "p-government", "zh", at, dictionary=dictionary)
    entries = library.vocabulary.entries()
    assert [e.word for e in entries] == ["企业", "地"]
    return entries  # type: ignore[no-any-return]


def _collection(package: Path, tmp_path: Path) -> sqlite3.Connection:
    """The package's ``collection.anki2``, unzipped and opened with sqlite3."""
    with zipfile.ZipFile(package) as archive:
        assert set(archive.namelist()) == {"collection.anki2", "media"}
        assert json.loads(archive.read("media")) == {}
        archive.extract("collection.anki2", tmp_path / "unzipped")
    return sqlite3.connect(tmp_path / "unzipped" / "collection.anki2")


def _notes(db: sqlite3.Connection) -> list[dict[str, str]]:
    rows = db.execute("SELECT mid, flds FROM notes ORDER BY id").fetchall()
    assert {mid for mid, _ in rows} == {MODEL_ID}
    return [dict(zip(FIELDS, fields.split("\x1f"), strict=True)) for _, fields in rows]


def test_two_saved_words_make_an_anki_package_with_both_notes(two_words, tmp_path) -> None:  # type: ignore[no-untyped-def]
    package = tmp_path / "words.apkg"
    assert export_vocabulary(two_words, package) == package
    db = _collection(package, tmp_path)
    enterprise, particle = _notes(db)
    assert enterprise["Word"] == "企业" and enterprise["Pinyin"] == "qǐ yè"
    assert "<li>company; firm; enterprise; corporation</li>" in enterprise["Senses"]
    assert enterprise["Sentence"] == "现在的创新很大程度上都是<b>企业</b>在带动。"
    assert enterprise["SentenceZh"] == enterprise["Sentence"]
    assert enterprise["SentenceEn"] == (
        "Much of the current innovation is largely driven by enterprises."
    )
    assert enterprise["Lang"] == "zh-Hans" and "p-enterprise" in enterprise["Source"]
    assert "前沿科技中国实践故事会" in enterprise["Source"]
    assert particle["Word"] == "地" and particle["Pinyin"] == "de"
    assert "一如既往<b>地</b>对企业" in particle["Sentence"]
    assert particle["Senses"].startswith("<ol><li>-ly</li>")
    cards = db.execute("SELECT did, ord FROM cards").fetchall()
    assert cards == [(DECK_ID, 0), (DECK_ID, 0)]
    models = json.loads(db.execute("SELECT models FROM col").fetchone()[0])
    model = models[str(MODEL_ID)]
    assert model["name"] == MODEL_NAME
    assert [field["name"] for field in model["flds"]] == list(FIELDS)
    (template,) = model["tmpls"]
    assert "{{Word}}" in template["qfmt"] and "{{Sentence}}" in template["qfmt"]
    for field in ("Pinyin", "Senses", "SentenceZh", "SentenceEn", "Source"):
        assert "{{" + field + "}}" in template["afmt"]
    assert "Noto Sans CJK SC" in model["css"]
    decks = json.loads(db.execute("SELECT decks FROM col").fetchone()[0])
    assert decks[str(DECK_ID)]["name"] == DECK_NAME
    db.close()


def test_ids_stay_the_same_from_one_export_to_the_next(two_words, tmp_path) -> None:  # type: ignore[no-untyped-def]
    def guids(name: str) -> list[str]:
        export_vocabulary(two_words, tmp_path / name)
        db = _collection(tmp_path / name, tmp_path / name.replace(".", "-"))
        found = [row[0] for row in db.execute("SELECT guid FROM notes ORDER BY id")]
        db.close()
        return found

    first, second = guids("a.apkg"), guids("b.apkg")
    assert first == second and len(set(first)) == 2


def test_text_is_escaped_and_english_words_are_marked_as_words(tmp_path) -> None:  # type: ignore[no-untyped-def]
    entry = VocabularyEntry(
        "AI",
        sentence=BiText(zh="人工智能<AI>。", en='AI & "said" <AI>, AIs.'),
        lang="en",
        passage_id="p-1",
        title=BiText(en="A <b>bold</b> title"),
        created=dt.datetime(2024, 2, 23, tzinfo=dt.UTC),
    )
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # genanki warns of unescaped HTML
        export_vocabulary([entry], tmp_path / "escaped.apkg")
    (note,) = _notes(_collection(tmp_path / "escaped.apkg", tmp_path))
    assert note["Sentence"] == "<b>AI</b> &amp; &quot;said&quot; &lt;<b>AI</b>&gt;, AIs."
    assert note["SentenceZh"] == "人工智能&lt;AI&gt;。"  # the other language is not marked
    assert note["Source"] == "A &lt;b&gt;bold&lt;/b&gt; title · p-1"
    assert note["Senses"] == "" and note["Lang"] == "en"


def test_csv_round_trips_through_the_csv_module(two_words, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = export_vocabulary(two_words, tmp_path / "words.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with a BOM, for Excel
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == list(CSV_COLUMNS)
    for row, entry in zip(rows, two_words, strict=True):
        senses = row["senses"].removeprefix("'")  # a cell a spreadsheet would take for a formula
        assert senses.split(" / ") == list(entry.senses)
        assert (row["word"], row["pinyin"], row["lang"]) == (entry.word, entry.pinyin, "zh")
        assert (row["sentence_zh"], row["sentence_en"]) == (entry.sentence.zh, entry.sentence.en)
        assert (row["article"], row["passage"]) == ("1", entry.passage_id)
        assert (row["title_zh"], row["title_en"]) == (entry.title.zh, entry.title.en)
        assert row["saved"] == entry.created.isoformat(timespec="seconds")
    assert rows[1]["senses"].startswith("'-ly / ")  # Excel would read -ly as a formula


def test_an_unknown_ending_and_bad_destinations_are_one_line(two_words, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(VocabularyError, match=r"words\.txt: give a file name ending in \.apkg"):
        export_vocabulary(two_words, tmp_path / "words.txt")
    folder = tmp_path / "folder.csv"
    folder.mkdir()
    with pytest.raises(DestinationError, match="is a folder"):
        write_csv(two_words, folder)
    with pytest.raises(DestinationError, match="does not exist"):
        export_vocabulary(two_words, tmp_path / "missing" / "words.apkg")


def test_a_failed_export_leaves_the_old_file_whole(two_words, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "words.apkg"
    export_vocabulary(two_words[:1], target)
    before = target.read_bytes()

    def full_disk(self, data):  # type: ignore[no-untyped-def]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "write_bytes", full_disk)
    with pytest.raises(DestinationError, match="No space left on device"):
        export_vocabulary(two_words, target)
    assert target.read_bytes() == before
    assert [p.name for p in target.parent.iterdir()] == ["words.apkg"]  # no part left

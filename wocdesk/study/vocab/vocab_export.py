"""Exporting saved words: an Anki package (``.apkg``) or a spreadsheet's CSV, written atomically.

CSV is UTF-8 with a byte-order mark (Excel reads UTF-8 only with one; LibreOffice, Numbers,
Google Sheets and Python's ``utf-8-sig`` drop it), one header row of fixed column names, CRLF
line ends. A cell that a spreadsheet would take for a formula (it starts with = + - @, a tab
or a carriage return: ``-ly`` is one of CC-CEDICT's senses) is written with a ``'`` before it.
"""

from __future__ import annotations

import csv
import html
from collections.abc import Sequence
from pathlib import Path

from wocdesk.i18n import _
from wocdesk.library.study_data import VocabularyEntry
from wocdesk.model.text import Lang
from wocdesk.study.vocab.vocabulary import VocabularyError, occurrences

FORMATS = (".apkg", ".csv")
CSV_COLUMNS = (
    "word",
    "pinyin",
    "senses",
    "sentence_zh",
    "sentence_en",
    "lang",
    "title_zh",
    "title_en",
    "article",
    "passage",
    "saved",
)
SENSE_SEPARATOR = " / "  # CC-CEDICT's own
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def export_vocabulary(entries: Sequence[VocabularyEntry], path: str | Path) -> Path:
    """Write ``entries`` to ``path``, an Anki package or a CSV file by its ending; return it.

    The file is replaced in one step (never half-written); a destination that cannot be
    written or an unknown ending is one :class:`~wocdesk.errors.WocdeskError` line.
    """
    suffix = Path(path).suffix.lower()
    if suffix == ".apkg":
        from wocdesk.study.vocab.anki import write_apkg

        return write_apkg(entries, path)
    if suffix == ".csv":
        return write_csv(entries, path)
    raise VocabularyError(
        _("{file}: give a file name ending in .apkg (an Anki package) or .csv").format(file=path)
    )


def csv_rows(entries: Sequence[VocabularyEntry]) -> list[list[str]]:
    """The CSV's rows, the header first, as written (formula-like cells guarded)."""
    rows = [list(CSV_COLUMNS)]
    for entry in entries:
        cells = [
            entry.word,
            entry.pinyin,
            SENSE_SEPARATOR.join(entry.senses),
            entry.sentence.zh or "",
            entry.sentence.en or "",
            entry.lang or "",
            entry.title.zh or "",
            entry.title.en or "",
            str(entry.article_id) if entry.article_id is not None else "",
            entry.passage_id or "",
            entry.created.isoformat(timespec="seconds") if entry.created else "",
        ]
        rows.append([guard_cell(cell) for cell in cells])
    return rows


def guard_cell(cell: str) -> str:
    """``cell`` with a ``'`` before it when a spreadsheet would read it as a formula."""
    return f"'{cell}" if cell.startswith(_FORMULA_START) else cell


def write_csv(entries: Sequence[VocabularyEntry], path: str | Path) -> Path:
    """Write ``entries`` as CSV (UTF-8 with a byte-order mark) to ``path``; return the file."""
    from wocdesk.content.files import write_atomically

    rows = csv_rows(entries)

    def write(part: Path) -> None:
        with open(part, "w", encoding="utf-8-sig", newline="") as handle:
            csv.writer(handle).writerows(rows)

    return write_atomically(path, write)


# -- what a card shows (shared with the Anki package) -----------------------------------------
def marked_sentence(entry: VocabularyEntry, lang: Lang) -> str:
    """The sentence of ``lang`` as HTML, the word in bold where it stands in its own language."""
    text = entry.sentence.get(lang)
    if not text:
        return ""
    spans = occurrences(text, entry.word, lang) if lang == entry.lang else ()
    pieces, end = [], 0
    for span in spans:
        pieces += [html.escape(text[end : span.start]), "<b>", html.escape(span.of(text)), "</b>"]
        end = span.end
    pieces.append(html.escape(text[end:]))
    return "".join(pieces)


def source_label(entry: VocabularyEntry) -> str:
    """Where the word was saved: the article's titles and the passage (``Title · p-event``)."""
    titles = [" ".join(t.split()) for t in (entry.title.zh, entry.title.en) if t and t.strip()]
    parts = [" / ".join(dict.fromkeys(titles))] if titles else []
    if entry.passage_id:
        parts.append(entry.passage_id)
    return " · ".join(parts)

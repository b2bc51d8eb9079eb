"""What the lookup popup says about a word, as escaped rich text: headword, pinyin, senses."""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import TYPE_CHECKING

from wocdesk.i18n import _

if TYPE_CHECKING:
    from wocdesk.study.dictionary import Entry
    from wocdesk.study.word_lookup import LookupResult

FIRST_SENSES = 4  # senses shown before "More"


@dataclass(frozen=True)
class Sense:
    """One line of the popup: a sense, with the reading it belongs to when it is another one."""

    text: str
    reading: str = ""  # another reading of the word ([dì] earth)
    part: str = ""  # the part of a word shown by its parts (钥匙 yào shi)


def senses_in_context(result: LookupResult, reading: str) -> list[Sense]:
    """The senses of ``result``, those of the entries read as ``reading`` first."""
    if not result.entries:
        return [
            Sense("; ".join(entries[0].senses), part=f"{part} {entries[0].pinyin}")
            for part, entries in result.parts
            if entries
        ]
    wanted = _toneless(reading)
    matching = [e for e in result.entries if _toneless(e.pinyin) == wanted] or [result.entries[0]]
    senses = [Sense(sense) for entry in matching for sense in entry.senses]
    senses += [
        Sense(sense, reading=entry.pinyin)
        for entry in result.entries
        if entry not in matching
        for sense in entry.senses
    ]
    seen: set[tuple[str, str]] = set()
    unique = []
    for sense in senses:
        if (sense.text, sense.reading) not in seen:
            seen.add((sense.text, sense.reading))
            unique.append(sense)
    return unique


def _toneless(pinyin: str) -> str:
    from wocdesk.study.tones import plain_syllable

    return "".join(plain_syllable(pinyin).lower().split())


def traditional_of(result: LookupResult) -> str:
    """The word's traditional form when it differs (知識產權), else ""."""
    for entry in result.entries:
        if entry.traditional != entry.simplified:
            return entry.traditional
    return ""


def senses_markup(senses: list[Sense], expanded: bool) -> str:
    """The senses as a numbered list (the first few unless ``expanded``)."""
    shown = senses if expanded else senses[:FIRST_SENSES]
    rows = []
    for number, sense in enumerate(shown, 1):
        text = html.escape(sense.text)
        if sense.part:
            head = html.escape(sense.part)
            rows.append(f"<tr><td width='1%'><b>{head}</b>&nbsp;</td><td>{text}</td></tr>")
            continue
        if sense.reading:
            text = f"<i>[{html.escape(sense.reading)}]</i> {text}"
        rows.append(f"<tr><td width='1%' align='right'>{number}.&nbsp;</td><td>{text}</td></tr>")
    return "<table width='100%' cellspacing='0' cellpadding='1'>" + "".join(rows) + "</table>"


def by_parts_note(result: LookupResult) -> str:
    """The line before a word shown by its parts: ``Not in the dictionary: 金 + 钥匙``."""
    parts = " + ".join(part for part, _entries in result.parts)
    return _("Not in the dictionary; by its parts: {parts}").format(parts=parts)


def first_entry(result: LookupResult) -> Entry | None:
    """The first entry of the word (or of its first known part)."""
    if result.entries:
        return result.entries[0]
    return next((entries[0] for _part, entries in result.parts if entries), None)

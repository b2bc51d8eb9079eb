"""``wocdesk library``: add files to the library, list it, search it, remove an article."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from wocdesk.errors import WocdeskError

if TYPE_CHECKING:
    from wocdesk.library.models import AddOutcome
    from wocdesk.library.search import Snippet
    from wocdesk.library.store import Library
    from wocdesk.model.text import BiText, Lang

NAME = "library"
MARKS = {False: ("«", "»"), True: ("\x1b[1;4m", "\x1b[0m")}  # plain output, a terminal


def add_parser(subparsers: Any) -> None:
    """Declare ``wocdesk library`` and its actions."""
    from wocdesk.cli.parser import OneLineParser

    parser = subparsers.add_parser(
        NAME,
        help="keep articles in the library: add, list, search, remove",
        description="The library keeps every article you import in one database in your data "
        "folder, searchable in both languages. Open one with --article ID.",
    )
    actions = parser.add_subparsers(
        dest="library_action", metavar="ACTION", parser_class=OneLineParser, required=True
    )
    add = actions.add_parser(
        "add",
        help="import files: raw bilingual text, article TOML, Word .docx, saved web pages",
        description="Import each file into the library and say, one line per file, what it "
        "holds. A file already imported (the same content) is not added again unless "
        "--replace or --keep-both says what to do.",
    )
    add.add_argument("files", nargs="+", metavar="FILE")
    twice = add.add_mutually_exclusive_group()
    twice.add_argument(
        "--replace",
        action="store_true",
        help="a file already in the library replaces it (same id, place kept)",
    )
    twice.add_argument(
        "--keep-both", action="store_true", help="a file already in the library is added again"
    )
    listing = actions.add_parser(
        "list", help="one line per article: id, title, passages", description="List the library."
    )
    listing.add_argument(
        "--lang", metavar="LANG", help="titles in zh or en (default: the system's)"
    )
    search = actions.add_parser(
        "search",
        help="find passages in both languages",
        description="Find passages whose Chinese or English holds every word of QUERY (Chinese "
        "matches anywhere, as in find; English by whole words, the last one also as a word's "
        'start; "quotes" for a phrase). One line per hit: article id, passage id, snippet.',
    )
    search.add_argument("query", metavar="QUERY")
    search.add_argument(
        "--limit", type=int, default=20, metavar="N", help="at most N hits (default 20)"
    )
    search.add_argument("--article", metavar="ID", help="only in this article")
    remove = actions.add_parser(
        "remove",
        help="remove articles (not the bundled one)",
        description="Remove articles from the library, with their reading place and notes.",
    )
    remove.add_argument("ids", nargs="+", metavar="ID")


def run(args: argparse.Namespace) -> int:
    """Run the library action asked for."""
    from wocdesk.library.store import Library

    with Library.open() as library:
        for notice in library.notices:
            sys.stderr.write(f"wocdesk: {notice}\n")
        action = {"add": _add, "list": _list, "search": _search, "remove": _remove}
        return action[args.library_action](library, args)


def _title(title: BiText, lang: Lang) -> str:
    return " ".join(title.best(lang).split())


def _lang(args: argparse.Namespace) -> Lang:
    from wocdesk.i18n import system_language
    from wocdesk.model.text import parse_lang

    value = getattr(args, "lang", None)
    if value is None:
        return system_language()
    try:
        return parse_lang(value)
    except ValueError as exc:
        raise WocdeskError(f"--lang: {exc}") from None


def _add(library: Library, args: argparse.Namespace) -> int:
    from wocdesk.library.errors import SourceError
    from wocdesk.library.models import Duplicate
    from wocdesk.library.sources import read_source

    duplicate = (
        Duplicate.REPLACE
        if args.replace
        else Duplicate.KEEP_BOTH
        if args.keep_both
        else Duplicate.ASK
    )
    lang = _lang(args)
    failed = 0
    for name in args.files:
        try:
            imported = read_source(name)
        except SourceError as exc:
            sys.stderr.write(f"wocdesk: {exc}\n")
            failed += 1
            continue
        outcome = library.add(imported, duplicate)
        sys.stdout.write(_outcome_line(name, outcome, library, lang) + "\n")
        sys.stdout.flush()
    return 2 if failed else 0


def _outcome_line(name: str, outcome: AddOutcome, library: Library, lang: Lang) -> str:
    from wocdesk.i18n import _

    report = outcome.report.summary()
    if outcome.status == "duplicate":
        twin = outcome.duplicates[-1]
        return _(
            "{file}: already in the library as {id} ({title}), the same file; nothing added "
            "(--replace replaces it, --keep-both adds it again)"
        ).format(file=name, id=twin.id, title=_title(twin.title, lang))
    assert outcome.article_id is not None
    title = _title(library.summary(outcome.article_id).title, lang)
    if outcome.status == "replaced":
        return _("{file}: replaced {id} ({title}): {report}").format(
            file=name, id=outcome.article_id, title=title, report=report
        )
    return _("{file}: added as {id} ({title}): {report}").format(
        file=name, id=outcome.article_id, title=title, report=report
    )


def _list(library: Library, args: argparse.Namespace) -> int:
    lang = _lang(args)
    for summary in library.list_articles():
        sys.stdout.write(f"{summary.id}\t{_title(summary.title, lang)}\t{summary.passages}\n")
    return 0


def _search(library: Library, args: argparse.Namespace) -> int:
    from wocdesk.i18n import _
    from wocdesk.library.resolve import library_id
    from wocdesk.library.search import parse_query

    if args.limit < 1:
        raise WocdeskError(
            _("--limit: give a number of hits of 1 or more, not {n}").format(n=args.limit)
        )
    article = None
    if args.article is not None:
        article = library_id(args.article)
        if article is None:
            raise WocdeskError(
                _("--article: {value!r} is not a library id").format(value=args.article)
            )
        library.summary(article)
    if parse_query(args.query).is_empty:
        raise WocdeskError(
            _("{query!r}: nothing to search for (give a word)").format(query=args.query)
        )
    hits = library.search(args.query, args.limit, article)
    marks = MARKS[sys.stdout.isatty()]
    for hit in hits:
        lang = _snippet_lang(args.query, hit.languages)
        snippet = _marked(hit.snippets[lang], marks) if lang else ""
        sys.stdout.write(f"{hit.article_id}\t{hit.passage_id}\t{snippet}\n")
    if not hits:
        message = _("no passage matches {query!r}").format(query=args.query)
        sys.stderr.write(f"wocdesk: {message}\n")
    return 0


def _snippet_lang(query: str, languages: tuple[Lang, ...]) -> Lang | None:
    """The language to show: the query's own script when it matched there."""
    from wocdesk.model.script import text_language

    preferred = text_language(query)
    if preferred in languages:
        return preferred
    return languages[0] if languages else None


def _marked(snippet: Snippet, marks: tuple[str, str]) -> str:
    text = snippet.text
    pieces = []
    end = 0
    for start, stop in snippet.spans:
        pieces += [text[end:start], marks[0], text[start:stop], marks[1]]
        end = stop
    pieces.append(text[end:])
    return " ".join("".join(pieces).split())


def _remove(library: Library, args: argparse.Namespace) -> int:
    from wocdesk.i18n import _
    from wocdesk.library.resolve import library_id

    lang = _lang(args)
    numbers = []
    for value in args.ids:
        number = library_id(value)
        if number is None:
            raise WocdeskError(_("{value!r}: not a library id (a number)").format(value=value))
        numbers.append(number)
    for number in numbers:
        removed = library.remove(number)
        sys.stdout.write(
            _("removed {id} ({title})").format(id=number, title=_title(removed.title, lang)) + "\n"
        )
    return 0

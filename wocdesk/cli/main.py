"""Entry point of the ``wocdesk`` command: parse, dispatch, and turn failures into one line."""

from __future__ import annotations

import argparse
import gc
import importlib
import sys
import warnings
from collections.abc import Sequence
from types import ModuleType

from wocdesk import __version__
from wocdesk.cli.parser import OneLineParser
from wocdesk.errors import WocdeskError, one_line

# Each command module defines NAME, add_parser(subparsers) and run(args) -> int, and imports
# nothing heavy at module level (no Qt, no python-pptx) so that every command starts fast.
# Only the module of the command asked for is imported (none for the window, all for --help).
COMMAND_MODULES = {
    "text": "wocdesk.cli.commands.text_command",
    "import": "wocdesk.cli.commands.import_command",
    "export": "wocdesk.cli.commands.export_command",
    "present": "wocdesk.cli.commands.present_command",
    "library": "wocdesk.cli.commands.library_command",
    "outline": "wocdesk.cli.commands.outline_command",
    "lookup": "wocdesk.cli.commands.lookup_command",
    "align": "wocdesk.cli.commands.align_command",
    "vocab": "wocdesk.cli.commands.vocab_command",
    "desktop-entry": "wocdesk.cli.commands.desktop_command",
    "print": "wocdesk.cli.commands.print_command",
}
WINDOW_MODULE = "wocdesk.cli.commands.window_command"
# Commands that, run as a process, go without Python's cyclic garbage collector: measured, it
# frees nothing there (the same peak memory for a 1,500-slide deck) and takes a third of the
# time of a long export, and a twentieth of a short one.
WITHOUT_CYCLE_COLLECTOR = frozenset({"export"})
# The window, run as a process, starts without it too: what its start-up allocates (modules,
# classes, widgets) lives on, and the collector only walked it, again and again (9 ms of its
# start). The window turns it on once it runs, the start-up frozen out of its walks
# (wocdesk.ui.app.startup.collect_garbage_from_now).


def chosen_command(argv: Sequence[str]) -> str | None:
    """The command named in ``argv`` (``None`` for the window), skipping top-level options."""
    from wocdesk.cli.commands.window_command import VALUE_OPTIONS

    tokens = iter(argv)
    for token in tokens:
        if token in VALUE_OPTIONS:
            next(tokens, None)
        elif not token.startswith("-"):
            return token
    return None


def build_parser(command: str | None = None) -> tuple[OneLineParser, dict[str, ModuleType]]:
    """The parser of ``wocdesk`` with ``command`` (or every command), and their modules."""
    parser, modules, _commands = _build(command)
    return parser, modules


def _build(
    command: str | None, commands: bool = True
) -> tuple[OneLineParser, dict[str, ModuleType], dict[str, argparse.ArgumentParser]]:
    """The parser with ``command`` (or every command; none when not ``commands``)."""
    from wocdesk.i18n import _

    parser = OneLineParser(
        prog="wocdesk",
        description=_(
            "A study and briefing desk for bilingual Chinese–English texts: read them side by "
            "side, keep them in a library, study with pinyin and a dictionary, brief from them "
            "with PowerPoint decks. It ships with the WIPO Office in China's report on "
            "“Frontier Technology China’s Practice” (Beijing, 23 February 2024). With no "
            "command, opens the reader window."
        ),
    )
    parser.add_argument("--version", action="version", version=f"wocdesk {__version__}")
    parser.add_argument(
        "--debug", action="store_true", help=_("show the full traceback of an internal failure")
    )
    window = importlib.import_module(WINDOW_MODULE)
    window.add_arguments(parser)
    subparsers = parser.add_subparsers(
        dest="command", metavar="COMMAND", parser_class=OneLineParser
    )
    modules: dict[str, ModuleType] = {}
    everything = list(COMMAND_MODULES) if commands else []
    wanted = [command] if command in COMMAND_MODULES else everything
    for name in wanted:
        module = importlib.import_module(COMMAND_MODULES[name])
        module.add_parser(subparsers)
        modules[module.NAME] = module
    modules[""] = window
    return parser, modules, dict(subparsers.choices)


def parse(arguments: list[str]) -> tuple[argparse.Namespace, dict[str, ModuleType]]:
    """Parse ``arguments``; an unknown option is reported by the command it was given to."""
    from wocdesk.i18n import _

    command = chosen_command(arguments)
    # The window (no command named) needs no command's parser, unless help lists them all.
    parser, modules, commands = _build(command, command is not None or _asks_for_help(arguments))
    args, extra = parser.parse_known_args(arguments)
    if extra:
        owner: argparse.ArgumentParser = parser
        if args.command and args.command in arguments:
            after = arguments[arguments.index(args.command) + 1 :]
            if extra[0] in after:
                owner = commands.get(args.command, parser)
        owner.error(_("unrecognized arguments: {0}").format(" ".join(extra)))
    return args, modules


def _asks_for_help(arguments: Sequence[str]) -> bool:
    """True when ``arguments`` hold ``-h`` or ``--help`` (or an abbreviation argparse takes)."""
    return any(
        token == "-h" or (len(token) > 2 and "--help".startswith(token)) for token in arguments
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``wocdesk`` with ``argv`` (default: the process arguments); return the exit code.

    Run as the process (no ``argv``), the process ends when this returns: everything still
    alive is then freed by the exit, so the objects are frozen out of Python's final garbage
    collections, which would only walk them (a tenth of a short command's time).
    """
    try:
        return _run(argv)
    finally:
        if argv is None:
            gc.freeze()


def _run(argv: Sequence[str] | None) -> int:
    _ensure_unicode_output()
    arguments = list(sys.argv[1:] if argv is None else argv)
    arguments = _files_as_article(arguments)  # ``wocdesk FILE`` from a launcher's %F
    _follow_interface_language(arguments)
    from wocdesk.content.destination import install_signal_cleanup

    install_signal_cleanup()
    args, modules = parse(arguments)
    if argv is None and (args.command in WITHOUT_CYCLE_COLLECTOR or not args.command):
        gc.disable()
    module = modules[args.command or ""]
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.showwarning = _show_warning
        try:
            return int(module.run(args))
        except WocdeskError as exc:
            if args.debug:
                raise
            hint = exc.command_hint
            space = "" if hint.startswith("（") else " "  # a full-width bracket brings its own
            _say(f"wocdesk: {exc}{space}{hint}".rstrip())
            return exc.exit_code
        except KeyboardInterrupt:
            return 130
        except BrokenPipeError:
            _silence_broken_pipe()
            return 0
        except Exception as exc:
            if args.debug:
                raise
            from wocdesk.i18n import _

            message = _(
                "wocdesk: internal error: {kind}: {message} (run with --debug for the details)"
            )
            _say(message.format(kind=type(exc).__name__, message=exc))
            return 1


def _files_as_article(arguments: list[str]) -> list[str]:
    from wocdesk.cli.commands.window_command import VALUE_OPTIONS
    from wocdesk.desktop.launch import files_as_article

    return files_as_article(arguments, COMMAND_MODULES, VALUE_OPTIONS)


def _say(line: str) -> None:
    """Write one line to standard error (escaped and shortened so it stays one line)."""
    if sys.stderr is not None:
        sys.stderr.write(one_line(line) + "\n")


def _follow_interface_language(arguments: list[str]) -> None:
    """Messages follow ``--ui-lang`` when given, else the system's language."""
    from wocdesk.i18n import set_interface_language

    wanted = None
    for index, token in enumerate(arguments):
        if token == "--ui-lang" and index + 1 < len(arguments):
            wanted = arguments[index + 1]
        elif token.startswith("--ui-lang="):
            wanted = token.partition("=")[2]
    try:
        set_interface_language(None if wanted in (None, "system") else wanted)
    except ValueError:  # reported by the option's own check
        set_interface_language(None)


def _show_warning(
    message: Warning | str, category: type[Warning], *_args: object, **_kwargs: object
) -> None:
    from wocdesk.i18n import _

    _say(_("wocdesk: warning: {message}").format(message=message))


def _ensure_unicode_output() -> None:
    """Make stdout and stderr able to print Chinese even under a non-UTF-8 locale."""
    for stream in (sys.stdout, sys.stderr):
        if stream is None:
            continue
        encoding = getattr(stream, "encoding", None) or "ascii"
        try:
            "中".encode(encoding)
        except (UnicodeEncodeError, LookupError):
            reconfigure = getattr(stream, "reconfigure", None)
            if reconfigure is not None:
                reconfigure(encoding="utf-8")


def _silence_broken_pipe() -> None:
    """After the reader of a pipe went away, stop Python complaining at exit."""
    from wocdesk.cli.output import discard_stdout

    discard_stdout()

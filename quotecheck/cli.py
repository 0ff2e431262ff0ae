"""The command line: argument parsing and wiring only, no logic."""

from __future__ import annotations

import argparse
import codecs
import sys
from typing import Iterator, Sequence

from quotecheck import __version__
from quotecheck.attribution import SIEVE_NAMES, Attributed, attribute
from quotecheck.document import Document, ReadError
from quotecheck.extract import extract
from quotecheck.readers import read_inputs
from quotecheck.report.quotes import write_json, write_jsonl, write_table
from quotecheck.roster import Roster, RosterError, load_roster

WRITERS = {"table": write_table, "json": write_json, "jsonl": write_jsonl}
EXIT_INPUT_ERROR = 2


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every subcommand."""
    parser = argparse.ArgumentParser(prog="quotecheck", description="Find and check quotations in news articles.")
    parser.add_argument("--version", action="version", version=f"quotecheck {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    extract_command = commands.add_parser("extract", help="list the quotations of articles")
    extract_command.add_argument("paths", nargs="+", metavar="PATH", help="files, directories, or - for stdin")
    extract_command.add_argument("--format", choices=sorted(WRITERS), default="table")
    extract_command.add_argument("--encoding", default="utf-8", help="text encoding of the inputs (default utf-8)")
    extract_command.add_argument("--errors", choices=("strict", "replace", "ignore"), default="strict",
                                 help="what to do with bytes the encoding cannot decode (default strict)")
    extract_command.add_argument("--stdin-format", choices=("txt", "md", "html", "jsonl"), default="txt",
                                 help="how to read standard input (default txt)")
    extract_command.add_argument("--headlines", action="store_true",
                                 help="also list quotes inside a headline that repeats the document title")
    extract_command.add_argument("--double-apostrophes", action="store_true",
                                 help="read two apostrophes ('') as a double quotation mark")
    extract_command.add_argument("--roster", metavar="FILE", help="a TOML file of known people and their names")
    extract_command.add_argument("--sieves", type=sieve_list, default=SIEVE_NAMES, metavar="NAMES",
                                 help="comma-separated attribution sieves to run, in their fixed order "
                                      f"(default all: {','.join(SIEVE_NAMES)}; 'none' for none)")
    return parser


def sieve_list(value: str) -> tuple[str, ...]:
    """The sieve names of a ``--sieves`` value, checked."""
    names = tuple(name.strip() for name in value.split(",") if name.strip() and name.strip() != "none")
    unknown = [name for name in names if name not in SIEVE_NAMES]
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown sieve {unknown[0]!r}; choose from {', '.join(SIEVE_NAMES)}")
    return names


def extractions(documents: Iterator[Document | ReadError], errors: list[ReadError], *,
                sieves: tuple[str, ...], roster: Roster, **options) -> Iterator[Attributed]:
    """Extract and attribute each document in turn; unreadable inputs are set aside."""
    for item in documents:
        if isinstance(item, ReadError):
            errors.append(item)
            print(f"quotecheck: {item}", file=sys.stderr)
        else:
            yield attribute(extract(item, **options), sieves=sieves, roster=roster)


def run_extract(arguments: argparse.Namespace) -> int:
    """The ``extract`` subcommand."""
    try:
        codecs.lookup(arguments.encoding)
    except LookupError:
        print(f"quotecheck: unknown encoding: {arguments.encoding}", file=sys.stderr)
        return EXIT_INPUT_ERROR
    try:
        roster = load_roster(arguments.roster) if arguments.roster else Roster(())
    except RosterError as problem:
        print(f"quotecheck: {problem}", file=sys.stderr)
        return EXIT_INPUT_ERROR
    errors: list[ReadError] = []
    documents = read_inputs(arguments.paths, encoding=arguments.encoding, errors=arguments.errors,
                            stdin_format=arguments.stdin_format)
    results = extractions(documents, errors, headlines=arguments.headlines,
                          double_apostrophes=arguments.double_apostrophes, sieves=arguments.sieves, roster=roster)
    WRITERS[arguments.format](results, sys.stdout)
    return EXIT_INPUT_ERROR if errors else 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit code."""
    parser = build_parser()
    try:
        arguments = parser.parse_args(argv)
    except SystemExit as exit_request:
        return int(exit_request.code or 0)
    try:
        return run_extract(arguments)
    except BrokenPipeError:
        return 0

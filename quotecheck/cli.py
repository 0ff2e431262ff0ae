"""The command line: argument parsing and wiring only, no logic."""

from __future__ import annotations

import argparse
import codecs
import sys
from typing import Iterator, Sequence

from quotecheck import __version__
from quotecheck.document import Document, ReadError
from quotecheck.extract import Extraction, extract
from quotecheck.readers import read_inputs
from quotecheck.report.quotes import write_json, write_jsonl, write_table

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
    return parser


def extractions(documents: Iterator[Document | ReadError], errors: list[ReadError], **options) -> Iterator[Extraction]:
    """Extract each document in turn; unreadable inputs are set aside."""
    for item in documents:
        if isinstance(item, ReadError):
            errors.append(item)
            print(f"quotecheck: {item}", file=sys.stderr)
        else:
            yield extract(item, **options)


def run_extract(arguments: argparse.Namespace) -> int:
    """The ``extract`` subcommand."""
    try:
        codecs.lookup(arguments.encoding)
    except LookupError:
        print(f"quotecheck: unknown encoding: {arguments.encoding}", file=sys.stderr)
        return EXIT_INPUT_ERROR
    errors: list[ReadError] = []
    documents = read_inputs(arguments.paths, encoding=arguments.encoding, errors=arguments.errors,
                            stdin_format=arguments.stdin_format)
    results = extractions(documents, errors, headlines=arguments.headlines,
                          double_apostrophes=arguments.double_apostrophes)
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

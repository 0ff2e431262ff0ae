"""The command line: argument parsing and wiring only, no logic.

The stages are imported inside the commands that use them, so that
``quotecheck --version`` and ``--help`` start at once.
"""

from __future__ import annotations

import argparse
import codecs
import json
import sys
from typing import Sequence

from quotecheck import __version__

FORMATS = ("json", "jsonl", "table")
#: Sieve names, repeated here so that building the parser imports no stage; a test keeps them in step.
SIEVES = ("adjacent", "pronoun", "continuation", "lead-in", "interview", "anonymous")
EXIT_INPUT_ERROR = 2


def sieve_list(value: str) -> tuple[str, ...]:
    """The sieve names of a ``--sieves`` value, checked."""
    names = tuple(name.strip() for name in value.split(",") if name.strip() and name.strip() != "none")
    unknown = [name for name in names if name not in SIEVES]
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown sieve {unknown[0]!r}; choose from {', '.join(SIEVES)}")
    return names


def job_count(value: str) -> int:
    """A ``--jobs`` value: a whole number of processes, at least one."""
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"--jobs takes a whole number of processes, 1 or more, not {value!r}")
    return int(value)


def add_reading_options(command: argparse.ArgumentParser) -> None:
    """The options that say how articles are read and attributed."""
    command.add_argument("--encoding", default="utf-8", help="text encoding of the inputs (default utf-8)")
    command.add_argument("--errors", choices=("strict", "replace", "ignore"), default="strict",
                         help="what to do with bytes the encoding cannot decode (default strict)")
    command.add_argument("--headlines", action="store_true",
                         help="also list quotes inside a headline that repeats the document title")
    command.add_argument("--double-apostrophes", action="store_true",
                         help="read two apostrophes ('') as a double quotation mark")
    command.add_argument("--roster", metavar="FILE", help="a TOML file of known people and their names")
    command.add_argument("--sieves", type=sieve_list, default=SIEVES, metavar="NAMES",
                         help="comma-separated attribution sieves to run, in their fixed order "
                              f"(default all: {','.join(SIEVES)}; 'none' for none)")
    command.add_argument("--jobs", type=job_count, default=1, metavar="N",
                         help="worker processes for a corpus; the output is the same as with one (default 1)")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every subcommand."""
    parser = argparse.ArgumentParser(prog="quotecheck", description="Find and check quotations in news articles.")
    parser.add_argument("--version", action="version", version=f"quotecheck {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    extract_command = commands.add_parser("extract", help="list the quotations of articles and who said them")
    extract_command.add_argument("paths", nargs="+", metavar="PATH", help="files, directories, or - for stdin")
    extract_command.add_argument("--format", choices=FORMATS, default="table")
    extract_command.add_argument("--stdin-format", choices=("txt", "md", "html", "jsonl"), default="txt",
                                 help="how to read standard input (default txt)")
    add_reading_options(extract_command)
    eval_command = commands.add_parser("eval", help="score quotes and speakers against a gold JSONL file")
    eval_command.add_argument("gold", metavar="GOLD", help="gold JSONL: id, text and quotes with speakers")
    eval_command.add_argument("--pred", metavar="PRED",
                              help="predictions in the extract --format jsonl schema (default: extract them now)")
    eval_command.add_argument("--format", choices=("table", "json"), default="table")
    eval_command.add_argument("--split", help="score only the gold documents of this split")
    eval_command.add_argument("--all-annotators", action="store_true",
                              help="score every annotator's copy, not only the primary one")
    add_reading_options(eval_command)
    return parser


def report_error(problem: object) -> None:
    """One line on standard error for an input that could not be used."""
    print(f"quotecheck: {problem}", file=sys.stderr)


def options_from(arguments: argparse.Namespace):
    """The pipeline options the command line asks for; a bad roster raises RosterError."""
    from quotecheck.pipeline import Options
    from quotecheck.roster import Roster, load_roster

    roster = load_roster(arguments.roster) if arguments.roster else Roster(())
    return Options(headlines=arguments.headlines, double_apostrophes=arguments.double_apostrophes,
                   sieves=arguments.sieves, roster=roster)


def run_extract(arguments: argparse.Namespace) -> int:
    """The ``extract`` subcommand."""
    from quotecheck.pipeline import run
    from quotecheck.readers import read_inputs
    from quotecheck.report.quotes import write_json, write_jsonl, write_table
    from quotecheck.roster import RosterError

    try:
        options = options_from(arguments)
    except RosterError as problem:
        report_error(problem)
        return EXIT_INPUT_ERROR
    errors: list = []

    def on_error(problem) -> None:
        errors.append(problem)
        report_error(problem)

    documents = read_inputs(arguments.paths, encoding=arguments.encoding, errors=arguments.errors,
                            stdin_format=arguments.stdin_format)
    writer = {"table": write_table, "json": write_json, "jsonl": write_jsonl}[arguments.format]
    writer(run(documents, options, jobs=arguments.jobs, on_error=on_error), sys.stdout)
    return EXIT_INPUT_ERROR if errors else 0


def run_eval(arguments: argparse.Namespace) -> int:
    """The ``eval`` subcommand."""
    from quotecheck import evaluate
    from quotecheck.pipeline import predictions as extracted
    from quotecheck.roster import RosterError

    try:
        gold = evaluate.load_gold(arguments.gold, only_primary=not arguments.all_annotators, split=arguments.split)
        if arguments.pred:
            predictions = evaluate.load_predictions(arguments.pred)
        else:
            predictions = extracted(arguments.gold, {document.id for document in gold}, options_from(arguments),
                                    jobs=arguments.jobs, encoding=arguments.encoding, errors=arguments.errors)
    except (OSError, ValueError, RosterError) as problem:
        report_error(problem)
        return EXIT_INPUT_ERROR
    metrics = evaluate.score(gold, predictions)
    if arguments.format == "json":
        print(json.dumps(metrics.as_dict()))
    else:
        print(evaluate.metrics_table(metrics))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit code."""
    parser = build_parser()
    try:
        arguments = parser.parse_args(argv)
    except SystemExit as exit_request:
        return int(exit_request.code or 0)
    if getattr(arguments, "encoding", None):
        try:
            codecs.lookup(arguments.encoding)
        except LookupError:
            report_error(f"unknown encoding: {arguments.encoding}")
            return EXIT_INPUT_ERROR
    try:
        return {"extract": run_extract, "eval": run_eval}[arguments.command](arguments)
    except BrokenPipeError:
        return 0

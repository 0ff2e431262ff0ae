"""The command line: argument parsing and wiring only, no logic.

The stages are imported inside the commands that use them, so that
``quotecheck --version`` and ``--help`` start at once.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from typing import Iterator, Sequence, TextIO

from quotecheck import __version__

FORMATS = ("json", "jsonl", "table")
CHECK_FORMATS = ("full", "concise", "json", "jsonl", "csv", "github", "sarif", "junit")
FAIL_LEVELS = ("error", "warning", "info", "never")
#: Sieve names, repeated here so that building the parser imports no stage; a test keeps them in step.
SIEVES = ("adjacent", "document", "pronoun", "continuation", "lead-in", "interview", "nominal", "anonymous")
EXIT_INPUT_ERROR = 2
DEFAULT_INDEX = ".quotecheck/index.sqlite"


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


def iso_date(value: str) -> str:
    """A ``--date`` value, checked to be a calendar date written YYYY-MM-DD."""
    import datetime

    try:
        written = len(value) == 10 and datetime.date.fromisoformat(value).isoformat() == value
    except ValueError:
        written = False
    if not written:
        raise argparse.ArgumentTypeError(f"--date takes a date written YYYY-MM-DD, not {value!r}")
    return value


def scheduler_name(value: str) -> str:
    """A ``--scheduler`` value: sync, local, or a scheduler's address with its port."""
    import re

    if value in ("sync", "local") or re.fullmatch(r"(?:[a-z]+://)?[^\s/:]+:\d+", value):
        return value
    raise argparse.ArgumentTypeError(f"--scheduler takes sync, local or an address such as tcp://host:8786, "
                                     f"not {value!r}")


def code_list(value: str) -> tuple[str, ...]:
    """The rule codes or prefixes of a ``--select`` or ``--ignore`` value, an empty one kept for the check to name."""
    return tuple(code.strip().upper() for code in value.split(","))


def add_input_options(command: argparse.ArgumentParser) -> None:
    """The paths to read, with standard input and exclusion."""
    command.add_argument("paths", nargs="+", metavar="PATH", help="files, directories, or - for stdin")
    command.add_argument("--stdin-format", choices=("txt", "md", "html", "jsonl"),
                         help="how to read standard input (default: from --stdin-filename, else txt)")
    command.add_argument("--stdin-filename", metavar="NAME",
                         help="the file standard input stands for: its configuration, format and reported path")
    command.add_argument("--exclude", action="append", metavar="GLOB",
                         help="skip walked files matching this gitignore-style glob (repeatable)")


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
    add_input_options(extract_command)
    extract_command.add_argument("--format", choices=FORMATS, default="table")
    add_reading_options(extract_command)
    check_command = commands.add_parser("check", help="check articles and report findings with rule codes")
    add_input_options(check_command)
    check_command.add_argument("--format", choices=CHECK_FORMATS, default="full", help="report format (default full)")
    check_command.add_argument("--config", metavar="FILE",
                               help="use this configuration file instead of the closest one to each file")
    check_command.add_argument("--select", type=code_list, metavar="CODES", help="rule codes or prefixes to run")
    check_command.add_argument("--ignore", type=code_list, metavar="CODES", help="rule codes or prefixes to skip")
    check_command.add_argument("--fail-level", choices=FAIL_LEVELS,
                               help="exit 1 when a finding is at least this severe (default error)")
    check_command.add_argument("--exit-zero", action="store_true", help="exit 0 even when findings fail")
    check_command.add_argument("--diff-base", metavar="REF",
                               help="report only findings on lines changed since the merge base with REF")
    check_command.add_argument("--baseline", metavar="FILE", help="leave out the findings this baseline accepts")
    check_command.add_argument("--write-baseline", metavar="FILE",
                               help="record every finding in FILE as accepted, and exit "
                                    "(--baseline and --diff-base do not apply)")
    check_command.add_argument("--no-progress", action="store_true",
                               help="no progress line, even on a terminal")
    check_command.add_argument("--index", metavar="FILE",
                               help="compare quotes with this provenance index (rules QC302-QC304)")
    add_reading_options(check_command)
    table_command = commands.add_parser("table", help="an attribution table, per quote or per speaker")
    add_input_options(table_command)
    table_command.add_argument("--by", choices=("quote", "speaker"), default="quote")
    table_command.add_argument("--tablefmt", default="simple", metavar="FMT",
                               help="any tabulate format: simple, github, grid, html, latex, ... (default simple)")
    table_command.add_argument("--format", choices=("table", "csv", "json"), default="table")
    add_reading_options(table_command)
    report_command = commands.add_parser("report", help="an HTML page of the articles, quotes and findings")
    add_input_options(report_command)
    report_command.add_argument("--format", choices=("html",), default="html")
    report_command.add_argument("-o", "--output", metavar="FILE", required=True, help="where to write the page")
    report_command.add_argument("--config", metavar="FILE", help="use this configuration file")
    add_reading_options(report_command)
    index_command = commands.add_parser(
        "index", help="the index of published quotes: add, stats, search, export, clusters, import")
    index_actions = index_command.add_subparsers(dest="action", required=True)
    index_add = index_actions.add_parser("add", help="add the quotes of articles to the index")
    add_input_options(index_add)
    index_add.add_argument("--outlet", help="the outlet of every article added (overrides its metadata)")
    index_add.add_argument("--date", type=iso_date, metavar="YYYY-MM-DD", help="the date of every article added")
    index_add.add_argument("--url", help="the address of the article added")
    add_reading_options(index_add)
    index_stats = index_actions.add_parser("stats", help="what the index holds")
    index_search = index_actions.add_parser("search", help="indexed quotes that hold these words as a phrase")
    index_search.add_argument("words", metavar="WORDS")
    index_search.add_argument("--limit", type=job_count, default=20, metavar="N")
    index_export = index_actions.add_parser("export", help="every indexed quote, one JSON object per line")
    index_export.add_argument("--format", choices=("jsonl",), default="jsonl")
    index_clusters = index_actions.add_parser("clusters", help="indexed quotes grouped with their variants")
    index_clusters.add_argument("--format", choices=("table", "json", "jsonl"), default="table")
    index_clusters.add_argument("--multi-speaker", action="store_true",
                                help="only clusters whose words are given to two different people")
    index_clusters.add_argument("--min-words", type=int, default=4, metavar="N",
                                help="leave out clusters whose longest variant has fewer words (default 4)")
    index_import = index_actions.add_parser("import", help="copy an archive's documents and quotes into the index")
    index_import.add_argument("archive", metavar="DIR", help="a folder written by 'quotecheck archive build'")
    for action in (index_add, index_stats, index_search, index_export, index_clusters, index_import):
        action.add_argument("--index", metavar="FILE",
                            help=f"the index file (default: the configuration's 'index', else {DEFAULT_INDEX})")
    add_archive_commands(commands)
    verify_command = commands.add_parser("verify", help="check the quotes of drafts against primary sources")
    add_input_options(verify_command)
    verify_command.add_argument("--sources", nargs="+", required=True, metavar="PATH",
                                help="transcripts, speeches or documents (files or directories) to find the quotes in")
    verify_command.add_argument("--format", choices=FORMATS, default="table")
    add_reading_options(verify_command)
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


def add_archive_commands(commands) -> None:
    """The ``archive`` subcommands: the provenance index on Dask, for corpora too large for one file."""
    archive_command = commands.add_parser("archive", help="a Parquet archive of quotes built on Dask: build, add")
    archive_actions = archive_command.add_subparsers(dest="action", required=True)
    for name, purpose in (("build", "build an archive from corpora, replacing any in DIR"),
                          ("add", "add articles to an archive without building it again")):
        action = archive_actions.add_parser(name, help=purpose)
        action.add_argument("patterns", nargs="+", metavar="GLOB",
                            help="JSONL, Parquet, .txt, .md or .html files, or folders; ** reaches into folders")
        action.add_argument("--out", required=True, metavar="DIR", help="the archive folder")
        action.add_argument("--scheduler", type=scheduler_name, default="local", metavar="ADDRESS",
                            help="sync (this process), local (a local cluster) or a scheduler's address, "
                                 "tcp://host:8786 (default local)")
        action.add_argument("--workers", type=job_count, default=2, metavar="N",
                            help="worker processes of the local cluster (default 2)")
        action.add_argument("--partitions", type=job_count, metavar="N",
                            help="about how many parts to cut the inputs into (default: one per 64 MiB)")


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


def usable_options(arguments: argparse.Namespace):
    """The pipeline options, or None once a roster that cannot be read has been reported."""
    from quotecheck.roster import RosterError

    try:
        return options_from(arguments)
    except RosterError as problem:
        report_error(problem)
        return None


def documents_from(arguments: argparse.Namespace, paths: Sequence[str] | None = None):
    """The documents the command's paths (or ``paths``) name, read lazily, with read errors in place."""
    from quotecheck.readers import format_of, read_inputs

    name = arguments.stdin_filename
    return read_inputs(arguments.paths if paths is None else paths, encoding=arguments.encoding,
                       errors=arguments.errors, stdin_format=arguments.stdin_format or format_of(name),
                       stdin_name=name, exclude=arguments.exclude or ())


def collect_errors(errors: list):
    """An ``on_error`` that reports each unreadable input and keeps it for the exit status."""
    def on_error(problem) -> None:
        errors.append(problem)
        report_error(problem)
    return on_error


def run_extract(arguments: argparse.Namespace) -> int:
    """The ``extract`` subcommand."""
    from quotecheck.pipeline import run
    from quotecheck.report.quotes import write_json, write_jsonl, write_table

    options = usable_options(arguments)
    if options is None:
        return EXIT_INPUT_ERROR
    errors: list = []
    writer = {"table": write_table, "json": write_json, "jsonl": write_jsonl}[arguments.format]
    writer(run(documents_from(arguments), options, jobs=arguments.jobs, on_error=collect_errors(errors)),
           sys.stdout)
    return EXIT_INPUT_ERROR if errors else 0


def run_check(arguments: argparse.Namespace) -> int:
    """The ``check`` subcommand."""
    from quotecheck.gate import run_check as check_paths

    options = usable_options(arguments)
    if options is None:
        return EXIT_INPUT_ERROR

    def progress(results):
        from quotecheck.progress import Progress
        from quotecheck.readers import count_files

        files = count_files(arguments.paths, exclude=arguments.exclude or ())
        return Progress(sys.stderr, files=files).follow(results, lambda checked: checked.document.path)

    watched = not arguments.no_progress and sys.stderr.isatty()
    return check_paths(arguments, options, lambda path: documents_from(arguments, [path]), sys.stdout, sys.stderr,
                       on_progress=progress if watched else None)


def run_table(arguments: argparse.Namespace) -> int:
    """The ``table`` subcommand."""
    from quotecheck.pipeline import run
    from quotecheck.report import table
    from quotecheck.roster import RosterError

    try:
        options = options_from(arguments)
        table.check_tablefmt(arguments.tablefmt)
    except (RosterError, ValueError) as problem:
        report_error(problem)
        return EXIT_INPUT_ERROR
    errors: list = []
    results = run(documents_from(arguments), options, jobs=arguments.jobs, on_error=collect_errors(errors))
    if arguments.by == "quote":
        rows, record = table.quote_rows(results), table.QuoteRow
    else:
        rows, record = table.speaker_rows(results), table.SpeakerRow
    if arguments.format == "csv":
        table.write_csv(rows, sys.stdout, record=record)
    elif arguments.format == "json":
        table.write_json(rows, sys.stdout)
    else:
        table.write_table(rows, sys.stdout, tablefmt=arguments.tablefmt, record=record)
    return EXIT_INPUT_ERROR if errors else 0


def run_report(arguments: argparse.Namespace) -> int:
    """The ``report`` subcommand: one HTML page.

    As with ``check``, a configuration (or the roster it names) that cannot
    be used leaves out only the documents it governs; the page still shows
    the others, and the exit status is 2.
    """
    from quotecheck.config import ConfigError
    from quotecheck.gate import Resolver, Tally, included
    from quotecheck.pipeline import check, run
    from quotecheck.report.html import write_html
    from quotecheck.roster import RosterError

    import attrs

    errors: list = []
    on_error = collect_errors(errors)
    page = os.path.realpath(arguments.output)
    try:
        resolver = Resolver(arguments.config, {})  # a broken --config FILE governs every input
        options = attrs.evolve(options_from(arguments), config=resolver)
        # The page, and an earlier one in its place, is no article of a folder it lies in.
        documents = (item for item in included(arguments.paths, lambda path: documents_from(arguments, [path]),
                                               resolver, options, Tally(), on_error, sys.stderr)
                     if os.path.realpath(item.path) != page)
        with replacing(arguments.output) as out:
            write_html(run(documents, options, jobs=arguments.jobs, on_error=on_error, stage=check), out,
                       unread=errors)
    except (RosterError, ConfigError, OSError) as problem:
        report_error(problem)
        return EXIT_INPUT_ERROR
    return EXIT_INPUT_ERROR if errors else 0


@contextlib.contextmanager
def replacing(path: str) -> Iterator[TextIO]:
    """A text file that takes the place of ``path`` once written whole; on failure ``path`` is left as it was.

    It is written beside ``path`` under a name that opens with a point, which
    no walk of a folder reads.
    """
    import tempfile

    folder, name = os.path.split(path)
    handle, temporary = tempfile.mkstemp(prefix=f".{name}.", suffix=".part", dir=folder or ".")
    try:
        # As on standard output, a file name in bytes that are no UTF-8 is written as escapes.
        with open(handle, "w", encoding="utf-8", errors="backslashreplace") as out:
            yield out
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise


def index_path(arguments: argparse.Namespace) -> str:
    """The index file: ``--index``, else the closest configuration's ``index``, else the default."""
    if arguments.index:
        return arguments.index
    from quotecheck.config import ConfigCache

    return ConfigCache().config_for(".").index or DEFAULT_INDEX


def archive_module(name: str):
    """``quotecheck.archive.NAME``, or None once a missing ``archive`` extra has been reported."""
    import importlib

    from quotecheck.archive import EXTRA_MODULES, MISSING

    try:
        return importlib.import_module(f"quotecheck.archive.{name}")
    except ImportError as problem:
        if (problem.name or "").split(".")[0] not in EXTRA_MODULES:
            raise
        report_error(MISSING)
        return None


def run_archive(arguments: argparse.Namespace) -> int:
    """The ``archive`` subcommands."""
    from quotecheck.archive import ArchiveError

    build, schedulers = archive_module("build"), archive_module("schedulers")
    if build is None or schedulers is None:
        return EXIT_INPUT_ERROR
    try:
        with schedulers.scheduler(arguments.scheduler, workers=arguments.workers):
            outcome = getattr(build, arguments.action)(arguments.patterns, arguments.out,
                                                       partitions=arguments.partitions)
    except (ArchiveError, OSError) as problem:
        report_error(problem)
        return EXIT_INPUT_ERROR
    for problem in outcome.errors:
        report_error(problem)
    print(f"{arguments.out}: {outcome.documents} documents, {outcome.quotes} quotes, {outcome.matches} matches, "
          f"{outcome.clusters} clusters ({outcome.read} documents read)")
    return EXIT_INPUT_ERROR if outcome.errors else 0


def run_index(arguments: argparse.Namespace) -> int:
    """The ``index`` subcommands."""
    from quotecheck.archive import ArchiveError
    from quotecheck.config import ConfigError
    from quotecheck.index import Index, IndexFileError
    from quotecheck.roster import RosterError

    load = archive_module("load") if arguments.action == "import" else None
    if arguments.action == "import" and load is None:
        return EXIT_INPUT_ERROR
    errors: list = []
    try:
        if load is not None:
            load.check(arguments.archive)  # before the index file is created
        with Index.open(index_path(arguments), create=arguments.action in ("add", "import")) as index:
            if arguments.action == "import":
                documents, quotes = load.load(arguments.archive, index)
                print(f"imported {quotes} quotes from {documents} documents to {index_path(arguments)}")
            elif arguments.action == "add":
                from quotecheck.pipeline import run

                results = run(documents_from(arguments), options_from(arguments), jobs=arguments.jobs,
                              on_error=collect_errors(errors))
                documents, quotes = index.add(results, outlet=arguments.outlet, date=arguments.date,
                                              url=arguments.url)
                print(f"added {quotes} quotes from {documents} documents to {index_path(arguments)}")
            elif arguments.action == "stats":
                for key, value in index.stats().items():
                    print(f"{key}: {value}")
            elif arguments.action == "search":
                for found in index.search(arguments.words, limit=arguments.limit):
                    where = ", ".join(part for part in (found.outlet, found.date) if part)
                    quote = " ".join(found.text.split())
                    print(f"{found.document_id}:{found.start}: {found.speaker or '(no speaker)'}: {quote}"
                          + (f" ({where})" if where else ""))
            elif arguments.action == "clusters":
                from quotecheck.index.clusters import index_clusters, several_speakers
                from quotecheck.report.clusters import write_clusters

                clusters = [found for found in index_clusters(index)
                            if max(len(member.text.split()) for member in found.members) >= arguments.min_words
                            and (several_speakers(found) or not arguments.multi_speaker)]
                write_clusters(clusters, arguments.format, sys.stdout, several_speakers)
            else:
                for record in index.export():
                    print(json.dumps(record, ensure_ascii=False, default=str))
    except (IndexFileError, ConfigError, RosterError, ArchiveError) as problem:
        report_error(problem)
        return EXIT_INPUT_ERROR
    return EXIT_INPUT_ERROR if errors else 0


def run_verify(arguments: argparse.Namespace) -> int:
    """The ``verify`` subcommand: exit 1 when a quote is altered or not found."""
    from quotecheck.pipeline import run
    from quotecheck.readers import read_inputs
    from quotecheck.report.verdicts import WRITERS
    from quotecheck.verify import FOUND, load_sources, verify_all

    options = usable_options(arguments)
    if options is None:
        return EXIT_INPUT_ERROR
    errors: list = []
    sources = load_sources(read_inputs(arguments.sources, encoding=arguments.encoding, errors=arguments.errors,
                                       exclude=arguments.exclude or ()), collect_errors(errors))
    drafts = run(documents_from(arguments), options, jobs=arguments.jobs, on_error=collect_errors(errors))
    verdicts = list(verify_all(drafts, sources))
    WRITERS[arguments.format](verdicts, sys.stdout)
    if errors:
        return EXIT_INPUT_ERROR
    return 1 if any(verdict.status != FOUND for verdict in verdicts) else 0


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
    from quotecheck.readers import text_encoding

    if getattr(arguments, "encoding", None) and not text_encoding(arguments.encoding):
        report_error(f"unknown text encoding: {arguments.encoding}")
        return EXIT_INPUT_ERROR
    # A file name in bytes that are no UTF-8 comes as escaped surrogates, which no output may fail on: they are
    # written as escapes ("caf\udce9.txt"), which JSON reads back to the same name.
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="backslashreplace")
    try:
        commands = {"extract": run_extract, "check": run_check, "table": run_table, "report": run_report,
                    "index": run_index, "verify": run_verify, "eval": run_eval, "archive": run_archive}
        return commands[arguments.command](arguments)
    except BrokenPipeError:
        return 0

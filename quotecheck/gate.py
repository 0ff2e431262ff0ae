"""The ``check`` command's run: each file's configuration, the gates, and the exit status.

Configuration is found per checked file (the closest ``quotecheck.toml`` or
``pyproject.toml``) unless one is named; command-line ``--select``,
``--ignore`` and ``--fail-level`` override it, their codes checked as the
configuration's are.  Findings then pass two gates: ``--diff-base`` keeps
those whose span touches a changed line, and ``--baseline`` drops those
already accepted.  The exit status is 0 when no finding reaches the fail
level, 1 when one does, and 2 when an input, configuration, baseline or git
problem stopped something.  A configuration that cannot be used fails only
the documents it governs; the others are still checked and reported.  A
folder that holds no document to check is warned about, and a run in which
no input holds one exits 2.
"""

from __future__ import annotations

import os
import sys
from typing import Callable, Iterable, Iterator, TextIO

import attrs

from quotecheck.baseline import BaselineError, load_baseline, unaccepted
from quotecheck.checks import SEVERITIES, Checked
from quotecheck.config import Config, ConfigCache, ConfigError, load_config, unknown_code
from quotecheck.document import Document, ReadError
from quotecheck.gitdiff import GitError, changed_lines, touches
from quotecheck.tomlfile import FileError

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


class Resolver:
    """The configuration of each checked file, with the command line's overrides laid over it."""

    def __init__(self, config_file: str | None, overrides: dict) -> None:
        self.fixed = load_config(config_file) if config_file else None
        self.cache = ConfigCache()
        self.overrides = overrides
        self.resolved: dict[int, Config] = {}

    def config_for(self, path: str) -> Config:
        """The configuration for ``path``; a broken file raises ConfigError."""
        base = self.fixed or self.cache.config_for(path)
        if not self.overrides:
            return base
        key = id(base)
        if key not in self.resolved:
            self.resolved[key] = attrs.evolve(base, **self.overrides)
        return self.resolved[key]

    def __call__(self, document: Document) -> Config:
        """The configuration for ``document``."""
        return self.config_for(document.path)


@attrs.define
class Tally:
    """What the run has seen, for the exit status and the closing line."""

    #: Documents sent to the checks.
    documents: int = 0
    failing: int = 0
    errors: list = attrs.Factory(list)
    #: The inputs (folders) that held no document to check.
    empty: list = attrs.Factory(list)


def fails(severity: str, level: str) -> bool:
    """True when a finding of ``severity`` reaches ``level`` (``never`` never does)."""
    return level != "never" and SEVERITIES.index(severity) >= SEVERITIES.index(level)


def changed_only(results: Iterable[Checked], changed: dict) -> Iterator[Checked]:
    """Each result with only the findings whose span touches a changed line."""
    for checked in results:
        document = checked.document
        kept = tuple(finding for finding in checked.findings
                     if touches(changed, document.path, *lines_of(document, finding)))
        yield attrs.evolve(checked, findings=kept)


def lines_of(document: Document, finding) -> tuple[int, int]:
    """The first and last source lines a finding's span covers."""
    first = finding.position(document).line
    if finding.source is not None or finding.end <= finding.start:
        return first, first
    return first, document.position(finding.end - 1).line


def without_baseline(results: Iterable[Checked], accepted) -> Iterator[Checked]:
    """Each result without the findings the baseline accepts."""
    for checked in results:
        yield attrs.evolve(checked, findings=tuple(unaccepted(checked.findings, accepted)))


def counted(results: Iterable[Checked], resolver: Resolver, tally: Tally) -> Iterator[Checked]:
    """Each result unchanged, its failing findings counted against its file's fail level."""
    for checked in results:
        level = resolver(checked.document).fail_level
        tally.failing += sum(1 for finding in checked.findings if fails(finding.severity, level))
        yield checked


def included(paths: Iterable[str], read: Callable[[str], Iterable[Document | ReadError]], resolver: Resolver,
             options, tally: Tally, on_error: Callable[[object], None], err: TextIO) -> Iterator[Document | ReadError]:
    """The documents of each input that their configuration does not exclude, and every read error.

    A document whose configuration, or the roster it names, cannot be used
    is left out: the problem goes to ``on_error`` once, and the documents
    other configurations govern are still checked.  A folder that yields
    neither a document to check nor a problem (no article in it, or every
    one excluded) is warned about and kept in ``tally.empty``; a file named
    on its own that the configuration excludes is skipped without a word.
    """
    from quotecheck.pipeline import roster_for
    from quotecheck.roster import RosterError

    reported: set[str] = set()
    for path in paths:
        held = False  # a document to check, or a problem of its own
        for item in read(path):
            if isinstance(item, ReadError):
                held = True
                yield item
                continue
            try:
                config = resolver(item)
                if config.excluded(item.path):
                    continue
                roster_for(options, config)
            except (ConfigError, RosterError) as problem:
                held = True
                if str(problem) not in reported:
                    reported.add(str(problem))
                    on_error(problem)
                continue
            held = True
            tally.documents += 1
            yield item
        if not held and os.path.isdir(path):
            tally.empty.append(path)
            report(f"warning: {path}: holds no article to check (none found, or all excluded)", err)


def unread(problem: ReadError | FileError) -> ReadError:
    """An input left unchecked, as the reports give one: a configuration or roster that cannot be used is one too."""
    return problem if isinstance(problem, ReadError) else ReadError(problem.path, problem.message, problem.line)


def code_option_problem(arguments) -> str | None:
    """Why a ``--select`` or ``--ignore`` code is wrong, as a configuration's would be; None when all are known."""
    for option in ("select", "ignore"):
        for code in getattr(arguments, option) or ():
            problem = unknown_code(code)
            if problem is not None:
                return f"--{option}: {problem}"
    return None


def report(problem: object, err: TextIO = sys.stderr) -> None:
    """One line on standard error."""
    print(f"quotecheck: {problem}", file=err)


def run_check(arguments, options, read: Callable[[str], Iterable[Document | ReadError]], out: TextIO,
              err: TextIO = sys.stderr,
              on_progress: Callable[[Iterable[Checked]], Iterable[Checked]] | None = None) -> int:
    """Check the inputs ``arguments.paths``, each read by ``read``, with the pipeline ``options``; report to ``out``.

    Returns the exit status.
    """
    from quotecheck.index import IndexFileError
    from quotecheck.pipeline import check, opened_index, run
    from quotecheck.report.findings import WRITERS
    from quotecheck.roster import RosterError

    problem = code_option_problem(arguments)
    if problem is not None:
        report(problem, err)
        return EXIT_ERROR
    overrides = {key: value for key, value in (("select", arguments.select), ("ignore", arguments.ignore),
                                               ("fail_level", arguments.fail_level)) if value}
    tally = Tally()
    try:
        resolver = Resolver(arguments.config, overrides)  # a broken --config FILE governs every input
        index = getattr(arguments, "index", None)
        if index:
            opened_index(index)  # a missing or foreign index stops the run before any output
        # A baseline being written records every current finding: neither gate applies to it.
        gated = not arguments.write_baseline
        changed = changed_lines(arguments.diff_base) if arguments.diff_base and gated else None
        accepted = load_baseline(arguments.baseline) if arguments.baseline and gated else None
    except GitError as problem:
        report(f"--diff-base {arguments.diff_base}: {problem}", err)
        return EXIT_ERROR
    except (ConfigError, BaselineError, IndexFileError) as problem:
        report(problem, err)
        return EXIT_ERROR

    def on_error(problem: ReadError | ConfigError | RosterError) -> None:
        tally.errors.append(unread(problem))
        report(problem, err)

    options = attrs.evolve(options, config=resolver, index=index)
    try:
        documents = included(arguments.paths, read, resolver, options, tally, on_error, err)
        results: Iterable[Checked] = run(documents, options, jobs=arguments.jobs, on_error=on_error, stage=check)
        if on_progress is not None:
            results = on_progress(results)
        if changed is not None:
            results = changed_only(results, changed)
        if accepted is not None:
            results = without_baseline(results, accepted)
        if arguments.write_baseline:
            if not write_baseline_of(results, arguments.write_baseline, err):
                return EXIT_ERROR
        else:
            # The list fills as the results are read, and the writers read it after them.
            WRITERS[arguments.format](counted(results, resolver, tally), out, errors=tally.errors)
    except (ConfigError, RosterError) as problem:
        report(problem, err)
        return EXIT_ERROR
    if tally.errors:
        return EXIT_ERROR
    if tally.empty and not tally.documents:
        # A mistyped or emptied folder of articles must not pass a CI gate.
        report("no input holds a document to check", err)
        return EXIT_ERROR
    return EXIT_FINDINGS if tally.failing and not arguments.exit_zero else EXIT_CLEAN


def write_baseline_of(results: Iterable[Checked], path: str, err: TextIO) -> bool:
    """Record every finding of the run in a baseline at ``path``: what the configuration and suppressions leave.

    Returns False once a file that cannot be written has been reported.
    """
    from quotecheck.baseline import baseline_entry, write_baseline

    entries = [baseline_entry(checked, finding) for checked in results for finding in checked.findings]
    try:
        write_baseline(path, entries)
    except OSError as problem:
        report(f"{path}: {(problem.strerror or str(problem)).lower()}", err)
        return False
    print(f"quotecheck: wrote {len(entries)} finding{'s' if len(entries) != 1 else ''} to {path}", file=err)
    return True


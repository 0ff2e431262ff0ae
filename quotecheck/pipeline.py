"""The whole run over a batch: read, extract, attribute, in one or several processes.

With ``jobs`` above one, documents go to a pool of worker processes in
chunks and come back in input order, so the output is the same as from a
single process.  Unreadable inputs never reach a worker: they are handed to
``on_error`` as they are met, and the batch goes on.
"""

from __future__ import annotations

import functools
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from typing import Callable, Iterable, Iterator

import attrs

from quotecheck.attribution import SIEVE_NAMES, Attributed, attribute
from quotecheck.document import Document, ReadError
from quotecheck.extract import Extraction, extract
from quotecheck.roster import Roster

#: Documents sent to a worker at a time: enough to pay for the hand-over, few enough to keep memory flat.
CHUNK = 16


@attrs.frozen
class Options:
    """How each document is read: extraction and attribution settings, and the checks' configuration."""

    headlines: bool = False
    double_apostrophes: bool = False
    sieves: tuple[str, ...] = SIEVE_NAMES
    roster: Roster = Roster(())
    #: A ``quotecheck.config.Config`` for the check stage, or a function from a document to one.
    config: object = None
    #: The provenance index file the check stage compares quotes with, if any.
    index: str | None = None


def process(options: Options, document: Document) -> Attributed:
    """Extract and attribute one document."""
    extraction = extract(document, headlines=options.headlines, double_apostrophes=options.double_apostrophes)
    return attribute(extraction, sieves=options.sieves, roster=options.roster)


def check(options: Options, document: Document):
    """Extract, attribute and check one document: a ``quotecheck.checks.Checked``.

    The roster is the command line's, else the one the document's configuration names.
    """
    from quotecheck import checks

    config = options.config(document) if callable(options.config) else options.config
    options = attrs.evolve(options, roster=roster_for(options, config))
    index = opened_index(options.index) if options.index else None
    return checks.check(process(options, document), config, index)


def roster_for(options: Options, config) -> Roster:
    """The command line's roster, else the one ``config`` names; a bad one raises RosterError."""
    if config is not None and config.roster and not options.roster.entries:
        return configured_roster(config.roster)
    return options.roster


@functools.lru_cache(maxsize=2)
def opened_index(path: str):
    """The provenance index at ``path``, opened once per process for reading; IndexFileError if unusable."""
    from quotecheck.index import Index

    return Index.open(path, create=False)


@functools.lru_cache(maxsize=8)
def configured_roster(path: str) -> Roster:
    """The roster a configuration names, read once per process; a bad one raises RosterError."""
    from quotecheck.roster import load_roster

    return load_roster(path)


def readable(items: Iterable[Document | ReadError], on_error: Callable[[ReadError], None]) -> Iterator[Document]:
    """The documents of a batch; read errors go to ``on_error`` as they come."""
    for item in items:
        if isinstance(item, ReadError):
            on_error(item)
        else:
            yield item


def run(items: Iterable[Document | ReadError], options: Options, *, jobs: int = 1,
        on_error: Callable[[ReadError], None] = lambda error: None, stage: Callable = process) -> Iterator:
    """Put every readable document through ``stage`` (``process`` or ``check``), in input order."""
    documents = readable(items, on_error)
    if jobs <= 1:
        yield from map(functools.partial(stage, options), documents)
        return
    # Chunks go out a few at a time, not the whole batch at once, so memory
    # stays bounded however long the corpus.
    # Workers send back the findings without the document text, which this
    # process still holds.
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: deque = deque()
        for chunk in chunks(documents, CHUNK):
            pending.append((chunk, pool.submit(process_all, options, chunk, stage)))
            if len(pending) > 2 * jobs:
                yield from rejoin(*pending.popleft())
        while pending:
            yield from rejoin(*pending.popleft())


def process_all(options: Options, documents: list[Document], stage: Callable) -> list[tuple]:
    """Put a chunk of documents through ``stage`` in a worker: quotes, diagnostics, attributions, findings."""
    results = []
    for document in documents:
        result = stage(options, document)
        findings = getattr(result, "findings", None)
        attributed = result.attributed if findings is not None else result
        extraction = attributed.extraction
        results.append((extraction.quotes, extraction.diagnostics, attributed.attributions, findings))
    return results


def rejoin(documents: list[Document], future) -> Iterator:
    """The results of a worker's chunk, joined again with their documents."""
    for document, (quotes, diagnostics, attributions, findings) in zip(documents, future.result()):
        attributed = Attributed(Extraction(document, quotes, diagnostics), attributions)
        if findings is None:
            yield attributed
        else:
            from quotecheck.checks import Checked

            yield Checked(attributed, findings)


def chunks(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    """The items in lists of ``size``, the last one shorter."""
    chunk: list[Document] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def predictions(path: str, wanted: set[str], options: Options, *, jobs: int = 1, encoding: str = "utf-8",
                errors: str = "strict") -> dict[str, dict]:
    """The scorer's records for the documents of a gold JSONL file whose ids are ``wanted``.

    A corpus that holds one article several times (one copy per annotator)
    is extracted once per article.
    """
    from quotecheck.evaluate import document_key
    from quotecheck.readers import read_inputs
    from quotecheck.report.quotes import document_record

    seen: set[str] = set()

    def first_copies() -> Iterator[Document | ReadError]:
        for item in read_inputs([path], encoding=encoding, errors=errors):
            if isinstance(item, ReadError):
                raise ValueError(str(item))
            if item.id in wanted and item.id not in seen:
                seen.add(item.id)
                yield item

    return {document_key(result.extraction.document.id): document_record(result, detailed=False)
            for result in run(first_copies(), options, jobs=jobs)}

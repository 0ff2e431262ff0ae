"""The provenance index: quotes of many articles in one embedded SQLite file.

The file runs in WAL mode with a busy timeout, so several processes can
ingest at once and readers never wait for writers.  Each batch of documents
is one transaction, taken with ``BEGIN IMMEDIATE`` only once the batch's rows
are ready, so the write lock is held for the writing alone and a process
killed mid-ingest leaves whole batches behind.  An external-content FTS5
table over the normalised text, kept in step by triggers, serves phrase
search; re-adding a document deletes its old quotes first, and the delete
trigger takes them out of the FTS table too.
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path
from typing import Iterable, Iterator

import attrs

from quotecheck.attribution.scene import SPOKEN
from quotecheck.index.normalise import normalised, words

SCHEMA_VERSION = 1
#: Seconds a writer waits for another process's transaction before giving up.
BUSY_TIMEOUT = 30.0
METADATA = ("outlet", "date", "url", "title")

SCHEMA = (
    "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS documents("
    "id TEXT PRIMARY KEY, path TEXT, outlet TEXT, date TEXT, url TEXT, title TEXT)",
    'CREATE TABLE IF NOT EXISTS quotes(id INTEGER PRIMARY KEY, document_id TEXT NOT NULL, '
    'start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, normalised TEXT NOT NULL, '
    "speaker TEXT, kind TEXT NOT NULL, words INTEGER NOT NULL)",
    "CREATE INDEX IF NOT EXISTS quotes_normalised ON quotes(normalised)",
    "CREATE INDEX IF NOT EXISTS quotes_document ON quotes(document_id)",
    "CREATE VIRTUAL TABLE IF NOT EXISTS quotes_text USING fts5("
    "normalised, content='quotes', content_rowid='id', tokenize='unicode61 remove_diacritics 0')",
    "CREATE TRIGGER IF NOT EXISTS quotes_inserted AFTER INSERT ON quotes BEGIN "
    "INSERT INTO quotes_text(rowid, normalised) VALUES (new.id, new.normalised); END",
    "CREATE TRIGGER IF NOT EXISTS quotes_deleted AFTER DELETE ON quotes BEGIN "
    "INSERT INTO quotes_text(quotes_text, rowid, normalised) VALUES ('delete', old.id, old.normalised); END",
)

#: The columns of a ``StoredQuote``, quote first, then its document's.
SELECT = """
SELECT q.id, q.document_id, q.start, q."end", q.text, q.normalised, q.speaker, q.kind, q.words,
       d.path, d.outlet, d.date, d.url, d.title
FROM quotes q JOIN documents d ON d.id = q.document_id
"""


class IndexFileError(Exception):
    """A file that cannot serve as a quotecheck index; its str() is one line naming the file."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {' '.join(reason.split())}")
        self.path = path


@attrs.frozen
class StoredQuote:
    """One indexed quote with the metadata of its document."""

    id: int
    document_id: str
    start: int
    end: int
    text: str
    normalised: str
    speaker: str | None
    kind: str
    words: int
    path: str | None
    outlet: str | None
    date: str | None
    url: str | None
    title: str | None


def phrase(text: str) -> str:
    """An FTS5 query for the words of normalised ``text`` in order."""
    return '"' + text.replace('"', '""') + '"'


class Index:
    """An open provenance index; use ``Index.open`` and close it, or use it as a context manager."""

    def __init__(self, path: str, connection: sqlite3.Connection):
        self.path = path
        self.connection = connection

    @classmethod
    def open(cls, path: str | os.PathLike, *, create: bool = True) -> Index:
        """The index at ``path``, created (with its folders) if missing and ``create``; else IndexFileError."""
        name = str(path)
        if not create and not os.path.exists(name):
            raise IndexFileError(name, "no such index")
        if create:
            Path(name).parent.mkdir(parents=True, exist_ok=True)
        try:
            connection = sqlite3.connect(name, timeout=BUSY_TIMEOUT, isolation_level=None)
        except sqlite3.Error as error:
            raise IndexFileError(name, f"cannot open ({error})") from None
        try:
            connection.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT * 1000)}")
            prepare(connection, name, create)
        except sqlite3.OperationalError as error:
            # Locked past the timeout, unreadable, a folder: the file may be fine.
            connection.close()
            raise IndexFileError(name, f"cannot open ({error})") from None
        except sqlite3.Error as error:
            connection.close()
            raise IndexFileError(name, f"not a quotecheck index ({error})") from None
        except IndexFileError:
            connection.close()
            raise
        return cls(name, connection)

    def close(self) -> None:
        """Close the file."""
        self.connection.close()

    def __enter__(self) -> Index:
        return self

    def __exit__(self, *exception) -> None:
        self.close()

    def add(self, results: Iterable, *, outlet: str | None = None, date: str | None = None,
            url: str | None = None, batch: int = 500) -> tuple[int, int]:
        """Ingest ``Attributed`` results, ``batch`` documents per transaction: (documents, quotes) added.

        A document's metadata comes from ``document.metadata``; an ``outlet``,
        ``date`` or ``url`` given here overrides it, as a value typed on the
        command line is the one the user meant.  Re-adding a document id
        replaces its quotes.
        """
        overrides = {"outlet": outlet, "date": date, "url": url}
        counts = [0, 0]
        pending: list[tuple[tuple, list[tuple]]] = []
        for result in results:
            pending.append(rows(result, overrides))
            if len(pending) >= batch:
                self.write(pending, counts)
                pending = []
        if pending:
            self.write(pending, counts)
        return counts[0], counts[1]

    def write(self, documents: list[tuple[tuple, list[tuple]]], counts: list[int]) -> None:
        """Store a batch of (document row, quote rows) in one transaction, adding to ``counts``."""
        connection = self.connection
        connection.execute("BEGIN IMMEDIATE")
        try:
            for document, quotes in documents:
                connection.execute("DELETE FROM quotes WHERE document_id = ?", (document[0],))
                connection.execute(
                    "INSERT INTO documents(id, path, outlet, date, url, title) VALUES (?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT(id) DO UPDATE SET path = excluded.path, outlet = excluded.outlet, "
                    "date = excluded.date, url = excluded.url, title = excluded.title", document)
                connection.executemany(
                    'INSERT INTO quotes(document_id, start, "end", text, normalised, speaker, kind, words) '
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", quotes)
                counts[1] += len(quotes)
            connection.execute("COMMIT")
        except BaseException:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise
        counts[0] += len(documents)

    def stats(self) -> dict:
        """Counts of documents, quotes, speakers and outlets, the date range, bytes on disk and schema version."""
        query = self.connection.execute
        documents, outlets, first, last = query(
            "SELECT count(*), count(DISTINCT outlet), min(date), max(date) FROM documents").fetchone()
        quotes, speakers = query("SELECT count(*), count(DISTINCT speaker) FROM quotes").fetchone()
        size = sum(os.path.getsize(self.path + suffix) for suffix in ("", "-wal", "-shm")
                   if os.path.exists(self.path + suffix))
        return {"documents": documents, "quotes": quotes, "speakers": speakers, "outlets": outlets,
                "first_date": first, "last_date": last, "bytes": size,
                "schema_version": schema_version(self.connection)}

    def equal(self, text: str) -> list[StoredQuote]:
        """Quotes whose normalised text is exactly ``text`` (already normalised)."""
        cursor = self.connection.execute(SELECT + "WHERE q.normalised = ? ORDER BY q.id", (text,))
        return [StoredQuote(*row) for row in cursor]

    def containing(self, text: str, *, limit: int | None = None) -> list[StoredQuote]:
        """Quotes holding the words of normalised ``text`` as a phrase, best ranked first."""
        if not text:
            return []
        cursor = self.connection.execute(
            SELECT + "JOIN quotes_text ON quotes_text.rowid = q.id WHERE quotes_text MATCH ? "
            "ORDER BY quotes_text.rank, q.id LIMIT ?", (phrase(text), -1 if limit is None else limit))
        return [StoredQuote(*row) for row in cursor]

    def search(self, text: str, limit: int = 20) -> list[StoredQuote]:
        """Quotes holding the words of ``text`` as a phrase, after normalising them."""
        return self.containing(normalised(text), limit=limit)

    def export(self) -> Iterator[dict]:
        """Every quote as a dict with its document's metadata, by document id and offset."""
        cursor = self.connection.execute(SELECT + "ORDER BY q.document_id, q.start, q.id")
        for row in cursor:
            yield attrs.asdict(StoredQuote(*row))


def rows(result, overrides: dict) -> tuple[tuple, list[tuple]]:
    """The document row and speech quote rows of one ``Attributed`` result."""
    document = result.extraction.document
    metadata = {key: document.metadata.get(key) for key in METADATA}
    metadata.update((key, value) for key, value in overrides.items() if value is not None)
    record = (document.id, document.path, *(text_or_none(metadata[key]) for key in METADATA))
    quotes = []
    for quote, attribution in zip(result.extraction.quotes, result.attributions):
        if quote.kind not in SPOKEN:  # terms and titles are nobody's words
            continue
        text = document.text[quote.start:quote.end]
        plain = normalised(text)
        quotes.append((document.id, quote.start, quote.end, text, plain, attribution.speaker,
                       quote.kind, len(words(plain))))
    return record, quotes


def prepare(connection: sqlite3.Connection, path: str, create: bool) -> None:
    """Check the file is an index of our schema, creating the schema in an empty file if ``create``.

    Two processes creating one index at once can meet a lock that SQLite
    reports at once instead of waiting on (switching to WAL needs the file to
    itself), so a busy or locked file is tried again until the busy timeout.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT
    while True:
        try:
            # Check what the file holds before changing anything in it, so a
            # foreign database is left as it was.
            if not tables(connection):
                if not create:
                    raise IndexFileError(path, "not a quotecheck index (empty database)")
                connection.execute("PRAGMA journal_mode = WAL")
                connection.execute("BEGIN IMMEDIATE")
                for statement in SCHEMA:
                    connection.execute(statement)
                connection.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
                connection.execute("COMMIT")
            check_schema(connection, path)
            connection.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as error:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            if not any(word in str(error) for word in ("locked", "busy")) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def text_or_none(value) -> str | None:
    """A metadata value as text; front matter may give dates and numbers as other types."""
    return None if value is None else str(value)


def tables(connection: sqlite3.Connection) -> set[str]:
    """Names of the tables in the database (reading this fails on a file that is not SQLite)."""
    return {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def schema_version(connection: sqlite3.Connection) -> int | None:
    """The schema version the ``meta`` table records, or None."""
    row = connection.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    try:
        return int(row[0]) if row else None
    except ValueError:
        return None


def check_schema(connection: sqlite3.Connection, path: str) -> None:
    """Raise IndexFileError unless the database is a quotecheck index of this schema version."""
    if "meta" not in tables(connection):
        raise IndexFileError(path, "not a quotecheck index (no meta table)")
    version = schema_version(connection)
    if version is None:
        raise IndexFileError(path, "not a quotecheck index (no schema version)")
    if version > SCHEMA_VERSION:
        raise IndexFileError(path, f"index schema version {version} is newer than this quotecheck "
                                   f"({SCHEMA_VERSION}); upgrade quotecheck")
    if version < SCHEMA_VERSION:
        raise IndexFileError(path, f"index schema version {version} is older than this quotecheck "
                                   f"({SCHEMA_VERSION}) reads")

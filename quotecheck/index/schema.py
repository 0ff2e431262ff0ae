"""The index file's tables, and opening a file safely: create, check, migrate or refuse.

Version 4 keeps a quote in about 430 bytes and takes new quotes at a steady
rate however large the file grows (docs/performance.md):

- ``quotes`` holds each quote's text once, with the number of its
  normalised words and a 64-bit sketch of them (``quotecheck.index.sketch``)
  so that candidates too short or with too few of a draft's words to match
  are dropped before their text is read; its end and normalised form are
  computed from the text when needed, and its document, speaker and kind
  are small integers;
- ``quotes_text`` is a contentless FTS5 index of the normalised text without
  per-row sizes (no ranking is done), for phrase search;
- ``bands`` is a second contentless FTS5 index whose words are the 32 LSH
  band keys of each quote (``quotecheck.index.minhash.tokens``), without
  positions.  A full-text index writes each batch as a new sorted segment
  and merges segments in the background, where a B-tree keyed by random
  band keys rewrote pages all over the file at every batch;
- ``vocabulary`` counts the quotes each normalised word occurs in, so that
  the search for altered quotes by their words can use a draft's rarest
  words: an FTS5 index can only count a word's quotes by reading them all;
- a document records the first id and the count of its quotes, which are
  numbered consecutively, so replacing a document needs no index on quotes;
- a document is unique by its ``key`` (``quotecheck.index.identity``: a
  file by its resolved path, a corpus record by its outlet and id, or its
  corpus file and id), and keeps the ``name`` it was read under (a record's
  id, or a file's path as typed) and the resolved ``path`` it was read
  from; names are indexed, for finding the documents read under a name.

Older files are migrated in place, in one transaction, the first time a
writable open meets them (``quotecheck.index.migrate``).
"""

from __future__ import annotations

import sqlite3
import time

SCHEMA_VERSION = 4
#: Seconds a writer waits for another process's transaction before giving up.
BUSY_TIMEOUT = 30.0
#: Bytes per page of a new index: large pages waste less space per row on small rows.
PAGE_SIZE = 16384
#: The kinds of quote stored, by their number in the ``kind`` column.
KINDS = ("quote", "fragment")

SCHEMA = (
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE documents(id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, name TEXT NOT NULL, path TEXT, "
    "outlet TEXT, date TEXT, url TEXT, title TEXT, first_quote INTEGER NOT NULL, quote_count INTEGER NOT NULL)",
    "CREATE INDEX documents_name ON documents(name)",
    "CREATE TABLE speakers(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)",
    "CREATE TABLE quotes(id INTEGER PRIMARY KEY, document INTEGER NOT NULL, start INTEGER NOT NULL, "
    "text TEXT NOT NULL, speaker INTEGER, kind INTEGER NOT NULL, words INTEGER NOT NULL, sketch INTEGER NOT NULL)",
    "CREATE VIRTUAL TABLE quotes_text USING fts5("
    "normalised, content='', columnsize=0, tokenize='unicode61 remove_diacritics 0')",
    "CREATE VIRTUAL TABLE bands USING fts5(keys, content='', columnsize=0, detail=none)",
    "CREATE TABLE vocabulary(word TEXT PRIMARY KEY, quotes INTEGER NOT NULL) WITHOUT ROWID",
)


def merge_full_text(connection: sqlite3.Connection) -> None:
    """Merge each full-text index into one segment, inside the caller's transaction."""
    for table in ("quotes_text", "bands"):
        connection.execute(f"INSERT INTO {table}({table}) VALUES ('optimize')")


class IndexFileError(Exception):
    """A file that cannot serve as a quotecheck index; its str() is one line naming the file."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {' '.join(reason.split())}")
        self.path = path


def prepare(connection: sqlite3.Connection, path: str, create: bool) -> None:
    """Check the file is an index of our schema: create it in an empty file if ``create``, migrate an older one.

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
                connection.execute(f"PRAGMA page_size = {PAGE_SIZE}")
                connection.execute("PRAGMA journal_mode = WAL")
                connection.execute("BEGIN IMMEDIATE")
                if not tables(connection):  # another process may have created it meanwhile
                    for statement in SCHEMA:
                        connection.execute(statement)
                    connection.execute("INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
                connection.execute("COMMIT")
            version = checked_version(connection, path)
            if version < SCHEMA_VERSION:
                if not create:
                    raise IndexFileError(path, f"index schema version {version} is older than this quotecheck "
                                               f"({SCHEMA_VERSION}); run 'quotecheck index add' on it once to migrate it")
                from quotecheck.index.migrate import migrate

                migrate(connection, version)
            connection.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as error:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            if not any(word in str(error) for word in ("locked", "busy")) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


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


def checked_version(connection: sqlite3.Connection, path: str) -> int:
    """The schema version of a quotecheck index; IndexFileError for other files and newer versions."""
    if "meta" not in tables(connection):
        raise IndexFileError(path, "not a quotecheck index (no meta table)")
    version = schema_version(connection)
    if version is None or version < 1:
        raise IndexFileError(path, "not a quotecheck index (no schema version)")
    if version > SCHEMA_VERSION:
        raise IndexFileError(path, f"index schema version {version} is newer than this quotecheck "
                                   f"({SCHEMA_VERSION}); upgrade quotecheck")
    return version

"""Bring an index written by an older quotecheck up to the current schema, in place.

A migration runs in one transaction, so one that fails or is killed leaves
the file as it was.  Version 1 kept documents by name, the normalised text
in the quotes table and an external-content FTS table with triggers: its
quotes are read back document by document and written again through the
same code as ``Index.add``, so their band keys and text index entries are
the ones a fresh ingest makes.  Version 2 kept band keys of 24 bits in a
B-tree and no word counts: its quotes are copied in id order with their
word counts and sketches, and their band keys and vocabulary counts are
computed into the tables of version 3.  Version 3 kept a document unique by
its name alone (a record's id, a file's path as typed): each document is
given its key (``quotecheck.index.identity``) and its resolved path, a
relative path resolved against the current directory of the process that
migrates, and of two documents that turn out to be one file (``a.txt`` and
``./a.txt``) the one added later is kept, as if it had replaced the other
(``quotecheck.index.schema`` describes the tables).  The page size of a
migrated file stays what it was (WAL files cannot change it).
"""

from __future__ import annotations

import sqlite3

from quotecheck.index import minhash
from quotecheck.index.normalise import normalised
from quotecheck.index.schema import KINDS, SCHEMA, SCHEMA_VERSION, merge_full_text
from quotecheck.index.sketch import sketch

#: Documents read back and written per step of a migration.
BATCH = 500
#: Quotes copied per step of a migration from version 2.
QUOTES = 5000


def migrate(connection: sqlite3.Connection, version: int) -> None:
    """Migrate the open index from schema ``version`` to ``SCHEMA_VERSION`` in one transaction."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        if version == 1:
            from_version_1(connection)  # straight to the current tables
        else:
            if version == 2:
                from_version_2(connection)
            from_version_3(connection)
        merge_full_text(connection)  # one segment each, as after a large add
        connection.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION),))
        connection.execute("COMMIT")
    except BaseException:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise


def from_version_1(connection: sqlite3.Connection) -> None:
    """Rewrite a version 1 index in the current schema."""
    from quotecheck.index.records import identified, keys_of
    from quotecheck.index.store import Index

    for statement in ("DROP TRIGGER IF EXISTS quotes_inserted", "DROP TRIGGER IF EXISTS quotes_deleted",
                      "DROP TABLE IF EXISTS quotes_text", "DROP INDEX IF EXISTS quotes_normalised",
                      "DROP INDEX IF EXISTS quotes_document",
                      "ALTER TABLE documents RENAME TO documents_1", "ALTER TABLE quotes RENAME TO quotes_1"):
        connection.execute(statement)
    for statement in SCHEMA[1:]:  # the meta table stays
        connection.execute(statement)
    index = Index("", connection)
    batch: list[tuple[dict, list[tuple]]] = []
    documents = connection.execute(
        "SELECT id, path, outlet, date, url, title FROM documents_1 ORDER BY id").fetchall()
    for name, path, outlet, date, url, title in documents:
        quotes = [(start, text, normalised(text), speaker, KINDS.index(kind) if kind in KINDS else 0)
                  for start, text, speaker, kind in connection.execute(
                      'SELECT start, text, speaker, kind FROM quotes_1 WHERE document_id = ? ORDER BY start, id',
                      (name,))]
        batch.append(({**identified(name, path, outlet), "outlet": outlet, "date": date, "url": url,
                       "title": title}, quotes))
        if len(batch) >= BATCH:
            index.insert(batch, keys_of(batch))
            batch = []
    if batch:
        index.insert(batch, keys_of(batch))
    connection.execute("DROP TABLE quotes_1")
    connection.execute("DROP TABLE documents_1")


def from_version_2(connection: sqlite3.Connection) -> None:
    """Rewrite a version 2 index in the current schema: word counts, sketches, band keys as tokens, vocabulary."""
    connection.execute("DROP TABLE bands")
    connection.execute("ALTER TABLE quotes RENAME TO quotes_2")
    from quotecheck.index.store import Index

    for statement in SCHEMA:
        if statement.startswith(("CREATE TABLE quotes(", "CREATE VIRTUAL TABLE bands ", "CREATE TABLE vocabulary(")):
            connection.execute(statement)
    rows = connection.execute("SELECT id, document, start, text, speaker, kind FROM quotes_2 ORDER BY id")
    while batch := rows.fetchmany(QUOTES):
        plain = [normalised(row[3]) for row in batch]
        connection.executemany("INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                               [(*row, len(text.split()), sketch(text)) for row, text in zip(batch, plain)])
        connection.executemany("INSERT INTO bands(rowid, keys) VALUES (?, ?)",
                               zip((row[0] for row in batch), minhash.tokens(minhash.keys(plain))))
        Index("", connection).count_words(plain, 1)
    connection.execute("DROP TABLE quotes_2")


def from_version_3(connection: sqlite3.Connection) -> None:
    """Key every document of a version 3 index, keeping the later of two that are one file."""
    from quotecheck.index.records import identified
    from quotecheck.index.store import Index

    connection.execute("ALTER TABLE documents RENAME TO documents_3")
    for statement in SCHEMA:
        if statement.startswith(("CREATE TABLE documents(", "CREATE INDEX documents_name ")):
            connection.execute(statement)
    index = Index("", connection)
    documents = connection.execute("SELECT id, name, path, outlet, date, url, title, first_quote, quote_count "
                                   "FROM documents_3 ORDER BY id")
    for document_id, name, path, outlet, *rest in documents:
        record = identified(name, path, outlet)
        index.remove(record["key"])  # added earlier under another name for the same file
        connection.execute("INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           (document_id, record["key"], name, record["path"], outlet, *rest))
    connection.execute("DROP TABLE documents_3")

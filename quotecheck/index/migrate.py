"""Bring an index written by an older quotecheck up to the current schema, in place.

Each step runs in one transaction, so a migration that fails or is killed
leaves the file as it was.  Version 1 kept documents by name, the
normalised text in the quotes table and an external-content FTS table with
triggers; version 2 is described in ``quotecheck.index.schema``.  The
quotes are read back document by document and written again through the
same code as ``Index.add``, so their band keys and text index entries are
the ones a fresh ingest makes.  The page size of a migrated file stays what
it was (WAL files cannot change it).
"""

from __future__ import annotations

import sqlite3

from quotecheck.index.schema import KINDS, SCHEMA, SCHEMA_VERSION

#: Documents read back and written per step of a migration.
BATCH = 500


def migrate(connection: sqlite3.Connection, version: int) -> None:
    """Migrate the open index from schema ``version`` to ``SCHEMA_VERSION`` in one transaction."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        if version == 1:
            from_version_1(connection)
        connection.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION),))
        connection.execute("COMMIT")
    except BaseException:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise


def from_version_1(connection: sqlite3.Connection) -> None:
    """Rewrite a version 1 index as version 2."""
    from quotecheck.index.normalise import normalised
    from quotecheck.index.store import Index, keys_of

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
        batch.append(({"name": name, "path": path, "outlet": outlet, "date": date, "url": url,
                       "title": title}, quotes))
        if len(batch) >= BATCH:
            index.insert(batch, keys_of(batch))
            batch = []
    if batch:
        index.insert(batch, keys_of(batch))
    connection.execute("DROP TABLE quotes_1")
    connection.execute("DROP TABLE documents_1")

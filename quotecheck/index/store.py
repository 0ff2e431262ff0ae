"""The provenance index: quotes of many articles in one embedded SQLite file.

The file runs in WAL mode with a busy timeout, so several processes can
ingest at once and readers never wait for writers.  Each batch of documents
is one transaction, taken with ``BEGIN IMMEDIATE`` only once the batch's rows
and band keys are ready, so the write lock is held for the writing alone and
a process killed mid-ingest leaves whole batches behind.  The tables are
described in ``quotecheck.index.schema``.

Both full-text indexes (words and band keys) are contentless, so removing
a quote means recomputing its normalised text and keys from its stored
text: both are deterministic, and a change to either function needs a new
schema version.  Full-text indexes answer fastest with few segments, so an
``add`` that brings the quotes added since the last merge to an eighth of
the index merges each into one segment: the merging costs a constant
multiple of what was added, and most adds skip it.
"""

from __future__ import annotations

import itertools
import os
import sqlite3
from collections import Counter
from pathlib import Path
from typing import Iterable, Iterator, Sequence

import attrs

from quotecheck.index import minhash
from quotecheck.index.normalise import normalised
from quotecheck.index.records import SELECT, StoredQuote, keys_of, rows, stored
from quotecheck.index.schema import BUSY_TIMEOUT, IndexFileError, merge_full_text, prepare, schema_version
from quotecheck.index.sketch import sketch

#: Most values bound in one statement: SQLite before 3.32 allows 999.
CHUNK = 900
#: Share of the index added since the last merge of full-text segments that calls for the next one.
MERGE_SHARE = 0.125

def phrase(text: str) -> str:
    """An FTS5 query for the words of normalised ``text`` in order."""
    return '"' + text.replace('"', '""') + '"'


def chunks(values: Sequence, size: int = CHUNK) -> Iterator[Sequence]:
    """``values`` in slices of at most ``size``."""
    for first in range(0, len(values), size):
        yield values[first:first + size]


class Index:
    """An open provenance index; use ``Index.open`` and close it, or use it as a context manager."""

    def __init__(self, path: str, connection: sqlite3.Connection):
        self.path = path
        self.connection = connection

    @classmethod
    def open(cls, path: str | os.PathLike, *, create: bool = True) -> Index:
        """The index at ``path``, created (with its folders) if missing and ``create``; else IndexFileError.

        Without ``create`` the file is only read: an older schema is refused
        rather than migrated.
        """
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
        command line is the one the user meant.  Re-adding a document (the
        same key, ``quotecheck.index.identity``) replaces its quotes.
        """
        overrides = {"outlet": outlet, "date": date, "url": url}
        return self.write_all((rows(result, overrides) for result in results), batch=batch)

    def write_all(self, documents: Iterable[tuple[dict, list[tuple]]], *, batch: int = 500) -> tuple[int, int]:
        """Store (document record, quote rows), ``batch`` documents per transaction: (documents, quotes) added.

        The full-text segments are merged at the end when enough quotes came in (``merge_segments``).
        """
        counts = [0, 0]
        pending: list[tuple[dict, list[tuple]]] = []
        for document in documents:
            pending.append(document)
            if len(pending) >= batch:
                self.write(pending, counts)
                pending = []
        if pending:
            self.write(pending, counts)
        self.merge_segments()
        return counts[0], counts[1]

    def write(self, documents: list[tuple[dict, list[tuple]]], counts: list[int]) -> None:
        """Store a batch of (document record, quote rows) in one transaction, adding to ``counts``.

        A quote row is (start, text, normalised text, speaker name, kind).
        """
        connection = self.connection
        band_keys = keys_of(documents)
        connection.execute("BEGIN IMMEDIATE")
        try:
            added = self.insert(documents, band_keys)
            connection.execute("INSERT INTO meta VALUES ('unmerged', ?) "
                               "ON CONFLICT(key) DO UPDATE SET value = value + excluded.value", (added,))
            connection.execute("COMMIT")
        except BaseException:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise
        counts[0] += len(documents)
        counts[1] += added

    def insert(self, documents: list[tuple[dict, list[tuple]]], band_keys: list[list[int]]) -> int:
        """Write documents, replacing any of the same key, inside the caller's transaction: quotes written.

        ``band_keys`` holds the keys of every quote of ``documents``, in order.
        """
        connection = self.connection
        speaker_ids = self.speaker_ids({quote[3] for _, quotes in documents for quote in quotes} - {None})
        next_id = connection.execute("SELECT coalesce(max(id), 0) + 1 FROM quotes").fetchone()[0]
        # A key given twice in one batch keeps its last text, as if added one after the other.
        last = {document["key"]: place for place, (document, _) in enumerate(documents)}
        quote_rows, text_rows, band_rows = [], [], []
        tokens = iter(minhash.tokens(band_keys))
        for place, (document, quotes) in enumerate(documents):
            quote_tokens = [next(tokens) for _ in quotes]
            if last[document["key"]] != place:
                continue
            self.remove(document["key"])
            connection.execute(
                "INSERT INTO documents(key, name, path, outlet, date, url, title, first_quote, quote_count) "
                "VALUES (:key, :name, :path, :outlet, :date, :url, :title, :first, :count)",
                {**document, "first": next_id, "count": len(quotes)})
            document_id = connection.execute("SELECT last_insert_rowid()").fetchone()[0]
            for quote_id, (start, text, plain, speaker, kind), keys in zip(
                    range(next_id, next_id + len(quotes)), quotes, quote_tokens):
                quote_rows.append((quote_id, document_id, start, text, speaker_ids.get(speaker), kind,
                                   len(plain.split()), sketch(plain)))
                text_rows.append((quote_id, plain))
                band_rows.append((quote_id, keys))
            next_id += len(quotes)
        connection.executemany("INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?)", quote_rows)
        connection.executemany("INSERT INTO quotes_text(rowid, normalised) VALUES (?, ?)", text_rows)
        connection.executemany("INSERT INTO bands(rowid, keys) VALUES (?, ?)", band_rows)
        self.count_words([plain for _, plain in text_rows], 1)
        return len(quote_rows)

    def count_words(self, texts: Iterable[str], sign: int) -> None:
        """Add (``sign`` 1) or take away (-1) normalised ``texts`` from the vocabulary's counts."""
        counts = Counter(word for text in texts for word in set(text.split()))
        self.connection.executemany(
            "INSERT INTO vocabulary VALUES (?, ?) ON CONFLICT(word) DO UPDATE SET quotes = quotes + excluded.quotes",
            sorted((word, sign * count) for word, count in counts.items()))

    def speaker_ids(self, names: set[str]) -> dict[str, int]:
        """The row ids of speaker ``names``, adding the new ones (inside the caller's transaction)."""
        ordered = sorted(names)
        self.connection.executemany("INSERT OR IGNORE INTO speakers(name) VALUES (?)", [(n,) for n in ordered])
        found = {}
        for part in chunks(ordered):
            found.update(self.connection.execute(
                f"SELECT name, id FROM speakers WHERE name IN ({','.join('?' * len(part))})", part))
        return found

    def remove(self, key: str) -> None:
        """Delete the document of ``key`` and its quotes, their text index entries and band keys, if present."""
        connection = self.connection
        row = connection.execute("SELECT id, first_quote, quote_count FROM documents WHERE key = ?",
                                 (key,)).fetchone()
        if row is None:
            return
        document_id, first, count = row
        old = connection.execute("SELECT id, text FROM quotes WHERE id BETWEEN ? AND ? ORDER BY id",
                                 (first, first + count - 1)).fetchall()
        plain = [normalised(text) for _, text in old]
        connection.executemany("INSERT INTO quotes_text(quotes_text, rowid, normalised) VALUES ('delete', ?, ?)",
                               [(quote_id, text) for (quote_id, _), text in zip(old, plain)])
        self.count_words(plain, -1)
        connection.executemany("INSERT INTO bands(bands, rowid, keys) VALUES ('delete', ?, ?)",
                               [(quote_id, keys) for (quote_id, _), keys in zip(old, minhash.tokens(minhash.keys(plain)))])
        connection.execute("DELETE FROM quotes WHERE id BETWEEN ? AND ?", (first, first + count - 1))
        connection.execute("DELETE FROM documents WHERE id = ?", (document_id,))

    def same_article(self, record: dict) -> set[str]:
        """Keys of the stored documents that are the article of ``record`` (``records.identified``).

        That is the document of its key, and a record of its name read from
        its file under any outlet, since ``index add --outlet`` may have
        given the record an outlet a check does not know of.
        """
        return {key for (key,) in self.connection.execute(
            "SELECT key FROM documents WHERE key = :key "
            "UNION SELECT key FROM documents WHERE name = :name AND path = :path", record)}

    def merge_segments(self) -> None:
        """Merge each full-text index into one segment if enough quotes came in since the last merge."""
        connection = self.connection
        connection.execute("BEGIN IMMEDIATE")
        try:
            row = connection.execute("SELECT value FROM meta WHERE key = 'unmerged'").fetchone()
            unmerged = int(row[0]) if row else 0
            total = connection.execute("SELECT coalesce(max(id), 0) FROM quotes").fetchone()[0]
            if unmerged and unmerged >= MERGE_SHARE * total:
                merge_full_text(connection)
                connection.execute("DELETE FROM meta WHERE key = 'unmerged'")
            connection.execute("COMMIT")
        except BaseException:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise

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

    def quotes(self, ids: Iterable[int]) -> list[StoredQuote]:
        """The quotes with these ids, by id."""
        found = []
        for part in chunks(sorted(set(ids))):
            cursor = self.connection.execute(SELECT + f"WHERE q.id IN ({','.join('?' * len(part))})", part)
            found += map(stored, cursor)
        return sorted(found, key=lambda quote: quote.id)

    def texts(self, ids: Iterable[int]) -> dict[int, str]:
        """The stored text of each of these quote ids: one table, no joins, for screening candidates."""
        return self.column("text", ids)

    def sketches(self, ids: Iterable[int], *, least_words: int = 0) -> dict[int, int]:
        """The word sketch of those of these quote ids with ``least_words`` normalised words or more."""
        return self.column("sketch", ids, "AND words >= ?", (least_words,))

    def column(self, name: str, ids: Iterable[int], condition: str = "", values: tuple = ()) -> dict:
        """Quote id -> one column of the quotes table, for these ids (and a further SQL ``condition``)."""
        found: dict = {}
        for part in chunks(sorted(set(ids))):
            found.update(self.connection.execute(
                f"SELECT id, {name} FROM quotes WHERE id IN ({','.join('?' * len(part))}) {condition}",
                (*part, *values)))
        return found

    def phrase_ids(self, text: str, limit: int | None = None) -> list[int]:
        """Ids of the quotes holding the words of normalised ``text`` as a phrase, by id, at most ``limit``."""
        return [rowid for (rowid,) in self.connection.execute(
            "SELECT rowid FROM quotes_text WHERE quotes_text MATCH ? ORDER BY rowid LIMIT ?",
            (phrase(text), -1 if limit is None else limit))] if text else []

    def sharing_bands(self, keys: Sequence[int]) -> set[int]:
        """Ids of the quotes with any of these band keys."""
        if not keys:
            return set()
        query = " OR ".join(minhash.tokens([keys])[0].split())
        return {quote for (quote,) in self.connection.execute("SELECT rowid FROM bands WHERE bands MATCH ?", (query,))}

    def band_rows(self) -> Iterator[tuple[str, int]]:
        """Every (band key token, quote id), by token: the quotes that share each band."""
        self.connection.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.band_keys USING fts5vocab(main, bands, instance)")
        yield from self.connection.execute("SELECT term, doc FROM temp.band_keys")

    def containing(self, text: str, *, limit: int | None = None) -> list[StoredQuote]:
        """Quotes holding the words of normalised ``text`` as a phrase, by id, at most ``limit``."""
        return self.quotes(self.phrase_ids(text, limit))

    def sharing_rare_words(self, text: str, *, words: int = 5, together: int = 3, limit: int = 200) -> list[int]:
        """Ids of quotes holding ``together`` of the ``words`` rarest words of normalised ``text``.

        Three of five words survive any two changed words, so this finds
        altered quotes whose character grams changed too much for the bands.
        The rarest words by the vocabulary's counts (then the longest) make
        the search fast, as the full-text index reads every quote of each
        word, and its answer short.  At most ``limit`` ids.
        """
        distinct = sorted(set(text.split()))
        counts: dict[str, int] = {}
        for part in chunks(distinct):
            counts.update(self.connection.execute(
                f"SELECT word, quotes FROM vocabulary WHERE word IN ({','.join('?' * len(part))})", part))
        rarest = sorted(distinct, key=lambda word: (counts.get(word, 0), -len(word), word))[:words]
        if len(rarest) < together:
            return []
        pairs = " OR ".join("(" + " AND ".join(map(phrase, chosen)) + ")"
                            for chosen in itertools.combinations(rarest, together))
        return [rowid for (rowid,) in self.connection.execute(
            "SELECT rowid FROM quotes_text WHERE quotes_text MATCH ? LIMIT ?", (pairs, limit))]

    def search(self, text: str, limit: int = 20) -> list[StoredQuote]:
        """Quotes holding the words of ``text`` as a phrase, after normalising them."""
        return self.containing(normalised(text), limit=limit)

    def export(self) -> Iterator[dict]:
        """Every quote as a dict with its document's metadata, by document id and offset."""
        for quote in self.all():
            yield attrs.asdict(quote)

    def all(self) -> Iterator[StoredQuote]:
        """Every quote, by document id and offset."""
        cursor = self.connection.execute(SELECT + "ORDER BY d.name, q.start, q.id")
        yield from map(stored, cursor)

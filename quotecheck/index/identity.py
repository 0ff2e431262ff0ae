"""Which stored article a document is: the key the index and the archive replace and group documents by.

A newsroom adds the same file from different folders, typed different
ways, and receives feeds from several outlets that number their articles
alike (every feed has an article "1").  So:

- a file (plain text, Markdown, HTML) is one article whatever its outlet,
  named by its resolved absolute path: ``draft.txt``, ``./draft.txt`` and
  ``/home/desk/draft.txt`` are one file, and so is a symbolic link to it;
  standard input is ``<stdin>``, or the file ``--stdin-filename`` names;
- a record of a corpus (a JSONL line, a Parquet row) is its outlet's
  article of that id: the same id from the same outlet is the same article,
  even in a later feed file, so a corrected version replaces the first;
- a record with no outlet is the article of that id in that corpus file,
  since nothing else says whose numbering its id follows.

The key is the JSON text of that identity, ``["file", PATH]``,
``["outlet", OUTLET, ID]`` or ``["source", PATH, ID]``, so two identities
never share a key.  A relative path is resolved against the current
directory of the process that reads it.  The embedded index and the
archive both key documents with ``identity``, through
``quotecheck.index.records.rows``, and ``quotecheck check --index`` keys a
draft the same way to leave its own earlier version out.
"""

from __future__ import annotations

import json
import os

from quotecheck.readers import STDIN_PATH


def located(path: str | None) -> str | None:
    """The resolved absolute form of the path a document was read from; standard input stays as it is named."""
    return path if path in (None, "", STDIN_PATH) else os.path.realpath(path)


def identity(name: str, path: str | None, outlet: str | None) -> tuple[str, str | None]:
    """The key and resolved path of the document ``name`` read from ``path`` (as typed), published by ``outlet``.

    A document whose name is its path is a whole file; any other is a
    record of a corpus.
    """
    where = located(path)
    if name == path:
        return json.dumps(["file", where]), where
    if outlet:
        return json.dumps(["outlet", outlet, name]), where
    return json.dumps(["source", where, name]), where

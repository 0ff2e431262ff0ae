"""Which indexed article a document is: outlets' ids, files typed two ways, and indexes keyed before that."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3

import pytest

from quotecheck.cli import main
from quotecheck.index import Index, normalised

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DRAFT = os.path.join(ROOT, "samples", "massoud-draft.txt")
#: Two feeds that number their articles alike; invented for testing.
FEED_A = {"id": "1", "text": '"We will not surrender the valley to anyone who comes with guns," Ahmad Massoud said.'}
FEED_B = {"id": "1", "text": '"The school will open again in the spring, with more teachers," Lisa Maddox said.'}


def corpus(path, *records: dict) -> str:
    """Write ``records`` as a JSONL corpus at ``path``."""
    path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    return str(path)


def counts(index: str) -> tuple[int, int]:
    """(documents, quotes) of the index file."""
    with Index.open(index, create=False) as opened:
        stats = opened.stats()
    return stats["documents"], stats["quotes"]


def codes(capsys, *arguments: str) -> list[str]:
    """The finding codes ``quotecheck check ARGUMENTS --format jsonl`` reports."""
    main(["check", "--format", "jsonl", *arguments])
    return [json.loads(line)["code"] for line in capsys.readouterr().out.splitlines()]


@pytest.fixture
def desk(tmp_path, monkeypatch):
    """An empty folder to work in, with the index file it holds."""
    monkeypatch.chdir(tmp_path)
    return str(tmp_path / "quotes.sqlite")


def test_two_outlets_articles_of_one_id_are_two_documents(desk, tmp_path):
    first, second = corpus(tmp_path / "feedA.jsonl", FEED_A), corpus(tmp_path / "feedB.jsonl", FEED_B)
    assert main(["index", "add", first, "--outlet", "A", "--index", desk]) == 0
    assert main(["index", "add", second, "--outlet", "B", "--index", desk]) == 0
    assert counts(desk) == (2, 2)
    with Index.open(desk) as index:
        assert {(quote.document_id, quote.outlet) for quote in index.all()} == {("1", "A"), ("1", "B")}
    # The same outlet's article of that id, again or corrected in a later feed, replaces the first.
    assert main(["index", "add", first, "--outlet", "A", "--index", desk]) == 0
    later = corpus(tmp_path / "feedA-later.jsonl", {**FEED_A, "outlet": "A", "text": FEED_A["text"] + " Twice."})
    assert main(["index", "add", later, "--index", desk]) == 0
    assert counts(desk) == (2, 2)


def test_a_quote_two_outlets_ran_under_one_id_is_a_cluster_of_two_articles(desk, tmp_path):
    from quotecheck.index.clusters import index_clusters

    same = {**FEED_B, "text": FEED_A["text"]}
    for name, record, outlet in (("feedA.jsonl", FEED_A, "A"), ("feedB.jsonl", same, "B")):
        assert main(["index", "add", corpus(tmp_path / name, record), "--outlet", outlet, "--index", desk]) == 0
    with Index.open(desk) as index:
        (cluster,) = index_clusters(index)
    assert cluster.articles == 2 and [member.outlet for member in cluster.members] == ["A", "B"]


def test_records_with_no_outlet_are_their_corpus_files_articles(desk, tmp_path):
    first, second = corpus(tmp_path / "feedA.jsonl", FEED_A), corpus(tmp_path / "feedB.jsonl", FEED_B)
    for path in (first, second, first, "./feedA.jsonl"):
        assert main(["index", "add", path, "--index", desk]) == 0
    assert counts(desk) == (2, 2)


def test_a_file_typed_three_ways_or_through_a_link_is_one_document(desk, tmp_path):
    shutil.copy(DRAFT, tmp_path / "draft.txt")
    os.symlink(tmp_path / "draft.txt", tmp_path / "link.txt")
    for path in ("draft.txt", "./draft.txt", str(tmp_path / "draft.txt"), "link.txt"):
        assert main(["index", "add", path, "--index", desk]) == 0
    assert counts(desk) == (1, 8)
    (tmp_path / "copy.txt").write_bytes((tmp_path / "draft.txt").read_bytes())
    assert main(["index", "add", "copy.txt", "--index", desk]) == 0
    assert counts(desk) == (2, 16)


def test_an_indexed_file_checked_by_another_path_is_not_its_own_source(desk, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    assert main(["index", "add", "samples/massoud-draft.txt", "--index", desk]) == 0
    capsys.readouterr()
    assert "QC302" not in codes(capsys, DRAFT, "--index", desk)
    assert "QC302" not in codes(capsys, "./samples/../samples/massoud-draft.txt", "--index", desk)
    # A copy elsewhere is another article that carries the same quotes.
    shutil.copy(DRAFT, tmp_path / "copy.txt")
    assert codes(capsys, str(tmp_path / "copy.txt"), "--index", desk).count("QC302") == 8


def test_standard_input_named_as_the_indexed_file_is_that_file(desk, tmp_path, capsys, monkeypatch):
    import io
    import sys

    shutil.copy(DRAFT, tmp_path / "draft.txt")
    assert main(["index", "add", "draft.txt", "--index", desk]) == 0
    capsys.readouterr()
    for name in ("draft.txt", str(tmp_path / "draft.txt"), "other.txt"):
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(open(DRAFT, "rb").read())))
        found = codes(capsys, "-", "--stdin-filename", name, "--index", desk)
        assert found.count("QC302") == (8 if name == "other.txt" else 0)


def test_a_record_checked_from_its_feed_is_not_its_own_source_but_the_other_outlets_is(desk, tmp_path, capsys):
    same = {**FEED_B, "text": FEED_A["text"]}  # outlet B ran outlet A's quote under the same id
    first, second = corpus(tmp_path / "feedA.jsonl", FEED_A), corpus(tmp_path / "feedB.jsonl", same)
    assert main(["index", "add", first, "--outlet", "A", "--index", desk]) == 0
    assert main(["index", "add", second, "--outlet", "B", "--index", desk]) == 0
    capsys.readouterr()
    # A check does not know the outlet '--outlet' gave: the record's file and id say which article it is.
    main(["check", "--format", "jsonl", first, "--index", desk, "--select", "QC302"])
    [finding] = map(json.loads, capsys.readouterr().out.splitlines())
    assert "first by B" in finding["message"] and "1 indexed article(s)" in finding["message"]


#: What makes an index of schema version 4 one of version 3, which kept a document unique by its name
#: and its path as typed: the other tables are the same.  The copy of the draft added as ``copy.txt``
#: becomes the draft added again as ``./draft.txt``, which version 3 kept apart; the feed's path is
#: the relative one it was typed as.
TO_VERSION_3 = """
DROP INDEX documents_name;
ALTER TABLE documents RENAME TO documents_4;
CREATE TABLE documents(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, path TEXT, outlet TEXT,
    date TEXT, url TEXT, title TEXT, first_quote INTEGER NOT NULL, quote_count INTEGER NOT NULL);
INSERT INTO documents SELECT id, CASE name WHEN 'copy.txt' THEN './draft.txt' ELSE name END,
    CASE name WHEN 'copy.txt' THEN './draft.txt' WHEN 'draft.txt' THEN name ELSE 'feedA.jsonl' END,
    outlet, date, url, title, first_quote, quote_count FROM documents_4 ORDER BY id;
DROP TABLE documents_4;
UPDATE meta SET value = '3' WHERE key = 'schema_version';
"""


def version_3_index(path, tmp_path) -> str:
    """An index as quotecheck wrote it with schema version 3: the draft added as ``draft.txt`` and
    as ``./draft.txt``, and a feed's record added with ``--outlet``."""
    shutil.copy(DRAFT, tmp_path / "draft.txt")
    shutil.copy(DRAFT, tmp_path / "copy.txt")
    feed = corpus(tmp_path / "feedA.jsonl", FEED_A)
    for added in (["draft.txt"], [feed, "--outlet", "A"], ["copy.txt"]):
        assert main(["index", "add", *added, "--index", str(path)]) == 0
    with sqlite3.connect(path) as old:
        old.executescript(TO_VERSION_3)
    old.close()
    return str(path)


def test_version_3_index_is_keyed_and_keeps_working(desk, tmp_path, capsys):
    old = version_3_index(tmp_path / "old.sqlite", tmp_path)
    assert main(["index", "stats", "--index", old]) == 2  # a read does not migrate
    assert "run 'quotecheck index add' on it once to migrate it" in capsys.readouterr().err
    # Another feed's article "1", with no outlet: version 3 would have put it in the place of the first.
    assert main(["index", "add", corpus(tmp_path / "feedB.jsonl", FEED_B), "--index", old]) == 0
    # draft.txt and ./draft.txt were one file: the later is kept.
    assert counts(old) == (3, 10)
    with Index.open(old) as index:
        connection = index.connection
        assert index.stats()["schema_version"] == 4
        for table in ("quotes_text", "bands"):
            connection.execute(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")
        names = set(connection.execute("SELECT name, path FROM documents"))
        ids = sorted(quote for (quote,) in connection.execute("SELECT id FROM quotes"))
        assert sorted({quote for _, quote in index.band_rows()}) == ids
        words = dict(connection.execute("SELECT word, quotes FROM vocabulary WHERE quotes > 0"))
        texts = [normalised(text).split() for (text,) in connection.execute("SELECT text FROM quotes")]
    assert names == {("./draft.txt", os.path.realpath(tmp_path / "draft.txt")),
                     ("1", os.path.realpath(tmp_path / "feedA.jsonl")),
                     ("1", os.path.realpath(tmp_path / "feedB.jsonl"))}
    assert words == {word: sum(word in text for text in texts) for text in texts for word in text}
    capsys.readouterr()
    assert "QC302" not in codes(capsys, str(tmp_path / "draft.txt"), "--index", old)
    for added in (["draft.txt"], [str(tmp_path / "feedA.jsonl"), "--outlet", "A"]):
        assert main(["index", "add", *added, "--index", old]) == 0
    assert counts(old) == (3, 10)

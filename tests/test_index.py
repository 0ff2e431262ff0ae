"""The provenance index: storing quotes, reopening, matching, bad files, concurrent and killed writers."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest

from quotecheck.index import Index, IndexFileError, match, minhash, normalised
from quotecheck.index.clusters import index_clusters
from quotecheck.index.sketch import sketch
from quotecheck.index.schema import SCHEMA_VERSION
from quotecheck.pipeline import Options, run
from quotecheck.readers import read_source

BRIDGE = "The mayor said: \u201cWe will build a new bridge across the river next year.\u201d"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def attributed(data: str, path: str = "a.txt", form: str = "txt") -> list:
    """The pipeline's results for ``data`` read as ``form``."""
    return list(run(read_source(data.encode(), path, form), Options()))


def jsonl(*records: dict) -> list:
    """The pipeline's results for a JSONL corpus of ``records``."""
    return attributed("".join(json.dumps(record) + "\n" for record in records), "c.jsonl", "jsonl")


@pytest.fixture
def index(tmp_path):
    with Index.open(tmp_path / "deep" / "q.sqlite") as opened:
        yield opened


def test_normalised_unifies_marks_case_spaces_and_ellipses():
    assert normalised("\u201cDon\u2019t  STOP\u2026 now. .. \ufb01ne\u201d") == "dont stop now fine"
    assert normalised('"don\'t stop... now fine"') == "dont stop now fine"


def test_create_and_reopen_keeps_quotes_and_schema_version(tmp_path):
    path = tmp_path / "deep" / "q.sqlite"
    with Index.open(path) as index:
        assert index.add(attributed(BRIDGE)) == (1, 1)
    with Index.open(path, create=False) as index:
        stats = index.stats()
        version = index.connection.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        mode = index.connection.execute("PRAGMA journal_mode").fetchone()[0]
    assert version == (str(SCHEMA_VERSION),) and stats["schema_version"] == SCHEMA_VERSION == 4
    assert mode == "wal"
    assert stats["documents"] == 1 and stats["quotes"] == 1 and stats["bytes"] > 0


def test_open_without_create_refuses_missing_file(tmp_path):
    with pytest.raises(IndexFileError, match="no such index"):
        Index.open(tmp_path / "missing.sqlite", create=False)
    assert not (tmp_path / "missing.sqlite").exists()


def test_readding_replaces_quotes(index):
    index.add(attributed(BRIDGE))
    assert index.add(attributed(BRIDGE + ' She added: "It will cost a great deal of money to build."')) == (1, 2)
    assert index.stats()["documents"] == 1 and index.stats()["quotes"] == 2
    assert index.add(attributed(BRIDGE)) == (1, 1)
    assert index.stats()["quotes"] == 1
    assert len(index.search("new bridge across")) == 1


def test_only_speech_is_stored_with_speakers(index):
    index.add(attributed('Mayor Jane Smith said: "We will build a new bridge." It was a so-called "bargain".'))
    (record,) = list(index.export())
    assert record["kind"] == "quote" and record["speaker"] == "Jane Smith"
    assert record["text"] == '"We will build a new bridge."'


def test_metadata_from_jsonl_fields_with_overrides(index):
    index.add(jsonl({"id": "a1", "text": BRIDGE, "outlet": "Gazette", "date": "2016-01-02"},
                    {"id": "a2", "text": BRIDGE, "url": "http://b"}), url="http://cli")
    records = {record["document_id"]: record for record in index.export()}
    assert records["a1"]["outlet"] == "Gazette" and records["a1"]["date"] == "2016-01-02"
    assert records["a1"]["url"] == records["a2"]["url"] == "http://cli"
    assert records["a2"]["outlet"] is None and records["a1"]["path"] == os.path.realpath("c.jsonl")
    stats = index.stats()
    assert (stats["outlets"], stats["first_date"], stats["last_date"]) == (1, "2016-01-02", "2016-01-02")


def test_metadata_from_markdown_front_matter(index):
    article = f"---\ntitle: Bridge\noutlet: Times\ndate: 2017-03-04\nurl: http://t\n---\n{BRIDGE}\n"
    index.add(attributed(article, "a.md", "md"))
    (record,) = list(index.export())
    assert (record["title"], record["outlet"], record["date"], record["url"]) == (
        "Bridge", "Times", "2017-03-04", "http://t")


@pytest.mark.parametrize("draft", [
    '"We will build a new bridge across the river next year."',
    "\u201cwe WILL build a new bridge across   the river next year\u201d",
    "'We will build a new bridge across the river. .. next year.'",
])
def test_exact_match_ignores_marks_case_spaces_and_ellipses(index, draft):
    index.add(jsonl({"id": "a1", "text": BRIDGE, "outlet": "Gazette", "date": "2016-01-02"}))
    (found,) = match(index, draft)
    assert (found.kind, found.score, found.document_id, found.outlet, found.date) == (
        "exact", 1.0, "a1", "Gazette", "2016-01-02")
    assert found.speaker is not None and found.diff is None


def test_excerpt_match_needs_six_words(index):
    index.add(jsonl({"id": "late", "text": BRIDGE, "date": "2018-01-01"},
                    {"id": "early", "text": BRIDGE, "date": "2015-01-01"}))
    found = match(index, "\u201cbuild a new bridge across the\u201d")
    assert [(one.kind, one.document_id) for one in found] == [("excerpt", "early"), ("excerpt", "late")]
    assert found[0].score == pytest.approx(6 / 11)
    assert match(index, '"build a new bridge across"') == []
    assert match(index, '"uild a new bridge across the"') == []


def test_search_is_a_phrase_search(index):
    index.add(attributed(BRIDGE))
    assert [one.document_id for one in index.search("New Bridge")] == ["a.txt"]
    assert index.search("bridge new") == [] and index.search("...") == []


def one_line(error: IndexFileError, path) -> str:
    """The error's text, checked to be one line naming the file."""
    text = str(error)
    assert "\n" not in text and text.startswith(f"{path}: ")
    return text


def test_corrupt_file_is_refused_in_one_line(tmp_path):
    path = tmp_path / "x.sqlite"
    path.write_bytes(os.urandom(4096))
    with pytest.raises(IndexFileError) as error:
        Index.open(path)
    assert "not a quotecheck index" in one_line(error.value, path)


def test_foreign_database_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE people(name TEXT)")
    connection.close()
    with pytest.raises(IndexFileError) as error:
        Index.open(path)
    assert "not a quotecheck index" in one_line(error.value, path)
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] != "wal"
    connection.close()


def test_newer_schema_version_is_refused(tmp_path):
    path = tmp_path / "new.sqlite"
    Index.open(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE meta SET value = '7' WHERE key = 'schema_version'")
    connection.close()
    with pytest.raises(IndexFileError) as error:
        Index.open(path)
    assert one_line(error.value, path).endswith(
        "index schema version 7 is newer than this quotecheck (4); upgrade quotecheck")


#: A child process that ingests ``count`` one-quote documents named ``prefix``-n in batches of ``batch``.
INGEST = textwrap.dedent("""
    import sys
    from quotecheck.index import Index
    from quotecheck.pipeline import Options, run
    from quotecheck.readers import read_source

    path, prefix, count, batch = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])

    def documents():
        for number in range(count):
            text = f'Jane Smith said: "Document {prefix} {number} says the bridge will open soon."'
            yield from read_source(text.encode(), f"{prefix}-{number}.txt", "txt")

    with Index.open(path) as index:
        print("ready", flush=True)
        index.add(run(documents(), Options()), batch=batch)
""")


def ingest(path, prefix: str, count: int, batch: int) -> subprocess.Popen:
    """A child process running ``INGEST``."""
    return subprocess.Popen([sys.executable, "-c", INGEST, str(path), prefix, str(count), str(batch)],
                            cwd=ROOT, stdout=subprocess.PIPE, text=True)


def test_two_processes_ingesting_at_once_lose_nothing(tmp_path):
    path = tmp_path / "shared.sqlite"
    children = [ingest(path, prefix, 150, 10) for prefix in ("left", "right")]
    for child in children:
        child.communicate(timeout=120)
        assert child.returncode == 0
    with Index.open(path, create=False) as index:
        assert index.stats()["documents"] == 300 and index.stats()["quotes"] == 300
        assert len(index.search("document left 149 says")) == 1
        assert len(index.search("document right 0 says")) == 1


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_writer_leaves_whole_batches(tmp_path):
    path = tmp_path / "killed.sqlite"
    batch = 25
    child = ingest(path, "doc", 100_000, batch)
    try:
        assert child.stdout.readline().strip() == "ready"
        with Index.open(path, create=False) as index:
            deadline = time.monotonic() + 60
            while index.stats()["documents"] == 0 and time.monotonic() < deadline:
                time.sleep(0.01)
            assert index.stats()["documents"] > 0
        child.send_signal(signal.SIGKILL)
    finally:
        child.kill()
        child.communicate()
    assert child.returncode == -signal.SIGKILL
    with Index.open(path, create=False) as index:
        assert index.connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # FTS5 raises if its index disagrees with the quotes table.
        index.connection.execute("INSERT INTO quotes_text(quotes_text) VALUES ('integrity-check')")
        stats = index.stats()
    assert 0 < stats["documents"] < 100_000
    assert stats["documents"] % batch == 0 and stats["quotes"] == stats["documents"]


def test_index_commands_add_stats_search_and_export(tmp_path, monkeypatch, capsys):
    from quotecheck.cli import main

    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text('"We will not surrender the valley," Ahmad Massoud said.\n', encoding="utf-8")
    assert main(["index", "add", "a.txt", "--outlet", "Desk", "--date", "2021-09-10"]) == 0
    assert main(["index", "add", "a.txt", "--outlet", "Desk", "--date", "2021-09-10"]) == 0
    assert (tmp_path / ".quotecheck" / "index.sqlite").is_file()
    capsys.readouterr()
    assert main(["index", "stats"]) == 0
    assert "documents: 1\nquotes: 1\n" in capsys.readouterr().out
    assert main(["index", "search", "NOT surrender"]) == 0
    assert capsys.readouterr().out == ('a.txt:0: Ahmad Massoud: "We will not surrender the valley," '
                                       "(Desk, 2021-09-10)\n")
    assert main(["index", "export"]) == 0
    [record] = map(json.loads, capsys.readouterr().out.splitlines())
    assert (record["speaker"], record["outlet"], record["date"]) == ("Ahmad Massoud", "Desk", "2021-09-10")


def test_index_commands_take_the_configured_index_and_refuse_a_foreign_file(tmp_path, monkeypatch, capsys):
    from quotecheck.cli import main

    monkeypatch.chdir(tmp_path)
    (tmp_path / "quotecheck.toml").write_text('index = "store/quotes.sqlite"\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text('"We will hold," Lisa Curtis said.\n', encoding="utf-8")
    assert main(["index", "add", "a.txt"]) == 0
    assert (tmp_path / "store" / "quotes.sqlite").is_file()
    (tmp_path / "notes.txt").write_text("not a database\n" * 200, encoding="utf-8")
    capsys.readouterr()
    assert main(["index", "stats", "--index", "notes.txt"]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "notes.txt: not a quotecheck index" in error
    assert main(["index", "stats", "--index", "missing.sqlite"]) == 2


def test_altered_match_carries_score_and_diff(index):
    index.add(jsonl({"id": "a1", "text": BRIDGE, "outlet": "Gazette", "date": "2016-01-02"}))
    (found,) = match(index, "\u201cWe will build a new tunnel across the river next year.\u201d")
    assert (found.kind, found.document_id) == ("altered", "a1")
    assert found.score == pytest.approx(10 / 11)
    assert found.diff == "we will build a new [-bridge-] {+tunnel+} across the river next year"
    assert match(index, '"We will never build anything at all, not this year."') == []


def test_same_name_twice_in_a_batch_keeps_the_last(index):
    second = BRIDGE.replace("bridge", "tunnel")
    assert index.add(jsonl({"id": "a1", "text": BRIDGE}, {"id": "a1", "text": second}))[1] == 1
    assert [record["text"] for record in index.export()] == [second[second.index("\u201c"):]]
    assert index.search("new bridge") == [] and len(index.search("new tunnel")) == 1


def test_replacing_documents_keeps_the_text_index_and_bands_whole(index):
    for round_ in range(3):
        index.add(jsonl(*({"id": f"a{n}", "text": BRIDGE.replace("next year", f"in {round_ + n} years")}
                          for n in range(5))))
    connection = index.connection
    for table in ("quotes_text", "bands"):
        connection.execute(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")
    assert connection.execute("SELECT count(*) FROM quotes").fetchone()[0] == 5
    owners = [quote for _, quote in index.band_rows()]
    ids = [quote for (quote,) in connection.execute("SELECT id FROM quotes")]
    assert sorted(set(owners)) == sorted(ids) and len(owners) == 5 * minhash.BANDS
    texts = [normalised(text) for (text,) in connection.execute("SELECT text FROM quotes")]
    counted = dict(connection.execute("SELECT word, quotes FROM vocabulary WHERE quotes > 0"))
    assert counted == {word: sum(word in text.split() for text in texts) for text in texts for word in text.split()}
    assert len(index.search("new bridge across the river")) == 5


#: The tables of schema version 1, as the first index release wrote them.
VERSION_1 = (
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE documents(id TEXT PRIMARY KEY, path TEXT, outlet TEXT, date TEXT, url TEXT, title TEXT)",
    'CREATE TABLE quotes(id INTEGER PRIMARY KEY, document_id TEXT NOT NULL, start INTEGER NOT NULL, '
    '"end" INTEGER NOT NULL, text TEXT NOT NULL, normalised TEXT NOT NULL, speaker TEXT, kind TEXT NOT NULL, '
    "words INTEGER NOT NULL)",
    "CREATE INDEX quotes_normalised ON quotes(normalised)",
    "CREATE VIRTUAL TABLE quotes_text USING fts5(normalised, content='quotes', content_rowid='id')",
    "CREATE TRIGGER quotes_inserted AFTER INSERT ON quotes BEGIN "
    "INSERT INTO quotes_text(rowid, normalised) VALUES (new.id, new.normalised); END",
    "INSERT INTO meta VALUES ('schema_version', '1')",
    "INSERT INTO documents VALUES ('a1', 'a.txt', 'Gazette', '2016-01-02', NULL, NULL)",
    "INSERT INTO quotes(document_id, start, \"end\", text, normalised, speaker, kind, words) VALUES "
    "('a1', 16, 72, '\u201cWe will build a new bridge across the river next year.\u201d', "
    "'we will build a new bridge across the river next year', 'Jane Smith', 'quote', 11)",
)


def old_index(path, statements: tuple[str, ...]):
    """An index file written by an older quotecheck: ``statements`` run on a new file at ``path``."""
    with sqlite3.connect(path) as connection:
        for statement in statements:
            connection.execute(statement)
    connection.close()
    return path


def test_version_1_index_is_migrated_on_a_writable_open_and_refused_on_a_read(tmp_path):
    path = old_index(tmp_path / "old.sqlite", VERSION_1)
    with pytest.raises(IndexFileError) as error:
        Index.open(path, create=False)
    assert one_line(error.value, path).endswith(
        "index schema version 1 is older than this quotecheck (4); run 'quotecheck index add' on it once to migrate it")
    with Index.open(path) as index:
        assert index.stats()["schema_version"] == 4
        (record,) = list(index.export())
        (found,) = match(index, '"We will build a new tunnel across the river next year."')
    assert (record["document_id"], record["outlet"], record["speaker"], record["end"]) == (
        "a1", "Gazette", "Jane Smith", 72)
    assert found.kind == "altered" and found.document_id == "a1"


#: The tables of schema version 2: band keys of 24 bits in a B-tree, no word counts.
VERSION_2 = (
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE documents(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, path TEXT, outlet TEXT, "
    "date TEXT, url TEXT, title TEXT, first_quote INTEGER NOT NULL, quote_count INTEGER NOT NULL)",
    "CREATE TABLE speakers(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)",
    "CREATE TABLE quotes(id INTEGER PRIMARY KEY, document INTEGER NOT NULL, start INTEGER NOT NULL, "
    "text TEXT NOT NULL, speaker INTEGER, kind INTEGER NOT NULL)",
    "CREATE VIRTUAL TABLE quotes_text USING fts5("
    "normalised, content='', columnsize=0, tokenize='unicode61 remove_diacritics 0')",
    "CREATE TABLE bands(key INTEGER NOT NULL, quote INTEGER NOT NULL, PRIMARY KEY(key, quote)) WITHOUT ROWID",
    "INSERT INTO meta VALUES ('schema_version', '2')",
    "INSERT INTO documents VALUES (1, 'a1', 'a.txt', 'Gazette', '2016-01-02', NULL, NULL, 1, 2)",
    "INSERT INTO documents VALUES (2, 'b1', 'b.txt', 'Ledger', '2016-01-05', NULL, NULL, 3, 1)",
    "INSERT INTO speakers VALUES (1, 'Jane Smith')",
    "INSERT INTO quotes VALUES (1, 1, 16, '\u201cWe will build a new bridge across the river next year.\u201d', 1, 0)",
    "INSERT INTO quotes VALUES (2, 1, 90, '\u201cNo comment.\u201d', NULL, 0)",
    "INSERT INTO quotes VALUES (3, 2, 0, '\u201cWe will build a new bridge across the river.\u201d', 1, 0)",
    "INSERT INTO quotes_text(rowid, normalised) VALUES "
    "(1, 'we will build a new bridge across the river next year'), (2, 'no comment'), "
    "(3, 'we will build a new bridge across the river')",
    "INSERT INTO bands VALUES (-5, 1), (-5, 3), (12, 2)",
)


def test_version_2_index_gets_word_counts_and_band_tokens(tmp_path):
    with Index.open(old_index(tmp_path / "v2.sqlite", VERSION_2)) as index:
        connection = index.connection
        assert index.stats()["schema_version"] == 4
        assert connection.execute("SELECT id, words FROM quotes ORDER BY id").fetchall() == [(1, 11), (2, 2), (3, 9)]
        assert connection.execute("SELECT sketch FROM quotes WHERE id = 2").fetchone() == (sketch("no comment"),)
        connection.execute("INSERT INTO bands(bands) VALUES ('integrity-check')")
        assert sorted({quote for _, quote in index.band_rows()}) == [1, 2, 3]
        assert connection.execute("SELECT quotes FROM vocabulary WHERE word IN ('bridge', 'year')").fetchall() == [(2,), (1,)]
        kinds = {found.quote_id: found.kind for found in match(index, "We will build a new tunnel across the river next year.")}
        (cluster,) = index_clusters(index)
    assert kinds == {1: "altered", 3: "altered"}
    assert {member.document_id for member in cluster.members} == {"a1", "b1"} and cluster.first_date == "2016-01-02"


#: Three articles that carry one quotation three ways, and an unrelated one; invented for testing.
CLUSTERED = [
    {"id": "ledger", "outlet": "Ledger", "date": "2021-08-22",
     "text": '"We will never surrender the valley to anyone who comes with guns," Ahmad Massoud said.'},
    {"id": "gazette", "outlet": "Gazette", "date": "2021-08-20",
     "text": '"We will never surrender the valley to anyone who comes with guns and tanks," Ahmad Massoud said.'},
    {"id": "courier", "outlet": "Courier", "date": "2021-08-25",
     "text": '"We shall never surrender the valley to anyone who comes with guns," Lisa Curtis said.'},
    {"id": "herald", "outlet": "Herald", "date": "2021-08-21",
     "text": '"The school will open again in the spring, with more teachers," Lisa Maddox said.'},
]


def test_clusters_join_variants_with_the_longest_as_root_and_the_first_date(index):
    from quotecheck.index.clusters import several_speakers

    index.add(jsonl(*CLUSTERED))
    (found,) = index_clusters(index)
    assert found.root.startswith('"We will never surrender') and found.root.endswith('guns and tanks,"')
    assert (found.first_date, found.first_outlet, found.articles) == ("2021-08-20", "Gazette", 3)
    assert found.speakers == ("Ahmad Massoud", "Lisa Curtis") and several_speakers(found)
    kinds = {member.document_id: (member.kind, member.diff) for member in found.members}
    assert kinds["gazette"] == ("exact", None)
    assert kinds["ledger"] == ("excerpt", "we will never surrender the valley to anyone who comes with guns "
                                          "[-and tanks-]")
    assert kinds["courier"][0] == "altered" and "[-will-] {+shall+}" in kinds["courier"][1]


def test_clusters_command_formats_and_multi_speaker_filter(tmp_path, capsys):
    from quotecheck.cli import main

    corpus = tmp_path / "news.jsonl"
    corpus.write_text("".join(json.dumps(record) + "\n" for record in CLUSTERED), encoding="utf-8")
    path = str(tmp_path / "q.sqlite")
    assert main(["index", "add", str(corpus), "--index", path]) == 0
    capsys.readouterr()
    assert main(["index", "clusters", "--index", path, "--format", "jsonl"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    record = json.loads(line)
    assert (record["quotes"], record["articles"], record["multi_speaker"]) == (3, 3, True)
    assert [member["outlet"] for member in record["members"]] == ["Gazette", "Ledger", "Courier"]
    assert main(["index", "clusters", "--index", path]) == 0
    table = capsys.readouterr().out
    assert "2021-08-20" in table and "Ahmad Massoud; Lisa Curtis" in table
    index = Index.open(path)
    # The Courier's corrected article, from another feed file: the outlet's article of that id, replaced.
    index.add(jsonl({"id": "courier", "outlet": "Courier",
                     "text": CLUSTERED[2]["text"].replace("Lisa Curtis", "Ahmad Massoud")}))
    index.close()
    assert main(["index", "clusters", "--index", path, "--multi-speaker", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
